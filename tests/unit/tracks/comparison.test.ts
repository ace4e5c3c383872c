/**
 * The IT-vs-IS comparison without a database: rows typed in from the published figures (the
 * University of San Diego ladder, OEWS May 2025 national, EP 2024–34), and every sentence the
 * overview states checked against them.
 */
import { describe, expect, test } from 'vitest';
import { compareTracks } from '$lib/tracks/comparison';
import type { LadderPay, TrackMemberFigures } from '$lib/tracks/rows';

/** OEWS May 2025 national 25th percentile, median and 75th percentile. */
const oews: Record<string, [string, number, number, number]> = {
	'11-3021': ['Computer and Information Systems Managers', 138060, 175140, 220730],
	'13-1111': ['Management Analysts', 77950, 101860, 133370],
	'15-1211': ['Computer Systems Analysts', 82860, 105850, 134110],
	'15-1212': ['Information Security Analysts', 97810, 129180, 163500],
	'15-1231': ['Computer Network Support Specialists', 58240, 76220, 98750],
	'15-1232': ['Computer User Support Specialists', 49000, 61860, 79040],
	'15-1242': ['Database Administrators', 79610, 104620, 135460],
	'15-1252': ['Software Developers', 105210, 135980, 171980],
	'15-1254': ['Web Developers', 64230, 92650, 126230],
	'15-1299': ['Computer Occupations, All Other', 79370, 116580, 157500]
};

const role = (name: string, track: 'IT' | 'IS', level: 'entry' | 'mid' | 'senior', salary: number, code: string): LadderPay => {
	const [title, p25, p50, p75] = oews[code]!;
	return {
		role: name,
		track,
		level,
		median_salary: salary,
		soc_code: code,
		as_of: '2025-12',
		title,
		a_pct25: p25,
		a_pct25_flag: 'published',
		a_median: p50,
		a_median_flag: 'published',
		a_pct75: p75,
		a_pct75_flag: 'published'
	};
};

const ladder: LadderPay[] = [
	role('Technician', 'IT', 'entry', 61000, '15-1231'),
	role('IT Support', 'IT', 'entry', 73000, '15-1232'),
	role('Web Developer', 'IT', 'entry', 98000, '15-1254'),
	role('Help Desk Technician', 'IS', 'entry', 64000, '15-1232'),
	role('IS Technician', 'IS', 'entry', 83000, '15-1232'),
	role('Systems Analyst', 'IS', 'entry', 103000, '15-1211'),
	role('Database Administrator', 'IT', 'mid', 104620, '15-1242'),
	role('DevOps Engineer', 'IT', 'mid', 142000, '15-1252'),
	role('Security Engineer', 'IT', 'mid', 167000, '15-1212'),
	role('Business Analyst', 'IS', 'mid', 105000, '13-1111'),
	role('Database Manager', 'IS', 'mid', 106000, '15-1242'),
	role('IS Project Lead', 'IS', 'mid', 161000, '15-1299'),
	role('IT Director', 'IT', 'senior', 165000, '11-3021'),
	role('IT Program Manager', 'IT', 'senior', 176000, '15-1299'),
	role('Director of Information Security', 'IT', 'senior', 278000, '11-3021'),
	role('Information Systems Architect', 'IS', 'senior', 166000, '15-1211'),
	role('Director of Information Systems', 'IS', 'senior', 175000, '11-3021'),
	role('Chief Information Officer (CIO)', 'IS', 'senior', 300000, '11-3021')
];

/** EP 2024–34: base and projected employment, openings a year. */
const member = (
	code: string,
	track: 'IT' | 'IS' | 'both',
	title: string,
	start: number | null,
	end: number | null,
	openings: number | null
): TrackMemberFigures => ({
	soc_code: code,
	track,
	title,
	reason: 'r',
	emp_start: start,
	emp_end: end,
	openings_annual: openings,
	pct_change: start && end ? Math.round((end / start - 1) * 1000) / 10 : null
});
const members: TrackMemberFigures[] = [
	member('11-3021', 'both', 'Computer and Information Systems Managers', 667100, 768700, 55600),
	member('13-1111', 'IS', 'Management Analysts', 1075100, 1169700, 98100),
	member('15-1211', 'IS', 'Computer Systems Analysts', 521100, 566500, 34200),
	member('15-1212', 'IT', 'Information Security Analysts', 182800, 234900, 16000),
	member('15-1221', 'IT', 'Computer and Information Research Scientists', 40300, 48300, 3200),
	member('15-1231', 'IT', 'Computer Network Support Specialists', 152700, 155500, 9600),
	member('15-1232', 'both', 'Computer User Support Specialists', 729500, 702500, 40800),
	member('15-1241', 'IT', 'Computer Network Architects', 179200, 200600, 11200),
	member('15-1242', 'both', 'Database Administrators', 78000, 77500, 3800),
	member('15-1243', 'both', 'Database Architects', 66900, 72700, 4000),
	member('15-1244', 'IT', 'Network and Computer Systems Administrators', 331500, 317700, 14300),
	member('15-1251', 'IT', 'Computer Programmers', 121200, 113900, 5500),
	member('15-1252', 'IT', 'Software Developers', 1693800, 1961400, 115200),
	member('15-1253', 'IT', 'Software Quality Assurance Analysts and Testers', 201700, 221900, 14000),
	member('15-1254', 'IT', 'Web Developers', 86000, 92500, 5400),
	member('15-1255', 'IT', 'Web and Digital Interface Designers', 128900, 137900, 9100),
	member('15-1299', 'both', 'Computer Occupations, All Other', 472000, 510500, 31300)
];

const releases = { oews_year: 2025, ep_start: 2024, ep_end: 2034 };
const c = compareTracks({ ladder, members, allPct: 3.1, releases });
const level = (l: 'entry' | 'mid' | 'senior') => c.levels.find((x) => x.level === l)!;

describe('pay, level by level', () => {
	test('each side lists its roles and the occupations they map to, each once, by median', () => {
		const entry = level('entry');
		expect(entry.sides.IS.roles.map((r) => r.role)).toEqual(['Help Desk Technician', 'IS Technician', 'Systems Analyst']);
		expect(entry.sides.IS.occupations.map((o) => [o.soc_code, o.a_median])).toEqual([
			['15-1232', 61860],
			['15-1211', 105850]
		]);
		expect(entry.sides.IT.occupations.map((o) => o.a_median)).toEqual([61860, 76220, 92650]);
		expect(entry.sides.IT.estimate).toEqual({ low: 61000, high: 98000 });
	});

	test('entry: a shared bottom, IS higher at the top', () => {
		expect(level('entry').sentence).toBe(
			"At entry level, the national BLS medians (OEWS May 2025) of the occupations the IT roles map to run from $61,860 to $92,650, and those of the IS roles' occupations run from $61,860 to $105,850. " +
				'Both start at Computer User Support Specialists ($61,860), an occupation on both ladders, and the best-paid IS occupation, Computer Systems Analysts ($105,850), pays more than the best-paid IT one, Web Developers ($92,650). ' +
				"The article's estimates (December 2025) for these IT roles are $61,000 to $98,000, and for the IS roles $64,000 to $103,000."
		);
	});

	test('mid: IT higher at both ends', () => {
		expect(level('mid').sentence).toContain(
			'The IT range is higher at both ends: the lowest-paid IT occupation, Database Administrators ($104,620), pays more than the lowest-paid IS one, Management Analysts ($101,860), and the best-paid IT occupation, Software Developers ($135,980), pays more than the best-paid IS one, Computer Occupations, All Other ($116,580).'
		);
		expect(level('mid').sentence).toContain(
			"The article's estimates (December 2025) for these IT roles are $104,620 to $167,000, and for the IS roles $105,000 to $161,000."
		);
	});

	test('senior: IT higher at the bottom, a shared top', () => {
		expect(level('senior').sentence).toContain(
			'The lowest-paid IT occupation, Computer Occupations, All Other ($116,580), pays more than the lowest-paid IS one, Computer Systems Analysts ($105,850), and both top out at Computer and Information Systems Managers ($175,140), an occupation on both ladders.'
		);
	});

	test('a suppressed median is left out of the range and named, never $0', () => {
		const suppressed = ladder.map((r) => (r.soc_code === '15-1254' ? { ...r, a_median: null, a_median_flag: 'suppressed' as const } : r));
		const entry = compareTracks({ ladder: suppressed, members, allPct: 3.1, releases }).levels[0]!;
		expect(entry.sentence).toContain('the IT roles map to run from $61,860 to $76,220');
		expect(entry.sentence).toContain('BLS publishes no median for Web Developers.');
		expect(entry.sentence).not.toContain('$0');
	});

	test('a top-coded median reads as "at least"', () => {
		const capped = ladder.map((r) => (r.soc_code === '11-3021' ? { ...r, a_median: 239200, a_median_flag: 'topcoded' as const } : r));
		expect(compareTracks({ ladder: capped, members, allPct: 3.1, releases }).levels[2]!.sentence).toContain(
			'both top out at Computer and Information Systems Managers (≥ $239,200)'
		);
	});
});

describe("growth and openings, summed over each track's members", () => {
	test('Σ projected ÷ Σ base − 1, members on both tracks counted in each', () => {
		expect(c.growth.IT).toMatchObject({ emp_start: 5131600, emp_end: 5616500, openings_annual: 339000 });
		expect(c.growth.IT.members).toHaveLength(15);
		expect(c.growth.IT.pct_change).toBeCloseTo((5616500 / 5131600 - 1) * 100, 10);
		expect(c.growth.IS).toMatchObject({ emp_start: 3609700, emp_end: 3868100, openings_annual: 267800 });
		expect(c.growth.IS.members.map((m) => m.soc_code)).toEqual(['11-3021', '13-1111', '15-1211', '15-1232', '15-1242', '15-1243', '15-1299']);
		expect(c.inBoth).toHaveLength(5);
	});

	test('the sentence states the release, both tracks, all occupations and who counts twice', () => {
		expect(c.growthSentence).toBe(
			'From 2024 to 2034, BLS projects the 15 IT-track occupations to grow 9.4% (from 5,131,600 to 5,616,500 jobs), with 339,000 openings a year, ' +
				'and the 7 IS-track occupations to grow 7.2% (from 3,609,700 to 3,868,100 jobs), with 267,800 openings a year; for all occupations it projects +3.1%. ' +
				"The IT track's occupations are projected to grow faster, and to have more openings a year. " +
				'The 5 occupations on both tracks (Computer and Information Systems Managers, Computer User Support Specialists, Database Administrators, Database Architects and Computer Occupations, All Other) count in each.'
		);
	});

	test('a member without a projection is left out of the sums and named', () => {
		const missing = members.map((m) => (m.soc_code === '15-1221' ? { ...m, emp_start: null, emp_end: null, openings_annual: null, pct_change: null } : m));
		const g = compareTracks({ ladder, members: missing, allPct: 3.1, releases });
		expect(g.growth.IT.emp_start).toBe(5131600 - 40300);
		expect(g.growthSentence).toContain('the 14 IT-track occupations');
		expect(g.growthSentence).toContain('Computer and Information Research Scientists has no projection and is left out.');
	});
});
