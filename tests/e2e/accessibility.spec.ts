import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { engineReady, expect, linkedView, test } from './fixtures';

// Every page type, at 1280 and (@phone) 375 px.
for (const path of [
	'/',
	'/roles',
	'/roles?track=IT&level=entry',
	'/roles?state=TX',
	'/roles/11-3021',
	'/roles/11-3021?state=TX',
	'/roles/15-1242',
	'/compare',
	'/trends',
	'/about'
]) {
	test(`axe: no serious or critical violations on ${path} @phone`, async ({ page }) => {
		test.setTimeout(150_000);
		await page.goto(path);
		if (path.startsWith('/roles?')) await engineReady(page);
		if (path === '/compare') await linkedView(page);
		// Open the "Show data" tables too: they are part of the page.
		for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
		// On a phone, the columns the cards keep behind "All columns" too.
		await page
			.locator('.columns-toggle[aria-expanded="false"]')
			.evaluateAll((bs) => bs.forEach((b) => (b as HTMLElement).offsetParent && (b as HTMLElement).click()));
		// The view the link asks for, not one set aside (dimmed) while it loads.
		await expect(page.locator('[aria-busy="true"], .set-aside, .stale')).toHaveCount(0);
		const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
		// A state link changes only the state map and panel of a role page checked whole above: check them (axe
		// on a whole role page takes ~12 s here).
		if (/^\/roles\/.+\?state=/.test(path)) axe.include('[data-testid="state-map"]');
		const results = await axe.analyze();
		expect(results.passes.length, 'axe checked something').toBeGreaterThan(0);
		const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
	});
}

test('axe: the not-found page', async ({ page, watch }) => {
	watch.expect404 = true;
	await page.goto('/roles/99-9999');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('keyboard only: filter, open a role, download a CSV', async ({ page }) => {
	await page.goto('/roles');
	await engineReady(page);
	// Tab from the top of the page to the search box.
	let guard = 0;
	while (!(await page.evaluate(() => document.activeElement?.id === 'search')) && guard++ < 30) await page.keyboard.press('Tab');
	await page.keyboard.type('database');
	await expect(page.getByTestId('result-count')).toContainText(/\b[1-9] occupation/);
	await page.keyboard.press('Tab'); // Track
	await page.keyboard.press('ArrowDown'); // IT track
	await expect(page).toHaveURL(/track=IT/);
	// Focus is visible on the control the keyboard is on.
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	// Tab on to the first result and open it.
	guard = 0;
	while (!(await page.evaluate(() => document.activeElement?.getAttribute('href')?.includes('/roles/15-'))) && guard++ < 40) await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/roles\/15-\d{4}$/);
	// On the role page, reach a "Download CSV" button by keyboard and press it.
	guard = 0;
	while (
		!(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.includes('Download CSV'))) &&
		guard++ < 80
	)
		await page.keyboard.press('Tab');
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.split('\r\n')[0]).toContain('soc_code');
});

test('charts have accessible names and a data table', async ({ page }) => {
	await page.goto('/roles/11-3021');
	const svgs = page.locator('figure svg[role="group"]');
	expect(await svgs.count()).toBeGreaterThanOrEqual(3);
	for (const svg of await svgs.all()) expect((await svg.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
	for (const fig of await page.locator('figure.chart-card').all()) {
		await fig.getByText('Show data').click();
		await expect(fig.locator('details table').first()).toBeVisible();
	}
});
