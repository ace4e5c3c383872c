/**
 * The state map on role pages and the explorer's state filter, against the BLS state file
 * (oews-state/state_M2024_dl_it_subset.csv, OEWS May 2024; figures in MANIFEST.md section D).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../../scripts/ingest/csv';
import { nationalRow, rawDir } from './bls-files';
import { readCsvDownload } from './csv-download';
import { cellsOnceDrawn, engineReady, expect, tableCells, test } from './fixtures';

async function stateFile(): Promise<Record<string, string>[]> {
	const [header, ...rows] = parseCsv(await readFile(join(rawDir, 'oews-state', 'state_M2024_dl_it_subset.csv'), 'utf8'), 'state file').map((r) => r.fields);
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const money = (cell: string) => `$${Number(cell).toLocaleString('en-US')}`;

/** The map of a role page, once its outlines have loaded. */
async function openMap(page: Page, path: string): Promise<Locator> {
	await page.goto(path);
	const map = page.getByTestId('state-map');
	await expect(map.locator('g.region')).toHaveCount(51);
	return map;
}
const region = (map: Locator, st: string) => map.locator(`g.region[data-key="${st}"]`);

/** Cells of the map's "Show data" table. */
const dataCells = (map: Locator): Promise<string[][]> => cellsOnceDrawn(map.locator('details table'));

test('11-3021: hovering or focusing a state shows its figures; selecting it sets ?state= and the comparison', async ({ page }) => {
	const map = await openMap(page, '/roles/11-3021');
	await region(map, 'CA').hover();
	await expect(map.getByTestId('map-tip')).toContainText('California');
	await expect(map.getByTestId('map-tip')).toContainText('Median annual pay: $211,340');
	await expect(map.getByTestId('map-tip')).toContainText('Employment: 100,020');
	await region(map, 'NY').focus();
	await expect(map.getByTestId('map-tip')).toContainText('Median annual pay: $209,980');
	await region(map, 'TX').click();
	await expect(page).toHaveURL(/\/roles\/11-3021\?state=TX$/);
	const figures = map.getByTestId('state-figures');
	await expect(figures.locator('td[data-measure="a_median"]')).toHaveText('$167,320');
	// May 2024 national median for 11-3021 (national_M2024_dl.xlsx), the state file's year.
	await expect(figures).toContainText('$171,200');
	await expect(figures).toContainText('$3,880 (2.3%) below the U.S. median');
	await expect(region(map, 'TX')).toHaveAttribute('aria-pressed', 'true');
	// The link restores the selection.
	await page.reload();
	await expect(map.getByTestId('state-figures').locator('td[data-measure="a_median"]')).toHaveText('$167,320');
	await expect(map.getByTestId('map-state-select')).toHaveValue('TX');
});

test('a second occupation, 15-1252: state medians equal the file', async ({ page }) => {
	const map = await openMap(page, '/roles/15-1252');
	for (const [st, text] of [
		['CA', '$170,910'],
		['TX', '$130,500'],
		['WA', '$166,910']
	] as const) {
		await region(map, st).focus();
		await expect(map.getByTestId('map-tip')).toContainText(`Median annual pay: ${text}`);
	}
	await expect(map.getByTestId('territories')).toContainText('Virgin Islands: $162,820');
});

test('suppressed and missing values read "not published" and are hatched, not coloured', async ({ page }) => {
	const map = await openMap(page, '/roles/11-3021');
	await expect(map.getByTestId('map-legend')).toContainText('not published');
	// Montana: all 11-3021 wages "*".
	await region(map, 'MT').focus();
	await expect(map.getByTestId('map-tip')).toContainText('Median annual pay: not published');
	await expect(map.getByTestId('map-tip')).toContainText('Employment: 1,250');
	await expect(region(map, 'MT').locator('path')).toHaveAttribute('fill', /^url\(#hatch/);
	await expect(region(map, 'NH').locator('path')).not.toHaveAttribute('fill', /^url\(#hatch/);
	// New Hampshire: employment "**".
	await map.getByTestId('map-measure').selectOption('tot_emp');
	await expect(region(map, 'NH').locator('path')).toHaveAttribute('fill', /^url\(#hatch/);
	await region(map, 'NH').focus();
	await expect(map.getByTestId('map-tip')).toContainText('Employment: not published');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/state=NH/);
	await expect(map.getByTestId('state-figures').locator('td[data-measure="tot_emp"]')).toHaveText('not published');
	await expect(map.getByTestId('state-figures').locator('td[data-measure="a_median"]')).toHaveText('$177,160');
	// Guam: no 11-3021 row at all.
	await expect(map.getByTestId('territories')).toContainText('Guam: not published');
	await map.getByRole('button', { name: /^Guam/ }).click();
	await expect(page).toHaveURL(/state=GU/);
	await expect(map.getByTestId('state-figures')).toContainText('no computer and information systems managers estimates for Guam');
	await expect(map.getByTestId('map-caveats')).toContainText('for Guam, that the state file has no row for this occupation');
	await expect(map.getByTestId('map-caveats')).toContainText('99.25% of U.S. employment');
});

test('keyboard only: Tab to the map, arrows move, Enter selects', async ({ page }) => {
	await openMap(page, '/roles/11-3021');
	let guard = 0;
	while (!(await page.evaluate(() => document.activeElement?.classList.contains('region'))) && guard++ < 120) await page.keyboard.press('Tab');
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key'));
	// The map is one tab stop; it starts at the first state in alphabetical order.
	expect(await focused()).toBe('AL');
	await expect(page.getByTestId('map-tip')).toContainText('Alabama');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/state=AL/);
	// West of Alabama is Mississippi; the focus and the tooltip follow the arrow keys.
	await page.keyboard.press('ArrowLeft');
	expect(await focused()).toBe('MS');
	await expect(page.getByTestId('map-tip')).toContainText('Mississippi');
	for (let i = 0; i < 4 && (await focused()) !== 'TX'; i++) await page.keyboard.press('ArrowLeft');
	expect(await focused()).toBe('TX');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/state=TX/);
	await expect(page.getByTestId('state-figures').locator('td[data-measure="a_median"]')).toHaveText('$167,320');
	await page.keyboard.press('End');
	expect(await focused()).toBe('WY');
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/state=WY/);
	// Tab leaves the map: the next stop is not another state.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.classList.contains('region'))).toBe(false);
	// A focused state is outlined (the outline layer draws over the map).
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByTestId('state-map').locator('.outline.active path')).toHaveCount(1);
});

test('Show data lists every area, sorts, and the CSV equals the BLS file', async ({ page }) => {
	const map = await openMap(page, '/roles/11-3021');
	await map.getByText('Show data').click();
	let rows = await dataCells(map);
	expect(rows).toHaveLength(54);
	const byCode = new Map(rows.map((r) => [r[0], r]));
	// Code, area, type, employment, jobs per 1,000, LQ, 10th, 25th, median, 75th, 90th, mean, row in file
	expect(byCode.get('CA')).toEqual([
		'CA',
		'California',
		'State',
		'100,020',
		'5.539',
		'1.32',
		'$127,220',
		'$165,060',
		'$211,340',
		'≥ $239,200',
		'≥ $239,200',
		'$232,710',
		'yes'
	]);
	expect(byCode.get('TX')!.slice(0, 10)).toEqual(['TX', 'Texas', 'State', '74,890', '5.408', '1.29', '$104,270', '$134,790', '$167,320', '$207,620']);
	expect(byCode.get('NY')![8]).toBe('$209,980');
	expect(byCode.get('NH')!.slice(3, 10)).toEqual(['not published', 'not published', 'not published', '$111,910', '$141,900', '$177,160', '$203,990']);
	expect(byCode.get('MT')!.slice(3, 12)).toEqual(['1,250', '2.459', '0.59', ...Array(6).fill('not published')]);
	expect(byCode.get('GU')!.slice(1)).toEqual(['Guam', 'Territory', ...Array(9).fill('not published'), 'no']);
	// Sort by median, highest first; not published last.
	await map.getByRole('button', { name: 'Median', exact: true }).click();
	rows = await dataCells(map);
	expect(rows.slice(0, 3).map((r) => r[0])).toEqual(['CA', 'NY', 'WA']);
	expect(
		rows
			.slice(-2)
			.map((r) => r[0])
			.sort()
	).toEqual(['GU', 'MT']);
	await map.getByRole('button', { name: 'Median', exact: true }).click();
	rows = await dataCells(map);
	expect(rows[0]![0]).toBe('VI');

	const [download] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe('states-11-3021_oews-may2024.csv');
	const [header, ...csv] = parseCsv(await readFile((await download.path())!, 'utf8'), 'download').map((r) => r.fields);
	expect(header).toEqual([
		'state',
		'area_title',
		'area_type',
		'tot_emp',
		'tot_emp_flag',
		'jobs_per_1000',
		'jobs_per_1000_flag',
		'loc_quotient',
		'loc_quotient_flag',
		'a_pct10',
		'a_pct10_flag',
		'a_pct25',
		'a_pct25_flag',
		'a_median',
		'a_median_flag',
		'a_pct75',
		'a_pct75_flag',
		'a_pct90',
		'a_pct90_flag',
		'a_mean',
		'a_mean_flag',
		'in_state_file',
		'release',
		'source'
	]);
	expect(csv).toHaveLength(54);
	const col = (name: string) => header!.indexOf(name);
	expect(new Set(csv.map((r) => r[col('release')]))).toEqual(new Set(['OEWS May 2024 state estimates']));
	const file = (await stateFile()).filter((r) => r.OCC_CODE === '11-3021');
	expect(file).toHaveLength(53);
	const pairs = {
		tot_emp: 'TOT_EMP',
		jobs_per_1000: 'JOBS_1000',
		loc_quotient: 'LOC_QUOTIENT',
		a_pct10: 'A_PCT10',
		a_pct25: 'A_PCT25',
		a_median: 'A_MEDIAN',
		a_pct75: 'A_PCT75',
		a_pct90: 'A_PCT90',
		a_mean: 'A_MEAN'
	};
	for (const f of file) {
		const r = csv.find((x) => x[col('state')] === f.PRIM_STATE)!;
		expect(r, f.PRIM_STATE).toBeDefined();
		expect(r[col('area_title')]).toBe(f.AREA_TITLE);
		expect(r[col('in_state_file')]).toBe('true');
		for (const [c, fc] of Object.entries(pairs)) {
			const cell = f[fc]!;
			const want = cell === '*' || cell === '**' ? ['', 'suppressed'] : cell === '#' ? ['239200', 'topcoded'] : [String(Number(cell)), 'published'];
			expect([f.PRIM_STATE, c, r[col(c)], r[col(`${c}_flag`)]]).toEqual([f.PRIM_STATE, c, ...want]);
		}
	}
	const gu = csv.find((x) => x[col('state')] === 'GU')!;
	expect(gu[col('a_median')]).toBe('');
	expect(gu[col('a_median_flag')]).toBe('not_applicable');
	expect(gu[col('in_state_file')]).toBe('false');
});

test('the figures are prerendered, and the outlines load only where a map is shown', async ({ page }) => {
	// Without JavaScript: the prerendered HTML already holds every area's figures.
	const html = await (await page.request.get('/roles/11-3021')).text();
	expect(html).toContain('$211,340');
	expect(html).toContain('Puerto Rico: $91,730');
	// us-atlas is in a chunk fetched by pages with a map only.
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
	});
	for (const path of ['/roles', '/roles/11-3031', '/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	await expect(page.getByTestId('state-map')).toHaveCount(0);
	expect(scripts.some((s) => s.includes('District of Columbia'))).toBe(false);
	await openMap(page, '/roles/11-3021');
	// A response's body is read after it arrives: wait for it rather than for the network alone.
	await expect.poll(() => scripts.some((s) => s.includes('District of Columbia'))).toBe(true);
});

test('an unknown ?state= is named and ignored', async ({ page }) => {
	const map = await openMap(page, '/roles/11-3021?state=ZZ');
	await expect(page.getByTestId('param-problems')).toContainText('no state or territory “ZZ”');
	await expect(map.getByTestId('state-figures')).toContainText('Select a state');
});

test('explorer: a state adds its median pay, sortable, and limits the rows to its occupations', async ({ page }) => {
	// Every occupation (track=all), so that the rows are the state file's.
	await page.goto('/roles?track=all');
	await engineReady(page);
	await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('TX');
	await expect(page).toHaveURL(/state=TX/);
	await expect(page.getByTestId('result-count')).toContainText('21 occupations');
	await expect(page.locator('.table-wrap.stale')).toHaveCount(0);
	const table = page.getByTestId('explorer-table');
	await expect(table.locator('thead')).toContainText('Median pay in Texas (May 2024)');
	let rows = await tableCells(page, 'explorer-table');
	const file = await stateFile();
	const tx = file.filter((r) => r.PRIM_STATE === 'TX' && r.O_GROUP === 'detailed');
	expect(rows.map((r) => r[1]).sort()).toEqual(tx.map((r) => r.OCC_CODE).sort());
	const stateCol = (await table.locator('thead th').allTextContents()).findIndex((t) => t.includes('Median pay in Texas'));
	for (const r of rows) {
		const f = tx.find((x) => x.OCC_CODE === r[1])!;
		expect([r[1], r[stateCol]]).toEqual([f.OCC_CODE, `$${Number(f.A_MEDIAN).toLocaleString('en-US')}`]);
	}
	// Sort by the state column.
	await table.getByRole('button', { name: /Median pay in Texas/ }).click();
	await expect(page).toHaveURL(/sort=statepay/);
	await expect(page).toHaveURL(/dir=desc/);
	await expect(table.locator('th[aria-sort="descending"]')).toContainText('Median pay in Texas');
	await expect.poll(async () => (await tableCells(page, 'explorer-table'))[0]?.[1]).toBe('11-3021');
	rows = await tableCells(page, 'explorer-table');
	const pays = rows.map((r) => Number(r[stateCol]!.replace(/[^0-9]/g, '')));
	expect(pays).toEqual([...pays].sort((a, b) => b - a));
	expect(rows[0]![1]).toBe('11-3021');
	// The CSV carries the state column under its contract name.
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.result-head').getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toContain('state-tx');
	const [header, ...csv] = parseCsv(await readFile((await download.path())!, 'utf8'), 'download').map((r) => r.fields);
	expect(header).toContain('a_median_state');
	expect(header).toContain('a_median_state_flag');
	expect(csv.find((r) => r[1] === '11-3021')![header!.indexOf('a_median_state')]).toBe('167320');
	// Another state from a link; Montana's 11-3021 median is suppressed.
	await page.goto('/roles?track=all&state=MT&sort=statepay&dir=desc');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).toContainText('18 occupations');
	await expect(page.getByRole('combobox', { name: 'State', exact: true })).toHaveValue('MT');
	await expect(table.locator('thead')).toContainText('Median pay in Montana (May 2024)');
	rows = await tableCells(page, 'explorer-table');
	expect(rows.find((r) => r[1] === '11-3021')![stateCol]).toBe('not published');
	expect(rows.at(-1)![1]).toBe('11-3021');
	// Back to the U.S. only: the column goes, the rows come back.
	await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('');
	await expect(page).not.toHaveURL(/state=/);
	await expect(table.locator('thead')).not.toContainText('Median pay in');
	await expect(page.getByTestId('result-count')).toContainText('820 occupations');
});

test('explorer, Texas: the state and the U.S. pay are both May 2024, as the two BLS files publish them', async ({ page }) => {
	const tx = (await stateFile()).find((r) => r.PRIM_STATE === 'TX' && r.OCC_CODE === '15-1212')!;
	const us = await nationalRow(2024, '15-1212');
	await page.goto('/roles?track=all');
	await engineReady(page);
	await page.getByRole('combobox', { name: 'State', exact: true }).selectOption('TX');
	await expect(page.getByTestId('result-count')).toContainText('21 occupations');
	await expect(page.locator('.table-wrap.stale')).toHaveCount(0);
	await expect(page.getByTestId('state-note')).toContainText('the U.S. pay beside it is the OEWS May 2024 national estimate, the same release');
	await expect(page.getByTestId('state-note')).toContainText('jobs are U.S., OEWS May 2025');
	const table = page.getByTestId('explorer-table');
	const headers = await table.locator('thead th').allTextContents();
	const col = (label: string) => {
		const i = headers.findIndex((h) => h.includes(label));
		expect(i, label).toBeGreaterThan(-1);
		return i;
	};
	const row = (await tableCells(page, 'explorer-table')).find((r) => r[1] === '15-1212')!;
	// Information security analysts: Texas $124,970 and the U.S. $124,910 in May 2024, $60 apart.
	expect(row[col('Median pay in Texas (May 2024)')]).toBe(money(tx.A_MEDIAN!));
	expect(row[col('Median pay, U.S. (May 2024)')]).toBe(money(us.A_MEDIAN!));
	expect([row[col('Median pay in Texas (May 2024)')], row[col('Median pay, U.S. (May 2024)')]]).toEqual(['$124,970', '$124,910']);
	expect(row[col('25th percentile in Texas (May 2024)')]).toBe(money(tx.A_PCT25!));
	expect(row[col('75th percentile in Texas (May 2024)')]).toBe(money(tx.A_PCT75!));
	for (const label of ['Jobs, U.S. (May 2025)', 'Growth 2024–34, U.S.', 'Openings a year, U.S.']) col(label);
	// The chart and the CSV name the release the U.S. pay is from: May 2024 (jobs stay May 2025).
	await expect(page.getByTestId('scatter')).toContainText('U.S. median pay (May 2024)');
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.result-head').getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = await readCsvDownload(download);
	expect(csv.rows[0]!.at(-1)).toContain('national_M2024_dl.xlsx) (U.S. pay)');
	expect(csv.rows[0]!.at(-1)).toContain('national_M2025_dl.xlsx) (jobs)');
	expect(csv.rows[0]!.at(-1)).toContain('state_M2024_dl');
	// Another U.S. percentile, of the same release, beside the state's.
	await page.getByTestId('pay-shown').selectOption('p25');
	await expect(table.locator('thead')).toContainText('Pay, 25th percentile, U.S. (May 2024)');
	await expect.poll(async () => (await tableCells(page, 'explorer-table')).find((r) => r[1] === '15-1212')?.[col('Median pay, U.S.')]).toBe(money(us.A_PCT25!));
});

test('role page, Texas: 25th, median and 75th percentile beside the U.S. of the same release @phone', async ({ page }) => {
	const tx = (await stateFile()).find((r) => r.PRIM_STATE === 'TX' && r.OCC_CODE === '15-1212')!;
	const us = await nationalRow(2024, '15-1212');
	const map = await openMap(page, '/roles/15-1212?state=TX');
	const figures = map.getByTestId('state-figures');
	await expect(figures.locator('caption')).toHaveText('Texas and the U.S., May 2024');
	for (const [m, c] of [
		['a_pct25', 'A_PCT25'],
		['a_median', 'A_MEDIAN'],
		['a_pct75', 'A_PCT75']
	] as const) {
		await expect(figures.locator(`td[data-measure="${m}"]`)).toHaveText(money(tx[c]!));
		await expect(figures.locator(`td[data-measure-us="${m}"]`)).toHaveText(money(us[c]!));
	}
	await expect(figures).toContainText('$60 (0.0%) above the U.S. median, both May 2024');
	// The map can show the 25th and 75th percentiles too.
	await map.getByTestId('map-measure').selectOption('a_pct75');
	await expect(map.locator('h3')).toContainText('75th percentile pay by state, May 2024');
});

test('phone: the map fits the screen and a tap selects a state @phone', async ({ page, hasTouch }) => {
	const map = await openMap(page, '/roles/11-3021');
	if (hasTouch) await region(map, 'TX').tap();
	else await region(map, 'TX').click();
	await expect(page).toHaveURL(/state=TX/);
	await expect(map.getByTestId('state-figures').locator('td[data-measure="a_median"]')).toHaveText('$167,320');
	await map.getByTestId('map-state-select').selectOption('CA');
	await expect(page).toHaveURL(/state=CA/);
	await expect(map.getByTestId('state-figures').locator('td[data-measure="a_median"]')).toHaveText('$211,340');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});
