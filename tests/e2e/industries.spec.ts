/**
 * Pay by industry sector (OEWS May 2024 sector file, natsector_M2024_dl.xlsx) and state pay in
 * U.S.-average prices (BEA SARPP 2024, all items), on role pages and in the explorer. Published
 * figures: 11-3021 in Information (NAICS 51), 85,400 jobs, median $196,060, 75th percentile
 * top-coded at $239,200; California's May 2024 median for 11-3021 is $211,340.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Locator, Page } from '@playwright/test';
import { readCsvDownload } from './csv-download';
import { cellsOnceDrawn, engineReady, expect, tableCells, test } from './fixtures';

/** The published RPP and median, read from the Parquet the site is built from (static/data). */
async function published(sql: string): Promise<number> {
	const db = await (await DuckDBInstance.create(':memory:')).connect();
	const rows = (await db.runAndReadAll(sql.replaceAll('$data', join(process.cwd(), 'static', 'data')))).getRows();
	db.closeSync();
	return Number(rows[0]![0]);
}
const caRpp = () => published(`SELECT rpp FROM '$data/price_parities.parquet' WHERE state = 'CA' AND year = 2024 AND line = 'all_items'`);
const caMedian = () =>
	published(`SELECT a_median FROM '$data/wages.parquet' WHERE state = 'CA' AND year = 2024 AND soc_code = '11-3021' AND a_median_flag = 'published'`);
const money = (n: number) => `$${n.toLocaleString('en-US')}`;

/** The "Which industries" section's data table rows, opened. */
async function industryRows(page: Page): Promise<{ card: Locator; rows: string[][] }> {
	const card = page.getByTestId('industry-chart');
	await card.locator('details summary').click();
	const rows = await cellsOnceDrawn(card.locator('details table'));
	return { card, rows };
}
/** The role page has hydrated once its state map has drawn (the outlines load after mount): buttons work. */
async function roleReady(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByTestId('state-map').locator('g.region')).toHaveCount(51);
}
const rowOf = (rows: string[][], name: string) => rows.find((r) => r.some((c) => c.includes(name)))!;

test('11-3021 by industry: Information has 85,400 jobs and a $196,060 median, its 75th percentile top-coded; the CSV holds the same', async ({ page }) => {
	await roleReady(page, '/roles/11-3021');
	const section = page.getByTestId('industries');
	await expect(section).toContainText('May 2024');
	await expect(section).toContainText('national figures at the top of the page are May 2025');
	const { card, rows } = await industryRows(page);
	const info = rowOf(rows, 'Information');
	expect(info).toContain('85,400');
	expect(info).toContain('$196,060');
	expect(info).toContain('≥ $239,200');
	// Sorted by jobs: Professional, Scientific, and Technical Services (205,040) first.
	expect(rows[0]!.join(' ')).toContain('205,040');
	await expect(card.locator('svg')).toContainText('Information · 85,400 jobs');
	await expect(card).toContainText('natsector_M2024_dl.xlsx');

	const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = await readCsvDownload(download);
	const r51 = csv.rows.find((r) => r[csv.col('naics')] === '51')!;
	expect(r51[csv.col('tot_emp')]).toBe('85400');
	expect(r51[csv.col('a_median')]).toBe('196060');
	expect(r51[csv.col('a_pct75')]).toBe('239200');
	expect(r51[csv.col('a_pct75_flag')]).toBe('topcoded');
	expect(r51.at(-2)).toContain('OEWS May 2024 sector estimates');
});

test('industrySort=pay puts the highest median first, and the link keeps it', async ({ page }) => {
	await roleReady(page, '/roles/11-3021?industrySort=pay');
	await expect(page.getByTestId('industry-sort').getByLabel('Highest median first')).toBeChecked();
	const { rows } = await industryRows(page);
	expect(rows[0]!.join(' ')).toContain('Information');
	await page.getByTestId('industry-sort').getByLabel('Most jobs first').check();
	await expect(page).not.toHaveURL(/industrySort/);
});

test('a suppressed median reads “not published”, never 0 (15-1252 in Accommodation and Food Services)', async ({ page }) => {
	await page.goto('/roles/15-1252');
	const { card, rows } = await industryRows(page);
	const row = rowOf(rows, 'Accommodation and Food Services');
	expect(row).toContain('270');
	expect(row.filter((c) => c === 'not published').length).toBeGreaterThanOrEqual(3);
	await expect(card).toContainText('Median not published (suppressed by BLS, not zero)');
});

test('the industry section on a phone: the published figures, no sideways scroll @phone', async ({ page }) => {
	await page.goto('/roles/11-3021');
	const section = page.getByTestId('industries');
	await section.scrollIntoViewIfNeeded();
	await expect(section.locator('svg')).toContainText('85,400 jobs');
	const { rows } = await industryRows(page);
	expect(rowOf(rows, 'Information').join(' ')).toContain('$196,060');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('California in U.S.-average prices: the published median ÷ (RPP ÷ 100), on the panel, map, table and CSV', async ({ page }) => {
	const [rpp, median] = await Promise.all([caRpp(), caMedian()]);
	expect(median).toBe(211_340);
	const adjusted = Math.round(median / (rpp / 100));
	await roleReady(page, '/roles/11-3021?state=CA&prices=us');
	const map = page.getByTestId('state-map');
	await expect(map.getByTestId('map-prices')).toHaveValue('us');
	await expect(map.getByTestId('state-prices')).toContainText(`Median in California ${money(median)}; in U.S.-average prices ${money(adjusted)}`);
	await expect(map.getByTestId('state-prices')).toContainText('rounded to the whole dollar');
	await expect(map.locator('td[data-measure="a_median"]')).toHaveText(money(adjusted));
	await expect(map).toContainText('Median annual pay in U.S.-average prices by state');
	await expect(map.getByTestId('territories')).toContainText('not adjusted: BEA publishes no price parity for territories');
	await expect(map.getByTestId('price-note')).toContainText('not a salary offer');

	const [download] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe('states-11-3021_oews-may2024_us-average-prices.csv');
	const csv = await readCsvDownload(download);
	expect(csv.header).not.toContain('a_median');
	const ca = csv.rows.find((r) => r[csv.col('state')] === 'CA')!;
	expect(ca[csv.col('a_median_us_prices')]).toBe(String(adjusted));
	expect(ca[csv.col('rpp')]).toBe(String(rpp));
	const pr = csv.rows.find((r) => r[csv.col('state')] === 'PR')!;
	expect(pr[csv.col('rpp')]).toBe('');

	// Back to published pay: the panel still gives both figures.
	await map.getByTestId('map-prices').selectOption('local');
	await expect(page).not.toHaveURL(/prices=/);
	await expect(map.locator('td[data-measure="a_median"]')).toHaveText(money(median));
	await expect(map.getByTestId('state-prices')).toContainText(money(adjusted));
});

test('explorer: industry=51 lists the occupations Information publishes, with its jobs and median as sortable columns', async ({ page }) => {
	await page.goto('/roles?industry=51');
	await engineReady(page);
	await expect(page.getByTestId('industry-select')).toHaveValue('51');
	await expect(page.getByTestId('industry-note')).toContainText('Information (NAICS 51)');
	const table = page.getByTestId('explorer-table');
	await expect(table.locator('thead')).toContainText('Jobs in Information (May 2024)');
	const rows = await tableCells(page, 'explorer-table');
	const cio = rows.find((r) => r[1] === '11-3021')!;
	expect(cio).toContain('85,400');
	expect(cio).toContain('$196,060');
	await table.getByRole('button', { name: /Median pay in Information/ }).click();
	await expect(page).toHaveURL(/sort=sectorpay/);
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.result-head').getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = await readCsvDownload(download);
	const r = csv.rows.find((x) => x[csv.col('soc_code')] === '11-3021')!;
	expect(r[csv.col('sector_emp')]).toBe('85400');
	expect(r[csv.col('sector_median')]).toBe('196060');
	// Choosing no industry brings back every row.
	await page.getByTestId('industry-select').selectOption('');
	await expect(page).not.toHaveURL(/industry=/);
});

test('explorer: a bad sector code is named and the rest of the link applies', async ({ page }) => {
	await page.goto('/roles?industry=52x&track=IT');
	await expect(page.getByTestId('param-problems')).toContainText('There is no industry sector “52x”');
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IT');
});

test('explorer: state pay in U.S.-average prices, the adjusted median from the published one and the RPP', async ({ page }) => {
	const [rpp, median] = await Promise.all([caRpp(), caMedian()]);
	await page.goto('/roles?state=CA&prices=us');
	await engineReady(page);
	await expect(page.getByTestId('prices-note')).toContainText(`BEA all-items RPP ${rpp}, 2024`);
	await expect(page.getByTestId('explorer-table').locator('thead')).toContainText('Median pay in California, U.S.-average prices (May 2024)');
	const rows = await tableCells(page, 'explorer-table');
	expect(rows.find((r) => r[1] === '11-3021')).toContain(money(Math.round(median / (rpp / 100))));
});

test('compare: the medians in the sectors the occupations share, from the sector file', async ({ page }) => {
	await page.goto('/compare?roles=11-3021,15-1252');
	const table = page.getByTestId('compare-sectors');
	// The linked comparison, not the prerendered default (three occupations) first on screen.
	await expect(table.locator('thead th')).toHaveCount(4);
	await expect(table.locator('thead')).toContainText('Median, Software Developers');
	const rows = await tableCells(page, 'compare-sectors');
	const info = rowOf(rows, 'Information');
	// 11-3021 in Information: $196,060 (OEWS May 2024 sector file); 15-1252 there has a published median too.
	expect(info).toContain('$196,060');
	expect(info.filter((c) => /^\$\d/.test(c))).toHaveLength(2);
	// 15-1252's median in Agriculture is suppressed: the shared row says so.
	expect(rowOf(rows, 'Agriculture')).toContain('not published');
});
