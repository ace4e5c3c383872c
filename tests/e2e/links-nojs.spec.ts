/**
 * Without JavaScript: pages that read settings from their link say that those settings and the
 * controls need it, and a missing page still says what happened.
 */
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

for (const [path, shown] of [
	['/roles?track=IT&state=TX', 'the default view'],
	['/compare?roles=15-1242,15-1212', 'the default comparison'],
	['/trends?role=15-1212', 'the default occupation, Computer and Information Systems Managers'],
	['/roles/15-1242?state=TX', 'the map with no state selected']
] as const) {
	test(`without JavaScript, ${path} says its link's settings and controls need it @phone`, async ({ page }) => {
		await page.goto(path);
		const notice = page.getByTestId('noscript');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('needs JavaScript, which is off in this browser, to read settings in its link');
		await expect(notice).toContainText(`shown is ${shown}`);
		await expect(notice).toContainText('need JavaScript too and do nothing here');
		// The copy button cannot work: it is disabled, not a button that does nothing.
		await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeDisabled();
	});
}

test('without JavaScript, a missing page says what happened and links to the main pages', async ({ page, watch }) => {
	watch.expect404 = true;
	const res = await page.goto('/no-such-page');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// Not getByText: Playwright's text matching skips what is inside <noscript>, where this message lives.
	await expect(page.getByRole('main')).toContainText('There is no page at this address');
	for (const name of ['Overview', 'Explore roles', 'Compare', 'Paths', 'Trends', 'Data', 'SQL', 'About the data'])
		await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
});
