/**
 * /data and /datapackage.json: every table listed with a sha256 that is the served file's, a
 * valid data package, and downloads that a second, independent reader (hyparquet, here in the
 * test) reads back to the rows DuckDB counted when it wrote them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { tableNames } from '../../src/lib/schema/tables';
import { parseCsv } from '../../scripts/ingest/csv';
import { test, expect } from './fixtures';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

test('/data lists every table, and each sha256 is the served file’s', async ({ page, request }) => {
	await page.goto('/data');
	for (const name of tableNames) {
		const entry = page.getByTestId(`data-table-${name}`);
		await expect(entry).toBeVisible();
		const href = await entry.getByTestId('parquet').getAttribute('href');
		const body = await (await request.get(new URL(href!, page.url()).href)).body();
		expect(await entry.getByTestId('sha256').textContent(), name).toBe(sha256(body));
	}
});

test('datapackage.json is a data package whose resources match the files', async ({ request }) => {
	const res = await request.get('/datapackage.json');
	expect(res.ok()).toBe(true);
	const pkg = await res.json();
	expect(pkg.profile).toBe('data-package');
	expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(
		expect.arrayContaining([...tableNames, 'wages-all-releases-csv', 'wages-all-releases-parquet'])
	);
	for (const r of pkg.resources.filter((x: { name: string }) => ['cpi', 'tracks', 'wages-all-releases-parquet'].includes(x.name))) {
		const body = await (await request.get(`/${r.path}`)).body();
		expect(body.length, r.name).toBe(r.bytes);
		expect(`sha256:${sha256(body)}`, r.name).toBe(r.hash);
		expect(r.schema.fields.length).toBeGreaterThan(0);
		expect(r.licenses.length).toBeGreaterThan(0);
	}
});

test('the complete wages file reads back with hyparquet to the rows DuckDB counted, with releases inside', async ({ page }) => {
	await page.goto('/data');
	const shownRows = Number((await page.getByTestId('data-table-wages').getByTestId('rows').textContent())!.replace(/,/g, ''));
	const [pq] = await Promise.all([page.waitForEvent('download'), page.getByTestId('complete-parquet').click()]);
	const file = arrayBuffer(await readFile((await pq.path())!));
	const meta = parquetMetadata(file);
	expect(Number(meta.num_rows)).toBe(shownRows);
	expect(meta.key_value_metadata?.find((kv) => kv.key === 'releases')?.value).toContain('OEWS May 2024');
	const rows = await parquetReadObjects({ file, compressors, columns: ['soc_code', 'year', 'area_type', 'a_median', 'release'] });
	expect(rows).toHaveLength(shownRows);
	// 11-3021's national May 2024 median, as BLS published it.
	expect(rows.find((r) => r.soc_code === '11-3021' && r.year === 2024 && r.area_type === 'national')).toMatchObject({
		a_median: 171200,
		release: 'OEWS May 2024'
	});

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('complete-csv').click()]);
	const text = (await readFile((await csv.path())!)).toString('utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const records = parseCsv(text, 'wages-all-releases.csv').map((r) => r.fields);
	expect(records[0]!.slice(-2)).toEqual(['release', 'source']);
	expect(records.length - 1).toBe(shownRows);
});

test('a table’s Parquet reads back with hyparquet to the rows shown', async ({ page, request }) => {
	await page.goto('/data');
	for (const name of ['cpi', 'projections'] as const) {
		const entry = page.getByTestId(`data-table-${name}`);
		const shown = Number((await entry.getByTestId('rows').textContent())!.replace(/,/g, ''));
		const body = await (await request.get(new URL((await entry.getByTestId('parquet').getAttribute('href'))!, page.url()).href)).body();
		const rows = await parquetReadObjects({ file: arrayBuffer(body), compressors });
		expect(rows, name).toHaveLength(shown);
		const csv = (await (await request.get(new URL((await entry.getByTestId('csv').getAttribute('href'))!, page.url()).href)).body()).toString('utf8');
		expect(parseCsv(csv, `${name}.csv`).length - 1, `${name}.csv rows`).toBe(shown);
	}
});

test('axe: no serious or critical violations on /data, and no sideways scroll @phone', async ({ page }) => {
	test.setTimeout(150_000);
	await page.goto('/data');
	for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});
