/**
 * An occupation in each Employment Projections release (its "vintages"), read through SOC
 * changes, and the track record: what each release projected against what a later one measured.
 */
import { releaseLabel } from '$lib/vocabulary';
import { sourceNote, trackNote, type Comparison, type TrendNote } from './notes';
import type { ProjectionCoverageRow } from './rows';
import { exactCover, lineOf, runs, sourcesFor, sourcesKey, type Relation, type Sourced } from './soc-continuity';

export const descriptors = ['much faster than average', 'faster than average', 'as fast as average', 'slower than average', 'little or no change', 'decline'] as const;
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

export interface TrackRow {
	release: string;
	period_start: number;
	period_end: number;
	/** Codes of the older release and the SOC 2018 occupations they cover. */
	projected_codes: string[];
	covers: string[];
	projected: number;
	measured_release: string;
	measured_year: number;
	measured: number | null;
	gap: number | null;
	gap_pct: number | null;
	/** Years between the projection's target year and the year measured. */
	years_apart: number;
	comparison: Comparison;
	note: string;
}

export interface Vintages {
	rows: VintageRow[];
	track: TrackRow[];
	releases: { start: number; end: number; all_pct: number }[];
	notes: TrendNote[];
}

export function buildVintages(target: string, releases: readonly Release[], rows: readonly ProjectionCoverageRow[], titles: ReadonlyMap<string, string>): Vintages {
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
	return { rows: out, track: trackRecord(target, releases, rows), releases: releases.map((r) => ({ start: r.period, end: r.period_end, all_pct: r.all_pct })), notes };
}

/**
 * Each release's projected target against the employment a later release measured in the base
 * year nearest that target, for the same set of occupations. The latest release has no later one.
 */
export function trackRecord(target: string, releases: readonly Release[], rows: readonly ProjectionCoverageRow[]): TrackRow[] {
	const track: TrackRow[] = [];
	const latest = releases.at(-1);
	for (const r of releases) {
		if (r === latest) continue;
		const inRelease = rows.filter((x) => x.period_start === r.period);
		const src = sourcesFor(target, inRelease);
		if (src.length === 0) continue;
		const covers = [...new Set(src.flatMap((s) => s.row.covers))].sort();
		const projected = src.reduce((a, s) => a + s.row.emp_end, 0);
		const later = releases.filter((x) => x.period > r.period);
		const m = later.reduce((best, x) => (Math.abs(x.period - r.period_end) <= Math.abs(best.period - r.period_end) ? x : best), later[0]!);
		const measuredRows = exactCover(covers, rows.filter((x) => x.period_start === m.period));
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
		const measuredLabel = releaseLabel(m.period, m.period_end);
		const gap = measured === null ? null : measured - projected;
		track.push({
			release: releaseLabel(r.period, r.period_end),
			period_start: r.period,
			period_end: r.period_end,
			projected_codes: codes,
			covers,
			projected,
			measured_release: measuredLabel,
			measured_year: m.period,
			measured,
			gap,
			gap_pct: gap === null ? null : Math.round((1000 * gap) / projected) / 10,
			years_apart: r.period_end - m.period,
			comparison,
			note: trackNote({ comparison, target, codes, covers, alsoFed, measuredLabel })
		});
	}
	return track;
}
