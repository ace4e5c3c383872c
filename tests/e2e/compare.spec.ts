/**
 * The compare page's "Pay over time": the compared occupations' OEWS national medians, May 2014 …
 * May 2025, on one chart, checked against the BLS files themselves (national_MYYYY_dl.xlsx and
 * the CPI-U file), and its CSV against its table.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { nationalRow, rawDir } from './bls-files';
import { readCsvDownload } from './csv-download';
import { expect, linkedView, tableCells, test } from './fixtures';

/** CPI-U U.S. city average, all items, NSA (CUUR0000SA0), May of `year`, from cu.data.1.AllItems. */
async function cpiMay(year: number): Promise<number> {
	const text = await readFile(join(rawDir, 'cpi', 'cu.data.1.AllItems'), 'utf8');
	const line = text.split('\n').find((l) => {
		const [id, y, period] = l.split('\t').map((s) => s.trim());
		return id === 'CUUR0000SA0' && y === String(year) && period === 'M05';
	})!;
	return Number(line.split('\t')[3]!.trim());
}

const money = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;

async function download(page: Page) {
	const card = page.getByTestId('compare-pay-over-time');
	const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
	return readCsvDownload(file);
}

test('compare: pay over time of the default comparison, one line each, the May 2024 medians are the national file’s, the CSV is the table @phone', async ({
	page
}) => {
	await page.goto('/compare');
	await linkedView(page);
	const card = page.getByTestId('compare-pay-over-time');
	await expect(card.locator('h3')).toHaveText('Median pay by year, current dollars');
	const legend = card.getByTestId('pay-over-time-legend');
	for (const name of ['Computer and Information Systems Managers (11-3021)', 'Information Security Analysts (15-1212)', 'Database Administrators (15-1242)'])
		await expect(legend).toContainText(name);
	// One unbroken line each: 15-1242 has its own code only from May 2021, so its line starts there.
	await expect(card.locator('.lines .series')).toHaveCount(3);
	await expect(card.locator('.lines .series[data-series="15-1242-2021"] .mark')).toHaveCount(5);
	await expect(card.locator('.breaks .mark')).toHaveCount(1);
	await expect(card.getByTestId('pay-over-time-notes')).toContainText(
		'Database Administrators (15-1242), May 2014–2018: no line, because BLS published only SOC 2010 15-1141'
	);
	await expect(card.locator('.source')).toContainText('national_M2014_dl.xlsx … national_M2025_dl.xlsx');

	await card.getByText('Show data').click();
	const cells = await tableCells(page, 'compare-pay-over-time');
	expect(cells).toHaveLength(36);
	for (const code of ['11-3021', '15-1212', '15-1242']) {
		const bls = await nationalRow(2024, code);
		const row = cells.find((c) => c[0] === '2024' && c[1] === code)!;
		expect(row[3], `${code} May 2024 median`).toBe(money(Number(bls.A_MEDIAN)));
		expect(row[5], `${code} May 2024 code published`).toBe(code);
	}
	// Before May 2021, 15-1242 is read through broader codes: in the table, not on the line.
	expect(cells.find((c) => c[0] === '2014' && c[1] === '15-1242')!.slice(5, 6)).toEqual(['15-1141']);

	const csv = await download(page);
	expect(csv.name).toBe('compare-pay-by-year-11-3021-15-1212-15-1242-current-dollars_oews-may2014-may2025.csv');
	expect(csv.header).toEqual([
		'year',
		'soc_code',
		'title',
		'a_median',
		'a_median_flag',
		'a_median_constant',
		'published_code',
		'published_title',
		'soc_version',
		'relation',
		'drawn',
		'release',
		'source'
	]);
	const v = (r: string[], k: string) => r[csv.col(k)]!;
	const shown = (r: string[]) =>
		v(r, 'a_median_flag') === 'topcoded' ? `≥ ${money(Number(v(r, 'a_median')))}` : v(r, 'a_median') === '' ? 'not published' : money(Number(v(r, 'a_median')));
	expect(csv.rows.map((r) => [v(r, 'year'), v(r, 'soc_code'), v(r, 'title'), shown(r), v(r, 'published_code')])).toEqual(
		cells.map((c) => [c[0], c[1], c[2], c[3], c[5]])
	);
	for (const code of ['11-3021', '15-1212', '15-1242']) {
		const row = csv.rows.find((r) => v(r, 'year') === '2024' && v(r, 'soc_code') === code)!;
		expect(v(row, 'a_median')).toBe((await nationalRow(2024, code)).A_MEDIAN);
		expect(v(row, 'release')).toBe('OEWS May 2024');
	}
	expect(v(csv.rows[0]!, 'source')).toContain('national_M2014_dl.xlsx');

	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('compare: a link with two codes draws their lines in its order; constant dollars are May 2025 dollars via CPI-U @phone', async ({ page }) => {
	await page.goto('/compare?roles=15-1212,11-3021');
	await linkedView(page);
	const card = page.getByTestId('compare-pay-over-time');
	await expect(card.getByTestId('pay-over-time-legend').locator('li')).toHaveText([
		'Information Security Analysts (15-1212)',
		'Computer and Information Systems Managers (11-3021)'
	]);
	await expect(card.locator('.lines .series')).toHaveCount(2);
	await expect(card.locator('.breaks .mark')).toHaveCount(0);

	await card.getByText('Show data').click();
	const current = await tableCells(page, 'compare-pay-over-time');
	expect(current).toHaveLength(24);
	const [cpi2024, cpi2025] = [await cpiMay(2024), await cpiMay(2025)];
	// May 2024 median × CPI-U May 2025 ÷ CPI-U May 2024, to the cent.
	const constant = (median: number) => Math.round(((median * cpi2025) / cpi2024) * 100) / 100;
	for (const code of ['15-1212', '11-3021']) {
		const median = Number((await nationalRow(2024, code)).A_MEDIAN);
		const row = current.find((c) => c[0] === '2024' && c[1] === code)!;
		expect(row[3]).toBe(money(median));
		expect(row[4]).toBe(money(constant(median)));
	}

	await page.getByTestId('dollars-toggle').getByText('constant May 2025 dollars').click();
	await expect(card.locator('h3')).toHaveText('Median pay by year, constant May 2025 dollars');
	await expect(card.locator('.source')).toContainText('CUUR0000SA0');
	const csv = await download(page);
	expect(csv.name).toBe('compare-pay-by-year-15-1212-11-3021-constant-dollars_oews-may2014-may2025_cpi-may2025.csv');
	expect(csv.rows[0]![csv.col('release')]).toBe('OEWS May 2014; CPI-U May 2014 and May 2025');
	// The 2024 point of 15-1212 is drawn at its constant-dollar value.
	const median = Number((await nationalRow(2024, '15-1212')).A_MEDIAN);
	await expect(card.locator('.lines .series').first().locator('.mark').nth(10)).toHaveAttribute(
		'aria-label',
		`Information Security Analysts, median, May 2024: ${money(constant(median))} (constant May 2025 dollars)`
	);
});
