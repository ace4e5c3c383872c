// The DuckDB worker, instantiating itself at once. A message from the page would wait for the
// page's main thread, which is busy hydrating just then; this starts the 34 MB wasm download and
// compile without it. The reply (requestId -1) is read by bootWasmWorker() in wasm.ts.
// Classic worker script, served as a file (Vite `?url`): ?duckdb=<file>&wasm=<file>, both in
// this script's folder (see bootWorkerPath in assets.ts).
/* global importScripts */
const params = new URL(self.location.href).searchParams;
const sibling = (name) => new URL(params.get(name), self.location.href).href;
importScripts(sibling('duckdb'));
self.dispatchEvent(new MessageEvent('message', { data: { messageId: -1, type: 'INSTANTIATE', data: [sibling('wasm'), null] } }));
