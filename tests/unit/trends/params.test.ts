/** The /trends link: ?role= and &dollars=. */
import { describe, expect, test } from 'vitest';
import { defaultTrendRole, trendHref, trendParams } from '$lib/trends/params';

describe('the /trends link', () => {
	const known = new Map([
		['11-3021', 'Computer and Information Systems Managers'],
		['15-1242', 'Database Administrators']
	]);
	test('reads role and dollars, and explains what it cannot use', () => {
		expect(trendParams(new URLSearchParams('role=15-1242&dollars=constant'), known)).toEqual({ role: '15-1242', mode: 'constant', problems: [] });
		const bad = trendParams(new URLSearchParams('role=99-9999&dollars=euros&x=1'), known);
		expect(bad.role).toBe('11-3021');
		expect(bad.mode).toBe('current');
		expect(bad.problems.map((p) => p.param)).toEqual(['role', 'dollars', 'x']);
	});
	test('a role that is not a code, and a role given twice', () => {
		expect(trendParams(new URLSearchParams('role=<b>'), known).problems[0]!.message).toBe('“<b>” is not an occupation code (codes look like 15-1242).');
		const twice = trendParams(new URLSearchParams('role=15-1242&role=11-3021'), known);
		expect(twice.role).toBe('15-1242');
		expect(twice.problems[0]!.message).toBe('"role" was given 2 times; using the first.');
	});
	test('links leave out what is the default', () => {
		expect(trendHref('/trends', defaultTrendRole, 'current')).toBe('/trends');
		expect(trendHref('/trends', '15-1242', 'constant')).toBe('/trends?role=15-1242&dollars=constant');
		expect(trendParams(new URL(`http://x${trendHref('/trends', '15-1242', 'constant')}`).searchParams, known)).toMatchObject({
			role: '15-1242',
			mode: 'constant'
		});
	});
});
