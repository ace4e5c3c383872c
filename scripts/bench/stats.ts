/** Median, spread and percentiles for the benchmark's tables. */
export const median = (xs: number[]) => quantile(xs, 0.5);

export function quantile(xs: number[], q: number): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
}

export const summarize = (xs: number[]): Summary => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

export const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—');
export const kb = (n: number) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : '—');
export const spread = (s: Summary, f: (n: number) => string) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
