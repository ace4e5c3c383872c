/**
 * IT or IS, from the rows of the tracks queries: pay level by level (the article's ladder beside
 * the BLS pay of the occupations its roles map to) and each track's projected growth and openings,
 * summed over its member occupations, with the sentences the overview states. Pure, so a test
 * can check every sentence against its numbers without a database.
 */
import { count, dollars, percentChange } from '$lib/format';
import { levelLabel, levels, tracks, type Level, type Track } from '$lib/vocabulary';
import type { LadderPay, TrackMemberFigures } from './rows';

export interface LevelSide {
	track: Track;
	/** The track's ladder roles at this level, lowest article estimate first. */
	roles: LadderPay[];
	/** The article's estimates for those roles, lowest and highest; null with no role. */
	estimate: { low: number; high: number } | null;
	/** The occupations the roles map to, each once, with a BLS median, lowest median first. */
	occupations: LadderPay[];
	/** Occupations the roles map to that have no published BLS median. */
	unpublished: string[];
}

export interface LevelComparison {
	level: Level;
	sides: Record<Track, LevelSide>;
	sentence: string;
}

export interface TrackGrowth {
	track: Track;
	/** The track's member occupations, those on both tracks included. */
	members: TrackMemberFigures[];
	/** Members without a projection in the release, left out of the sums. */
	unprojected: string[];
	emp_start: number;
	emp_end: number;
	/** Σ projected ÷ Σ base employment − 1, in percent; null with no projected member. */
	pct_change: number | null;
	openings_annual: number;
}

export interface TrackComparison {
	levels: LevelComparison[];
	growth: Record<Track, TrackGrowth>;
	/** Occupations on both tracks: counted in each. */
	inBoth: TrackMemberFigures[];
	growthSentence: string;
}

interface Input {
	ladder: LadderPay[];
	members: TrackMemberFigures[];
	/** Growth of all occupations in the same EP release, percent. */
	allPct: number;
	releases: { oews_year: number; ep_start: number; ep_end: number };
}

const median = (r: LadderPay) => dollars(r.a_median, r.a_median_flag);
const hasMedian = (r: LadderPay) => r.a_median !== null && r.a_median_flag !== 'suppressed' && r.a_median_flag !== 'not_applicable';
const list = (xs: string[]) => (xs.length < 3 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const onTrack = (m: TrackMemberFigures, t: Track) => m.track === t || m.track === 'both';

function side(ladder: LadderPay[], level: Level, track: Track): LevelSide {
	const roles = ladder.filter((r) => r.level === level && r.track === track).sort((a, b) => a.median_salary - b.median_salary);
	const byCode = new Map(roles.map((r) => [r.soc_code, r]));
	const occupations = [...byCode.values()].filter(hasMedian).sort((a, b) => a.a_median! - b.a_median!);
	const salaries = roles.map((r) => r.median_salary);
	return {
		track,
		roles,
		estimate: salaries.length ? { low: Math.min(...salaries), high: Math.max(...salaries) } : null,
		occupations,
		unpublished: [...byCode.values()].filter((r) => !hasMedian(r)).map((r) => r.title)
	};
}

/** "the lowest-paid IT occupation, Web Developers ($92,650), pays more than the lowest-paid IS one, …" */
function endPhrase(end: 'low' | 'high', it: LadderPay, is: LadderPay): { text: string; higher: Track | null } {
	const verb = end === 'low' ? 'start at' : 'top out at';
	if (it.soc_code === is.soc_code) return { text: `both ${verb} ${it.title} (${median(it)}), an occupation on both ladders`, higher: null };
	if (it.a_median === is.a_median) return { text: `both ${verb} ${median(it)} (${it.title} for IT, ${is.title} for IS)`, higher: null };
	const [hi, lo] = it.a_median! > is.a_median! ? [it, is] : [is, it];
	const which = end === 'low' ? 'lowest-paid' : 'best-paid';
	return {
		text: `the ${which} ${hi.track} occupation, ${hi.title} (${median(hi)}), pays more than the ${which} ${lo.track} one, ${lo.title} (${median(lo)})`,
		higher: hi.track
	};
}

/** "December 2025" from the ladder's "2025-12". */
const month = (yyyyMm: string) => new Date(`${yyyyMm}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function levelSentence(level: Level, s: Record<Track, LevelSide>, oewsYear: number): string {
	const at = `At ${levelLabel[level].toLowerCase()} level`;
	const span = (x: LevelSide) =>
		x.occupations.length === 0
			? 'have no published median'
			: x.occupations.length === 1
				? `is ${median(x.occupations[0]!)}`
				: `run from ${median(x.occupations[0]!)} to ${median(x.occupations.at(-1)!)}`;
	const parts = [
		`${at}, the national BLS medians (OEWS May ${oewsYear}) of the occupations the IT roles map to ${span(s.IT)}, and those of the IS roles' occupations ${span(s.IS)}.`
	];
	const [it, is] = [s.IT.occupations, s.IS.occupations];
	if (it.length && is.length) {
		const low = endPhrase('low', it[0]!, is[0]!);
		const high = endPhrase('high', it.at(-1)!, is.at(-1)!);
		if (low.higher && low.higher === high.higher) parts.push(`The ${low.higher} range is higher at both ends: ${low.text}, and ${high.text}.`);
		else parts.push(`${capital(low.text)}, and ${high.text}.`);
	}
	const unpublished = [...new Set([...s.IT.unpublished, ...s.IS.unpublished])];
	if (unpublished.length) parts.push(`BLS publishes no median for ${list(unpublished)}.`);
	const est = (x: LevelSide) =>
		!x.estimate
			? 'nothing (no role)'
			: x.estimate.low === x.estimate.high
				? dollars(x.estimate.low)
				: `${dollars(x.estimate.low)} to ${dollars(x.estimate.high)}`;
	const asOf = [...s.IT.roles, ...s.IS.roles][0]?.as_of;
	parts.push(`The article's estimates${asOf ? ` (${month(asOf)})` : ''} for these IT roles are ${est(s.IT)}, and for the IS roles ${est(s.IS)}.`);
	return parts.join(' ');
}

function growthOf(members: TrackMemberFigures[], track: Track): TrackGrowth {
	const on = members.filter((m) => onTrack(m, track));
	const projected = on.filter((m) => m.emp_start !== null && m.emp_end !== null);
	const sum = (f: (m: TrackMemberFigures) => number | null) => projected.reduce((n, m) => n + (f(m) ?? 0), 0);
	const start = sum((m) => m.emp_start);
	const end = sum((m) => m.emp_end);
	return {
		track,
		members: on,
		unprojected: on.filter((m) => !projected.includes(m)).map((m) => m.title),
		emp_start: start,
		emp_end: end,
		pct_change: start > 0 ? (end / start - 1) * 100 : null,
		openings_annual: sum((m) => m.openings_annual)
	};
}

/** "grow 9.1%", "shrink 0.7%": the rounded percent the page shows. */
const grow = (pct: number) => {
	const shown = percentChange(pct);
	return shown.startsWith('+') ? `grow ${shown.slice(1)}` : shown.startsWith('−') ? `shrink ${shown.slice(1)}` : 'stay the same size';
};

function growthSentence(g: Record<Track, TrackGrowth>, inBoth: TrackMemberFigures[], allPct: number, r: Input['releases']): string {
	const one = (x: TrackGrowth) =>
		x.pct_change === null
			? `the ${x.track} track's occupations have no projection`
			: `the ${x.members.length - x.unprojected.length} ${x.track}-track occupations to ${grow(x.pct_change)} (from ${count(x.emp_start)} to ${count(x.emp_end)} jobs), with ${count(x.openings_annual)} openings a year`;
	const parts = [`From ${r.ep_start} to ${r.ep_end}, BLS projects ${one(g.IT)}, and ${one(g.IS)}; for all occupations it projects ${percentChange(allPct)}.`];
	const [it, is] = [g.IT, g.IS];
	if (it.pct_change !== null && is.pct_change !== null) {
		const faster = percentChange(it.pct_change) === percentChange(is.pct_change) ? null : it.pct_change > is.pct_change ? 'IT' : 'IS';
		const more = it.openings_annual === is.openings_annual ? null : it.openings_annual > is.openings_annual ? 'IT' : 'IS';
		const growth = faster ? `the ${faster} track's occupations are projected to grow faster` : 'both tracks are projected to grow at the same rate';
		const openings = more
			? more === faster
				? 'to have more openings a year'
				: `the ${more} track's to have more openings a year`
			: 'both to have as many openings a year';
		parts.push(`${capital(growth)}, and ${openings}.`);
	}
	const unprojected = [...new Set([...it.unprojected, ...is.unprojected])];
	if (unprojected.length)
		parts.push(`${list(unprojected)} ${unprojected.length === 1 ? 'has' : 'have'} no projection and ${unprojected.length === 1 ? 'is' : 'are'} left out.`);
	if (inBoth.length)
		parts.push(
			`The ${inBoth.length === 1 ? 'one occupation' : `${count(inBoth.length)} occupations`} on both tracks (${list(inBoth.map((m) => m.title))}) ${inBoth.length === 1 ? 'counts' : 'count'} in each.`
		);
	return parts.join(' ');
}

export function compareTracks({ ladder, members, allPct, releases }: Input): TrackComparison {
	const levelRows = levels.map((level) => {
		const sides = Object.fromEntries(tracks.map((t) => [t, side(ladder, level, t)])) as Record<Track, LevelSide>;
		return { level, sides, sentence: levelSentence(level, sides, releases.oews_year) };
	});
	const growth = Object.fromEntries(tracks.map((t) => [t, growthOf(members, t)])) as Record<Track, TrackGrowth>;
	const inBoth = members.filter((m) => m.track === 'both');
	return { levels: levelRows, growth, inBoth, growthSentence: growthSentence(growth, inBoth, allPct, releases) };
}
