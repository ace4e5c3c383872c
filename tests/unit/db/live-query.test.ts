import { describe, expect, it } from 'vitest';
import { LiveQuery } from '../../../src/lib/db/live-query.svelte';

/** An engine that answers a word with its letters, and records what it was asked and how many at once. */
function engine(opts: { fail?: Set<string> } = {}) {
	const asked: string[] = [];
	let running = 0;
	let most = 0;
	const waiting: (() => void)[] = [];
	const run = async (word: string) => {
		asked.push(word);
		most = Math.max(most, ++running);
		await new Promise<void>((r) => waiting.push(r));
		running--;
		if (opts.fail?.has(word)) {
			opts.fail.delete(word);
			throw new Error(`no answer for ${word}`);
		}
		return [...word];
	};
	/** Lets every query asked so far answer, and the answers reach their callers. */
	const answerAll = async () => {
		for (let i = 0; i < 20; i++) {
			waiting.splice(0).forEach((r) => r());
			await new Promise((r) => setTimeout(r, 0));
		}
	};
	return { run, asked, answerAll, most: () => most };
}

/** A request whose engine answers: resolves once the answer is shown (or has failed). */
async function requestAnswered(q: LiveQuery<string, string[]>, e: ReturnType<typeof engine>, word: string) {
	const shown = q.request(word);
	await e.answerAll();
	await shown;
}

const remembering = (e: ReturnType<typeof engine>, budget = 100) =>
	new LiveQuery<string, string[]>({ run: e.run, initial: { params: '', data: [] }, remember: { budget, size: (letters) => letters.length } });

describe('LiveQuery: answers remembered and answered ahead', () => {
	it('answers a view seen before without asking the engine again', async () => {
		const e = engine();
		const q = remembering(e);
		await requestAnswered(q, e, 'it');
		await requestAnswered(q, e, 'is');
		await q.request('it');
		expect(q.data).toEqual(['i', 't']);
		expect(e.asked).toEqual(['it', 'is']);
	});

	it('answers anticipated choices one at a time, and shows the chosen one from them', async () => {
		const e = engine();
		const q = remembering(e);
		q.anticipate(['ab', 'cd', 'ef']);
		await e.answerAll();
		expect(e.asked).toEqual(['ab', 'cd', 'ef']);
		expect(e.most()).toBe(1);
		await q.request('cd');
		expect(q.data).toEqual(['c', 'd']);
		expect(q.shown).toBe('cd');
		expect(e.asked).toHaveLength(3);
	});

	it('drops what is left to anticipate once a choice is made: it waits behind one answer at most', async () => {
		const e = engine();
		const q = remembering(e);
		q.anticipate(['ab', 'cd', 'ef']);
		await requestAnswered(q, e, 'xy');
		expect(e.asked).toEqual(['ab', 'xy']);
		expect(q.data).toEqual(['x', 'y']);
	});

	it('asks the engine again after a failed answer', async () => {
		const e = engine({ fail: new Set(['no']) });
		const q = remembering(e);
		await requestAnswered(q, e, 'no');
		expect(q.error).toBe('no answer for no');
		await requestAnswered(q, e, 'no');
		expect(q.error).toBe('');
		expect(q.data).toEqual(['n', 'o']);
		expect(e.asked).toEqual(['no', 'no']);
	});

	it('forgets the least recently used answers beyond its budget', async () => {
		const e = engine();
		const q = remembering(e, 4);
		for (const w of ['aa', 'bb', 'aa', 'cc']) {
			await requestAnswered(q, e, w);
		}
		// aa was used after bb: bb is the one forgotten.
		await q.request('aa');
		await requestAnswered(q, e, 'bb');
		expect(e.asked).toEqual(['aa', 'bb', 'cc', 'bb']);
	});

	it('a choice that reuses an answer on its way shows its failure, and asks again the next time', async () => {
		const e = engine({ fail: new Set(['no']) });
		const q = remembering(e);
		q.anticipate(['no']);
		await requestAnswered(q, e, 'no');
		expect(e.asked).toEqual(['no']);
		expect(q.error).toBe('no answer for no');
		await requestAnswered(q, e, 'no');
		expect(q.data).toEqual(['n', 'o']);
		expect(e.asked).toEqual(['no', 'no']);
	});

	it('shows the latest choice: an older answer arriving after a remembered one is dropped', async () => {
		const e = engine();
		const q = remembering(e);
		await requestAnswered(q, e, 'ab');
		const slow = q.request('cd'); // on its way to the engine
		await q.request('ab'); // remembered: shown at once
		await e.answerAll();
		await slow;
		expect(q.shown).toBe('ab');
		expect(q.data).toEqual(['a', 'b']);
	});

	it('never forgets an answer still on its way: a choice reuses it instead of asking twice', async () => {
		const e = engine();
		const q = remembering(e, 2);
		q.anticipate(['ab', 'cd', 'ef']);
		await e.answerAll(); // three answers of 2 letters, budget 2: only the latest is kept
		q.anticipate(['gh', 'ij']);
		await requestAnswered(q, e, 'gh'); // on its way from the anticipation
		expect(e.asked).toEqual(['ab', 'cd', 'ef', 'gh']);
		await requestAnswered(q, e, 'ef'); // forgotten, as the budget says
		expect(e.asked).toEqual(['ab', 'cd', 'ef', 'gh', 'ef']);
	});

	it('stops answering ahead when asked to (the page is left)', async () => {
		const e = engine();
		const q = remembering(e);
		q.anticipate(['ab', 'cd', 'ef']);
		q.stopAnticipating();
		await e.answerAll();
		expect(e.asked).toEqual(['ab']);
	});

	it('anticipates nothing without `remember`', async () => {
		const e = engine();
		const q = new LiveQuery<string, string[]>({ run: e.run, initial: { params: '', data: [] } });
		q.anticipate(['ab']);
		await e.answerAll();
		expect(e.asked).toEqual([]);
	});
});
