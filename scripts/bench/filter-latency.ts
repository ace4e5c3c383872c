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

/** Time to the update on screen, and its parts: the DuckDB query, and checking and drawing the rows. */
async function timeChange(page: Page, c: Change): Promise<{ total: number; query: number | null; draw: number | null }> {
	return page.evaluate(async (change) => {
		const marks = () => performance.getEntriesByName('explorer-updated').length;
		const select = (label: string) => [...document.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select');
		// As a person does, the control gets focus before its choice (the page loads what a choice
		// needs on focus); the time taken to choose is not the page's and is not counted.
		const labelOf: Record<string, string> = { track: 'Track', level: 'Level (BLS)', group: 'Occupation group', industry: 'Industry' };
		const control = change.kind === 'search' ? document.getElementById('search') : change.kind === 'sort' ? null : select(labelOf[change.kind]!);
		if (control) {
			control.focus();
			await new Promise((r) => setTimeout(r, 300));
		}
		const before = marks();
		const t0 = performance.now();
		if (change.kind === 'search') {
			const input = document.getElementById('search') as HTMLInputElement;
			input.value = change.value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		} else if (change.kind === 'sort') {
			const labels: Record<string, RegExp> = { pay: /pay/i, growth: /^Growth/, jobs: /^Jobs/, title: /^Occupation/ };
			const button = [...document.querySelectorAll('[data-testid=explorer-table] th button')].find((b) => labels[change.value]!.test(b.textContent ?? '')) as HTMLButtonElement | undefined;
			if (!button) throw new Error(`No "${change.value}" sort button: is the result empty?`);
			button.click();
		} else {
			// The level filter is the BLS career level (issue 18), labelled so on the page.
			const label = labelOf[change.kind]!;
			const el = select(label);
			if (!el) throw new Error(`No "${label}" filter on the page`);
			el.value = change.value;
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		const deadline = t0 + 20_000;
		while (marks() === before && performance.now() < deadline) await new Promise((r) => setTimeout(r, 1));
		// The update is on screen once the next frame has been produced.
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		const total = performance.now() - t0;
		const part = (name: string) => {
			const m = performance.getEntriesByName(name).at(-1);
			return m && m.startTime >= t0 ? m.duration : null;
		};
		return { total, query: part('explorer-query'), draw: part('explorer-draw') };
	}, c);
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

/**
 * `start`: 'ready' changes from the moment DuckDB is ready, while the explorer's warm-up runs and
 * V8 optimizes the engine's code; 'settled' (what the budget is about) changes once the warm-up
 * is done and a person would have read the page (READING_MS later).
 */
export async function measureFilterLatency(browser: Browser, base: string, n: number, start: 'ready' | 'settled' = 'settled', profile: BenchProfile = profiles.desktop) {
	const { page, close } = await openExplorer(browser, base, start, profile);
	// One warm-up change (first query plans, JIT) is not counted.
	await timeChange(page, { kind: 'track', value: 'IT' });
	await timeChange(page, { kind: 'track', value: 'all' });
	// All rows as the engine sees them (the prerendered count is the real data's, also at scale).
	await timeChange(page, { kind: 'sort', value: 'title' });
	const rows = await page.evaluate(() => Number(document.querySelector('[data-testid=result-count] strong')?.textContent ?? NaN));
	await timeChange(page, { kind: 'sort', value: 'jobs' });
	const times: number[] = [];
	const queries: number[] = [];
	const draws: number[] = [];
	const byKind: Record<string, number[]> = {};
	for (const c of changeSequence(n)) {
		const t = await timeChange(page, c);
		times.push(t.total);
		(byKind[c.kind] ??= []).push(t.total);
		if (t.query !== null) queries.push(t.query);
		if (t.draw !== null) draws.push(t.draw);
	}
	const stages = await page.evaluate(() => Object.fromEntries(['duckdb-libs', 'duckdb-instantiated', 'duckdb-opened', 'duckdb-tables', 'duckdb-ready', 'duckdb-warm'].map((m) => [m, Math.round(performance.getEntriesByName(m)[0]?.startTime ?? NaN)])));
	await close();
	return {
		start,
		changes: times.length,
		rows,
		p50_ms: quantile(times, 0.5),
		p95_ms: quantile(times, 0.95),
		max_ms: Math.max(...times),
		query_p50_ms: quantile(queries, 0.5),
		query_p95_ms: quantile(queries, 0.95),
		draw_p50_ms: quantile(draws, 0.5),
		draw_p95_ms: quantile(draws, 0.95),
		by_kind_ms: Object.fromEntries(Object.entries(byKind).map(([k, ts]) => [k, { n: ts.length, p50: quantile(ts, 0.5), p95: quantile(ts, 0.95) }])),
		engine_stages_ms: stages,
		samples_ms: times.map((t) => Math.round(t * 10) / 10)
	};
}

/**
 * The floor under a change: the same change of one filter answered with no engine (back to the
 * default view, whose rows the page already has: only drawing and a frame) and with it (the IT
 * track: the DuckDB-WASM query, then the same drawing). What a change costs above the first is
 * the engine's; the first is what no query can go below.
 */
export async function measureChangeFloor(browser: Browser, base: string, n = 16, profile: BenchProfile = profiles.desktop) {
	const { page, close } = await openExplorer(browser, base, 'settled', profile);
	await timeChange(page, { kind: 'track', value: 'IT' });
	await timeChange(page, { kind: 'track', value: 'any' });
	const local: number[] = [];
	const engine: number[] = [];
	for (let i = 0; i < n; i++) {
		engine.push((await timeChange(page, { kind: 'track', value: 'IT' })).total);
		local.push((await timeChange(page, { kind: 'track', value: 'any' })).total);
	}
	await close();
	return {
		changes: n,
		no_engine_p50_ms: quantile(local, 0.5),
		no_engine_p95_ms: quantile(local, 0.95),
		engine_p50_ms: quantile(engine, 0.5),
		engine_p95_ms: quantile(engine, 0.95)
	};
}
