/**
 * A link opens on the view it names: before the page has read its link, the prerendered default
 * view is set aside under a notice; then the linked view shows. Compare and trends show any
 * linked occupation from its prerendered role page, without the query engine.
 */
import type { Page } from '@playwright/test';
import { expect, linkedView, tableCells, test } from './fixtures';

/** Holds back requests matching `match` until the returned function is called. */
async function holdRequests(page: Page, match: (url: string, type: string) => boolean): Promise<() => void> {
	let holding = true;
	const held: (() => void)[] = [];
	await page.route('**/*', async (route) => {
		if (holding && match(route.request().url(), route.request().resourceType())) await new Promise<void>((go) => held.push(go));
		await route.fallback();
	});
	return () => {
		holding = false;
		held.splice(0).forEach((go) => go());
	};
}

const opacity = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => Number(getComputedStyle(el).opacity));
/** Requests for the query engine's files: the wasm and the Parquet tables (not a module naming their URL). */
function engineRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (/\.(wasm|parquet)(\?|$)/.test(r.url()) && r.resourceType() !== 'script') urls.push(r.url());
	});
	return urls;
}

test('a compare link sets the default comparison aside until its own shows, from static files only @phone', async ({ page }) => {
	const engine = engineRequests(page);
	const releaseScripts = await holdRequests(page, (_, type) => type === 'script');
	const releaseData = await holdRequests(page, (url) => url.includes('/__data.json'));
	await page.goto('/compare?roles=15-1242,15-1212', { waitUntil: 'domcontentloaded' });
	// First paint, before any of the app's JavaScript: the notice, and the default set aside.
	const notice = page.getByTestId('link-pending');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('Loading the view in this link');
	await expect(page.locator('section.linked-view')).toHaveAttribute('aria-busy', 'true');
	expect(await opacity(page, 'section.linked-view')).toBeLessThan(0.6);

	// Running, the role pages' data not in yet: the chips name the linked occupations, the figures below stay set aside.
	releaseScripts();
	await expect(page.locator('.picker .chosen a')).toHaveText(['Database Administrators', 'Information Security Analysts']);
	await expect(notice).toBeVisible();
	await expect(page.locator('section.linked-view')).toHaveAttribute('aria-busy', 'true');

	releaseData();
	await linkedView(page);
	await expect(notice).toBeHidden();
	await expect(page.locator('section.linked-view')).toHaveAttribute('aria-busy', 'false');
	await expect.poll(() => opacity(page, 'section.linked-view')).toBe(1);
	const rows = await tableCells(page, 'compare-table');
	expect(rows.map((r) => r[1])).toEqual(['15-1242', '15-1212']);
	// OEWS May 2025 national medians (national_M2025_dl.xlsx): 15-1242 $104,620, 15-1212 $129,180.
	expect(rows.map((r) => r[3])).toEqual(['$104,620', '$129,180']);
	expect(engine).toEqual([]);
});

test('a trends link sets the default occupation aside until its own shows, from static files only', async ({ page }) => {
	const engine = engineRequests(page);
	const releaseScripts = await holdRequests(page, (_, type) => type === 'script');
	await page.goto('/trends?role=15-1212', { waitUntil: 'domcontentloaded' });
	await expect(page.getByTestId('link-pending')).toContainText('the default occupation, Computer and Information Systems Managers');
	await expect(page.getByTestId('trend-current')).toHaveAttribute('aria-busy', 'true');
	releaseScripts();
	await linkedView(page);
	const current = page.getByTestId('trend-current');
	await expect(current).toHaveAttribute('data-role', '15-1212');
	await expect(current).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('link-pending')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Role page for Information Security Analysts' })).toBeVisible();
	await expect(page).toHaveTitle(/Information Security Analysts/);
	expect(engine).toEqual([]);
});

test('an explorer link says it is loading until the engine answers, and the count does not claim the linked view @phone', async ({ page }) => {
	const releaseScripts = await holdRequests(page, (_, type) => type === 'script');
	await page.goto('/roles?track=IT&state=TX&sort=statepay&dir=desc', { waitUntil: 'domcontentloaded' });
	await expect(page.getByTestId('link-pending')).toBeVisible();
	// innerText: what is on screen (the hidden prefix is in textContent either way).
	await expect(page.getByTestId('result-count')).toContainText('Default list, not yet the one in this link', { useInnerText: true });
	releaseScripts();
	await linkedView(page);
	await expect(page.getByTestId('link-pending')).toBeHidden();
	await expect(page.getByTestId('result-count')).not.toContainText('Default list', { useInnerText: true });
	await expect(page.getByTestId('result-count')).toContainText(/^\s*\d+ occupations?/, { useInnerText: true });
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IT');
	await expect(page.getByTestId('state-note')).toContainText('Texas');
});

test('a link whose view cannot load says so and keeps the default set aside', async ({ page, watch }) => {
	watch.expect404 = true;
	// Neither the role page's static data nor a table the engine would read can be had.
	await page.route(/\/roles\/15-1212\/__data\.json/, (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.route('**/data/wages.parquet', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await page.goto('/compare?roles=15-1242,15-1212');
	const error = page.getByTestId('view-error');
	await expect(error).toContainText('The view in this link could not be loaded');
	await expect(error).toContainText('table "wages"');
	await expect(error).toContainText('the default comparison, not the view asked for');
	await expect(page.locator('section.linked-view')).toHaveAttribute('aria-busy', 'true');
	expect(await opacity(page, 'section.linked-view')).toBeLessThan(0.6);
	await expect(page.getByTestId('link-pending')).toBeHidden();
});

test('the not-found page says what happened and links to the main pages', async ({ page, watch }) => {
	watch.expect404 = true;
	const res = await page.goto('/no-such-page');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('alert')).toContainText('There is no page at /no-such-page');
	await expect(page.getByTestId('error-links').getByRole('link')).toHaveText([
		'Overview',
		'Explore roles',
		'Compare',
		'Paths',
		'Trends',
		'Data',
		'SQL',
		'About the data'
	]);
});
