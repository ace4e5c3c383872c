import { expect, linkedView, tableCells, test } from './fixtures';

test('overview shows the BLS headline figures for 11-3021 @phone', async ({ page }) => {
	await page.goto('/');
	// OEWS May 2025 national file and EP 2024–34, 11-3021.
	await expect(page.getByTestId('headline').getByTestId('median-pay')).toHaveText('$175,140');
	await expect(page.getByTestId('headline').getByTestId('jobs')).toHaveText('670,570');
	await expect(page.getByTestId('headline').getByTestId('growth')).toHaveText('+15.2%');
	await expect(page.getByTestId('headline').getByTestId('openings')).toHaveText('55,600');
	await expect(page.getByTestId('ladder-chart').locator('svg')).toBeVisible();
	await expect(page.getByTestId('growth-by-role').locator('svg')).toBeVisible();
	// Nothing wider than the screen.
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('role page 11-3021 shows the published figures, top-coding included', async ({ page }) => {
	await page.goto('/roles/11-3021');
	await expect(page.getByTestId('median-pay')).toHaveText('$175,140');
	await expect(page.getByTestId('jobs')).toHaveText('670,570');
	await expect(page.getByTestId('growth')).toHaveText('+15.2%');
	await expect(page.getByTestId('openings')).toHaveText('55,600');
	await page.getByTestId('pay-distribution').getByText('Show data').click();
	const cells = await tableCells(page, 'pay-distribution');
	expect(cells[0]).toEqual([
		'Computer and Information Systems Managers',
		'11-3021',
		'$107,550',
		'$138,060',
		'$175,140',
		'$220,730',
		'$297,510',
		'$192,160',
		'$84.20'
	]);
});

test('an unknown occupation code gives a clear message @phone', async ({ page, watch }) => {
	watch.expect404 = true;
	const res = await page.goto('/roles/99-9999');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('alert')).toContainText('no occupation with the code “99-9999”');
	await expect(page.getByRole('link', { name: 'Browse all occupations' })).toBeVisible();
});

test('compare keeps the known roles of a link and explains the rest', async ({ page }) => {
	await page.goto('/compare?roles=11-3021,99-9999,15-1252,<script>alert(1)</script>');
	await linkedView(page);
	const problems = page.getByTestId('param-problems');
	await expect(problems).toContainText('no detailed occupation 99-9999');
	await expect(problems).toContainText('is not an occupation code');
	await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(2);
	const rows = await tableCells(page, 'compare-table');
	expect(rows.map((r) => r[1])).toEqual(['11-3021', '15-1252']);
	expect(rows[1]![3]).toBe('$135,980');
	await expect(page.getByTestId('compare-pay').locator('.bands .mark')).toHaveCount(2);
});

test('compare: adding a role updates figures and charts', async ({ page }) => {
	await page.goto('/compare');
	await linkedView(page);
	await page.getByRole('combobox', { name: 'Add an occupation' }).selectOption({ label: 'Web Developers' });
	await expect(page).toHaveURL(/roles=11-3021,15-1212,15-1242,15-1254/);
	await expect(page.getByTestId('compare-table').locator('tbody tr')).toHaveCount(4);
	await expect(page.getByTestId('compare-growth').locator('.bars .mark')).toHaveCount(4);
});

test('about page lists the sources', async ({ page }) => {
	await page.goto('/about');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('main')).toContainText('national_M2025_dl.xlsx');
});

test('no page is wider than the screen, and chart labels stay inside their chart, apart @phone', async ({ page }) => {
	test.slow(); // eight pages, most of them starting the engine
	// 15-1299: long labels of the projections' track record; 15-1232 and 15-1242 shrink, so the
	// all-occupations line is at the growth chart's right edge; compare: four long titles.
	const paths = [
		'/',
		'/roles',
		'/roles/11-3021',
		'/roles/15-1299',
		'/roles/15-1232',
		'/compare?roles=15-1211,15-1244,11-3021,15-1255',
		'/compare?roles=15-1232,15-1242',
		'/trends'
	];
	for (const path of paths) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		// Charts switch to their compact layout once hydrated and measured: asked again until then.
		const problems = () =>
			page.evaluate(() => {
				const out: string[] = [];
				const root = document.documentElement;
				if (root.scrollWidth > root.clientWidth + 1) out.push(`page is ${root.scrollWidth}px wide`);
				for (const svg of document.querySelectorAll<SVGSVGElement>('.chart svg')) {
					const box = svg.getBoundingClientRect();
					// A label's own text (its lines, when it wraps), without the full label of its <title>.
					const ownText = (t: Element) =>
						[...t.childNodes]
							.filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === 'tspan')
							.map((n) => n.textContent)
							.join(' ')
							.trim();
					const texts = [...svg.querySelectorAll('text')].filter((t) => ownText(t)).map((t) => ({ text: ownText(t), r: t.getBoundingClientRect() }));
					for (const t of texts) if (t.r.left < box.left - 1 || t.r.right > box.right + 1) out.push(`"${t.text}" runs out of its chart`);
					for (let i = 0; i < texts.length; i++)
						for (let j = i + 1; j < texts.length; j++) {
							const [a, b] = [texts[i]!.r, texts[j]!.r];
							const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
							const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
							if (w > 2 && h > 2) out.push(`"${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
						}
				}
				return out;
			});
		await expect.poll(problems, { message: path }).toEqual([]);
	}
});
