// Runs inline in the <head> of pages that query (before the app's JS has loaded): starts
// the self-instantiating DuckDB worker named in data-worker and keeps its first messages until
// bootWasmWorker() in wasm.ts adopts it. Plain script so it can run this early.
(() => {
	const script = document.currentScript;
	// Present (even null) once the app has started a worker itself.
	if ('__duckdbEarlyBoot' in window || typeof Worker === 'undefined' || !script) return;
	performance.mark('duckdb-start');
	const worker = new Worker(script.dataset.worker);
	const events = [];
	const keep = (e) => events.push(e);
	worker.addEventListener('message', keep);
	worker.addEventListener('error', keep);
	window.__duckdbEarlyBoot = {
		worker,
		/** Hands over the worker and what it said so far; later events go to the new owner. */
		adopt() {
			worker.removeEventListener('message', keep);
			worker.removeEventListener('error', keep);
			return { worker, events };
		}
	};
})();
