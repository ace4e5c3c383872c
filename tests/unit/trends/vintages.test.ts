/** Projection vintages, growth descriptors and the track record, on hand-written rows. */
import { describe, expect, test } from 'vitest';
import { buildVintages, descriptorRule, growthDescriptor, paceOf, paceRule, trackRecord } from '$lib/trends/vintages';
import { proj, titles } from './rows';

describe('growth descriptors against the release average', () => {
	test('the bands', () => {
		expect(growthDescriptor(-0.7, 3.1)).toBe('decline');
		expect(growthDescriptor(0.5, 3.1)).toBe('little or no change');
		expect(growthDescriptor(1.2, 3.1)).toBe('slower than average');
		expect(growthDescriptor(4, 3.1)).toBe('as fast as average');
		expect(growthDescriptor(5, 3.1)).toBe('faster than average');
		expect(growthDescriptor(6.2, 3.1)).toBe('much faster than average');
		expect(growthDescriptor(8.9, 5.3)).toBe('faster than average');
		expect(growthDescriptor(16.2, 5.3)).toBe('much faster than average');
	});
	test('the edges fall as the rule on the page says', () => {
		expect(growthDescriptor(0, 3)).toBe('little or no change');
		expect(growthDescriptor(1, 3)).toBe('slower than average');
		expect(growthDescriptor(1.5, 3)).toBe('as fast as average');
		expect(growthDescriptor(4.5, 3)).toBe('faster than average');
		expect(growthDescriptor(6, 3)).toBe('much faster than average');
		expect(descriptorRule).toContain('little or no change: 0% to under 1%');
	});
});

describe('15-1242 through SOC 2010 15-1141 and hybrid 15-1245', () => {
	const releases = [
		{ period: 2016, period_end: 2026, all_pct: 7.4 },
		{ period: 2018, period_end: 2028, all_pct: 5.2 },
		{ period: 2019, period_end: 2029, all_pct: 3.7 },
		{ period: 2024, period_end: 2034, all_pct: 3.1 }
	];
	const both = { covers: ['15-1242', '15-1243'] };
	const rows = [
		proj(2016, '15-1141', { ...both, emp_start: 120000, emp_end: 133200 }),
		// 15-1199 also fed 15-1243 in 2016–26, so that release's comparison is approximate.
		proj(2016, '15-1199', { covers: ['15-1243', '15-1299'] }),
		proj(2018, '15-1141', { ...both, emp_start: 130000, emp_end: 140000 }),
		proj(2019, '15-1245', { ...both, is_aggregate: true, emp_start: 140000, emp_end: 145300 }),
		proj(2024, '15-1242', { emp_start: 78000, emp_end: 77500 }),
		proj(2024, '15-1243', { emp_start: 66900 })
	];
	const v = buildVintages('15-1242', releases, rows, titles);

	test('one row per release, through the code the release used, with its descriptor', () => {
		expect(v.rows.map((r) => [r.release, r.soc_code, r.relation, r.line, r.all_pct])).toEqual([
			['2016–26', '15-1141', 'split', '15-1141', 7.4],
			['2018–28', '15-1141', 'split', '15-1141', 5.2],
			['2019–29', '15-1245', 'aggregate', '15-1245', 3.7],
			['2024–34', '15-1242', 'same', 'main', 3.1]
		]);
		expect(v.rows.at(-1)).toMatchObject({ pct_change: -0.6, descriptor: 'decline' });
		expect(v.releases).toEqual(releases.map((r) => ({ start: r.period, end: r.period_end, all_pct: r.all_pct })));
	});
	test('notes name the releases, grouped while the same code stood for the occupation', () => {
		expect(v.notes.map((n) => [n.kind, n.from, n.to])).toEqual([
			['split', 2016, 2018],
			['aggregate', 2019, 2019]
		]);
		expect(v.notes[0]!.text).toMatch(
			/^EP 2016–26, 2018–28: BLS published SOC 2010 15-1141 Title of 15-1141, which SOC 2018 split into 15-1242 Database Administrators; 15-1243 Database Architects\./
		);
		expect(v.notes[1]!.text).toMatch(/^EP 2019–29: BLS published only hybrid 15-1245 /);
	});
	test('track record: each release on a straight path to 2024, against what 2024–34 measured in 2024', () => {
		expect(v.track.map((t) => [t.release, t.measured_release, t.measured_year, t.comparison])).toEqual([
			['2016–26', '2024–34', 2024, 'approximate'],
			['2018–28', '2024–34', 2024, 'same set of occupations'],
			['2019–29', '2024–34', 2024, 'same set of occupations']
		]);
		// 120,000 in 2016 to 133,200 in 2026: 8 of 10 years on, 120,000 + 0.8 × 13,200 = 130,560.
		expect(v.track[0]).toMatchObject({
			projected_codes: ['15-1141'],
			covers: ['15-1242', '15-1243'],
			emp_start: 120000,
			emp_end: 133200,
			path: 130560,
			measured: 144900,
			gap: 14340,
			gap_pct: 11,
			pace: 'ahead'
		});
		expect(v.track[0]!.note).toBe('15-1141 covered 15-1242 + 15-1243, but 15-1199 also fed 15-1243; the comparison is approximate.');
		expect(v.track[1]!.note).toBe('15-1141 covered 15-1242 + 15-1243; compared with the sum of those occupations.');
		// 140,000 + 0.5 × 5,300 = 142,650; 144,900 is 1.6% above: within 2%, on pace.
		expect(v.track[2]).toMatchObject({ path: 142650, measured: 144900, gap: 2250, gap_pct: 1.6, pace: 'on pace' });
	});
});

describe('track record comparisons', () => {
	test('the same occupation needs no note; a 1:1 recode says so; behind the path', () => {
		const releases = [
			{ period: 2016, period_end: 2026, all_pct: 7 },
			{ period: 2021, period_end: 2031, all_pct: 3 },
			{ period: 2024, period_end: 2034, all_pct: 3 }
		];
		const t = trackRecord('15-1211', releases, [
			proj(2016, '15-1121', { covers: ['15-1211'], emp_start: 500, emp_end: 600 }),
			proj(2021, '15-1211', { emp_start: 560, emp_end: 660 }),
			proj(2024, '15-1211', { emp_start: 570 })
		]);
		expect(t.map((r) => [r.release, r.measured_release, r.path, r.measured, r.gap_pct, r.pace, r.comparison, r.note])).toEqual([
			['2016–26', '2024–34', 580, 570, -1.7, 'on pace', 'same occupation', '15-1121 maps to 15-1211 alone.'],
			['2021–31', '2024–34', 590, 570, -3.4, 'behind', 'same occupation', '']
		]);
	});
	test('a target year that a later release has measured: read at that year, never past the target', () => {
		const releases = [
			{ period: 2016, period_end: 2026, all_pct: 7 },
			{ period: 2026, period_end: 2036, all_pct: 3 },
			{ period: 2028, period_end: 2038, all_pct: 3 }
		];
		const t = trackRecord('15-1211', releases, [
			proj(2016, '15-1211', { emp_start: 500, emp_end: 600 }),
			proj(2026, '15-1211', { emp_start: 650 }),
			proj(2028, '15-1211', { emp_start: 700 })
		]);
		expect(t.map((r) => [r.release, r.measured_year, r.path, r.measured])).toEqual([
			['2016–26', 2026, 600, 650],
			// 650 in 2026 to 1,100 in 2036, read at 2028: 650 + 0.2 × 450.
			['2026–36', 2028, 740, 700]
		]);
	});
	test('the pace rule: within 2% of the path either way is on pace, as the page says', () => {
		expect([paceOf(2), paceOf(-2), paceOf(2.1), paceOf(-2.1), paceOf(0)]).toEqual(['on pace', 'on pace', 'ahead', 'behind', 'on pace']);
		expect(paceRule).toContain('within 2% of the straight path either way');
	});
	test('not comparable when the later release has no codes covering exactly the same occupations', () => {
		const releases = [
			{ period: 2020, period_end: 2030, all_pct: 4 },
			{ period: 2024, period_end: 2034, all_pct: 3 }
		];
		const t = trackRecord('15-1242', releases, [proj(2020, '15-1245', { covers: ['15-1242', '15-1243'], is_aggregate: true }), proj(2024, '15-1242')]);
		expect(t).toEqual([
			expect.objectContaining({
				measured: null,
				gap: null,
				gap_pct: null,
				comparison: 'not comparable',
				note: 'The 2024–34 release has no codes that cover exactly 15-1242 + 15-1243.'
			})
		]);
	});
	test('a release that published nothing for the occupation has no row', () => {
		const releases = [
			{ period: 2020, period_end: 2030, all_pct: 4 },
			{ period: 2024, period_end: 2034, all_pct: 3 }
		];
		expect(trackRecord('15-1242', releases, [proj(2024, '15-1242')])).toEqual([]);
	});
});
