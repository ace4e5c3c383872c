import type { Page } from '@playwright/test';
import { readCsvDownload } from './csv-download';
import { engineReady, expect, tableCells, test } from './fixtures';

/** Dots drawn in the explorer's scatter: each is one circle (two arcs) in a path per colour. */
const drawnDots = (page: Page) =>
	page
		.getByTestId('scatter')
		.locator('.dots path')
		.evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0));

test('search a title and land on its role page', async ({ page }) => {
	await page.goto('/roles');
	await engineReady(page);
	await page.getByRole('searchbox', { name: 'Search' }).fill('database admin');
	await expect(page).toHaveURL(/q=database/);
	// The title first; then an occupation found by an O*NET job title, which the table names, with O*NET's credit.
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
	const rows = await tableCells(page, 'explorer-table');
	expect(rows.map((r) => r.slice(0, 3))).toEqual([
		['Database Administrators', '15-1242', 'the title'],
		['Computer Occupations, All Other', '15-1299', 'O*NET title: Database Administration Project Manager']
	]);
	await expect(page.getByTestId('onet-credit')).toContainText('O*NET 29.2 Database by the U.S. Department of Labor');
	await page.getByTestId('explorer-table').getByRole('link', { name: 'Database Administrators' }).click();
	await expect(page).toHaveURL(/\/roles\/15-1242$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Database Administrators');
	// OEWS May 2025 national median for 15-1242 (national_M2025_dl.xlsx).
	await expect(page.getByTestId('median-pay')).toHaveText('$104,620');
});

for (const [term, code] of [
	['CIO', '11-3021'],
	['DBA', '15-1242'],
	['IT Director', '11-3021'],
	// Names only O*NET's titles carry (its alternate, short and reported titles; explorer_titles).
	['Penetration Tester', '15-1299'],
	['Site Reliability Engineer', '15-1252'],
	['Scrum Master', '15-1299'],
	['ERP Consultant', '15-1211']
] as const) {
	test(`the name people type, "${term}", finds ${code}`, async ({ page }) => {
		await page.goto(`/roles?q=${encodeURIComponent(term)}`);
		await engineReady(page);
		// The search applies once the engine answers: the "Updating…" state ends.
		await expect(page.getByTestId('result-count')).not.toContainText('Updating');
		const rows = await tableCells(page, 'explorer-table');
		expect(rows.map((r) => r[1])).toContain(code);
	});
}

test('filter by track and level changes the table and the chart', async ({ page }) => {
	await page.goto('/roles?track=all');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).toContainText('820 occupations');
	const dotsBefore = await drawnDots(page);
	await page.getByRole('combobox', { name: 'Track', exact: true }).selectOption('IT');
	// The level is the BLS career level: EP 2024–34 work experience in a related occupation "None".
	await page.getByRole('combobox', { name: 'Level (BLS)', exact: true }).selectOption('senior');
	await expect(page).toHaveURL(/track=IT/);
	await expect(page).toHaveURL(/career=senior/);
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
	const rows = await tableCells(page, 'explorer-table');
	expect(rows.map((r) => r[1]).sort()).toEqual(['11-3021', '15-1241']);
	// The pay shown is a choice of its own: the level left the median in place.
	await expect(page.getByTestId('explorer-table').locator('thead')).toContainText('Median pay');
	await page.getByRole('combobox', { name: 'Pay shown', exact: true }).selectOption('p25');
	await expect(page).toHaveURL(/pay=p25/);
	await expect(page.getByTestId('explorer-table').locator('thead')).toContainText('Pay, 25th percentile');
	const dotsAfter = await drawnDots(page);
	expect(dotsBefore).toBeGreaterThan(500);
	expect(dotsAfter).toBe(2);
	// Pointing at a dot names the occupation with its figures; moving away hides it.
	const dot = page.getByTestId('scatter').locator('.dots .mark[data-key="11-3021"]');
	await dot.hover();
	const tip = page.getByTestId('scatter').getByRole('status');
	await expect(tip).toHaveText(/^Computer and Information Systems Managers: \$[\d,]+, [+−]\d+\.\d%, [\d,]+ jobs$/);
	await page.getByRole('heading', { level: 1 }).hover();
	await expect(tip).toHaveCount(0);
});

test('among hundreds of dots, pointing at one names it, and clicking it opens its page', async ({ page }) => {
	await page.goto('/roles?track=all');
	await engineReady(page);
	const scatter = page.getByTestId('scatter');
	// The middle of the first dot of the last colour drawn (IT and IS track occupations, on top).
	const svg = scatter.locator('svg').first();
	const tip = scatter.getByRole('status');
	// The dots can be redrawn once more as the engine's answer lands: point (and click) again until
	// a dot is named and its page opens.
	let title = '';
	await expect(async () => {
		const first = await scatter
			.locator('.dots path')
			.last()
			.evaluate((p) => {
				const m = /^M([\d.]+),([\d.]+)a([\d.]+)/.exec(p.getAttribute('d')!)!;
				return { x: Number(m[1]) + Number(m[3]), y: Number(m[2]) };
			});
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + first.x, box.y + first.y);
		await expect(tip).toHaveText(/^.+: \$[\d,]+, [+−]\d+\.\d%, [\d,]+ jobs$/, { timeout: 2000 });
		title = (await tip.textContent())!.split(':')[0]!;
		await page.mouse.click(box.x + first.x, box.y + first.y);
		await expect(page).toHaveURL(/\/roles\/\d\d-\d{4}$/, { timeout: 3000 });
	}).toPass({ timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});

test('a permalink restores a filtered view, and back/forward move between views', async ({ page }) => {
	await page.goto('/roles?track=IS&career=mid&sort=pay&dir=desc');
	await engineReady(page);
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IS');
	await expect(page.getByRole('combobox', { name: 'Level (BLS)', exact: true })).toHaveValue('mid');
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
	const first = await tableCells(page, 'explorer-table');
	expect(first[0]![1]).toBe('15-1243');
	await page.getByRole('combobox', { name: 'Track', exact: true }).selectOption('IT');
	await expect(page).toHaveURL(/track=IT/);
	await page.goBack();
	await expect(page).toHaveURL(/track=IS/);
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IS');
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
});

// Filter changes replace the URL without a navigation (shallow routing): the views must come back
// from a role page, after a reload, and going forward again.
test('back from a role page, a reload and forward each show the view of their URL', async ({ page }) => {
	await page.goto('/roles');
	await engineReady(page);
	const track = page.getByRole('combobox', { name: 'Track', exact: true });
	const level = page.getByRole('combobox', { name: 'Level (BLS)', exact: true });
	await track.selectOption('IS');
	await level.selectOption('mid');
	await expect(page).toHaveURL(/\/roles\?track=IS&career=mid$/);
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
	await page.locator('[data-testid=explorer-table] tbody th a').first().click();
	await expect(page).toHaveURL(/\/roles\/\d\d-\d{4}$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/roles\?track=IS&career=mid$/);
	await expect(level).toHaveValue('mid');
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
	await page.goBack();
	await expect(page).toHaveURL(/\/roles\?track=IS$/);
	await expect(level).toHaveValue('');
	await expect(page.getByTestId('result-count')).toContainText('7 occupations');
	await page.reload();
	await engineReady(page);
	await expect(track).toHaveValue('IS');
	await expect(page.getByTestId('result-count')).toContainText('7 occupations');
	await page.goForward();
	await expect(page).toHaveURL(/\/roles\?track=IS&career=mid$/);
	await expect(level).toHaveValue('mid');
	await expect(page.getByTestId('result-count')).toContainText('2 occupations');
});

// A menu focused, a sort header pointed at or words typed: the page answers those choices ahead
// (LiveQuery.anticipate) and remembers answers. What is shown must be the link's own view.
test('choices answered ahead show the same rows as their links opened afresh', async ({ page, context }) => {
	await page.goto('/roles?track=all&career=mid');
	await engineReady(page);
	// The link's own view first: its update mark, if it came during the first change, would be taken for that change's.
	await page.waitForFunction(() => performance.getEntriesByName('linked-view').length > 0);
	const count = page.getByTestId('result-count');
	const updates = () => page.evaluate(() => performance.getEntriesByName('explorer-updated').length);
	const views: { url: string; count: string; rows: string[][] }[] = [];
	/** Makes a change, and keeps the view once the page has shown its answer (the page marks each one). */
	const change = async (make: () => Promise<unknown>, url: RegExp | string) => {
		const before = await updates();
		await make();
		await expect(page).toHaveURL(url);
		await expect.poll(updates).toBeGreaterThan(before);
		views.push({ url: page.url(), count: (await count.textContent())!, rows: await tableCells(page, 'explorer-table') });
	};
	const choose = (menu: string, value: string) => async () => {
		const select = page.getByRole('combobox', { name: menu, exact: true });
		await select.focus();
		await page.waitForTimeout(1000); // a person reading the menu; the engine answers its choices
		await select.selectOption(value);
	};
	// An industry adds its columns; a state too, and limits the rows; the track narrows them.
	await change(choose('Industry', '51'), /industry=51/);
	await change(choose('State', 'TX'), /state=TX/);
	await change(choose('Track', 'IT'), /track=IT/);
	const sortByStatePay = page.getByTestId('explorer-table').getByRole('button', { name: /^Median pay in Texas/ });
	await change(async () => {
		await sortByStatePay.hover();
		await page.waitForTimeout(500);
		await sortByStatePay.click();
	}, /sort=statepay/);
	// Back to a view seen before: answered from memory.
	await change(() => page.goBack(), views[2]!.url);
	expect(views[4]).toEqual(views[2]);

	const fresh = await context.newPage();
	for (const view of views.slice(0, 4)) {
		await fresh.goto(view.url);
		await engineReady(fresh);
		await expect(fresh.getByTestId('result-count')).toHaveText(view.count);
		expect(await tableCells(fresh, 'explorer-table'), view.url).toEqual(view.rows);
	}
});

test('the table shows 50 rows at first and the rest on request', async ({ page }) => {
	await page.goto('/roles?track=all');
	await engineReady(page); // hydrated: the buttons answer
	const table = page.getByTestId('explorer-table');
	await expect(table.locator('tbody tr')).toHaveCount(50);
	const more = page.getByRole('region', { name: 'Occupations table', exact: true });
	await expect(more).toContainText('Showing 50 of 820 rows.');
	await page.getByRole('button', { name: 'Show 50 more' }).click();
	await expect(table.locator('tbody tr')).toHaveCount(100);
	await page.getByRole('button', { name: 'Show all 820' }).click();
	await expect(table.locator('tbody tr')).toHaveCount(820);
	await expect(more).not.toContainText('Showing');
});

// Layout and paint grow with the rows drawn: a new result draws first the rows that can be in
// view, and the rest of its page in the next frame (DataTable, rows-in-view.ts).
test('a new result draws the rows in view at once, and the rest of its page a frame later', async ({ page }) => {
	await page.goto('/roles?track=IT');
	await engineReady(page);
	const table = page.getByTestId('explorer-table');
	await table.scrollIntoViewIfNeeded();
	const before = await table.locator('tbody tr').first().textContent();
	const atUpdate = await page.evaluate(
		() =>
			new Promise<{ rows: number; busy: string | null; first: string }>((resolve) => {
				// The moment the page marks its update: the new rows in view are in the document.
				const mark = performance.mark;
				performance.mark = function (this: Performance, ...args: Parameters<Performance['mark']>) {
					const entry = mark.apply(this, args);
					if (args[0] === 'explorer-updated') {
						performance.mark = mark;
						const t = document.querySelector('[data-testid=explorer-table]')!;
						resolve({ rows: t.querySelectorAll('tbody tr').length, busy: t.getAttribute('aria-busy'), first: t.querySelector('tbody tr')!.textContent! });
					}
					return entry;
				};
				const menu = [...document.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === 'Track')!.querySelector('select')!;
				menu.value = 'all';
				menu.dispatchEvent(new Event('change', { bubbles: true }));
			})
	);
	expect(atUpdate.busy).toBe('true');
	expect(atUpdate.rows).toBeGreaterThan(0);
	expect(atUpdate.rows).toBeLessThan(50);
	await expect(table).not.toHaveAttribute('aria-busy');
	await expect(table.locator('tbody tr')).toHaveCount(50);
	// The rows drawn first are the new result's first rows, not the old ones.
	expect(atUpdate.first).not.toBe(before);
	expect(await table.locator('tbody tr').first().textContent()).toBe(atUpdate.first);
	await expect(page.getByTestId('result-count')).toContainText('820 occupations');
});

test('the downloaded CSV equals the rows shown', async ({ page }) => {
	await page.goto('/roles?group=15-0000&sort=pay&dir=desc');
	await engineReady(page);
	// The prerendered IT and IS rows (11-3021, 13-1111 among them) give way to the group's.
	await expect.poll(async () => (await tableCells(page, 'explorer-table')).every((r) => r[1]!.startsWith('15-'))).toBe(true);
	await expect(page.locator('.table-wrap.stale')).toHaveCount(0);
	const shown = await tableCells(page, 'explorer-table');
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.result-head').getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^explorer_group-15-0000_oews-may2025_ep2024-34\.csv$/);
	const { header, rows } = await readCsvDownload(download);
	expect(header).toEqual([
		'title',
		'soc_code',
		'major_title',
		'tot_emp',
		'tot_emp_flag',
		'a_median',
		'a_median_flag',
		'pct_change',
		'openings_annual',
		'education',
		'career_level',
		'job_zones',
		'ladder_roles',
		'release',
		'source'
	]);
	expect(rows.length).toBe(shown.length);
	// The releases and source in the file are the ones the page names.
	expect(new Set(rows.map((r) => r[13]))).toEqual(new Set(['OEWS May 2025; EP 2024–34']));
	expect(rows[0]![14]).toContain('national_M2025_dl.xlsx');
	expect(rows[0]![14]).toContain('Employment Projections 2024–2034');
	rows.forEach((r, i) => {
		const s = shown[i]!;
		expect(r[0]).toBe(s[0]);
		expect(r[1]).toBe(s[1]);
		// Full precision in the file, formatted on the page: 645970 ↔ "645,970", 104620 ↔ "$104,620".
		expect(s[3]).toBe(r[4] === 'suppressed' ? 'not published' : Number(r[3]).toLocaleString('en-US'));
		if (r[6] === 'published') expect(s[4]).toBe(`$${Number(r[5]).toLocaleString('en-US')}`);
		if (r[6] === 'topcoded') expect(s[4]).toBe(`≥ $${Number(r[5]).toLocaleString('en-US')}`);
		// A plain number in the file, the minus sign U+2212 on the page: -0.7 ↔ "−0.7%".
		if (r[7]) expect(s[5]).toBe(`${Number(r[7]) > 0 ? '+' : Number(r[7]) < 0 ? '−' : ''}${Math.abs(Number(r[7])).toFixed(1)}%`);
		expect(
			r.slice(0, 11).some((c) => /\$\d|\d%/.test(c)),
			'no number with text around it'
		).toBe(false);
	});
	// The database administrators row carries the BLS figures.
	const dba = rows.find((r) => r[1] === '15-1242')!;
	expect(dba[5]).toBe('104620');
	expect(dba[7]).toBe('-0.7');
});

test('bad parameters give a clear message and the valid part still applies', async ({ page }) => {
	await page.goto(`/roles?track=IT&level=expert&q=${'x'.repeat(10_000)}&sort=banana`);
	const problems = page.getByTestId('param-problems');
	await expect(problems).toContainText('There is no level "expert"');
	await expect(problems).toContainText('limited to 100');
	await expect(problems).toContainText('Cannot sort by "banana"');
	await engineReady(page);
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IT');
	await expect(page.getByTestId('explorer-table')).toBeVisible();
});

test('an empty result says so in words', async ({ page }) => {
	await page.goto('/roles?q=zzzyxq');
	await engineReady(page);
	await expect(page.getByTestId('empty')).toContainText('No occupation matches');
});

test('the explorer loads only its own table; wages follow a state choice, and a missing file says which', async ({ page, watch }) => {
	watch.expect404 = true;
	const parquet: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('.parquet')) parquet.push(r.url().split('/').pop()!);
	});
	// wages.parquet is missing on the first try only.
	let failWages = true;
	await page.route('**/data/wages.parquet', (route) => (failWages ? ((failWages = false), route.fulfill({ status: 404, body: 'gone' })) : route.continue()));
	await page.goto('/roles?track=all');
	await engineReady(page);
	expect(parquet).toEqual(['explorer_occupations.parquet']);
	// The warm-up's queries read that table only, and the warm-up ends.
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-warm').length > 0, null, { timeout: 30_000 });
	expect(parquet).toEqual(['explorer_occupations.parquet']);

	const state = page.getByRole('combobox', { name: 'State', exact: true });
	await state.selectOption('TX');
	await expect(page.getByRole('alert')).toContainText('table "wages": fetch');
	await expect(page.getByRole('alert')).toContainText('HTTP 404');
	// Choosing again tries the file again, and the state's pay appears.
	await state.selectOption('');
	await state.selectOption('TX');
	await expect(page.getByTestId('state-note')).toContainText('Texas');
	await expect(page.getByTestId('result-count')).toContainText('21 occupations');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(parquet.filter((f) => f === 'wages.parquet')).toHaveLength(2);
	// O*NET's titles, which a search also looks in, load when someone goes to search, not before.
	expect(parquet).not.toContain('explorer_titles.parquet');
	await page.getByRole('searchbox', { name: 'Search' }).focus();
	await expect.poll(() => parquet.includes('explorer_titles.parquet')).toBe(true);
});
