/**
 * An occupation in each Employment Projections release (its "vintages"), read through SOC
 * changes, and the track record: where each release's straight path to its target stood in the
 * newest measured year, against what the latest release measured in that year.
 */
import { releaseLabel } from '$lib/vocabulary';
import { sourceNote, trackNote, type Comparison, type TrendNote } from './notes';
import type { ProjectionCoverageRow } from './rows';
import { exactCover, lineOf, runs, sourcesFor, sourcesKey, type Relation, type Sourced } from './soc-continuity';

export const descriptors = [
	'much faster than average',
	'faster than average',
	'as fast as average',
	'slower than average',
	'little or no change',
	'decline'
] as const;
export type Descriptor = (typeof descriptors)[number];

/**
 * This site's reading of BLS's growth descriptors against a release's all-occupations average a
 * (percent change p, both as published to one decimal). BLS sets its bands per edition and does
 * not publish them in the EP data files, so these are stated on the page (descriptorRule):
 * decline p < 0; little or no change 0 ≤ p < 1; slower than average 1 ≤ p < a/2;
 * as fast as average a/2 ≤ p < 1.5a; faster than average 1.5a ≤ p < 2a; much faster than average p ≥ 2a.
 */
export function growthDescriptor(p: number, a: number): Descriptor {
	if (p < 0) return 'decline';
	if (p < 1) return 'little or no change';
	if (p >= 2 * a) return 'much faster than average';
	if (p >= 1.5 * a) return 'faster than average';
	if (p >= a / 2) return 'as fast as average';
	return 'slower than average';
}
export const descriptorRule =
	'decline: below 0%; little or no change: 0% to under 1%; slower than average: 1% to under half the all-occupations average; as fast as average: half to under 1.5 times the average; faster than average: 1.5 to under 2 times; much faster than average: 2 times the average or more';

/** An EP release with its all-occupations growth (the average the descriptors compare with). */
export interface Release {
	period: number;
	period_end: number;
	all_pct: number;
}

export interface VintageRow extends ProjectionCoverageRow {
	release: string;
	relation: Relation;
	line: string | null;
	all_pct: number;
	descriptor: Descriptor;
}

/** How a release's straight path to its target compares with what was measured on the way. */
export type Pace = 'on pace' | 'ahead' | 'behind';

/** Within this many percent of the path, either way, a release is on pace (paceRule says so on the page). */
export const PACE_TOLERANCE_PCT = 2;

/** The gap as shown (percent of the path, one decimal) read against the tolerance. */
export function paceOf(gapPct: number): Pace {
	if (Math.abs(gapPct) <= PACE_TOLERANCE_PCT) return 'on pace';
	return gapPct > 0 ? 'ahead' : 'behind';
}
export const paceRule = `on pace: the measured employment is within ${PACE_TOLERANCE_PCT}% of the straight path either way (the gap as shown, to one decimal); ahead: more than ${PACE_TOLERANCE_PCT}% above it; behind: more than ${PACE_TOLERANCE_PCT}% below it`;

export interface TrackRow {
	release: string;
	period_start: number;
	period_end: number;
	/** Codes of the older release and the SOC 2018 occupations they cover. */
	projected_codes: string[];
	covers: string[];
	/** Employment the release published for its base year and projected for its target year, summed over its codes. */
	emp_start: number;
	emp_end: number;
	/** The year compared: the latest release's base year, the newest year EP has measured. */
	measured_year: number;
	/**
	 * The release's employment in `measured_year` on a straight line from its base year to its
	 * target year, rounded to a person. BLS projects only the target year: the line is this site's reading.
	 */
	path: number;
	measured_release: string;
	measured: number | null;
	/** measured − path, in persons and as a percentage of the path. */
	gap: number | null;
	gap_pct: number | null;
	pace: Pace | null;
	comparison: Comparison;
	note: string;
}

export interface Vintages {
	rows: VintageRow[];
	track: TrackRow[];
	releases: { start: number; end: number; all_pct: number }[];
	notes: TrendNote[];
}

export function buildVintages(
	target: string,
	releases: readonly Release[],
	rows: readonly ProjectionCoverageRow[],
	titles: ReadonlyMap<string, string>
): Vintages {
	const out: VintageRow[] = [];
	const srcBy = new Map<number, Sourced<ProjectionCoverageRow>[]>();
	const label = (period: number) => releaseLabel(period, releases.find((r) => r.period === period)!.period_end);
	for (const r of releases) {
		const src = sourcesFor(
			target,
			rows.filter((x) => x.period_start === r.period)
		);
		srcBy.set(r.period, src);
		for (const s of src)
			out.push({
				...s.row,
				release: releaseLabel(r.period, r.period_end),
				relation: s.relation,
				line: lineOf(s),
				all_pct: r.all_pct,
				descriptor: growthDescriptor(s.row.pct_change, r.all_pct)
			});
	}
	const notes = runs(
		releases.map((r) => r.period),
		(p) => sourcesKey(srcBy.get(p)!)
	)
		.map((run) => sourceNote(target, `EP ${run.years.map(label).join(', ')}`, run.years[0]!, run.years.at(-1)!, srcBy.get(run.years[0]!)!, titles))
		.filter((n) => n.kind !== 'same');
	return {
		rows: out,
		track: trackRecord(target, releases, rows),
		releases: releases.map((r) => ({ start: r.period, end: r.period_end, all_pct: r.all_pct })),
		notes
	};
}

/**
 * Each older release against the newest measure: its straight path from base-year to target-year
 * employment, read at the latest base year any later release has measured (at most its target
 * year, so the path is never extended past it), against the employment that release measured in
 * that year, for the same set of occupations. The latest release has nothing to be compared with.
 */
export function trackRecord(target: string, releases: readonly Release[], rows: readonly ProjectionCoverageRow[]): TrackRow[] {
	const track: TrackRow[] = [];
	for (const r of releases) {
		const m = releases.findLast((x) => x.period > r.period && x.period <= r.period_end);
		if (!m) continue;
		const year = m.period;
		const measuredLabel = releaseLabel(m.period, m.period_end);
		const inMeasuring = rows.filter((x) => x.period_start === m.period);
		const inRelease = rows.filter((x) => x.period_start === r.period);
		const src = sourcesFor(target, inRelease);
		if (src.length === 0) continue;
		const covers = [...new Set(src.flatMap((s) => s.row.covers))].sort();
		const emp_start = src.reduce((a, s) => a + s.row.emp_start, 0);
		const emp_end = src.reduce((a, s) => a + s.row.emp_end, 0);
		const path = Math.round(emp_start + ((emp_end - emp_start) * (year - r.period)) / (r.period_end - r.period));
		const measuredRows = exactCover(covers, inMeasuring);
		const measured = measuredRows ? measuredRows.reduce((a, x) => a + x.emp_start, 0) : null;
		const closed = exactCover(covers, inRelease) !== null;
		const oneToOne = covers.length === 1 && covers[0] === target;
		const comparison: Comparison = measured === null ? 'not comparable' : !closed ? 'approximate' : oneToOne ? 'same occupation' : 'same set of occupations';
		const codes = src.map((s) => s.row.soc_code);
		// Other codes of the same release that fed these occupations make the comparison approximate.
		const others = inRelease.filter((x) => !codes.includes(x.soc_code) && x.covers.some((c) => covers.includes(c))).map((x) => x.soc_code);
		const alsoFed = {
			codes: [...new Set(others)],
			occupations: covers.filter((c) => others.length && inRelease.some((x) => others.includes(x.soc_code) && x.covers.includes(c)))
		};
		const gap = measured === null ? null : measured - path;
		const gap_pct = gap === null ? null : Math.round((1000 * gap) / path) / 10;
		track.push({
			release: releaseLabel(r.period, r.period_end),
			period_start: r.period,
			period_end: r.period_end,
			projected_codes: codes,
			covers,
			emp_start,
			emp_end,
			measured_year: year,
			path,
			measured_release: measuredLabel,
			measured,
			gap,
			gap_pct,
			pace: gap_pct === null ? null : paceOf(gap_pct),
			comparison,
			note: trackNote({ comparison, target, codes, covers, alsoFed, measuredLabel })
		});
	}
	return track;
}
