/**
 * The floor under "DuckDB ready": DuckDB-WASM's own start-up on a page that does nothing else, in
 * a fresh browser context, with the site's own self-instantiating worker (the URL /roles names).
 * Two figures: instantiated (worker script, 34 MB wasm download and compile, instantiation), and
 * ready: then opened, connected and answering, with the same steps and settings as the page's
 * startWasmConnector (src/lib/db/wasm.ts) up to its 'duckdb-ready' mark, less the page's tables.
 */
import type { Browser } from '@playwright/test';
import { openPage, profiles } from './profiles';

export interface WasmFloor {
	instantiated_ms: number;
	ready_ms: number;
}

export async function measureWasmFloor(browser: Browser, base: string): Promise<WasmFloor> {
	const html = await (await fetch(`${base}/roles`)).text();
	const worker = /<script[^>]*data-worker="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&#38;', '&');
	if (!worker) throw new Error('no data-worker script on /roles');
	const { page, close } = await openPage(browser, profiles.desktop);
	await page.goto(`${base}/about`, { waitUntil: 'load' });
	const floor = await page.evaluate(
		(url) =>
			new Promise<WasmFloor>((resolve, reject) => {
				const t0 = performance.now();
				// A worker that cannot start says nothing: fail after a minute instead of waiting forever.
				setTimeout(() => reject(new Error(`DuckDB-WASM's worker did not start within 60 s: ${url}`)), 60_000);
				const w = new Worker(url);
				// DuckDB-WASM's worker protocol, as AsyncDuckDB speaks it: after the boot worker's own
				// INSTANTIATE (request -1), each step is sent once the one before has answered. Only the
				// answer to the step awaited counts (the worker also sends progress and log messages).
				let awaited = -1;
				let instantiated = 0;
				let connection: unknown;
				const send = (type: string, data: unknown) => w.postMessage({ messageId: ++awaited, type, data });
				const steps: (() => void)[] = [
					() => send('OPEN', { query: { castDecimalToDouble: true } }),
					() => send('CONNECT', null),
					() => send('RUN_QUERY', [connection, 'SET autoinstall_known_extensions = false']),
					() => send('RUN_QUERY', [connection, 'SET autoload_known_extensions = false']),
					() => send('RUN_QUERY', [connection, 'SELECT 1'])
				];
				w.onmessage = (e) => {
					const m = e.data as { requestId?: number; type?: string; data?: { message?: string } };
					if (m.requestId !== awaited || m.type === 'INSTANTIATE_PROGRESS') return;
					if (m.type === 'ERROR') {
						w.terminate();
						return reject(new Error(String(m.data?.message)));
					}
					if (awaited === -1) {
						instantiated = performance.now() - t0;
						awaited = 0; // the steps' requests are numbered from 1
					}
					if (m.type === 'CONNECTION_INFO') connection = m.data;
					const next = steps.shift();
					if (next) return next();
					resolve({ instantiated_ms: instantiated, ready_ms: performance.now() - t0 });
					w.terminate();
				};
			}),
		new URL(worker, base).href
	);
	await close();
	return floor;
}
