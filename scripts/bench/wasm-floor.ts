/**
 * The floor under "DuckDB ready": DuckDB-WASM's own start-up (worker script, 34 MB wasm download
 * and compile, instantiate) on a page that does nothing else, in a fresh browser context.
 * Measured with the site's own self-instantiating worker (the URL the /roles page names).
 */
import type { Browser } from '@playwright/test';
import { openPage, profiles } from './profiles';

export async function measureWasmFloor(browser: Browser, base: string): Promise<number> {
	const html = await (await fetch(`${base}/roles`)).text();
	const worker = /<script[^>]*data-worker="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
	if (!worker) throw new Error('no data-worker script on /roles');
	const { page, close } = await openPage(browser, profiles.desktop);
	await page.goto(`${base}/about`, { waitUntil: 'load' });
	const ms = await page.evaluate(
		(url) =>
			new Promise<number>((resolve, reject) => {
				const t0 = performance.now();
				// A worker that cannot start says nothing: fail after a minute instead of waiting forever.
				setTimeout(() => reject(new Error(`DuckDB-WASM's worker did not start within 60 s: ${url}`)), 60_000);
				const w = new Worker(url);
				w.onmessage = (e) => {
					if (e.data?.requestId !== -1 || e.data.type === 'INSTANTIATE_PROGRESS') return;
					if (e.data.type === 'OK') resolve(performance.now() - t0);
					else reject(new Error(String(e.data.data?.message)));
					w.terminate();
				};
			}),
		new URL(worker, base).href
	);
	await close();
	return ms;
}
