/**
 * The About page dates every release or says the file does not, names sources in words (never a
 * repository path), and its wide tables scroll by keyboard. Site-wide: one minus sign.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every text the page shows, SVG labels included, scripts and styles left out. */
const visibleText = (page: Page) =>
	page.evaluate(() => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
			acceptNode: (n) => (n.parentElement?.closest('script, style, template, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
		});
		const out: string[] = [];
		while (walker.nextNode()) out.push(walker.currentNode.textContent ?? '');
		return out.join(' ').replace(/\s+/g, ' ');
	});

/** "Published" cell of the row whose header cell is `release`. */
const published = (page: Page, table: string, release: string) =>
	page
		.getByTestId(table)
		.locator('tbody tr')
		.filter({ has: page.getByRole('rowheader', { name: release, exact: true }) })
		.locator('td')
		.last();

test('About gives each release its publication date, or says the file does not state one @phone', async ({ page }) => {
	await page.goto('/about');
	// Cited BLS news releases.
	await expect(published(page, 'ep-releases', '2024–34')).toHaveText('August 28, 2025 (BLS news release USDL-25-1324)');
	await expect(published(page, 'oews-releases', 'May 2024')).toHaveText('April 2, 2025 (BLS news release USDL-25-0451)');
	await expect(published(page, 'oews-releases', 'May 2024 states')).toContainText('April 2, 2025');
	// May 2025: no date in the file, only when BLS staff last saved it (its document properties).
	await expect(published(page, 'oews-releases', 'May 2025')).toHaveText(
		'Not stated in the file; BLS staff last saved it on April 30, 2026 (its document properties)'
	);
	await expect(published(page, 'ep-releases', '2023–33')).toHaveText('Not stated in the file');
	await expect(page.getByTestId('cpi-published')).toHaveText('Published: Data through September 2025, which BLS released on October 24, 2025.');
	// Every row of both tables says something; no bare dash.
	for (const id of ['ep-releases', 'oews-releases']) {
		const cells = await page.getByTestId(id).locator('tbody tr td:last-child').allTextContents();
		expect(cells.length).toBeGreaterThan(7);
		for (const c of cells) expect(c.trim()).toMatch(/^(Not stated in the file|[A-Z][a-z]+ \d{1,2}, \d{4})/);
	}
	// The file list: a Published cell for every input, this site's own files in words.
	const files = page.getByTestId('input-files');
	for (const c of await files.locator('tbody tr td:nth-child(3)').allTextContents()) expect(c.trim()).not.toBe('');
	await expect(files).toContainText('transcribed from the University of San Diego article');
	await expect(files).toContainText('DeVry University, “IT Management vs. IS Management: Which Is Right for You?”, February 23, 2022');
});

test('no page says "seed articles" or shows a repository path', async ({ page }) => {
	for (const path of ['/', '/about', '/trends', '/roles/15-1242']) {
		await page.goto(path);
		const text = await visibleText(page);
		expect(text, path).not.toMatch(/\bseed\b/i);
		expect(text, path).not.toMatch(/data\/sources|\bsrc\/|static\/data|[\w-]+\/[\w.-]+\.csv\b/);
	}
});

test('negative numbers carry the minus sign, never a hyphen @phone', async ({ page }) => {
	// 15-1242 shrinks (EP 2024–34: −0.7%), its track record has a −400 gap, its growth axis runs below 0.
	for (const path of ['/roles/15-1242', '/trends?role=15-1242', '/compare?roles=15-1232,15-1242', '/about']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const text = await visibleText(page);
		expect(text.match(/(^|[\s(>:=])-\$?\d[\d,.]*%?/g), path).toBeNull();
		if (path === '/roles/15-1242') expect(text).toContain('−0.7%');
	}
});

test('About: every scrollable table can be reached and scrolled by keyboard @phone', async ({ page }) => {
	await page.goto('/about');
	const boxes = page.locator('main .table-scroll');
	const n = await boxes.count();
	expect(n).toBeGreaterThanOrEqual(7);
	for (const box of await boxes.all()) {
		await expect(box).toHaveAttribute('tabindex', '0');
		await expect(box).toHaveAttribute('role', 'region');
		expect((await box.getAttribute('aria-label'))?.length).toBeGreaterThan(5);
	}
	// Tab from the top reaches the EP releases table's box; an arrow key then scrolls it where it is wider than the screen.
	const ep = page.getByRole('region', { name: 'Employment Projections releases ingested' });
	let guard = 0;
	while (!(await ep.evaluate((el) => el === document.activeElement)) && guard++ < 60) await page.keyboard.press('Tab');
	await expect(ep).toBeFocused();
	const wider = await ep.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
	if (wider) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => ep.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	}
});

test('About names the industry, O*NET and price-parity sources with release, publisher and licence', async ({ page }) => {
	await page.goto('/about');
	const sources = page.locator('section[aria-labelledby="sources"]');
	await expect(sources.getByRole('heading', { name: 'OEWS by industry sector (May 2024)' })).toBeVisible();
	await expect(sources).toContainText('natsector_M2024_dl.xlsx');
	await expect(sources.getByRole('heading', { name: 'O*NET 29.2' })).toBeVisible();
	await expect(sources).toContainText('USDOL/ETA');
	await expect(page.getByTestId('onet-credit')).toHaveText(/Used under the CC BY 4\.0 license/);
	await expect(sources.getByRole('heading', { name: 'Regional price parities (BEA)' })).toBeVisible();
	await expect(sources).toContainText('SARPP_STATE_2008_2024.csv');
	// Each new file's hash is listed with the others.
	const files = page.getByTestId('input-files');
	for (const name of ['natsector_M2024_dl.xlsx', 'SARPP_STATE_2008_2024.csv', 'Technology Skills.txt']) await expect(files).toContainText(name);
});
