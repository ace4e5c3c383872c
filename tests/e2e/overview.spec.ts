/**
 * The overview's first answer: IT against IS, level by level (the article's ladder beside the BLS
 * pay of the occupations its roles map to) and growth summed over each track's occupations.
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../scripts/ingest/csv';
import { expect, tableCells, test } from './fixtures';

const number = (s: string) => Number(s.replace(/[^0-9.]/g, ''));

test('the page opens with IT against IS: pay at each level and growth, said in sentences @phone', async ({ page }) => {
	await page.goto('/');
	const compared = page.getByTestId('it-vs-is');
	// The first answer: before the 11-3021 headline figures.
	const order = await page.evaluate(() => {
		const a = document.querySelector('[data-testid="it-vs-is"]')!;
		const b = document.querySelector('[data-testid="headline"]')!;
		return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
	// OEWS May 2025 national medians: 15-1232 $61,860, 15-1254 $92,650, 15-1211 $105,850 (national_M2025_dl.xlsx).
	await expect(page.getByTestId('glance-entry')).toHaveText(/Entry pay\s*\$61,860–\s*\$92,650\s*\$61,860–\s*\$105,850/);
	const entry = page.getByTestId('pay-sentence-entry');
	await expect(entry).toContainText('national BLS medians (OEWS May 2025)');
	await expect(entry).toContainText(
		'the best-paid IS occupation, Computer Systems Analysts ($105,850), pays more than the best-paid IT one, Web Developers ($92,650)'
	);
	await expect(entry).toContainText("The article's estimates (December 2025)");
	await expect(page.getByTestId('level-entry-IS')).toContainText('Systems Analyst, article $103,000');
	await expect(page.getByTestId('level-entry-IS')).toContainText('median $105,850 (25th–75th percentile $82,860–$134,110)');
	await expect(page.getByTestId('pay-sentence-mid')).toContainText('The IT range is higher at both ends');
	// EP 2024–34, summed over the tracks' occupations.
	await expect(page.getByTestId('track-growth-IT').getByTestId('growth')).toHaveText('+9.4%');
	await expect(page.getByTestId('track-growth-IS').getByTestId('growth')).toHaveText('+7.2%');
	await expect(page.getByTestId('growth-sentence')).toContainText('for all occupations it projects +3.1%');
	await expect(page.getByTestId('growth-method')).toContainText('growth = Σ projected employment 2034 ÷ Σ employment 2024 − 1');
	await expect(page.getByTestId('growth-method')).toContainText('An occupation on both tracks counts in both');
	// Public text names the article, never a project file or the word "seed".
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/seed|data\/sources|\.csv\b/i);
	await expect(compared).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test("each track's growth and openings equal the sums over the members listed, and the CSV equals the table", async ({ page }) => {
	await page.goto('/');
	// Hydrated: the download buttons answer.
	await page.waitForLoadState('networkidle');
	await page.getByText(/occupations on the tracks, and why/).click();
	const rows = await tableCells(page, 'track-members');
	expect(rows).toHaveLength(17);
	for (const track of ['IT', 'IS'] as const) {
		const on = rows.filter((r) => r[2] === track || r[2] === 'Both');
		const [start, end, openings] = [3, 4, 6].map((i) => on.reduce((n, r) => n + number(r[i]!), 0));
		const card = page.getByTestId(`track-growth-${track}`);
		await expect(card).toContainText(`${on.length} occupations`);
		const pct = (end! / start! - 1) * 100;
		await expect(card.getByTestId('growth')).toHaveText(`+${pct.toFixed(1)}%`);
		await expect(card.getByTestId('openings')).toHaveText(openings!.toLocaleString('en-US'));
	}
	// 11-3021 is on both tracks: EP 2024–34 667,100 to 768,700, 55,600 openings a year.
	expect(rows.find((r) => r[1] === '11-3021')!.slice(2, 7)).toEqual(['Both', '667,100', '768,700', '+15.2%', '55,600']);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('it-vs-is').getByRole('button', { name: 'Download CSV' }).last().click()
	]);
	expect(download.suggestedFilename()).toBe('track-members_ep2024-34.csv');
	const [header, ...csv] = parseCsv((await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, ''), 'download').map((r) => r.fields);
	expect(header!.slice(0, 8)).toEqual(['title', 'soc_code', 'track', 'emp_start', 'emp_end', 'pct_change', 'openings_annual', 'reason']);
	expect(csv.map((r) => [r[1], r[2], Number(r[3]).toLocaleString('en-US'), Number(r[6]).toLocaleString('en-US')])).toEqual(
		rows.map((r) => [r[1], r[2] === 'Both' ? 'both' : r[2], r[3], r[6]])
	);
});

test('the growth chart says what its colours mean', async ({ page }) => {
	await page.goto('/');
	const legend = page.getByTestId('growth-by-role').locator('.legend');
	await expect(legend).toContainText('IT track');
	await expect(legend).toContainText('IS track');
	await expect(legend).toContainText('Both tracks');
});
