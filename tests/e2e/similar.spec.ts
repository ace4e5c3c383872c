/**
 * "Similar occupations" on a role page: the SOC minor group, the occupations on this one's track
 * first, and the page saying so.
 */
import { expect, tableCells, test } from './fixtures';

const jobs = (cell: string) => Number(cell.replace(/[^0-9]/g, '')) || -1;

test('15-1212: similar means the same SOC minor group, its IT-track members first, each part by jobs @phone', async ({ page }) => {
	await page.goto('/roles/15-1212');
	const rule = page.getByTestId('similar-rule');
	await expect(rule).toContainText('Similar here means in the same SOC minor group, 15-1200 Computer Occupations');
	const rows = await tableCells(page, 'similar');
	const header = await page.getByTestId('similar').locator('thead th').allTextContents();
	const col = (h: string) => header.findIndex((x) => x.includes(h));
	const [code, jobsCol, track] = [col('Code'), col('Jobs, May 2025'), col('Track')] as const;
	// Every other detailed occupation of 15-12xx with figures, not 15-1212 itself.
	expect(rows.length).toBeGreaterThan(10);
	expect(rows.every((r) => r[code]!.startsWith('15-12') && r[code] !== '15-1212')).toBe(true);
	// The IT-track members first, then the rest; the page gives their number.
	const onIt = rows.map((r) => r[track]!.includes('IT'));
	const n = onIt.filter(Boolean).length;
	expect(n).toBeGreaterThan(0);
	expect(onIt).toEqual([...Array(n).fill(true), ...Array(rows.length - n).fill(false)]);
	await expect(rule).toContainText(`first the ${n} on this occupation’s IT track, then the rest of the group, each by jobs (May 2025)`);
	for (const part of [rows.slice(0, n), rows.slice(n)]) {
		const j = part.map((r) => jobs(r[jobsCol]!));
		expect(j).toEqual([...j].sort((a, b) => b - a));
	}
	// Software developers lead: 1,687,890 jobs in May 2025 (national_M2025_dl.xlsx).
	expect([rows[0]![code], rows[0]![jobsCol], rows[0]![track]]).toEqual(['15-1252', '1,687,890', 'IT']);
	await expect(rule.getByRole('link', { name: 'Compare with the first two' })).toHaveAttribute(
		'href',
		`/compare?roles=15-1212,${rows[0]![code]},${rows[1]![code]}`
	);
});

test('an occupation on no track: its minor group by jobs, with no track order claimed', async ({ page }) => {
	await page.goto('/roles/11-3031');
	const rule = page.getByTestId('similar-rule');
	await expect(rule).toContainText('11-3000 Operations Specialties Managers');
	await expect(rule).not.toContainText('track, then');
	const rows = await tableCells(page, 'similar');
	expect(rows.map((r) => r[1])).toContain('11-3021');
});
