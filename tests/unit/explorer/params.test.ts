/** The explorer's link: parameters ⇄ filters, without a database. */
import { describe, expect, test } from 'vitest';
import { stateCodeFromParam } from '$lib/states/params';
import { filtersFromParams, filtersToParams, nextFilters, sortChange, defaultFilters } from '$lib/explorer/params';

describe('explorer link parameters', () => {
	test('round-trip and defaults', () => {
		const { filters, problems } = filtersFromParams(new URLSearchParams('q=dba&track=IS&career=mid&zone=4&pay=p90&group=15-0000'));
		expect(problems).toEqual([]);
		expect([filters.career, filters.zone, filters.pay]).toEqual(['mid', 4, 'p90']);
		expect(filtersFromParams(filtersToParams(filters)).filters).toEqual(filters);
		expect(filtersToParams(filtersFromParams(new URLSearchParams('')).filters).toString()).toBe('');
	});
	test('bad values are named and dropped, good ones kept', () => {
		const { filters, problems } = filtersFromParams(new URLSearchParams(`track=it&level=expert&q=${'a'.repeat(10_000)}&group=<script>&x=1&track=IS`));
		expect(filters.track).toBe('IT');
		expect(filters.career).toBeNull();
		expect(filters.q).toBe('');
		expect(problems.map((p) => p.param).sort()).toEqual(['group', 'level', 'q', 'track', 'x']);
	});
	test('messages list the values the vocabulary has', () => {
		const { problems } = filtersFromParams(new URLSearchParams('track=xx&level=yy'));
		expect(problems.map((p) => p.message)).toEqual([
			'There is no track "xx". Tracks are any (IT or IS occupations), IT, IS or all (All occupations).',
			'There is no level "yy". Levels are entry, mid and senior.'
		]);
	});
	test('an old level= link maps to the career level with the pay it showed, and says the meaning changed', () => {
		const { filters, problems, notices } = filtersFromParams(new URLSearchParams('track=IS&level=senior'));
		expect(problems).toEqual([]);
		expect([filters.career, filters.pay]).toEqual(['senior', 'p75']);
		expect(notices[0]).toContain('“5 years or more”');
		expect(filtersToParams(filters).toString()).toBe('track=IS&career=senior&pay=p75');
		// A pay chosen in the link wins over the old level's.
		expect(filtersFromParams(new URLSearchParams('level=entry&pay=p90')).filters.pay).toBe('p90');
		expect(filtersFromParams(new URLSearchParams('zone=7&pay=p99')).problems.map((p) => p.param)).toEqual(['zone', 'pay']);
	});
	test('the explorer opens on the IT and IS occupations; every occupation is track=all, kept in the link', () => {
		expect(defaultFilters.track).toBe('any');
		expect(filtersFromParams(new URLSearchParams('')).filters.track).toBe('any');
		expect(filtersToParams({ ...defaultFilters, track: 'all' }).toString()).toBe('track=all');
		expect(filtersToParams({ ...defaultFilters, track: 'any' }).toString()).toBe('');
		expect(filtersFromParams(new URLSearchParams('track=all')).filters.track).toBe('all');
		expect(filtersFromParams(new URLSearchParams('track=ANY')).filters.track).toBe('any');
	});
	test('a state is a known two-letter code; sorting by state pay needs one', () => {
		const known = new Map([['TX', 'Texas']]);
		expect(filtersFromParams(new URLSearchParams('state=tx'), known).filters.state).toBe('TX');
		expect(filtersFromParams(new URLSearchParams('state=ZZ'), known).problems[0]!.param).toBe('state');
		const { filters, problems } = filtersFromParams(new URLSearchParams('sort=statepay'));
		expect(filters.sort).toBe('jobs');
		expect(problems[0]!.message).toMatch(/needs a state/);
	});
	test('a search sorts by relevance unless the link says otherwise', () => {
		expect(filtersFromParams(new URLSearchParams('q=web')).filters.sort).toBe('relevance');
		expect(filtersFromParams(new URLSearchParams('q=web&sort=pay&dir=asc')).filters).toMatchObject({ sort: 'pay', dir: 'asc' });
		expect(nextFilters(defaultFilters, { q: 'web' })).toMatchObject({ sort: 'relevance', dir: 'desc' });
		expect(nextFilters({ ...defaultFilters, q: 'web', sort: 'relevance' }, { q: '' })).toMatchObject({ sort: 'jobs' });
	});
	test('a header click sorts descending first, titles ascending, and flips the current key', () => {
		expect(sortChange(defaultFilters, 'pay')).toEqual({ sort: 'pay', dir: 'desc' });
		expect(sortChange(defaultFilters, 'title')).toEqual({ sort: 'title', dir: 'asc' });
		expect(sortChange({ sort: 'pay', dir: 'desc' }, 'pay')).toEqual({ sort: 'pay', dir: 'asc' });
	});
	test('state links: case, round trip, unknown codes, statepay without a state', () => {
		expect(filtersFromParams(new URLSearchParams('state=tx')).filters.state).toBe('TX');
		const f = filtersFromParams(new URLSearchParams('state=TX&sort=statepay&dir=asc')).filters;
		expect(filtersToParams(f).toString()).toBe('state=TX&sort=statepay&dir=asc');
		const bad = filtersFromParams(new URLSearchParams('state=ZZ&sort=statepay'), new Map([['TX', 'Texas']]));
		expect(bad.filters.state).toBeNull();
		expect(bad.filters.sort).toBe('jobs');
		expect(bad.problems.map((p) => p.param).sort()).toEqual(['sort', 'state']);
		expect(filtersFromParams(new URLSearchParams('state=<script>')).problems[0]!.param).toBe('state');
		expect(stateCodeFromParam(' ny ')).toBe('NY');
		expect(stateCodeFromParam('New York')).toBeNull();
	});
});

describe('a link must name a group and an education level the menus offer', () => {
	const menus = {
		groups: new Map([
			['11-0000', 'Management Occupations'],
			['15-0000', 'Computer and Mathematical Occupations']
		]),
		educations: ["Bachelor's degree", 'Some college, no degree']
	};
	test('a well-formed group the data does not have is named, with the groups there are', () => {
		const { filters, problems } = filtersFromParams(new URLSearchParams('group=99-0000&track=IT'), undefined, menus);
		expect(filters.group).toBeNull();
		expect(filters.track).toBe('IT');
		expect(problems).toEqual([{ param: 'group', message: 'There is no occupation group 99-0000 with BLS pay or projections. Groups are 11-0000, 15-0000.' }]);
		// Military Specific Occupations exist in the SOC but have no OEWS or EP figures: not in the menus, so not accepted.
		expect(filtersFromParams(new URLSearchParams('group=55-0000'), undefined, menus).problems[0]!.param).toBe('group');
		expect(filtersFromParams(new URLSearchParams('group=15-0000'), undefined, menus).filters.group).toBe('15-0000');
	});
	test('an education level is one BLS uses, in any case and with either apostrophe', () => {
		expect(filtersFromParams(new URLSearchParams('education=bachelor’s DEGREE'), undefined, menus).filters.education).toBe("Bachelor's degree");
		const { filters, problems } = filtersFromParams(new URLSearchParams('education=PhD'), undefined, menus);
		expect(filters.education).toBeNull();
		expect(problems).toEqual([
			{ param: 'education', message: `There is no education level "PhD". BLS uses these education levels: Bachelor's degree; Some college, no degree.` }
		]);
	});
	test('without the menus, any well-formed value passes (the check needs the values)', () => {
		expect(filtersFromParams(new URLSearchParams('group=99-0000&education=PhD')).filters).toMatchObject({ group: '99-0000', education: 'PhD' });
	});
});
