/** Which occupations a compare link names, without any data: the codes are a small known map. */
import { describe, expect, test } from 'vitest';
import { compareCodesFromParams, defaultCompare, MAX_COMPARE } from '$lib/compare/params';

const known = new Map([
	['11-3021', 'a'],
	['15-1252', 'b'],
	['15-1242', 'c'],
	['15-1212', 'd'],
	['15-1211', 'e']
]);
const parse = (qs: string) => compareCodesFromParams(new URLSearchParams(qs), known);

describe('compare link parameters', () => {
	test('compare keeps known codes, in order, without duplicates', () => {
		const { codes, problems } = parse('roles=11-3021,99-9999,15-1252,11-3021,abc');
		expect(codes).toEqual(['11-3021', '15-1252']);
		expect(problems).toHaveLength(2);
	});
	test('no roles: the default comparison, no problem', () => {
		expect(parse('')).toEqual({ codes: defaultCompare, problems: [] });
	});
	test('each bad code is named: not a code, or not a detailed occupation', () => {
		const { problems } = parse('roles=abc,99-9999,11-3021,15-1252');
		expect(problems.map((p) => p.message)).toEqual([
			'“abc” is not an occupation code (codes look like 15-1242).',
			'There is no detailed occupation 99-9999 in the BLS data.'
		]);
		expect(problems.every((p) => p.param === 'roles')).toBe(true);
	});
	test('repeated roles= are one list', () => {
		expect(parse('roles=11-3021&roles=15-1252').codes).toEqual(['11-3021', '15-1252']);
	});
	test(`more than ${MAX_COMPARE}: the first ${MAX_COMPARE}, said so`, () => {
		const { codes, problems } = parse('roles=11-3021,15-1252,15-1242,15-1212,15-1211');
		expect(codes).toEqual(['11-3021', '15-1252', '15-1242', '15-1212']);
		expect(problems.map((p) => p.message)).toEqual(['Up to 4 occupations can be compared; the first 4 are shown.']);
	});
	test('fewer than two: asks for more, and says where when one is kept', () => {
		expect(parse('roles=11-3021').problems.at(-1)!.message).toBe('Choose at least 2 occupations to compare; add one below.');
		expect(parse('roles=zz').problems.at(-1)!.message).toBe('Choose at least 2 occupations to compare.');
	});
	test('a long bad code is cut in the message; an unknown setting is named', () => {
		const { problems } = parse(`roles=${'x'.repeat(50)},11-3021,15-1252&sort=1`);
		expect(problems.map((p) => p.param).sort()).toEqual(['roles', 'sort']);
		expect(problems.find((p) => p.param === 'roles')!.message).toContain(`“${'x'.repeat(30)}…”`);
	});
});
