import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../scripts/ingest/csv';
import { rawDir } from './bls-files';
import { readCsvDownload } from './csv-download';
import { expect, linkedView, tableCells, test } from './fixtures';

/** A chart's CSV: byte-order mark, and release and source on every row, checked by readCsvDownload. */
async function download(page: Page, testid: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).getByRole('button', { name: 'Download CSV' }).click()]);
	return readCsvDownload(file);
}

test('/trends shows 11-3021 by year: charts, data tables and CSV in current and constant dollars @phone', async ({ page }) => {
	await page.goto('/trends');
	for (const id of ['trend-wages', 'trend-jobs', 'vintages', 'track-record', 'claims']) await expect(page.getByTestId(id)).toBeVisible();
	for (const id of ['trend-wages', 'trend-jobs', 'vintages', 'track-record']) await expect(page.getByTestId(id).locator('.chart > svg')).toBeVisible();
	await expect(page.getByTestId('oews-time-note')).toContainText('BLS does not design OEWS for comparisons across time');
	// Top-coded 90th percentiles are "at or above" markers, not points: May 2014–2024.
	await expect(page.getByTestId('trend-wages').locator('.markers [data-shape=at-least]')).toHaveCount(11);
	await expect(page.getByTestId('wage-trend-notes')).toContainText('May 2025 has no top-coding');

	await page.getByTestId('trend-wages').getByText('Show data').click();
	const cells = await tableCells(page, 'trend-wages');
	expect(cells).toHaveLength(12);
	expect(cells[0]!.slice(0, 2)).toEqual(['2014', '11-3021']);
	expect(cells[0]).toContain('$127,640');
	expect(cells[0]).toContain('≥ $187,200');
	const wages = await download(page, 'trend-wages');
	expect(wages.name).toBe('pay-by-year-11-3021-current-dollars_oews-may2014-may2025_cpi-may2025.csv');
	expect(wages.header).toEqual([
		'year',
		'soc_code',
		'title',
		'soc_version',
		'relation',
		'on_line',
		'a_pct10',
		'a_pct10_flag',
		'a_pct25',
		'a_pct25_flag',
		'a_median',
		'a_median_flag',
		'a_pct75',
		'a_pct75_flag',
		'a_pct90',
		'a_pct90_flag',
		'cpi_may',
		'cpi_base',
		'a_pct10_constant',
		'a_pct25_constant',
		'a_median_constant',
		'a_pct75_constant',
		'a_pct90_constant',
		'release',
		'source'
	]);
	expect(wages.rows).toHaveLength(12);
	const y2014 = Object.fromEntries(wages.header.map((h, i) => [h, wages.rows[0]![i]]));
	expect(y2014).toMatchObject({
		year: '2014',
		a_median: '127640',
		a_median_flag: 'published',
		a_pct90: '187200',
		a_pct90_flag: 'topcoded',
		cpi_may: '237.9',
		cpi_base: '321.465',
		a_median_constant: '172474.96'
	});
	// Each row names its own release; the source names the files.
	expect(y2014.release).toBe('OEWS May 2014; CPI-U May 2014 and May 2025');
	expect(wages.rows.at(-1)![wages.col('release')]).toBe('OEWS May 2025; CPI-U May 2025');
	expect(y2014.source).toContain('national_M2014_dl.xlsx');
	expect(y2014.source).toContain('cu.data.1.AllItems');

	const jobs = await download(page, 'trend-jobs');
	expect(jobs.header).toEqual(['year', 'soc_code', 'title', 'soc_version', 'relation', 'tot_emp', 'tot_emp_flag', 'release', 'source']);
	expect(jobs.rows.map((r) => r[jobs.col('release')])).toEqual(jobs.rows.map((r) => `OEWS May ${r[0]}`));
	expect(jobs.rows.at(-1)!.slice(0, 2).concat(jobs.rows.at(-1)![5]!)).toEqual(['2025', '11-3021', '670570']);

	await page.getByTestId('vintages').getByText('Show data').click();
	expect(await tableCells(page, 'vintages')).toHaveLength(8);
	const vintages = await download(page, 'vintages');
	expect(vintages.rows.map((r) => r[0])).toEqual(['2016–26', '2018–28', '2019–29', '2020–30', '2021–31', '2022–32', '2023–33', '2024–34']);
	expect(vintages.rows.map((r) => r[vintages.col('release')])).toEqual(vintages.rows.map((r) => `EP ${r[0]}`));

	await page.getByTestId('track-record').getByText('Show data').click();
	const track = await tableCells(page, 'track-record');
	expect(track[0]).toEqual(expect.arrayContaining(['2016–26', '367,600', '411,800', '402,960', '667,100', '+264,140', '+65.5%', 'ahead']));
	const trackCsv = await download(page, 'track-record');
	expect(trackCsv.header.slice(0, 9)).toEqual([
		'ep_release',
		'projected_codes',
		'covers',
		'period_start',
		'emp_start',
		'period_end',
		'emp_end',
		'measured_year',
		'path'
	]);
	expect(trackCsv.rows[0]![trackCsv.col('release')]).toBe('EP 2016–26 (projected); EP 2024–34 (measured)');
	// The gap is a plain number in the file, with the minus sign U+2212 on the page.
	expect(trackCsv.rows[0]![trackCsv.col('gap')]).toBe('264140');
	expect(trackCsv.rows[0]![trackCsv.col('path')]).toBe('402960');

	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('/trends track record: each release read at 2024 on its straight path, against 2024 measured, with the rule and whole labels @phone', async ({ page }) => {
	// The EP files themselves: 11-3021 in 2016–26 and in 2024–34, employment in thousands.
	const ep = async (file: string) => {
		const [header, ...rows] = parseCsv(await readFile(join(rawDir, 'ep', file), 'utf8'), file).map((r) => r.fields);
		// The code column is "SOC Code" in older files, "Occupation Code" in 2024–34.
		const code = header!.findIndex((h) => /^(SOC|Occupation) Code$/.test(h));
		const row = rows.find((r) => r[code]?.includes('11-3021'))!;
		return (label: string) => Number(row[header!.findIndex((h) => h.startsWith(label))]!.replace(/,/g, '')) * 1000;
	};
	const old = await ep('ep_2016_2026.csv');
	const latest = await ep('ep_2024_2034.csv');
	const [base, targetEmp, measured] = [old('Employment 2016'), old('Employment 2026'), latest('Employment 2024')];
	const path = Math.round(base + ((targetEmp - base) * (2024 - 2016)) / (2026 - 2016));
	expect([base, targetEmp, path, measured]).toEqual([367600, 411800, 402960, 667100]);
	const n = (v: number) => v.toLocaleString('en-US');

	await page.goto('/trends');
	const card = page.getByTestId('track-record');
	await expect(card.locator('h3')).toHaveText('Track record: each projection on its way, against what was measured in 2024');
	await expect(card.getByTestId('track-comparisons')).toContainText(
		`EP 2016–26 projected 2024 employment on a straight path: ${n(path)} (${n(base)} in 2016 to ${n(targetEmp)} in 2026); EP 2024–34 measured 2024: ${n(measured)}. +65.5%: ahead.`
	);
	await expect(card.getByTestId('pace-rule')).toContainText('on pace: the measured employment is within 2% of the straight path either way');
	// No projection is called a miss: its target year is still ahead.
	await expect(card).not.toContainText('than projected');
	// Every row label whole: no ellipsis and no cut label's tooltip.
	const labels = await card.locator('.axis.y text').allTextContents();
	expect(labels).toEqual(['EP 2016–26', 'EP 2018–28', 'EP 2019–29', 'EP 2020–30', 'EP 2021–31', 'EP 2022–32', 'EP 2023–33']);
	await expect(card.locator('.axis.y text title')).toHaveCount(0);
	// 15-1242: the rows whose codes also covered 15-1243 say so, whole.
	await page.goto('/trends?role=15-1242');
	await linkedView(page);
	await expect(page.getByTestId('trend-current')).toHaveAttribute('data-role', '15-1242');
	const dbLabels = await page.getByTestId('track-record').locator('.axis.y text').allTextContents();
	expect(dbLabels.slice(0, 4)).toEqual(['EP 2016–26 (+ 15-1243)', 'EP 2018–28 (+ 15-1243)', 'EP 2019–29 (+ 15-1243)', 'EP 2020–30 (+ 15-1243)']);
	await expect(page.getByTestId('track-record').locator('.axis.y text title')).toHaveCount(0);
});

test('/trends: constant dollars are a switch kept in the link', async ({ page }) => {
	await page.goto('/trends');
	await linkedView(page);
	await page.getByLabel('constant May 2025 dollars (CPI-U)').check();
	await expect(page).toHaveURL(/dollars=constant/);
	await expect(page.getByTestId('trend-wages').locator('h3')).toContainText('constant May 2025 dollars');
	const csv = await download(page, 'trend-wages');
	expect(csv.name).toBe('pay-by-year-11-3021-constant-dollars_oews-may2014-may2025_cpi-may2025.csv');
});

test('/trends?role=15-1242 breaks the series at each SOC change and names the old codes', async ({ page }) => {
	await page.goto('/trends?role=15-1242');
	await linkedView(page);
	await expect(page.getByTestId('trend-current')).toHaveAttribute('data-role', '15-1242');
	const wages = page.getByTestId('trend-wages');
	await expect(wages.locator('.breaks .mark')).toHaveCount(2);
	await expect(wages).toContainText('15-1141 Database Administrators');
	await expect(wages).toContainText('15-1245 Database Administrators and Architects');
	await wages.getByText('Show data').click();
	const cells = await tableCells(page, 'trend-wages');
	expect(cells.map((r) => r[1])).toEqual([
		'15-1141',
		'15-1141',
		'15-1141',
		'15-1141',
		'15-1141',
		'15-1245',
		'15-1245',
		'15-1242',
		'15-1242',
		'15-1242',
		'15-1242',
		'15-1242'
	]);
	const track = page.getByTestId('track-record');
	await track.getByText('Show data').click();
	const rows = await tableCells(page, 'track-record');
	// Hybrid 15-1245 (= 15-1242 + 15-1243): 132,500 in 2019 to 145,300 in 2029, half way in 2024.
	expect(rows.find((r) => r[0] === '2019–29')).toEqual(
		expect.arrayContaining(['15-1245', '138,900', '144,900', '+6,000', '+4.3%', 'ahead', 'same set of occupations'])
	);
	// Choosing another occupation updates the link.
	await page.getByTestId('trend-role').selectOption('15-1252');
	await expect(page).toHaveURL(/role=15-1252/);
	await expect(page.getByTestId('trend-current')).toHaveAttribute('data-role', '15-1252');
});

test('/trends: every article claim has a verdict, and the claims download as CSV', async ({ page }) => {
	await page.goto('/trends#claims');
	const claims = page.getByTestId('claims');
	await expect(claims.locator('.claim')).toHaveCount(5);
	await expect(page.getByTestId('claim-s000_01').getByTestId('verdict')).toHaveText('Outdated');
	await expect(page.getByTestId('claim-s000_02').getByTestId('verdict')).toHaveText('Outdated');
	await expect(page.getByTestId('claim-s002_01').getByTestId('verdict')).toHaveText('Rounded');
	await expect(page.getByTestId('claim-s002_02').getByTestId('verdict')).toHaveText('Rounded');
	await expect(page.getByTestId('claim-s002_02').getByTestId('period-status')).toHaveText('differs from the article');
	await expect(page.getByTestId('claim-s002_03').getByTestId('verdict')).toHaveText('Same');
	const csv = await download(page, 'claims');
	expect(csv.name).toBe('article-claims_claims.csv');
	const verdict = csv.header.indexOf('verdict');
	expect(csv.rows.map((r) => [r[0], r[verdict]])).toEqual([
		['s000_01', 'outdated'],
		['s000_02', 'outdated'],
		['s002_01', 'rounded'],
		['s002_02', 'rounded'],
		['s002_03', 'same']
	]);
	// The articles by publisher and title, never a file of this site's.
	expect(csv.rows[0]![csv.col('source')]).toContain('DeVry University, “IT Management vs. IS Management: Which Is Right for You?”, February 23, 2022');
	expect(csv.rows[0]![csv.col('source')]).not.toMatch(/data\/sources|seed|\.csv/);
	await expect(claims.locator('.source')).not.toContainText('seed');
});

test('role page 15-1242 has the trends section with its claims @phone', async ({ page }) => {
	await page.goto('/roles/15-1242');
	const section = page.getByTestId('trends-section');
	await expect(section.getByTestId('trend-wages').locator('.chart > svg')).toBeVisible();
	await expect(section.getByTestId('trend-wages').locator('.breaks .mark')).toHaveCount(2);
	await expect(section.getByTestId('vintages').locator('.lines .series')).toHaveCount(8);
	await expect(section.getByTestId('role-claims').locator('.claim')).toHaveCount(2);
	await section.getByTestId('trend-jobs').getByText('Show data').click();
	const jobs = await tableCells(page, 'trend-jobs');
	expect(jobs.at(-1)).toEqual(['2025', '15-1242', 'Database Administrators', '2018', 'this occupation’s code', '69,990']);
	const csv = await download(page, 'vintages');
	expect(csv.name).toBe('projection-vintages-15-1242_ep2016-26-to-2024-34.csv');
	expect(csv.rows.map((r) => r[1])).toEqual(['15-1141', '15-1141', '15-1245', '15-1245', '15-1242', '15-1242', '15-1242', '15-1242']);
	// The dollar switch works on the role page too (no link to keep there).
	await section.getByLabel('constant May 2025 dollars (CPI-U)').check();
	await expect(section.getByTestId('trend-wages').locator('h3')).toContainText('constant May 2025 dollars');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('axe: no serious or critical violations on /trends, data tables open', async ({ page }) => {
	test.setTimeout(150_000);
	await page.goto('/trends');
	for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
});
