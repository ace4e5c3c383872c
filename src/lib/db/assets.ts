/**
 * DuckDB-WASM's files, emitted by Vite as same-origin assets (never a CDN): the EH build (wasm
 * exceptions; Chrome 95+, Firefox 100+, Safari 15.2+) and its classic worker script, plus our two
 * small start-up scripts (see boot.worker.js and early-boot.js).
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import bootWorkerUrl from './boot.worker.js?url&no-inline';
// Inlined into the <head> (CSP allows it by its hash, see svelte.config.js): an external script
// waited for the parser and layout of the page's HTML before it ran.
import earlyBootSource from './early-boot.js?raw';

export { wasmUrl, earlyBootSource };

const dir = (u: string) => u.slice(0, u.lastIndexOf('/') + 1);
const file = (u: string) => u.slice(u.lastIndexOf('/') + 1);

/**
 * The self-instantiating worker's URL (relative like Vite's own URLs). The worker resolves the
 * names of DuckDB's worker script and wasm against its own URL, the only base it knows: in a build
 * Vite emits all three into one folder, so file names do; in dev they are root paths.
 */
export const bootWorkerPath = (() => {
	const fromWorker = (u: string) => {
		if (dir(u) === dir(bootWorkerUrl)) return file(u);
		if (u.startsWith('/') || /^[a-z]+:/i.test(u)) return u;
		throw new Error(`DuckDB asset ${u} is neither beside ${bootWorkerUrl} nor a root path`);
	};
	// In dev the URL already has a query (`?no-inline`): a second `?` would hide the parameters.
	return `${bootWorkerUrl}${bootWorkerUrl.includes('?') ? '&' : '?'}${new URLSearchParams({ duckdb: fromWorker(workerUrl), wasm: fromWorker(wasmUrl) })}`;
})();
