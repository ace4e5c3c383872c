/**
 * Levels from published data (issue 18): the role page's level and technology sections against
 * the O*NET 29.2 text files and EP, and the explorer's career-level filter and pay-shown choice.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rawDir } from './bls-files';
import { readCsvDownload } from './csv-download';
import { engineReady, expect, linkedView, tableCells, test } from './fixtures';

/** Rows of an O*NET tab-separated file as objects by O*NET's own column names. */
async function onetFile(name: string): Promise<Record<string, string>[]> {
	const [header, ...lines] = (await readFile(join(rawDir, 'onet', name), 'utf8')).split(/\r?\n/).filter(Boolean);
	const cols = header!.split('\t');
	return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i]!, v])));
}
const ete = () => onetFile('Education, Training, and Experience.txt');
const rw = (rows: Record<string, string>[], code: string, category: string) =>
	rows.find((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'RW' && r['Category'] === category)!;

test.describe('role page: what each level looks like', () => {
	test('11-3021: the related-experience share, job zone and EP level are the published figures', async ({ page }) => {
		const cell = rw(await ete(), '11-3021.00', '9'); // Over 6 years, up to and including 8 years
		expect(cell['Recommend Suppress']).toBe('N');
		const zone = (await onetFile('Job Zones.txt')).find((r) => r['O*NET-SOC Code'] === '11-3021.00')!['Job Zone'];
		await page.goto('/roles/11-3021');
		const levels = page.getByTestId('levels');
		await expect(levels.getByTestId('experience-top')).toContainText(
			`over 6 years and up to 8 years of related work experience: ${Number(cell['Data Value']).toFixed(1)}%`
		);
		await expect(levels.getByTestId('job-zone')).toContainText(`Job Zone ${zone}: Considerable Preparation Needed`);
		// EP 2024–34 lists 11-3021 with "5 years or more" of related work experience: the senior career level.
		await expect(levels.getByTestId('career-level')).toContainText('Senior (5 years or more)');
		await expect(levels.getByTestId('proxy-note')).toContainText('a proxy for level');
		await expect(levels.getByTestId('ladder-roles')).toContainText('IT track');
		await expect(page.getByText('Used under the CC BY 4.0 license').first()).toBeVisible();
	});

	test('15-1232: a share O*NET recommends suppressing is flagged, not shown as a figure; the CSV says so too', async ({ page }) => {
		const cell = rw(await ete(), '15-1232.00', '7'); // Over 2 years, up to and including 4 years
		expect(cell['Recommend Suppress']).toBe('Y');
		await page.goto('/roles/15-1232', { waitUntil: 'networkidle' }); // hydrated: the download button answers
		const chart = page.getByTestId('related-experience');
		await expect(chart.locator('g.mark', { hasText: 'suppressed' })).toHaveCount(2);
		await expect(chart).not.toContainText(`${Number(cell['Data Value']).toFixed(1)}%`);
		await chart.getByText('Show data').click();
		const rows = await tableCells(page, 'related-experience');
		const shown = rows.find((r) => r[0] === 'Over 2 years, up to and including 4 years')!;
		expect(shown[1]).toBe('suppressed');
		// The CSV equals the table: the value left empty and flagged, the published precision beside it.
		const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /Download CSV/ }).click()]);
		const csv = await readCsvDownload(download);
		expect(csv.rows.length).toBe(rows.length);
		const line = csv.rows.find((r) => r[csv.col('category_label')] === 'Over 2 years, up to and including 4 years')!;
		expect(line[csv.col('pct')]).toBe('');
		expect(line[csv.col('pct_flag')]).toBe('suppressed');
		expect(line[csv.col('n')]).toBe(cell['N']);
		const plain = csv.rows.find((r) => r[csv.col('category')] === '8')!;
		expect(Number(plain[csv.col('pct')])).toBe(Number(rw(await ete(), '15-1232.00', '8')['Data Value']));
		expect(rows.find((r) => r[0] === plain[csv.col('category_label')])![1]).toBe(`${Number(plain[csv.col('pct')]).toFixed(1)}%`);
		// The top answer is suppressed, so the sentence does not name a lesser one as the most common.
		await expect(page.getByTestId('experience-top')).toContainText('advises against showing');
	});

	test('15-1299 is shown per O*NET occupation, not averaged', async ({ page }) => {
		await page.goto('/roles/15-1299');
		const onet = page.getByTestId('levels-onet');
		await expect(onet).toContainText('O*NET splits 15-1299 into 9 occupations');
		await expect(onet.locator('details[data-onet="15-1299.08"] > summary')).toContainText('Computer Systems Engineers/Architects');
		await expect(onet.locator('details[data-onet="15-1299.08"] > summary')).toContainText('Job Zone 3');
	});

	test('technologies: a hot technology O*NET publishes, in-demand first, with the count of the rest', async ({ page }) => {
		const tech = (await onetFile('Technology Skills.txt')).filter((r) => r['O*NET-SOC Code'] === '15-1232.00');
		const inDemand = tech.find((r) => r['In Demand'] === 'Y' && r['Hot Technology'] === 'Y')!;
		const highlighted = tech.filter((r) => r['In Demand'] === 'Y' || r['Hot Technology'] === 'Y').length;
		await page.goto('/roles/15-1232');
		const section = page.getByTestId('technologies');
		await expect(section.getByTestId('hot-technologies').first()).toContainText(inDemand['Example']!);
		await expect(section.getByTestId('tech-rest')).toContainText(`${highlighted} hot or in-demand of ${tech.length} technologies`);
		await expect(section.getByTestId('core-tasks').locator('li').first()).toBeVisible();
		const interests = (await onetFile('Interests.txt')).find(
			(r) => r['O*NET-SOC Code'] === '15-1232.00' && r['Scale ID'] === 'OI' && r['Element Name'] === 'Conventional'
		)!;
		const cells = await tableCells(page, 'interests');
		expect(cells.find((r) => r[0] === 'Conventional')![1]).toBe(Number(interests['Data Value']).toFixed(2));
	});

	test('@phone the level and technology sections fit a phone', async ({ page }) => {
		await page.goto('/roles/15-1232');
		for (const id of ['levels', 'technologies']) await expect(page.getByTestId(id)).toBeVisible();
		await expect(page.getByTestId('related-experience')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test.describe('explorer: level is the BLS career level, pay shown is a choice', () => {
	test('career=senior lists the occupations EP gives "5 years or more", with the pay-shown choice', async ({ page }) => {
		await page.goto('/roles?career=senior&zone=4&pay=p90');
		await engineReady(page);
		await expect(page.getByTestId('result-count')).toContainText('2 occupations');
		const rows = await tableCells(page, 'explorer-table');
		expect(rows.map((r) => r[1]).sort()).toEqual(['11-3021', '15-1241']);
		await expect(page.getByTestId('explorer-table').locator('thead')).toContainText('Pay, 90th percentile');
		// OEWS May 2025, 11-3021: 90th percentile $297,510 (the role page's pay band says the same).
		expect(rows.find((r) => r[1] === '11-3021')!.join(' ')).toContain('$297,510');
		await expect(page.getByRole('combobox', { name: 'O*NET Job Zone' })).toHaveValue('4');
		await expect(page.getByTestId('level-note')).toContainText('Job Zone 4: Considerable Preparation Needed');
	});

	test('an old level= link keeps working, mapped, with a notice that the meaning changed', async ({ page }) => {
		await page.goto('/roles?track=IT&level=entry');
		await engineReady(page);
		await expect(page.getByTestId('level-notice')).toContainText('This link is from before “level” meant the BLS career level');
		await expect(page.getByTestId('param-problems')).toHaveCount(0);
		await expect(page.getByRole('combobox', { name: 'Level (BLS)', exact: true })).toHaveValue('entry');
		await expect(page.getByRole('combobox', { name: 'Pay shown', exact: true })).toHaveValue('p25');
		await expect(page.getByTestId('explorer-table').locator('thead')).toContainText('Pay, 25th percentile');
		await expect(page.getByTestId('result-count')).toContainText('11 occupations');
	});
});

test.describe('compare: experience and technologies', () => {
	test('related experience side by side per O*NET occupation, suppressed flagged; technologies shared and distinct', async ({ page }) => {
		const rows = await ete();
		await page.goto('/compare?roles=11-3021,15-1232');
		await linkedView(page);
		const section = page.getByTestId('compare-levels');
		await expect(section.getByTestId('compare-experience').locator('thead th')).toHaveText([
			'Related work experience',
			'Computer and Information Systems Managers',
			'Computer User Support Specialists'
		]);
		const cells = await tableCells(page, 'compare-experience');
		const over6 = cells.find((r) => r[0] === 'Over 6 years to 8 years')!;
		expect(over6[1]).toBe(`${Number(rw(rows, '11-3021.00', '9')['Data Value']).toFixed(1)}%`);
		expect(cells.find((r) => r[0] === 'Over 2 years to 4 years')![2]).toBe('suppressed');
		await expect(section.getByTestId('compare-level-list')).toContainText('BLS career level Senior (5 years or more)');
		// A hot technology both list (O*NET Technology Skills), named as shared.
		const tech = await onetFile('Technology Skills.txt');
		const hot = (code: string) =>
			new Set(tech.filter((t) => t['O*NET-SOC Code'] === code && (t['Hot Technology'] === 'Y' || t['In Demand'] === 'Y')).map((t) => t['Example']));
		const a = hot('11-3021.00');
		const both = [...hot('15-1232.00')].filter((x) => a.has(x));
		await expect(section.getByTestId('tech-shared')).toContainText(`${both.length}: `);
	});
});
