/** Article claims against BLS figures: match rules, verdicts and their words, on hand-written rows. */
import { describe, expect, test } from 'vitest';
import type { ClaimRow } from '$lib/schema/tables';
import { claimCodeConventions, claimsAbout, expandClaims, judgeClaim, matchKind } from '$lib/trends/claims';
import { proj, wage } from './rows';

const claim = (v: Partial<ClaimRow>): ClaimRow => ({
	claim_id: 't_01',
	seed_file: 'seed.md',
	article_title: 'An article',
	article_date: null,
	quote: 'A quote.',
	metric: 'pct_change',
	value: 16,
	unit: 'percent',
	period: null,
	soc_codes: ['11-3021'],
	notes: null,
	...v
});

// 11-3021 in two releases: +16.2% (2021–31), +15.2% (2024–34).
const managers = [proj(2021, '11-3021', { pct_change: 16.2 }), proj(2024, '11-3021', { pct_change: 15.2 })];
const judge = (c: ClaimRow, targets = ['11-3021'], rows = managers) => judgeClaim(c, targets, '11-3021 Managers', null, rows, []);

test('match rules', () => {
	expect(matchKind({ metric: 'pct_change', value: 16 }, 16.2, 1)).toBe('rounded');
	expect(matchKind({ metric: 'pct_change', value: 15 }, 17.4, 1)).toBeNull();
	expect(matchKind({ metric: 'pct_change', value: 15.2 }, 15.2, 1)).toBe('same');
	expect(matchKind({ metric: 'median_wage', value: 105000 }, 104620, 1)).toBe('rounded');
	expect(matchKind({ metric: 'median_wage', value: 104000 }, 104620, 1)).toBeNull();
	expect(matchKind({ metric: 'openings_annual', value: 317700 }, 317600, 15)).toBe('rounded');
	expect(matchKind({ metric: 'openings_annual', value: 317700 }, 317600, 1)).toBeNull();
});

describe('verdicts', () => {
	test('outdated: an older release’s figure, rounded, in the release the article names', () => {
		const c = judge(claim({ value: 16, period: '2021-2031' }));
		expect(c.figures.map((f) => [f.label, f.value, f.match])).toEqual([
			['EP 2021–31', 16.2, 'rounded'],
			['EP 2024–34', 15.2, null]
		]);
		expect(c.verdict).toBe('outdated');
		expect(c.verdict_text).toBe('Matches EP 2021–31 (+16.2%); the newer EP 2024–34 figure is +15.2%.');
		expect(c.period_status).toBe('as_named');
		expect(c.period_note).toBe('Matches the release the article names, EP 2021–31 (+16.2%).');
	});
	test('rounded, though the article names another release', () => {
		const c = judge(claim({ value: 15, period: '2021-2031' }));
		expect(c.verdict).toBe('rounded');
		expect(c.verdict_text).toBe('EP 2024–34 publishes +15.2%; the quote rounds it.');
		expect(c.period_status).toBe('differs');
		expect(c.period_note).toBe('The article names 2021–2031, but EP 2021–31 publishes +16.2%; the quoted figure matches EP 2024–34.');
	});
	test('not found, and a period the data does not have', () => {
		const c = judge(claim({ value: 20, period: '2023-2033' }));
		expect(c.verdict).toBe('not_found');
		expect(c.verdict_text).toBe('No release publishes this figure for 11-3021 Managers: EP 2021–31 +16.2%, EP 2024–34 +15.2%.');
		expect(c.period_status).toBe('not_in_data');
		expect(c.period_note).toBe('The article names 2023–2033; there is no comparable 2023–33 figure in the data.');
		expect(judge(claim({ value: 20 }), ['11-3021'], []).verdict_text).toBe('BLS publishes no comparable figure for 11-3021 Managers.');
	});
	test('openings of several occupations are summed; a sum of rounded counts may differ by 50 each', () => {
		const rows = [proj(2024, '15-1242', { openings_annual: 150000 }), proj(2024, '15-1243', { openings_annual: 167600 })];
		const c = judgeClaim(claim({ metric: 'openings_annual', value: 317700, unit: 'jobs' }), ['15-1242', '15-1243'], 'two', null, rows, []);
		expect(c.current).toMatchObject({ label: 'EP 2024–34', value: 317600, codes: ['15-1242', '15-1243'], match: 'rounded' });
		expect(c.verdict_text).toBe('EP 2024–34 publishes 317,600; the quote rounds it (a sum of 2 published figures, each rounded).');
		expect(c.period_status).toBe('not_stated');
		expect(c.period_note).toBe('The article names no period; the figure matches EP 2024–34.');
	});
	test('growth of several occupations is recomputed from their summed employment', () => {
		const rows = [proj(2024, '15-1242', { emp_start: 1000, emp_end: 1100 }), proj(2024, '15-1243', { emp_start: 3000, emp_end: 3050 })];
		expect(judgeClaim(claim({ value: 3.8 }), ['15-1242', '15-1243'], 'two', null, rows, []).current).toMatchObject({ value: 3.8, match: 'same' });
	});
	test('a median only from one code standing for the occupation alone, published', () => {
		const wages = [
			wage(2018, '15-1141', { covers: ['15-1242', '15-1243'], a_median: 104620 }),
			wage(2023, '15-1242', { a_median: 104620, a_median_flag: 'suppressed' }),
			wage(2024, '15-1242', { a_median: 104620 }),
			wage(2025, '15-1242', { a_median: 104620 })
		];
		const c = judgeClaim(claim({ metric: 'median_wage', value: 104620, unit: 'dollars', soc_codes: ['15-1242'] }), ['15-1242'], '15-1242', null, [], wages);
		expect(c.figures.map((f) => [f.label, f.match])).toEqual([
			['OEWS May 2024', 'same'],
			['OEWS May 2025', 'same']
		]);
		expect(c.verdict).toBe('same');
		expect(c.verdict_text).toBe('OEWS May 2025 publishes $104,620, the figure quoted.');
	});
});

describe('which occupations a claim is about', () => {
	const occupations = [
		{ soc_code: '15-1200', title: 'Computer Occupations', soc_level: 'minor' as const },
		{ soc_code: '15-1211', title: 'Computer Systems Analysts', soc_level: 'detailed' as const },
		{ soc_code: '15-1242', title: 'Database Administrators', soc_level: 'detailed' as const },
		{ soc_code: '15-1243', title: 'Database Architects', soc_level: 'detailed' as const },
		{ soc_code: '15-2011', title: 'Actuaries', soc_level: 'detailed' as const }
	];
	test('detailed codes stand for themselves; a group code for its detailed occupations, after the table’s conventions', () => {
		const [db, group] = expandClaims([claim({ soc_codes: ['15-1243', '15-1242'] }), claim({ claim_id: 't_02', soc_codes: ['15-0000'] })], occupations);
		expect(db).toMatchObject({ targets: ['15-1242', '15-1243'], label: '15-1243 Database Architects + 15-1242 Database Administrators', convention: null });
		expect(group).toMatchObject({
			targets: ['15-1211', '15-1242', '15-1243'],
			label: '15-1200 Computer Occupations',
			convention: claimCodeConventions['15-0000']!.why
		});
	});
	test('claimsAbout: the claims that name the occupation’s own code', () => {
		const checks = [judge(claim({ claim_id: 'a', soc_codes: ['11-3021'] })), judge(claim({ claim_id: 'b', soc_codes: ['15-1242', '15-1243'] }))];
		expect(claimsAbout(checks, '15-1242').map((c) => c.claim_id)).toEqual(['b']);
		expect(claimsAbout(checks, '15-1252')).toEqual([]);
	});
});
