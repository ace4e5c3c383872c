/**
 * What the benchmark reads inside the page: when the first chart's SVG entered the DOM, the
 * largest contentful paint, DuckDB-WASM's ready mark, and bytes by resource.
 */
import type { Page } from '@playwright/test';

/**
 * tsx (esbuild) wraps named functions in `__name(...)`; functions handed to the page must find
 * that helper there too.
 */
export const esbuildNameShim = 'window.__name = (f) => f;';

/** Installed before any page script runs. */
export const initScript = () => {
	const w = window as unknown as { __bench: { firstChart: number | null; lcp: number | null } };
	w.__bench = { firstChart: null, lcp: null };
	const seen = () => {
		if (w.__bench.firstChart === null && document.querySelector('figure svg')) {
			w.__bench.firstChart = performance.now();
			return true;
		}
		return false;
	};
	const mo = new MutationObserver(() => {
		if (seen()) mo.disconnect();
	});
	mo.observe(document, { childList: true, subtree: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__bench.lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
};

export interface Transfer {
	/** Compressed bytes on the wire (bodies), raw bytes after decoding. */
	compressed: number;
	raw: number;
}

export interface PageSample {
	firstChart: number | null;
	lcp: number | null;
	duckdbReady: number | null;
	beforeFirstChart: Transfer;
	total: Transfer;
	totalExclWasm: Transfer;
}

export async function readPageSample(page: Page): Promise<PageSample> {
	return page.evaluate(() => {
		const w = window as unknown as { __bench: { firstChart: number | null; lcp: number | null } };
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const entries = [nav, ...resources];
		const sum = (xs: PerformanceResourceTiming[]) => ({
			compressed: xs.reduce((a, e) => a + e.encodedBodySize, 0),
			raw: xs.reduce((a, e) => a + e.decodedBodySize, 0)
		});
		const first = w.__bench.firstChart ?? Infinity;
		const notWasm = (e: PerformanceResourceTiming) => !e.name.endsWith('.wasm');
		const ready = performance.getEntriesByName('duckdb-ready')[0];
		return {
			firstChart: w.__bench.firstChart,
			lcp: w.__bench.lcp,
			duckdbReady: ready ? ready.startTime : null,
			beforeFirstChart: sum(entries.filter((e) => notWasm(e) && e.responseEnd <= first)),
			total: sum(entries),
			totalExclWasm: sum(entries.filter(notWasm))
		};
	});
}
