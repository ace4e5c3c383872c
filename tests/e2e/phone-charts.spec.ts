/**
 * Chart labels a reader can trust at 1280 and 375 px: axis labels that do not run into each
 * other, ladder roles named once with their level whole and their salary printed, a scatter of
 * one dot drawn inside its frame, and a scatter that says how many rows it leaves out and why.
 */
import type { Page } from '@playwright/test';
import { engineReady, expect, tableCells, test } from './fixtures';

/** Each x axis's tick labels as [left, right] in page pixels, left to right. */
const tickSpans = (page: Page) =>
	page.locator('g.axis.x').evaluateAll((axes) =>
		axes.map((a) =>
			Array.from(a.querySelectorAll('text:not(.label)'))
				.map((t) => t.getBoundingClientRect())
				.filter((r) => r.width > 0)
				.map((r) => [r.left, r.right] as [number, number])
				.sort((p, q) => p[0] - q[0])
		)
	);

for (const path of ['/', '/roles', '/roles/11-3021', '/compare', '/trends']) {
	test(`axis labels on ${path} do not run into each other @phone`, async ({ page }) => {
		await page.goto(path);
		const axes = await tickSpans(page);
		expect(axes.length).toBeGreaterThan(0);
		for (const spans of axes) {
			expect(spans.length).toBeGreaterThan(0);
			for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `${spans.map((s) => s.join('–')).join(', ')}`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
		}
	});
}

test('ladder chart: each role named once with its track and its level whole, each dot labelled with its published salary @phone', async ({ page }) => {
	await page.goto('/');
	const chart = page.getByTestId('ladder-chart');
	const labels = await chart
		.locator('g.axis.y text')
		.evaluateAll((ts) => ts.map((t) => Array.from(t.querySelectorAll('tspan'), (s) => s.textContent).join(' ')));
	expect(labels.length).toBeGreaterThan(10);
	for (const l of labels) {
		expect(l).toMatch(/^(IT|IS) /);
		expect(l).not.toMatch(/^(IT|IS) (IT|IS) /);
		expect(l).toMatch(/ · (entry|mid|senior)$/);
		expect(l).not.toContain('…');
	}
	// The dots' labels are the published salaries of the "Show data" table, row for row.
	const salaries = (await tableCells(page, 'ladder-chart')).map((r) => r[3]);
	expect(await chart.locator('g.points text').allTextContents()).toEqual(salaries);
	// The article's database administrator figure, which equals the BLS median (15-1242, May 2024).
	expect(salaries).toContain('$104,620');
});

test('a scatter of one occupation draws its dot inside the frame, not on it @phone', async ({ page }) => {
	await page.goto('/roles?q=database%20administrators');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).toContainText(/(^|\s)1 occupation(?!s)/);
	const scatter = page.getByTestId('scatter');
	const dot = scatter.locator('a.mark circle');
	await expect(dot).toHaveCount(1);
	const [cx, cy] = await dot.evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
	// The frame: the y gridlines span the plot's width, the outermost ones its height.
	const lines = await scatter
		.locator('g.axis.y line')
		.evaluateAll((ls) =>
			ls.map((l) => [
				Number(l.getAttribute('x1')),
				Number(l.getAttribute('x2')),
				Number(l.parentElement!.getAttribute('transform')!.match(/translate\(0,([\d.]+)\)/)![1])
			])
		);
	const left = lines[0]![0]!;
	const right = lines[0]![1]!;
	const ys = lines.map((l) => l[2]!);
	for (const gap of [cx - left, right - cx, cy - Math.min(...ys), Math.max(...ys) - cy]) expect(gap).toBeGreaterThan(10);
});

test('the explorer scatter says how many occupations it leaves out, and why, from the table @phone', async ({ page }) => {
	await page.goto('/roles?track=all');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).toContainText(/\b8\d\d occupations/);
	await page.getByTestId('explorer-table').locator('xpath=../../..').getByTestId('show-all').click();
	const head = await page.getByTestId('explorer-table').locator('thead th').allTextContents();
	const pay = head.findIndex((h) => h.startsWith('Median pay'));
	const growth = head.findIndex((h) => h.startsWith('Growth'));
	const rows = await tableCells(page, 'explorer-table');
	const noPay = rows.filter((r) => r[pay] === 'not published').length;
	const noGrowth = rows.filter((r) => r[pay] !== 'not published' && r[growth] === 'not published').length;
	const plotted = rows.length - noPay - noGrowth;
	expect(plotted).toBeLessThan(rows.length);
	const reasons = [
		noPay && `${noPay} ${noPay === 1 ? 'has' : 'have'} no published median pay`,
		noGrowth && `${noGrowth} ${noPay ? '' : noGrowth === 1 ? 'has ' : 'have '}no projection`
	].filter(Boolean);
	await expect(page.getByTestId('scatter-note')).toHaveText(`${plotted} of ${rows.length} occupations plotted: ${reasons.join(', ')}.`);
	await expect(page.getByTestId('scatter').locator('svg[role="group"]')).toHaveAttribute('aria-label', new RegExp(`^Scatter of ${plotted} occupations`));
});

test('pay by level: no ladder dot covers a bar’s value @phone', async ({ page }) => {
	await page.goto('/roles/11-3021');
	await page.waitForLoadState('networkidle');
	const chart = page.getByTestId('pay-by-level');
	// OEWS May 2025, 11-3021: 75th percentile $220,730 stands for the senior level.
	await expect(chart.locator('g.bars text')).toContainText(['$138,060', '$175,140', '$220,730']);
	const hits = () =>
		chart.locator('svg').evaluate((svg) => {
			const dots = [...svg.querySelectorAll('g.points circle')].map((c) => c.getBoundingClientRect());
			return [...svg.querySelectorAll('g.bars text')].flatMap((t) => {
				const r = t.getBoundingClientRect();
				return dots.filter((d) => d.left < r.right && d.right > r.left && d.top < r.bottom && d.bottom > r.top).map(() => t.textContent);
			});
		});
	await expect.poll(hits).toEqual([]);
});
