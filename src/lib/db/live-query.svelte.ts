/**
 * One live query: a view asks for the answer to its latest parameters; answers to older requests
 * are dropped (the latest wins), and the view reads `{ data, pending, error }` as reactive state.
 * Modelled on Mosaic's clients, which own their query and its pending / result / error states.
 *
 * It also keeps the view honest while it waits: `data` always comes with the parameters it
 * answers (`shown`), and `stale` says that what is on screen is not yet what was asked for.
 *
 * With `remember`, it keeps recent answers (the tables do not change while a page is open), and
 * `anticipate` computes the answers to choices a person is about to make (a menu they focus, a
 * header they point at, words they type) one at a time while the engine is otherwise idle, so that
 * the choice is shown in the next frame instead of after a round trip to the engine.
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
	/**
	 * Called right after an answer is shown (for marks and measures); `synchronous` says it was
	 * shown inside the caller's own update (a local answer), not after an await.
	 */
	onshow?: (params: P, synchronous: boolean) => void;
	/** Names the measure of each wait for an answer shown: `<markPrefix>-query` (the engine's, or a remembered one). */
	markPrefix?: string;
	/** Keep answers, up to `budget` in total `size` (rows, say), the least recently used dropped first. */
	remember?: { budget: number; size: (answer: R) => number };
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
	/**
	 * Answers asked for, by key, the most recently used last (a Map keeps insertion order); `size`
	 * is null until the answer arrives. Not state: nothing draws it.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#remembered = new Map<string, { answer: Promise<R>; size: number | null }>();
	/** Choices to answer ahead, nearest first, and whether one is being answered. */
	#ahead: P[] = [];
	#anticipating = false;

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

	/**
	 * Answers these parameters ahead of a choice, nearest first, one at a time; replaces the
	 * choices anticipated before. Only with `remember`. A request first drops what is left: the
	 * person's own choice never waits behind more than the one answer being computed.
	 */
	anticipate(choices: P[]): void {
		if (!this.#opts.remember) return;
		const shown = this.#key(this.current.params);
		this.#ahead = choices.filter((p) => {
			const key = this.#key(p);
			if (key === shown || this.#opts.local?.(p) !== undefined) return false;
			const known = this.#remembered.get(key);
			// Remembered already: made recent, so the answers that follow do not push it out.
			if (known) this.#touch(key, known);
			return !known;
		});
		if (!this.#anticipating) void this.#answerAhead();
	}

	/** Stops answering ahead (a choice is made, or the page is left): the one being answered finishes, the rest are dropped. */
	stopAnticipating(): void {
		this.#ahead = [];
	}

	async #answerAhead() {
		this.#anticipating = true;
		try {
			for (let p = this.#ahead.shift(); p !== undefined; p = this.#ahead.shift()) await this.#answerFor(p).catch(() => {});
		} finally {
			this.#anticipating = false;
		}
	}

	#touch(key: string, entry: { answer: Promise<R>; size: number | null }) {
		this.#remembered.delete(key);
		this.#remembered.set(key, entry);
	}

	/** The answer to `params`: a remembered one (made most recent), one on its way, or the engine's. */
	#answerFor(params: P): Promise<R> {
		const key = this.#key(params);
		const known = this.#remembered.get(key);
		if (known) {
			this.#touch(key, known);
			return known.answer;
		}
		const answer = this.#opts.run(params);
		const remember = this.#opts.remember;
		if (!remember) return answer;
		const entry: { answer: Promise<R>; size: number | null } = { answer, size: null };
		this.#remembered.set(key, entry);
		answer.then(
			(r) => {
				entry.size = remember.size(r);
				this.#forgetBeyond(remember.budget, entry);
			},
			// A failed answer is not kept: asking again asks the engine again.
			() => {
				if (this.#remembered.get(key) === entry) this.#remembered.delete(key);
			}
		);
		return answer;
	}

	/** Drops the least recently used answers until the rest fit the budget; never `keep`, nor one on its way. */
	#forgetBeyond(budget: number, keep: { size: number | null }) {
		let total = 0;
		for (const e of this.#remembered.values()) total += e.size ?? 0;
		for (const [k, e] of this.#remembered) {
			if (total <= budget) break;
			if (e === keep || e.size === null) continue;
			this.#remembered.delete(k);
			total -= e.size;
		}
	}

	async #request(params: P): Promise<void> {
		const mine = ++this.#ticket;
		this.requested = params;
		this.error = '';
		this.stopAnticipating();
		const local = this.#key(params) === this.#key(this.current.params) ? this.current.data : this.#opts.local?.(params);
		if (local !== undefined) {
			this.#show(params, local, true);
			this.pending = this.waiting = false;
			return;
		}
		const asked = performance.now();
		this.pending = true;
		const delay = this.#opts.noticeAfterMs?.() ?? 0;
		const notice = delay > 0 ? setTimeout(() => mine === this.#ticket && (this.waiting = true), delay) : undefined;
		if (!notice) this.waiting = true;
		let data: R;
		try {
			data = await this.#answerFor(params);
		} catch (e) {
			if (mine === this.#ticket) this.error = e instanceof Error ? e.message.split('\n')[0]! : String(e);
			return;
		} finally {
			clearTimeout(notice);
			if (mine === this.#ticket) this.pending = this.waiting = false;
		}
		if (mine !== this.#ticket) return; // a newer request replaced this one
		if (this.#opts.markPrefix) performance.measure(`${this.#opts.markPrefix}-query`, { start: asked });
		this.#show(params, data, false);
	}

	#show(params: P, data: R, synchronous: boolean) {
		this.current = { params, data };
		this.#opts.onshow?.(params, synchronous);
	}
}
