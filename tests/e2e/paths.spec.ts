/**
 * /paths: routes between occupations through O*NET related occupations. The default pair (both
 * article ladders: IT support / help desk → IT director / CIO) is prerendered and needs no
 * engine; any other pair is searched in DuckDB-WASM. Published figures: OEWS May 2025 national
 * medians, 15-1232 $61,860, 15-1211 $105,850, 11-3021 $175,140.
 */
import type { Page } from '@playwright/test';
import { expect, linkedView, test } from './fixtures';
import { readCsvDownload } from './csv-download';

/** Requests for the engine (wasm) or its tables (Parquet). */
function engineRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (/\.(wasm|parquet)(\?|$)/.test(r.url()) && r.resourceType() !== 'script') urls.push(r.url());
	});
	return urls;
}

const medians = (page: Page, route = 0) => page.getByTestId('route').nth(route).getByTestId('step-median').allInnerTexts();
const titles = (page: Page, route = 0) => page.getByTestId('route').nth(route).locator('[data-testid=step] h4 a').allInnerTexts();

test('the prerendered default shows the published medians at each step, with no engine', async ({ page }) => {
	const engine = engineRequests(page);
	await page.goto('/paths');
	await linkedView(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career paths');
	expect(await titles(page)).toEqual(['Computer User Support Specialists', 'Computer Systems Analysts', 'Computer and Information Systems Managers']);
	expect(await medians(page)).toEqual(['$61,860', '$105,850', '$175,140']);
	await expect(page.getByTestId('route').first().getByTestId('step-change').first()).toHaveText('+$43,990');
	await expect(page.getByTestId('rule')).toContainText('fewest moves');
	await expect(page.getByText('not a promise')).toBeVisible();
	await expect(page.getByTestId('onet-credit')).toContainText('O*NET 29.2 Database');
	await expect(page.getByTestId('onet-credit')).toContainText('CC BY 4.0');
	// A link naming another prerendered pair (a ladder's) shows with no engine either.
	await page.getByTestId('ladder-pairs').getByRole('link', { name: 'Computer Systems Analysts → Computer and Information Systems Managers' }).click();
	await expect(page).toHaveURL(/from=15-1211&to=11-3021/);
	await expect(page.getByTestId('routes').getByRole('heading', { level: 2 })).toContainText('From Computer Systems Analysts');
	expect((await medians(page))[0]).toBe('$105,850');
	await page.waitForTimeout(500);
	expect(engine).toEqual([]);
});

test('a typed pair is searched in the browser, kept in the URL, and its CSV is what is shown', async ({ page }) => {
	// The engine starts twice (typed, then reloaded): slow on a busy machine.
	test.slow();
	await page.goto('/paths');
	await linkedView(page);
	for (const [side, text] of [
		['from', 'Information Security Analysts (15-1212)'],
		['to', '15-1252']
	] as const) {
		const input = page.getByTestId(`pick-${side}`);
		await input.fill(text);
		await input.press('Enter');
		await input.blur();
	}
	await expect(page).toHaveURL(/from=15-1212&to=15-1252/);
	const routes = page.getByTestId('routes');
	await expect(routes.getByRole('heading', { level: 2 })).toHaveText('From Information Security Analysts to Software Developers', { timeout: 60_000 });
	await expect(routes).toHaveAttribute('aria-busy', 'false');
	const first = await titles(page);
	expect(first[0]).toBe('Information Security Analysts');
	expect(first.at(-1)).toBe('Software Developers');

	// The CSV: one row per step of every route shown (later routes folded), each median as the card shows it.
	const text = (sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
	const shownMedians = await text('[data-testid=step-median]');
	const shownTitles = await text('[data-testid=step] h4 a');
	expect(shownTitles.length).toBeGreaterThan(3);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = await readCsvDownload(download);
	expect(csv.name).toMatch(/^paths_15-1212_15-1252_/);
	expect(csv.rows.map((r) => r[csv.col('title')])).toEqual(shownTitles);
	expect(csv.rows.map((r) => `$${Number(r[csv.col('a_median')]).toLocaleString('en-US')}`)).toEqual(shownMedians);
	expect(csv.rows[0]![csv.col('release')]).toContain('O*NET 29.2');

	// The URL keeps the pair: a reload shows the same route.
	await page.reload();
	await expect(routes.getByRole('heading', { level: 2 })).toHaveText('From Information Security Analysts to Software Developers', { timeout: 90_000 });
	await expect(routes).toHaveAttribute('aria-busy', 'false');
	expect(await titles(page)).toEqual(first);
});

test('bad codes in the link are named; a pair with no route says so', async ({ page }) => {
	await page.goto('/paths?from=15-12x&to=99-9999');
	const problems = page.getByTestId('param-problems');
	await expect(problems).toContainText('“15-12x” (from) is not an occupation code');
	await expect(problems).toContainText('no detailed occupation 99-9999 (to)');
	await page.goto('/paths?from=15-1232&to=55-1014');
	await expect(page.getByTestId('no-route')).toContainText('No route from Computer User Support Specialists to Artillery and Missile Officers within 4 moves', {
		timeout: 60_000
	});
});

test('@phone the paths page fits a phone', async ({ page }) => {
	await page.goto('/paths');
	await linkedView(page);
	await expect(page.getByTestId('step').first()).toBeVisible();
	expect(await medians(page)).toEqual(['$61,860', '$105,850', '$175,140']);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the role page lists where the occupation leads and who moves here, each linking to the paths between them', async ({ page }) => {
	await page.goto('/roles/15-1232');
	const out = page.getByTestId('related-out-table');
	const row = out.locator('tr', { hasText: 'Computer Systems Analysts' });
	await expect(row).toContainText('$105,850');
	await expect(row).toContainText('primary (closest)');
	await expect(page.getByTestId('related-in-table')).toContainText('Computer Network Support Specialists');
	await row.getByRole('link', { name: 'Routes there' }).click();
	await expect(page).toHaveURL(/\/paths\?from=15-1232&to=15-1211/);
	await linkedView(page);
	expect(await titles(page)).toEqual(['Computer User Support Specialists', 'Computer Systems Analysts']);
});

test('the overview draws both ladders as paths with the published medians and BLS bands, linking to /paths', async ({ page }) => {
	await page.goto('/');
	const paths = page.getByTestId('ladder-paths');
	const director = paths.getByTestId('ladder-path-role').filter({ hasText: 'IT Director' });
	await expect(director).toContainText('$165,000 published');
	await expect(director).toContainText('BLS median $175,140, band $107,550–$297,510');
	await paths.getByRole('link', { name: /See the routes/ }).click();
	await expect(page).toHaveURL(/\/paths\?from=15-1232&to=11-3021/);
	await linkedView(page);
	expect(await medians(page)).toEqual(['$61,860', '$105,850', '$175,140']);
});
