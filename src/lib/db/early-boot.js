// Runs inline in the <head> of pages that read their link (before the app's JS has loaded). Plain
// script so it can run this early.
// 1. A link with settings: the prerendered HTML is the page's default view, not the linked one.
//    Until the page has read its link, html.link-pending sets that view aside (app.css) and shows
//    the "Loading the view in this link" notice; EngineStatus removes the class once hydrated.
// 2. With data-worker: starts the self-instantiating DuckDB worker and keeps its first messages
//    until bootWasmWorker() in wasm.ts adopts it.
(() => {
	const script = document.currentScript;
	const html = document.documentElement;
	if (location.search.length > 1) {
		html.classList.add('link-pending');
		document.addEventListener('DOMContentLoaded', () => {
			if (!html.classList.contains('link-pending')) return;
			for (const el of document.querySelectorAll('.linked-view')) el.setAttribute('aria-busy', 'true');
		});
	}
	// Present (even null) once the app has started a worker itself.
	if (!script || !script.dataset.worker || '__duckdbEarlyBoot' in window || typeof Worker === 'undefined') return;
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
