/**
 * npx tsx scripts/bench/path-search.ts [--base http://127.0.0.1:4173] [--rounds 2] [--each]
 *
 * How fast /paths answers a pair once DuckDB-WASM is ready, in Debian chromium against a running
 * server (a served build, or the dev server). It opens /paths with a pair no page prerenders, so
 * the engine starts and loads the tables (not counted), focuses a picker (which warms the search
 * up and fetches the likely stops' figures, as for a user) and waits for that, then types pairs of IT occupations into
 * the pickers, each a new search, and reads the page's measures: `path-search` (the recursive
 * query, with its fallback to supplemental links) and `path-search-total` (plus the stops'
 * figures). Prints p50 / p95 / max of each.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { quantile } from './stats';

const { values } = parseArgs({
	options: { base: { type: 'string', default: 'http://127.0.0.1:4173' }, rounds: { type: 'string', default: '2' }, each: { type: 'boolean', default: false } }
});

/** IT and IS occupations of the tracks (data/sources/tracks.csv), plus 15-1299. */
const it = [
	'15-1211',
	'15-1212',
	'15-1221',
	'15-1231',
	'15-1232',
	'15-1241',
	'15-1242',
	'15-1243',
	'15-1244',
	'15-1252',
	'15-1253',
	'15-1254',
	'15-1299',
	'11-3021'
];

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const measures = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
const waitFor = async (n: number) => page.waitForFunction((k) => performance.getEntriesByName('path-search-total').length >= k, n, { timeout: 180_000 });

// Warm-up: a pair not prerendered starts the engine and loads the tables.
await page.goto(`${values.base}/paths?from=15-1255&to=15-1221`);
await waitFor(1);
// Focusing a picker loads the search's tables and runs one search of each kind while idle (as for a user).
await page.getByTestId('pick-from').focus();
// ...and fetches the figures of the stops most routes pass through (paths-stops-ready).
await page.waitForFunction(() => performance.getEntriesByName('duckdb-warm').length > 0 && performance.getEntriesByName('paths-stops-ready').length > 0, null, {
	timeout: 180_000
});
let done = 1;
const pairs: [string, string][] = [];
for (let round = 0; round < Number(values.rounds); round++) for (let i = 0; i < it.length; i++) pairs.push([it[i]!, it[(i + 3 + round * 5) % it.length]!]);
for (const [from, to] of pairs) {
	if (from === to) continue;
	for (const [side, code] of [
		['from', from],
		['to', to]
	] as const) {
		const input = page.getByTestId(`pick-${side}`);
		await input.fill(code);
		await input.dispatchEvent('change');
		// Each change is a new pair, hence a search (unless it equals the pair shown).
		await page.waitForFunction(
			(k) =>
				performance.getEntriesByName('path-search-total').length >= k || document.querySelector('[data-testid=routes]')?.getAttribute('aria-busy') === 'false',
			done + 1
		);
		done = (await measures('path-search-total')).length;
	}
}
const searches = (
	await page.evaluate(() => performance.getEntriesByName('path-search').map((e) => ({ ms: e.duration, pair: String((e as PerformanceMeasure).detail) })))
).slice(1);
if (values.each) for (const s of searches) console.log(`${s.pair.padEnd(28)} ${s.ms.toFixed(1)} ms`);
const searchMs = searches.map((s) => s.ms);
const totalMs = (await measures('path-search-total')).slice(1);
const line = (name: string, xs: number[]) =>
	`${name.padEnd(20)} n=${xs.length}  p50 ${quantile(xs, 0.5).toFixed(1)} ms  p95 ${quantile(xs, 0.95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms`;
console.log(line('path-search', searchMs));
console.log(line('path-search-total', totalMs));
await browser.close();
