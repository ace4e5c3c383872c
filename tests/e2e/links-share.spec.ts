/**
 * Sharing a view: a button copies the link with the view's settings and says so, or shows the link
 * selected when the browser refuses the clipboard; each page's link previews with its title and
 * headline figure (Open Graph and Twitter card tags), and nothing in them points off-site.
 */
import { expect, linkedView, test } from './fixtures';

test('the copy button copies the link of the view on screen and says "Link copied" @phone', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/compare?roles=15-1242,15-1212');
	await linkedView(page);
	const share = page.getByTestId('share');
	await share.getByRole('button', { name: 'Copy link to this view' }).click();
	await expect(share.getByRole('status')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/compare?roles=15-1242,15-1212`);
	// Another view: the confirmation was about the old link, and goes.
	await page.getByRole('button', { name: 'Remove Information Security Analysts' }).click();
	await expect(page).toHaveURL(/roles=15-1242$/);
	await expect(share.getByText('Link copied')).toHaveCount(0);
});

test('where the clipboard is refused, the link is shown selected to copy by hand @phone', async ({ page, baseURL }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }
		});
	});
	await page.goto('/trends?role=15-1212&dollars=constant');
	await linkedView(page);
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	const field = page.getByRole('textbox', { name: /Copy this link/ });
	await expect(field).toHaveValue(`${baseURL}/trends?role=15-1212&dollars=constant`);
	await expect(field).toBeFocused();
	const length = (await field.inputValue()).length;
	expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, length]);
	await expect(page.getByTestId('share').getByText('Link copied')).toHaveCount(0);
});

test('the explorer and role pages copy their settings: filters, a state', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/roles/15-1242?state=TX');
	await expect(page.getByTestId('state-map').getByRole('combobox', { name: 'State or territory' })).toHaveValue('TX');
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roles/15-1242?state=TX`);
	// Settings the page could not use are not passed on: the copied link is the view shown.
	await page.goto('/roles?track=IS&level=senior&sort=banana');
	await linkedView(page);
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roles?track=IS&career=senior&pay=p75`);
});

/** The page's meta tags by property or name, as the HTML a link previewer reads has them. */
async function metaOf(request: import('@playwright/test').APIRequestContext, path: string) {
	const html = await (await request.get(path)).text();
	const tags = [...html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)].map((m) => [
		m[1]!,
		m[2]!
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
	]);
	return { html, meta: Object.fromEntries(tags) as Record<string, string> };
}

test('a pasted link previews with the page title and its headline figure; nothing points off-site', async ({ request }) => {
	const role = await metaOf(request, '/roles/15-1242');
	expect(role.meta['og:title']).toBe('Database Administrators (15-1242): pay, jobs and outlook');
	// OEWS May 2025 national median, EP 2024–34 (the BLS figures).
	expect(role.meta['og:description']).toBe(
		'Database Administrators: median pay $104,620 (BLS OEWS May 2025), projected growth −0.7% 2024–34 (BLS Employment Projections).'
	);
	// The prerendered page is the default view whatever a link asks for: the preview says "default".
	const compare = await metaOf(request, '/compare?roles=15-1242,15-1212');
	expect(compare.meta['og:title']).toBe('Compare occupations');
	expect(compare.meta['og:description']).toContain(
		'Default comparison, median pay, BLS OEWS May 2025: Computer and Information Systems Managers $175,140; Information Security Analysts $129,180; Database Administrators $104,620.'
	);
	const trends = await metaOf(request, '/trends?role=15-1212');
	expect(trends.meta['og:title']).toBe('Occupations over time: pay, jobs and projections');
	expect(trends.meta['og:description']).toContain('Default occupation: Computer and Information Systems Managers, median pay $175,140 in May 2025 (BLS OEWS).');
	const explorer = await metaOf(request, '/roles?track=IT');
	expect(explorer.meta['og:description']).toMatch(
		/Default view: \d+ occupations; the largest, .+, has [\d,]+ jobs and median pay \$[\d,]+ \(BLS OEWS May 2025\)\./
	);
	for (const { html, meta } of [role, compare, trends, explorer]) {
		expect(meta['og:type']).toBe('website');
		expect(meta['twitter:card']).toBe('summary');
		expect(meta['og:description']).toBe(meta['description']);
		// No og:url (the site has no fixed origin, and og:url must be absolute) and no image tags.
		expect(html).not.toMatch(/og:url|og:image|twitter:image/);
	}
});
