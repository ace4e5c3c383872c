/**
 * Tables on a phone: no page scrolls sideways, each row is a card headed by its occupation with
 * the figures people came for, the rest one tap away; on a wide screen a table wider than its box
 * keeps its occupation column in view. The CSV holds every column whatever the cards show.
 */
import { readFile } from 'node:fs/promises';
import { engineReady, expect, test } from './fixtures';

const isPhone = (page: { viewportSize(): { width: number } | null }) => page.viewportSize()!.width < 600;

for (const path of ['/', '/roles', '/roles?state=TX', '/roles/11-3021?state=TX', '/compare', '/trends', '/about']) {
	test(`no sideways scrolling on ${path} @phone`, async ({ page }) => {
		await page.goto(path);
		if (path.startsWith('/roles?')) await engineReady(page);
		// The "Show data" tables are part of the page too.
		for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
	});
}

test('explorer on a phone: each occupation a card with its median pay, growth and openings in view @phone', async ({ page }) => {
	test.skip(!isPhone(page), 'the card layout is the phone’s');
	await page.goto('/roles');
	const card = page.getByTestId('explorer-table').locator('tbody tr').filter({ hasText: 'Software Developers' });
	await expect(card.getByRole('rowheader')).toHaveText('Software Developers');
	// BLS: OEWS May 2025 median $135,980; EP 2024–34 +15.8% and 115,200 openings a year.
	const figure = (label: string) => card.locator(`td[data-label^="${label}"]`);
	await expect(figure('Median pay')).toHaveText('$135,980');
	await expect(figure('Growth')).toHaveText('+15.8%');
	await expect(figure('Openings a year')).toHaveText('115,200');
	const width = page.viewportSize()!.width;
	for (const label of ['Median pay', 'Growth', 'Openings a year']) {
		await expect(figure(label)).toBeVisible();
		const box = (await figure(label).boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(width);
	}
	// The code and the other columns are one tap away.
	await expect(figure('Code')).toBeHidden();
	const toggle = page.locator('.data-table', { has: page.getByTestId('explorer-table') }).locator('.columns-toggle');
	await expect(toggle).toHaveText(/^All \d+ columns$/);
	// Pressed again until the page has hydrated and the button answers.
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
	await expect(figure('Code')).toBeVisible();
	await expect(figure('Code')).toHaveText('15-1252');
	await expect(toggle).toHaveText('Key figures only');
});

test('explorer CSV on a phone holds every column, with the figures the cards show @phone', async ({ page }) => {
	await page.goto('/roles');
	await engineReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator('.result-head')
			.getByRole('button', { name: /Download CSV/ })
			.click()
	]);
	const lines = (await readFile((await download.path())!, 'utf8'))
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter((l) => l && !l.startsWith('#'));
	const header = lines[0]!.split(',');
	for (const key of ['title', 'soc_code', 'major_title', 'tot_emp', 'a_median', 'pct_change', 'openings_annual', 'education', 'ladder_roles'])
		expect(header).toContain(key);
	const row = lines.find((l) => l.includes(',15-1252,'))!.split(',');
	expect(row[header.indexOf('a_median')]).toBe('135980');
	expect(row[header.indexOf('openings_annual')]).toBe('115200');
});

test('compare on a phone: one card per occupation with its jobs, pay, growth and openings @phone', async ({ page }) => {
	test.skip(!isPhone(page), 'the card layout is the phone’s');
	await page.goto('/compare');
	const card = page.getByTestId('compare-table').locator('tbody tr').filter({ hasText: 'Computer and Information Systems Managers' });
	// OEWS May 2025: 670,570 jobs, median $175,140; EP 2024–34: +15.2%, 55,600 openings a year.
	for (const [label, value] of [
		['Jobs', '670,570'],
		['Median pay', '$175,140'],
		['Growth', '+15.2%'],
		['Openings a year', '55,600']
	]) {
		const cell = card.locator(`td[data-label^="${label}"]`);
		await expect(cell).toHaveText(value!);
		await expect(cell).toBeVisible();
		const box = (await cell.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
	}
});

test('explorer on a wide screen: the table scrolls sideways under its occupation column', async ({ page }) => {
	test.skip(isPhone(page), 'a wide screen’s table');
	await page.setViewportSize({ width: 900, height: 900 });
	await page.goto('/roles');
	const box = page.locator('.table-scroll', { has: page.getByTestId('explorer-table') });
	const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
	expect(scrolls).toBe(true);
	await box.scrollIntoViewIfNeeded();
	const name = page.getByTestId('explorer-table').getByRole('rowheader').first();
	const before = (await name.boundingBox())!.x;
	await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	await expect(page.getByTestId('explorer-table').locator('thead th').last()).toBeInViewport();
	expect((await name.boundingBox())!.x).toBe(before);
	await expect(name).toBeInViewport();
});
