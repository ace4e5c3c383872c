/**
 * The explorer and the tracks: track membership is data/sources/tracks.csv (not the aliases), and
 * the explorer opens on the IT and IS occupations with every occupation one click away.
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../scripts/ingest/csv';
import { engineReady, expect, tableCells, test } from './fixtures';

/** data/sources/tracks.csv as code → IT | IS | both. */
async function trackFile(): Promise<Map<string, string>> {
	const [header, ...rows] = parseCsv(await readFile('data/sources/tracks.csv', 'utf8'), 'tracks.csv').map((r) => r.fields);
	const code = header!.indexOf('soc_code');
	const track = header!.indexOf('track');
	return new Map(rows.map((r) => [r[code]!, r[track]!]));
}

test('a track lists the occupations tracks.csv puts on it; an alias finds an occupation without adding it', async ({ page }) => {
	const members = await trackFile();
	await page.goto('/roles?track=IT');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).not.toContainText('Updating');
	const it = [...members]
		.filter(([, t]) => t === 'IT' || t === 'both')
		.map(([c]) => c)
		.sort();
	await expect(page.getByTestId('result-count')).toContainText(`${it.length} occupations`);
	const codes = (await tableCells(page, 'explorer-table')).map((r) => r[1]).sort();
	expect(codes).toEqual(it);
	// Network architects, programmers, testers and database architects are IT occupations; accountants are not.
	expect(codes).toEqual(expect.arrayContaining(['15-1241', '15-1251', '15-1253', '15-1243']));
	expect(codes).not.toContain('13-2011');
	// "IT Auditor" still finds its occupation, information security analysts.
	await page.goto('/roles?track=all&q=IT%20Auditor');
	await engineReady(page);
	await expect(page.getByTestId('result-count')).not.toContainText('Updating');
	const found = await tableCells(page, 'explorer-table');
	expect(found.map((r) => r[1])).toContain('15-1212');
	expect(found.map((r) => r[1])).not.toContain('13-2011');
});

test('the explorer opens on the IT and IS occupations; all occupations is one click and stays in the link @phone', async ({ page }) => {
	const members = await trackFile();
	await page.goto('/roles');
	const track = page.getByRole('combobox', { name: 'Track', exact: true });
	// Prerendered: the rows are there before the engine.
	await expect(page.getByTestId('result-count')).toContainText(`${members.size} occupations`);
	await expect(track).toHaveValue('any');
	expect(await track.locator('option').allTextContents()).toEqual(['IT or IS occupations', 'IT track', 'IS track', 'All occupations']);
	await expect(page.getByRole('link', { name: 'Clear all' })).toHaveCount(0);
	expect((await tableCells(page, 'explorer-table')).map((r) => r[1]).sort()).toEqual([...members.keys()].sort());
	await engineReady(page);
	await page.getByRole('link', { name: 'all occupations', exact: true }).click();
	await expect(page).toHaveURL(/\/roles\?track=all$/);
	await expect(track).toHaveValue('all');
	await expect(page.getByTestId('result-count')).toContainText('820 occupations');
	// Back to the default: the link has no track, the rows are the members again.
	await page.getByRole('link', { name: 'Clear all' }).click();
	await expect(page).toHaveURL(/\/roles$/);
	await expect(page.getByTestId('result-count')).toContainText(`${members.size} occupations`);
	// A search outside the tracks says where it looked and offers every occupation.
	// (Not "nurse": O*NET files Informatics Nurse under 15-1211, an IS occupation, and the search reads O*NET titles.)
	await page.goto('/roles?q=dentist');
	await engineReady(page);
	await expect(page.getByTestId('empty')).toContainText('Nothing in “IT or IS occupations” is called “dentist”');
	await page.getByRole('link', { name: 'look in all occupations' }).click();
	await expect(page).toHaveURL(/track=all/);
	await expect(page.getByTestId('result-count')).toContainText(/\b[1-9]\d* occupations? matching “dentist”/);
});
