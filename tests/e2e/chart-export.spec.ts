/**
 * Charts leave the site as images: the SVG download is a standalone SVG with the card's title and
 * source line in it, the PNG is a PNG at twice the SVG's size, made without the query engine.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function download(page: Page, card: string, which: 'svg' | 'png') {
	let d: Download | undefined;
	// A click before the page has hydrated does nothing: click again until the file comes.
	await expect(async () => {
		[d] = await Promise.all([page.waitForEvent('download', { timeout: 3000 }), page.getByTestId(card).getByTestId(`download-${which}`).click()]);
	}).toPass({ timeout: 30_000 });
	return { name: d!.suggestedFilename(), bytes: await readFile((await d!.path())!) };
}

test('a chart downloads as an SVG with its title, legend and source, and as a 2× PNG, before the engine is ready', async ({ page }) => {
	// The engine never arrives: the images must not need it.
	await page.route('**/*.wasm', () => {});
	await page.goto('/');
	const card = page.getByTestId('ladder-chart');
	await expect(card.locator('.chart-body svg')).toBeVisible();
	const title = (await card.locator('figcaption h3').textContent())!.trim();
	const source = (await card.locator('.source').textContent())!.trim();

	const svg = await download(page, 'ladder-chart', 'svg');
	expect(svg.name).toMatch(/\.svg$/);
	const text = svg.bytes.toString('utf8');
	const parsed = await page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			tag: root.tagName,
			width: Number(root.getAttribute('width')),
			texts: Array.from(doc.querySelectorAll('text')).map((e) => e.textContent ?? '')
		};
	}, text);
	expect(parsed.error).toBeNull();
	expect(parsed.tag).toBe('svg');
	const all = parsed.texts.join(' ');
	expect(all).toContain(title);
	// The source line is wrapped across lines: compare words.
	expect(all.replace(/\s+/g, ' ')).toContain(`Source: ${source.replace(/^Source:\s*/, '')}`.replace(/\s+/g, ' '));
	expect(all).toContain('IT ladder role'); // the legend
	expect(all).toContain('Annual salary'); // the chart's own axis label

	const png = await download(page, 'ladder-chart', 'png');
	expect(png.name).toMatch(/\.png$/);
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.bytes.readUInt32BE(16), 'PNG width is twice the SVG’s').toBe(parsed.width * 2);
	expect(await page.evaluate(() => performance.getEntriesByName('duckdb-ready').length)).toBe(0);
});
