/**
 * One live query: a view asks for the answer to its latest parameters; answers to older requests
 * are dropped (the latest wins), and the view reads `{ data, pending, error }` as reactive state.
 * Modelled on Mosaic's clients, which own their query and its pending / result / error states.
 *
 * It also keeps the view honest while it waits: `data` always comes with the parameters it
 * answers (`shown`), and `stale` says that what is on screen is not yet what was asked for.
 */
import { untrack } from 'svelte';

export interface LiveQueryOptions<P, R> {
	/** Computes the answer (usually: run a query on the engine). */
	run: (params: P) => Promise<R>;
	/** What is on screen before any request: the prerendered answer and its parameters. */
	initial: { params: P; data: R };
	/** An answer known without the engine (the prerendered one, static data), or undefined. */
	local?: (params: P) => R | undefined;
	/** Identity of parameters; two requests with the same key are the same request. */
	key?: (params: P) => string;
	/**
	 * How long to wait before saying "updating": a fast engine answers within a frame or two,
	 * and flashing a notice would cost a redraw of its own. 0 says it at once.
	 */
	noticeAfterMs?: () => number;
	/** Called right after an answer is shown (for marks and measures). */
	onshow?: (params: P) => void;
}

export class LiveQuery<P, R> {
	/** The answer on screen, with the parameters it answers; replaced whole. */
	current = $state.raw<{ params: P; data: R }>() as { params: P; data: R };
	/** The parameters asked for last. */
	requested = $state.raw<P>() as P;
	/** A request is in flight. */
	pending = $state(false);
	/** A request has been in flight long enough to say so. */
	waiting = $state(false);
	/** Why the last request failed, as one line of text; '' when it did not. */
	error = $state('');

	#ticket = 0;
	#opts: LiveQueryOptions<P, R>;
	#key: (params: P) => string;

	constructor(opts: LiveQueryOptions<P, R>) {
		this.#opts = opts;
		this.#key = opts.key ?? ((p) => JSON.stringify(p));
		this.current = opts.initial;
		this.requested = opts.initial.params;
	}

	get data(): R {
		return this.current.data;
	}
	get shown(): P {
		return this.current.params;
	}
	/** What is on screen answers other parameters than the ones asked for. */
	get stale(): boolean {
		return this.#key(this.requested) !== this.#key(this.current.params);
	}

	/**
	 * Asks for the answer to `params`. Resolves when it is shown, or when a newer request replaces
	 * it. Reads nothing reactively, so an effect that calls it reruns only for its own reasons.
	 */
	request(params: P): Promise<void> {
		return untrack(() => this.#request(params));
	}

	async #request(params: P): Promise<void> {
		const mine = ++this.#ticket;
		this.requested = params;
		this.error = '';
		const local = this.#key(params) === this.#key(this.current.params) ? this.current.data : this.#opts.local?.(params);
		if (local !== undefined) {
			this.#show(params, local);
			this.pending = this.waiting = false;
			return;
		}
		this.pending = true;
		const delay = this.#opts.noticeAfterMs?.() ?? 0;
		const notice = delay > 0 ? setTimeout(() => mine === this.#ticket && (this.waiting = true), delay) : undefined;
		if (!notice) this.waiting = true;
		try {
			const data = await this.#opts.run(params);
			if (mine === this.#ticket) this.#show(params, data);
		} catch (e) {
			if (mine === this.#ticket) this.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
		} finally {
			clearTimeout(notice);
			if (mine === this.#ticket) this.pending = this.waiting = false;
		}
	}

	#show(params: P, data: R) {
		this.current = { params, data };
		this.#opts.onshow?.(params);
	}
}
