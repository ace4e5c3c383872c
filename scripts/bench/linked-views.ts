/**
 * Links with settings (issue 21): the time from navigation to the view the link names (the page's
 * 'linked-view' mark), not the prerendered default one. On /roles that view needs the engine, so it
 * is read against 'duckdb-ready' (goal: ≤ ready + 100 ms). On compare, trends and paths a link that
 * names only prerendered occupations (or a prerendered ladder pair) should need no engine at all:
 * the sample says whether the wasm was requested.
 */
import type { Browser } from '@playwright/test';
import { openPage, type BenchProfile } from './profiles';
import { summarize } from './stats';

/** One link per page, each naming something other than the page's default view. */
export const linkedViewLinks = [
	{ path: '/roles?track=IS&career=senior&sort=pay&dir=desc', needsEngine: true },
	{ path: '/compare?roles=15-1252,15-1232', needsEngine: false },
	{ path: '/trends?role=15-1212', needsEngine: false },
	{ path: '/paths?from=15-1254&to=15-1299', needsEngine: false }
] as const;

interface LinkedViewSample {
	linkedView: number;
	duckdbReady: number | null;
	wasmRequested: boolean;
}

async function sampleLink(browser: Browser, base: string, path: string, profile: BenchProfile): Promise<LinkedViewSample> {
	const { page, close } = await openPage(browser, profile);
	let wasmRequested = false;
	page.on('request', (r) => {
		if (r.url().endsWith('.wasm')) wasmRequested = true;
	});
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForFunction(() => performance.getEntriesByName('linked-view').length > 0, null, { timeout: 120_000 });
	const marks = await page.evaluate(() => ({
		linkedView: performance.getEntriesByName('linked-view')[0]!.startTime,
		duckdbReady: performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? null
	}));
	await close();
	return { ...marks, wasmRequested };
}

/** `runs` cold loads of each link: time to the linked view, DuckDB ready, and whether the wasm was fetched. */
export async function measureLinkedViews(browser: Browser, base: string, runs: number, profile: BenchProfile) {
	const result: Record<string, unknown> = {};
	for (const { path, needsEngine } of linkedViewLinks) {
		const samples: LinkedViewSample[] = [];
		for (let i = 0; i < runs; i++) samples.push(await sampleLink(browser, base, path, profile));
		result[path] = {
			needs_engine: needsEngine,
			linked_view_ms: summarize(samples.map((s) => s.linkedView)),
			duckdb_ready_ms: needsEngine ? summarize(samples.map((s) => s.duckdbReady ?? NaN)) : null,
			linked_view_after_ready_ms: needsEngine ? summarize(samples.map((s) => s.linkedView - (s.duckdbReady ?? NaN))) : null,
			wasm_requested: samples.filter((s) => s.wasmRequested).length
		};
	}
	return result;
}
