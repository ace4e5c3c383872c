/**
 * The explorer's link: URL parameters ⇄ typed filters. Anything invalid is dropped with a message
 * saying why, and the valid rest of the link still applies.
 */
import { reportUnknownParams, type ParamProblem } from '$lib/link-params';
import { sectorCodeFromParam } from '$lib/industries/params';
import { pricesFromParam, type PriceChoice } from '$lib/prices/prices';
import { stateCodeFromParam } from '$lib/states/params';
import { payShownOfOldLevel } from '$lib/levels/level';
import {
	careerLevelExperience,
	isTrack,
	jobZones,
	levels,
	payShownChoices,
	payShownLabel,
	sortKeys,
	trackChoiceLabel,
	trackChoices,
	type JobZone,
	type Level,
	type PayShown,
	type SortKey,
	type TrackChoice
} from '$lib/vocabulary';

export interface ExplorerFilters {
	q: string;
	track: TrackChoice;
	/** BLS career level (EP related work experience), `career=`; old links' `level=` maps here. */
	career: Level | null;
	/** O*NET Job Zone, `zone=`: an occupation matches when any of its O*NET occupations has it. */
	zone: JobZone | null;
	/** The pay percentile shown, `pay=`, separate from the level. */
	pay: PayShown;
	group: string | null;
	education: string | null;
	/** Two-letter code of a state or territory in the OEWS state file. */
	state: string | null;
	/** NAICS sector of the OEWS sector file (51, 31-33): its jobs and median as columns, its occupations as rows. */
	industry: string | null;
	/** State pay as published or in U.S.-average prices (BEA RPP of the state year). */
	prices: PriceChoice;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

/** The explorer opens on the occupations of the IT and IS tracks; `track=all` in the link lists every occupation. */
export const defaultFilters: ExplorerFilters = {
	q: '',
	track: 'any',
	career: null,
	zone: null,
	pay: 'median',
	group: null,
	education: null,
	state: null,
	industry: null,
	prices: 'local',
	sort: 'jobs',
	dir: 'desc'
};

export const MAX_QUERY_LENGTH = 100;

const knownParams = ['q', 'track', 'career', 'zone', 'pay', 'level', 'group', 'education', 'state', 'industry', 'prices', 'sort', 'dir'];

/** "any (IT or IS occupations)", "IT", …: the track choices as a link writes them. */
const trackNames = trackChoices.map((t) => (isTrack(t) ? t : `${t} (${trackChoiceLabel[t]})`));

/** The values the explorer's menus offer (explorerOptionsQuery): a link naming another value would filter to nothing. */
export interface MenuValues {
	/** Occupation group code → title. */
	groups: ReadonlyMap<string, string>;
	educations: readonly string[];
	/** NAICS sector code → title (the sector file's sectors). */
	sectors?: ReadonlyMap<string, string>;
}

/**
 * Reads filters from a link. `knownStates` (code → name) and `menus`, when given, are the values
 * a `state`, `group` or `education` must be one of.
 */
export function filtersFromParams(
	params: URLSearchParams,
	knownStates?: ReadonlyMap<string, string>,
	menus?: MenuValues
): { filters: ExplorerFilters; problems: ParamProblem[]; notices: string[] } {
	const f: ExplorerFilters = { ...defaultFilters };
	const problems: ParamProblem[] = [];
	/** Settings that were used, but whose meaning changed (an old `level=`). */
	const notices: string[] = [];
	const one = (name: string) => {
		const all = params.getAll(name);
		if (all.length > 1) problems.push({ param: name, message: `"${name}" was given ${all.length} times; using the first` });
		return all[0];
	};
	const q = one('q');
	if (q !== undefined) {
		const trimmed = q.trim();
		if (trimmed.length > MAX_QUERY_LENGTH)
			problems.push({ param: 'q', message: `The search text is ${trimmed.length} characters long; searches are limited to ${MAX_QUERY_LENGTH}.` });
		else f.q = trimmed;
	}
	const track = one('track');
	if (track !== undefined) {
		const t = trackChoices.find((x) => x.toLowerCase() === track.toLowerCase());
		if (t) f.track = t;
		else problems.push({ param: 'track', message: `There is no track "${track}". Tracks are ${trackNames.slice(0, -1).join(', ')} or ${trackNames.at(-1)}.` });
	}
	const career = one('career');
	if (career !== undefined) {
		const l = levels.find((x) => x === career.toLowerCase());
		if (l) f.career = l;
		else
			problems.push({ param: 'career', message: `There is no career level "${career}". Levels are ${levels.slice(0, -1).join(', ')} and ${levels.at(-1)}.` });
	}
	const zone = one('zone');
	if (zone !== undefined) {
		const z = jobZones.find((x) => String(x) === zone.trim());
		if (z) f.zone = z;
		else problems.push({ param: 'zone', message: `There is no Job Zone "${zone.slice(0, 20)}". O*NET's Job Zones are 1 to 5.` });
	}
	const pay = one('pay');
	if (pay !== undefined) {
		const k = (Object.keys(payShownChoices) as PayShown[]).find((x) => x === pay.toLowerCase());
		if (k) f.pay = k;
		else problems.push({ param: 'pay', message: `There is no pay choice "${pay.slice(0, 20)}". Choose ${Object.keys(payShownChoices).join(', ')}.` });
	}
	// Before issue 18, `level=` chose a pay percentile standing for the level. It is read as the
	// career level now, keeping the pay it showed, and the link says that the meaning changed.
	const level = one('level');
	if (level !== undefined) {
		const l = levels.find((x) => x === level.toLowerCase());
		if (!l) problems.push({ param: 'level', message: `There is no level "${level}". Levels are ${levels.slice(0, -1).join(', ')} and ${levels.at(-1)}.` });
		else {
			if (career === undefined) f.career = l;
			if (pay === undefined) f.pay = payShownOfOldLevel(l);
			notices.push(oldLevelNotice(l, f.pay));
		}
	}
	const group = one('group');
	if (group !== undefined) {
		if (!/^\d{2}-0000$/.test(group)) problems.push({ param: 'group', message: `"${group}" is not an occupation group code (like 15-0000).` });
		else if (menus && !menus.groups.has(group))
			problems.push({
				param: 'group',
				message: `There is no occupation group ${group} with BLS pay or projections. Groups are ${[...menus.groups.keys()].join(', ')}.`
			});
		else f.group = group;
	}
	const edu = one('education');
	if (edu !== undefined) {
		const plain = (s: string) => s.toLowerCase().replace(/’/g, "'");
		const known = menus?.educations.find((e) => plain(e) === plain(edu.trim()));
		if (known) f.education = known;
		else if (menus)
			problems.push({
				param: 'education',
				message: `There is no education level "${edu.slice(0, 80)}". BLS uses these education levels: ${menus.educations.join('; ')}.`
			});
		else if (edu.length <= 80 && /^[\w ,'’.-]+$/.test(edu)) f.education = edu;
		else problems.push({ param: 'education', message: 'That education level is not one BLS uses.' });
	}
	const state = one('state');
	if (state !== undefined) {
		const code = stateCodeFromParam(state);
		if (code && (!knownStates || knownStates.has(code))) f.state = code;
		else problems.push({ param: 'state', message: `There is no state "${state.slice(0, 40)}" in the BLS state file. Use a two-letter code such as TX.` });
	}
	const industry = one('industry');
	if (industry !== undefined) {
		const code = sectorCodeFromParam(industry);
		const known = menus?.sectors;
		if (code && (!known || known.has(code))) f.industry = code;
		else
			problems.push({
				param: 'industry',
				message: `There is no industry sector “${industry.slice(0, 40)}” in the BLS sector file.${known ? ` Sectors are ${[...known.keys()].join(', ')}.` : ' Use a NAICS sector code such as 52.'}`
			});
	}
	const prices = one('prices');
	if (prices !== undefined) {
		const p = pricesFromParam(prices);
		f.prices = p.prices;
		if (p.problem) problems.push({ param: 'prices', message: p.problem });
	}
	const sort = one('sort');
	if (sort !== undefined) {
		const s = sortKeys.find((x) => x === sort);
		if (s) f.sort = s;
		else problems.push({ param: 'sort', message: `Cannot sort by "${sort}". Sort by ${sortKeys.join(', ')}.` });
	}
	const dir = one('dir');
	if (dir !== undefined) {
		if (dir === 'asc' || dir === 'desc') f.dir = dir;
		else problems.push({ param: 'dir', message: `"${dir}" is not a sort direction (asc or desc).` });
	}
	if (!f.q && f.sort === 'relevance') f.sort = 'jobs';
	if (f.sort === 'statepay' && !f.state) {
		problems.push({ param: 'sort', message: 'Sorting by state pay needs a state; sorted by jobs instead.' });
		f.sort = f.q ? 'relevance' : 'jobs';
	}
	if ((f.sort === 'sectorjobs' || f.sort === 'sectorpay') && !f.industry) {
		problems.push({ param: 'sort', message: 'Sorting by an industry’s jobs or pay needs an industry; sorted by jobs instead.' });
		f.sort = f.q ? 'relevance' : 'jobs';
	}
	if (f.q && sort === undefined) f.sort = 'relevance';
	reportUnknownParams(params, knownParams, problems);
	return { filters: f, problems, notices };
}

/** What an old `level=` link now shows, said on the page. */
export const oldLevelNotice = (l: Level, pay: PayShown) =>
	`This link is from before “level” meant the BLS career level. It used to show a pay percentile standing for the ${l} level; ` +
	`it now lists occupations whose EP work experience in a related occupation is “${careerLevelExperience[l]}”, with pay shown at the ${payShownLabel[pay].toLowerCase()}.`;

/** The URL query string for filters, leaving out defaults, so links stay short. */
export function filtersToParams(f: ExplorerFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.q) p.set('q', f.q);
	if (f.track !== defaultFilters.track) p.set('track', f.track);
	if (f.career) p.set('career', f.career);
	if (f.zone) p.set('zone', String(f.zone));
	if (f.pay !== defaultFilters.pay) p.set('pay', f.pay);
	if (f.group) p.set('group', f.group);
	if (f.education) p.set('education', f.education);
	if (f.state) p.set('state', f.state);
	if (f.industry) p.set('industry', f.industry);
	if (f.prices !== 'local') p.set('prices', f.prices);
	const defaultSort = f.q ? 'relevance' : 'jobs';
	if (f.sort !== defaultSort || f.dir !== 'desc') {
		p.set('sort', f.sort);
		p.set('dir', f.dir);
	}
	return p;
}

/** The filters a person changing `change` asks for: a new search re-sorts by relevance. */
export function nextFilters(current: ExplorerFilters, change: Partial<ExplorerFilters>): ExplorerFilters {
	const next = { ...current, ...change };
	if ('q' in change && !('sort' in change)) {
		next.sort = next.q ? 'relevance' : 'jobs';
		next.dir = 'desc';
	}
	return next;
}

/** The direction a click on a sortable header asks for: desc first, asc for titles, flipped on the current key. */
export function sortChange(current: Pick<ExplorerFilters, 'sort' | 'dir'>, sort: SortKey): Pick<ExplorerFilters, 'sort' | 'dir'> {
	return { sort, dir: current.sort === sort && current.dir === 'desc' ? 'asc' : sort === 'title' && current.sort !== 'title' ? 'asc' : 'desc' };
}
