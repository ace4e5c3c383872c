/** The words the trend charts use for SOC changes and track-record comparisons. */
import { describe, expect, test } from 'vitest';
import { sourceNote, trackComparisonText, trackNote, versionPrefix, yearsRange } from '$lib/trends/notes';
import { titles } from './rows';

const row = (soc_code: string, soc_version: string, covers: string[], title = `Title of ${soc_code}`) => ({ soc_code, title, soc_version, covers });

describe('sourceNote', () => {
	const span = 'May 2014–2018';
	test('same and none', () => {
		expect(sourceNote('11-3021', span, 2014, 2018, [{ row: row('11-3021', '2010', ['11-3021']), relation: 'same' }], titles)).toEqual({
			from: 2014,
			to: 2018,
			kind: 'same',
			text: 'May 2014–2018: published as 11-3021.'
		});
		expect(sourceNote('15-1242', 'EP 2016–26', 2016, 2016, [], titles)).toEqual({
			from: 2016,
			to: 2016,
			kind: 'none',
			text: 'EP 2016–26: BLS published no estimate that includes this occupation.'
		});
	});
	test('recoded, split and aggregate name the code published, with its SOC version', () => {
		expect(sourceNote('15-1211', span, 2014, 2018, [{ row: row('15-1121', '2010', ['15-1211']), relation: 'recoded' }], titles).text).toBe(
			'May 2014–2018: published as SOC 2010 15-1121 Title of 15-1121, which maps to 15-1211 alone; the line continues.'
		);
		expect(sourceNote('15-1242', span, 2014, 2018, [{ row: row('15-1141', '2010', ['15-1242', '15-1243']), relation: 'split' }], titles).text).toBe(
			'May 2014–2018: BLS published SOC 2010 15-1141 Title of 15-1141, which SOC 2018 split into 15-1242 Database Administrators; 15-1243 Database Architects. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.'
		);
		expect(
			sourceNote(
				'15-1242',
				'May 2019–2020',
				2019,
				2020,
				[{ row: row('15-1245', '2018-hybrid', ['15-1242', '15-1243', '15-9999']), relation: 'aggregate' }],
				titles
			).text
		).toBe(
			'May 2019–2020: BLS published only hybrid 15-1245 Title of 15-1245, an aggregate of 15-1242 Database Administrators; 15-1243 Database Architects; 15-9999. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.'
		);
	});
	test('merged lists every code that fed the occupation', () => {
		const src = [
			{ row: row('15-1199', '2010', ['15-1243', '15-1299']), relation: 'merged' as const },
			{ row: row('43-9011', '2010', ['15-1299']), relation: 'merged' as const }
		];
		expect(sourceNote('15-1299', 'May 2018', 2018, 2018, src, titles).text).toBe(
			'May 2018: this occupation was formed from parts of several SOC 2010 codes (15-1199 Title of 15-1199; 43-9011 Title of 43-9011). No published figure stands for it alone; those codes are in the data table, not on the chart.'
		);
	});
	test('year spans and version prefixes', () => {
		expect([yearsRange([2014, 2015, 2018]), yearsRange([2019]), yearsRange([])]).toEqual(['May 2014–2018', 'May 2019', '']);
		expect([versionPrefix('2010'), versionPrefix('2018-hybrid'), versionPrefix('2018'), versionPrefix(undefined)]).toEqual(['SOC 2010 ', 'hybrid ', '', '']);
	});
});

describe('trackNote', () => {
	const base = {
		target: '15-1242',
		codes: ['15-1141'],
		covers: ['15-1242', '15-1243'],
		alsoFed: { codes: ['15-1199'], occupations: ['15-1243'] },
		measuredLabel: '2024–34'
	};
	test('one sentence per kind of comparison', () => {
		expect(trackNote({ ...base, comparison: 'same occupation', codes: ['15-1242'] })).toBe('');
		expect(trackNote({ ...base, comparison: 'same occupation', codes: ['15-1141'] })).toBe('15-1141 maps to 15-1242 alone.');
		expect(trackNote({ ...base, comparison: 'same set of occupations' })).toBe(
			'15-1141 covered 15-1242 + 15-1243; compared with the sum of those occupations.'
		);
		expect(trackNote({ ...base, comparison: 'approximate' })).toBe(
			'15-1141 covered 15-1242 + 15-1243, but 15-1199 also fed 15-1243; the comparison is approximate.'
		);
		expect(trackNote({ ...base, comparison: 'not comparable' })).toBe('The 2024–34 release has no codes that cover exactly 15-1242 + 15-1243.');
	});
});

describe('trackComparisonText', () => {
	const row = {
		release: '2016–26',
		period_start: 2016,
		period_end: 2026,
		emp_start: 367600,
		emp_end: 411800,
		measured_year: 2024,
		path: 402960,
		measured_release: '2024–34',
		measured: 667100,
		gap_pct: 65.5,
		pace: 'ahead',
		covers: ['11-3021']
	};
	test('says what is compared: the straight path to the year and the measured figure', () => {
		expect(trackComparisonText(row)).toBe(
			'EP 2016–26 projected 2024 employment on a straight path: 402,960 (367,600 in 2016 to 411,800 in 2026); EP 2024–34 measured 2024: 667,100. +65.5%: ahead.'
		);
		expect(trackComparisonText({ ...row, measured: null, gap_pct: null, pace: null, covers: ['15-1242', '15-1243'] })).toMatch(
			/ for 15-1242 \+ 15-1243; EP 2024–34 has no figure for the same occupations\.$/
		);
	});
});
