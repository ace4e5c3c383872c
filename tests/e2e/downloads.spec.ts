/**
 * CSV downloads as a spreadsheet user gets them: a byte-order mark, the release and source on
 * every row, and numbers in columns of their own, equal to what the "Show data" table shows.
 */
import type { Download } from '@playwright/test';
import { expect, tableCells, test } from './fixtures';
import { readCsvDownload } from './csv-download';

const money = (cell: string) => `$${Number(cell).toLocaleString('en-US')}`;

test('pay by level: ladder roles, tracks and salaries in columns of their own, equal to the table', async ({ page }) => {
	await page.goto('/roles/15-1242');
	const card = page.getByTestId('pay-by-level');
	await card.getByText('Show data').click();
	const shown = await tableCells(page, 'pay-by-level');
	const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = await readCsvDownload(download);
	expect(csv.header).toEqual(['level', 'measure', 'pay', 'pay_flag', 'ladder_role', 'ladder_track', 'ladder_median_salary', 'release', 'source']);
	// No cell mixes a name and a number: "Database Administrator (IT) $104,620" is three cells.
	for (const r of csv.rows) expect(r.slice(0, 7).filter((c) => /[A-Za-z].*\d|\d.*[A-Za-z]/.test(c) && !/percentile|median/i.test(c))).toEqual([]);
	const dba = csv.rows.find((r) => r[csv.col('ladder_role')] === 'Database Administrator')!;
	expect([dba[0], dba[csv.col('ladder_track')], dba[csv.col('ladder_median_salary')], dba[csv.col('pay')]]).toEqual(['mid', 'IT', '104620', '104620']);
	// BLS May 2025, 15-1242: 25th 79,610, median 104,620, 75th 135,460 (national_M2025_dl.xlsx).
	expect(csv.rows.map((r) => [r[0], r[2]])).toEqual(
		expect.arrayContaining([
			['entry', '79610'],
			['mid', '104620'],
			['senior', '135460']
		])
	);
	expect(new Set(csv.rows.map((r) => r[csv.col('release')]))).toEqual(new Set(['OEWS May 2025; University of San Diego career ladder, December 2025']));
	expect(csv.rows[0]![csv.col('source')]).toContain('national_M2025_dl.xlsx');
	// The file is the table: same rows, same order, each number as the page writes it.
	expect(csv.rows).toHaveLength(shown.length);
	csv.rows.forEach((r, i) => {
		const s = shown[i]!;
		expect([s[0], s[1], s[2]]).toEqual([{ entry: 'Entry', mid: 'Mid', senior: 'Senior' }[r[0]!], r[1], money(r[2]!)]);
		expect([s[3], s[4], s[5]]).toEqual([r[4] || '—', r[5] || '—', r[6] ? money(r[6]) : '—']);
	});
});

test('every chart CSV on a role page starts with a byte-order mark and names its release and source', async ({ page }) => {
	await page.goto('/roles/11-3021');
	const buttons = page.locator('figure.chart-card').getByRole('button', { name: 'Download CSV' });
	const n = await buttons.count();
	expect(n).toBeGreaterThanOrEqual(4);
	for (let i = 0; i < n; i++) {
		// Chromium drops a page's 11th download within seconds of ten (measured: a 1.5 s pause
		// between clicks lets all twelve through): a reload after every six.
		if (i > 0 && i % 6 === 0) await page.reload();
		// A click before the page has hydrated downloads nothing: click again until one comes.
		let download: Download | undefined;
		await expect(async () => {
			[download] = await Promise.all([page.waitForEvent('download', { timeout: 3000 }), buttons.nth(i).click()]);
		}).toPass({ timeout: 30_000 });
		const file = download!;
		const csv = await readCsvDownload(file);
		expect(csv.rows.length, file.suggestedFilename()).toBeGreaterThan(0);
		expect(csv.rows[0]![csv.col('source')], file.suggestedFilename()).toMatch(/BLS|University of San Diego|O\*NET 29\.2 Database/);
		expect(csv.rows[0]![csv.col('release')], file.suggestedFilename()).toMatch(/OEWS May \d{4}|EP \d{4}–\d{2}|O\*NET 29\.2/);
	}
});

test('home: the ladder roles of each track are a column of names, without the track or a salary in the cell', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: 'Occupations the ladder roles map to' });
	const headers = await table.locator('thead th').allTextContents();
	expect(headers).toEqual(expect.arrayContaining(['IT ladder roles', 'IS ladder roles']));
	const it = headers.indexOf('IT ladder roles');
	const is = headers.indexOf('IS ladder roles');
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
	const managers = rows.find((r) => r[1] === '11-3021')!;
	expect(managers[it]).toBe('IT Director; Director of Information Security');
	expect(managers[is]).toBe('Director of Information Systems; Chief Information Officer (CIO)');
	for (const r of rows) expect([r[it], r[is]].join(' ')).not.toMatch(/\((IT|IS)\)|\$/);
});
