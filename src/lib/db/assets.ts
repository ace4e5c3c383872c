/**
 * DuckDB-WASM's files, emitted by Vite as same-origin assets (never a CDN): the EH build (wasm
 * exceptions; Chrome 95+, Firefox 100+, Safari 15.2+) and its classic worker script.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export { wasmUrl, workerUrl };
