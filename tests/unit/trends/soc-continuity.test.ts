/** Which published code stands for an occupation, on hand-written rows. */
import { describe, expect, test } from 'vitest';
import { aggregates, continuous, coveringRows, exactCover, lineOf, runs, sourcesFor, sourcesKey, withCoverage } from '$lib/trends/soc-continuity';

const rows = [
	{ soc_code: '15-1141', covers: ['15-1242', '15-1243'], is_aggregate: false },
	{ soc_code: '15-1199', covers: ['15-1243', '15-1299'], is_aggregate: false }
];

describe('sourcesFor', () => {
	test('a code SOC 2018 split is "split"; two codes feeding one occupation are "merged"', () => {
		expect(sourcesFor('15-1242', rows).map((s) => s.relation)).toEqual(['split']);
		expect(sourcesFor('15-1243', rows).map((s) => s.relation)).toEqual(['merged', 'merged']);
	});
	test('the own code is "same", a 1:1 other code "recoded", a published aggregate "aggregate", nothing is []', () => {
		expect(sourcesFor('11-3021', [{ soc_code: '11-3021', covers: ['11-3021'], is_aggregate: false }])[0]!.relation).toBe('same');
		expect(sourcesFor('15-1211', [{ soc_code: '15-1121', covers: ['15-1211'], is_aggregate: false }])[0]!.relation).toBe('recoded');
		expect(sourcesFor('15-1242', [{ soc_code: '15-1245', covers: ['15-1242', '15-1243'], is_aggregate: true }])[0]!.relation).toBe('aggregate');
		expect(sourcesFor('15-1242', [{ soc_code: '15-1252', covers: ['15-1252'], is_aggregate: false }])).toEqual([]);
	});
	test('only same and recoded continue the line; merged codes are not drawn', () => {
		expect((['same', 'recoded', 'split', 'aggregate', 'merged'] as const).map(continuous)).toEqual([true, true, false, false, false]);
		const row = { soc_code: '15-1141' };
		expect([
			lineOf({ row, relation: 'same' }),
			lineOf({ row, relation: 'recoded' }),
			lineOf({ row, relation: 'split' }),
			lineOf({ row, relation: 'merged' })
		]).toEqual(['main', 'main', '15-1141', null]);
	});
	test('sourcesKey names a year by its codes and relations, "none" when nothing stood for it', () => {
		expect(sourcesKey(sourcesFor('15-1243', rows))).toBe('15-1141:merged,15-1199:merged');
		expect(sourcesKey([])).toBe('none');
	});
});

describe('exactCover', () => {
	test('the codes must cover the set exactly: all of it, and nothing else', () => {
		expect(exactCover(['15-1242', '15-1243'], rows)).toBeNull();
		expect(exactCover(['15-1242', '15-1243', '15-1299'], rows)).toHaveLength(2);
		expect(exactCover(['15-1242'], [{ covers: ['15-1242'] }, { covers: ['15-1252'] }])).toEqual([{ covers: ['15-1242'] }]);
		expect(exactCover(['15-1242'], [{ covers: ['15-1252'] }])).toBeNull();
	});
});

describe('coveringRows and withCoverage', () => {
	const cover = [
		{ period: 1, soc_code: 'a', is_aggregate: false, covers: ['x', 'y'] },
		{ period: 1, soc_code: 'b', is_aggregate: false, covers: ['y', 'z'] },
		{ period: 1, soc_code: 'c', is_aggregate: false, covers: ['w'] }
	];
	test('codes covering the targets, and one step further, with "direct" for the targets themselves', () => {
		expect(coveringRows(cover, ['x']).map((r) => [r.soc_code, r.direct])).toEqual([
			['a', true],
			['b', false]
		]);
	});
	test('figures are joined by period and code; a code without figures is left out', () => {
		const values = [{ year: 1, soc_code: 'a', v: 10 }];
		expect(withCoverage(coveringRows(cover, ['x']), values, (v) => v.year)).toEqual([
			{ year: 1, soc_code: 'a', v: 10, is_aggregate: false, covers: ['x', 'y'], direct: true }
		]);
	});
});

test('runs groups consecutive years with the same key', () => {
	expect(runs([2014, 2015, 2016, 2017], (y) => (y < 2016 ? 'a' : 'b'))).toEqual([
		{ key: 'a', years: [2014, 2015] },
		{ key: 'b', years: [2016, 2017] }
	]);
	expect(runs([], () => 1)).toEqual([]);
});

test('the aggregate list: each code once per SOC version, with parts that are SOC codes other than itself', () => {
	const seen = new Set<string>();
	for (const a of aggregates) {
		expect(seen.has(`${a.soc} ${a.code}`), `${a.soc} ${a.code}`).toBe(false);
		seen.add(`${a.soc} ${a.code}`);
		expect(a.parts.length).toBeGreaterThan(0);
		for (const p of a.parts) expect(p).toMatch(/^\d{2}-\d{4}$/);
		expect(a.parts).not.toContain(a.code);
	}
});
