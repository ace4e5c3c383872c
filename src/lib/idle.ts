/** Work for when the browser has nothing better to do; Safari before 18 has no requestIdleCallback. */
export function whenIdle(fn: () => void): number {
	return typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : window.setTimeout(fn, 50);
}

export function cancelIdle(id: number) {
	if (typeof cancelIdleCallback === 'function') cancelIdleCallback(id);
	else clearTimeout(id);
}
