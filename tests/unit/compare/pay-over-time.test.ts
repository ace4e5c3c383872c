/** "Pay over time" on hand-written rows: a suppressed or missing median breaks the line, never a zero. */
import { expect, test } from 'vitest';
import { buildPayOverTime } from '$lib/compare/pay-over-time';
import { buildWageTrend } from '$lib/trends/wage-trend';
import { titles, wage } from '../trends/rows';

test('a suppressed median leaves a gap in the line and stays "suppressed" in the table', () => {
	const years = [2021, 2022, 2023, 2024];
	const rows = [
		wage(2021, '15-1212'),
		wage(2022, '15-1212', { a_median: null, a_median_flag: 'suppressed' }),
		wage(2023, '15-1212', { a_median: 65000 }),
		wage(2024, '15-1212', { a_median: 70000 })
	];
	const cpi = years.map((year) => ({ year, may_value: 200 }));
	const t = buildWageTrend('15-1212', 'Information Security Analysts', years, rows, cpi, titles);
	const p = buildPayOverTime([t], 'current');
	expect(p.lines[0]!.runs.map((r) => r.map((x) => [x.year, x.value]))).toEqual([
		[[2021, 60000]],
		[
			[2023, 65000],
			[2024, 70000]
		]
	]);
	expect(p.rows.find((r) => r.year === 2022)).toMatchObject({ a_median: null, a_median_flag: 'suppressed', a_median_constant: null, drawn: true });
	// Not a code change: no break mark, no note.
	expect(p.breaks).toEqual([]);
	expect(p.notes).toEqual([]);
});
