/**
 * Filter latency in the explorer: from a filter change (select, Enter in the search box, a
 * sort header click) to the table and chart updated on screen, over changes of every kind.
 */
import type { Browser, Page } from '@playwright/test';
import { openPage, profiles, type BenchProfile } from './profiles';
import { quantile } from './stats';

type Change = { kind: 'track' | 'level' | 'group' | 'industry' | 'search' | 'sort'; value: string };

/** A fixed, varied sequence: never two identical states in a row. */
export function changeSequence(n: number): Change[] {
	const cycle: Change[] = [
		// Every state of the cycle has rows before a sort: an empty result has no table to sort.
		{ kind: 'track', value: 'IT' },
		{ kind: 'level', value: 'entry' },
		{ kind: 'search', value: 'computer' },
		{ kind: 'sort', value: 'pay' },
		{ kind: 'track', value: 'IS' },
		{ kind: 'level', value: '' },
		{ kind: 'search', value: '' },
		{ kind: 'group', value: '15-0000' },
		{ kind: 'sort', value: 'growth' },
		{ kind: 'track', value: 'all' },
		{ kind: 'search', value: 'manager' },
		{ kind: 'level', value: 'senior' },
		{ kind: 'group', value: '' },
		{ kind: 'sort', value: 'jobs' },
		{ kind: 'search', value: 'data' },
		{ kind: 'level', value: 'mid' },
		{ kind: 'search', value: '' },
		{ kind: 'sort', value: 'title' },
		// Industry sectors (issue 19): a sector joins its own wages table.
		{ kind: 'industry', value: '51' },
		{ kind: 'track', value: 'IT' },
		{ kind: 'industry', value: '54' },
		{ kind: 'track', value: 'all' },
		{ kind: 'industry', value: '' },
		{ kind: 'level', value: '' }
	];
	return Array.from({ length: n }, (_, i) => cycle[i % cycle.length]!);
}

/**
 * How a person makes the change: with `intent`, as people do, the control gets focus (or the
 * pointer) 300 ms before its choice, and words are typed at 120 ms a key, Enter 120 ms after the
 * last; the page may use that time (it answers the choices ahead). Without, the change comes out of
 * nowhere: the engine's cold path. The time taken to choose is never counted.
 */
const FOCUS_MS = 300;
const KEY_MS = 120;

/** Time to the update on screen, and its parts: the wait for the answer, and drawing the rows. */
async function timeChange(page: Page, c: Change, intent = true): Promise<{ total: number; allRows: number; query: number | null; draw: number | null }> {
	return page.evaluate(
		async ({ change, intent, FOCUS_MS, KEY_MS }) => {
			const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
			const select = (label: string) =>
				[...document.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select');
			const labelOf: Record<string, string> = { track: 'Track', level: 'Level (BLS)', group: 'Occupation group', industry: 'Industry' };
			const sortLabels: Record<string, RegExp> = { pay: /pay/i, growth: /^Growth/, jobs: /^Jobs/, title: /^Occupation/ };
			const sortButton = () =>
				[...document.querySelectorAll('[data-testid=explorer-table] th button')].find((b) => sortLabels[change.value]!.test(b.textContent ?? '')) as
					HTMLButtonElement | undefined;
			const control =
				change.kind === 'search'
					? (document.getElementById('search') as HTMLInputElement)
					: change.kind === 'sort'
						? sortButton()
						: select(labelOf[change.kind]!);
			if (!control) throw new Error(`No control for ${change.kind} "${change.value}" on the page: is the result empty?`);
			if (intent) {
				control.focus();
				await pause(FOCUS_MS);
			}
			// The moment the page marks the update, not a poll's next tick (a 1 ms timer runs every 4 ms
			// once nested, and a late look can miss the frame that showed the update).
			const marked = new Promise<void>((resolve) => {
				const mark = performance.mark;
				performance.mark = function (this: Performance, ...args: Parameters<Performance['mark']>) {
					const entry = mark.apply(this, args);
					if (args[0] === 'explorer-updated') {
						performance.mark = mark;
						resolve();
					}
					return entry;
				};
			});
			// Without intent the clock starts before the words are put in the box: their input starts nothing ahead.
			let t0 = performance.now();
			if (change.kind === 'search') {
				const input = control as HTMLInputElement;
				// Typed key by key (a cleared box is one input); without intent, all at once.
				const typed = intent && change.value ? [...change.value].map((_, i) => change.value.slice(0, i + 1)) : [change.value];
				for (const text of typed) {
					input.value = text;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					if (intent) await pause(KEY_MS);
				}
			}
			if (intent) t0 = performance.now();
			if (change.kind === 'search') control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
			else if (change.kind === 'sort') (control as HTMLButtonElement).click();
			else {
				const menu = control as HTMLSelectElement;
				menu.value = change.value;
				menu.dispatchEvent(new Event('change', { bubbles: true }));
			}
			await Promise.race([marked, pause(20_000)]);
			// The update is on screen once the next frame has been produced.
			const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			await nextFrame();
			const total = performance.now() - t0;
			// Rows out of view follow a frame or so later (the table is aria-busy until then): the time to every row.
			while (document.querySelector('[data-testid=explorer-table][aria-busy=true]')) {
				if (performance.now() - t0 > 20_000) throw new Error(`the explorer's table stayed busy after ${change.kind} "${change.value}"`);
				await nextFrame();
			}
			const allRows = performance.now() - t0;
			const part = (name: string) => {
				const m = performance.getEntriesByName(name).at(-1);
				return m && m.startTime >= t0 ? m.duration : null;
			};
			return { total, allRows, query: part('explorer-query'), draw: part('explorer-draw') };
		},
		{ change: c, intent, FOCUS_MS, KEY_MS }
	);
}

/** How long a person takes to read the page before the first change, at the least. */
const READING_MS = 2000;

/** The explorer in a fresh page, once DuckDB is ready or, 'settled', once its warm-up is done and the page read. */
async function openExplorer(browser: Browser, base: string, start: 'ready' | 'settled', profile: BenchProfile) {
	const opened = await openPage(browser, profile);
	await opened.page.goto(`${base}/roles`);
	await opened.page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 120_000 });
	if (start === 'settled') {
		await opened.page.waitForFunction(() => performance.getEntriesByName('duckdb-warm').length > 0, null, { timeout: 120_000 });
		await opened.page.waitForTimeout(READING_MS);
	}
	return opened;
}

/** The changes of one cycle: each cycle runs in a fresh page, so a view is never answered from an earlier cycle's memory. */
const CYCLE = changeSequence(24).length;

/**
 * Changes made in each fresh page before the cycle, not counted, to views the cycle never shows:
 * first query plans. Without intent nothing loads a table before its first use: a search and an
 * industry load theirs here.
 */
const UNCOUNTED_CHANGES: readonly Change[] = [
	{ kind: 'level', value: 'entry' },
	{ kind: 'level', value: '' },
	{ kind: 'search', value: 'network' },
	{ kind: 'search', value: '' },
	{ kind: 'industry', value: '52' },
	{ kind: 'industry', value: '' }
];

/**
 * `start`: 'ready' changes from the moment DuckDB is ready, while the explorer's warm-up runs and
 * V8 optimizes the engine's code; 'settled' (what the budget is about) changes once the warm-up
 * is done and a person would have read the page (READING_MS later). `intent`: see timeChange.
 */
export async function measureFilterLatency(
	browser: Browser,
	base: string,
	n: number,
	start: 'ready' | 'settled' = 'settled',
	profile: BenchProfile = profiles.desktop,
	intent = true
) {
	const times: number[] = [];
	const queries: number[] = [];
	const draws: number[] = [];
	const allRows: number[] = [];
	const byKind: Record<string, number[]> = {};
	let rows = NaN;
	let stages: Record<string, number> = {};
	const sequence = changeSequence(n);
	for (let at = 0; at < n; at += CYCLE) {
		const { page, close } = await openExplorer(browser, base, start, profile);
		for (const c of UNCOUNTED_CHANGES) await timeChange(page, c, intent);
		// All rows as the engine sees them (the prerendered count is the real data's, also at scale).
		await timeChange(page, { kind: 'track', value: 'all' }, intent);
		await timeChange(page, { kind: 'sort', value: 'growth' }, intent);
		rows = await page.evaluate(() => Number(document.querySelector('[data-testid=result-count] strong')?.textContent ?? NaN));
		await timeChange(page, { kind: 'sort', value: 'jobs' }, intent);
		for (const c of sequence.slice(at, at + CYCLE)) {
			const t = await timeChange(page, c, intent);
			times.push(t.total);
			allRows.push(t.allRows);
			(byKind[c.kind] ??= []).push(t.total);
			if (t.query !== null) queries.push(t.query);
			if (t.draw !== null) draws.push(t.draw);
		}
		stages = await page.evaluate(() =>
			Object.fromEntries(
				['duckdb-libs', 'duckdb-instantiated', 'duckdb-opened', 'duckdb-tables', 'duckdb-ready', 'duckdb-warm'].map((m) => [
					m,
					Math.round(performance.getEntriesByName(m)[0]?.startTime ?? NaN)
				])
			)
		);
		await close();
	}
	return {
		start,
		intent,
		changes: times.length,
		rows,
		p50_ms: quantile(times, 0.5),
		p95_ms: quantile(times, 0.95),
		max_ms: Math.max(...times),
		query_p50_ms: quantile(queries, 0.5),
		query_p95_ms: quantile(queries, 0.95),
		all_rows_p50_ms: quantile(allRows, 0.5),
		all_rows_p95_ms: quantile(allRows, 0.95),
		draw_p50_ms: quantile(draws, 0.5),
		draw_p95_ms: quantile(draws, 0.95),
		by_kind_ms: Object.fromEntries(Object.entries(byKind).map(([k, ts]) => [k, { n: ts.length, p50: quantile(ts, 0.5), p95: quantile(ts, 0.95) }])),
		engine_stages_ms: stages,
		samples_ms: times.map((t) => Math.round(t * 10) / 10)
	};
}

/**
 * The floor under a change: the same change of one filter answered with no engine (back to the
 * default view, whose rows the page already has: only drawing and a frame) and from memory (the
 * IT track, answered by the engine once, then remembered: the same drawing after a microtask).
 * No answer is shown sooner than these; the engine's cold path is measured without intent.
 */
export async function measureChangeFloor(browser: Browser, base: string, n = 16, profile: BenchProfile = profiles.desktop) {
	const { page, close } = await openExplorer(browser, base, 'settled', profile);
	await timeChange(page, { kind: 'track', value: 'IT' });
	await timeChange(page, { kind: 'track', value: 'any' });
	const local: number[] = [];
	const remembered: number[] = [];
	for (let i = 0; i < n; i++) {
		remembered.push((await timeChange(page, { kind: 'track', value: 'IT' })).total);
		local.push((await timeChange(page, { kind: 'track', value: 'any' })).total);
	}
	await close();
	return {
		changes: n,
		no_engine_p50_ms: quantile(local, 0.5),
		no_engine_p95_ms: quantile(local, 0.95),
		remembered_p50_ms: quantile(remembered, 0.5),
		remembered_p95_ms: quantile(remembered, 0.95)
	};
}
