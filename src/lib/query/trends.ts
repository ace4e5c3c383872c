/**
 * Over time: an occupation's OEWS wages and jobs May 2014 … May 2025, and its eight Employment
 * Projections releases, read through SOC changes (trends-soc.ts) without stitching across them.
 * The same functions run at build time (prerendering) and in the browser (DuckDB-WASM).
 */
import { z } from 'zod';
import type { Connector } from '$lib/db/types';
import { allOccupationsGrowth, allOccupationsGrowthSql } from './occupation';
import { strList } from '$lib/sql';
import {
	continuous,
	cpiMayRow,
	cpiMaySql,
	exactCover,
	periodsSql,
	projectionCoverage,
	releaseRow,
	sourcesFor,
	wageCoverage,
	type ProjectionCoverageRow,
	type Relation,
	type WageCoverageRow
} from './trends-soc';

export const percentiles = ['a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90'] as const;
export type Percentile = (typeof percentiles)[number];
export const percentileName: Record<Percentile, string> = {
	a_pct10: '10th percentile',
	a_pct25: '25th percentile',
	a_median: 'Median',
	a_pct75: '75th percentile',
	a_pct90: '90th percentile'
};

/** "2016–26" */
export const releaseLabel = (start: number, end: number) => `${start}–${String(end).slice(2)}`;

// ---------------------------------------------------------------------------------------------
// Constant dollars

/**
 * A wage of May `year` in dollars of May `baseYear`: value × CPI-U(May base) / CPI-U(May year),
 * CPI-U U.S. city average, all items, not seasonally adjusted (CUUR0000SA0). Rounded to the cent.
 */
export function constantDollars(value: number, cpiYear: number, cpiBase: number): number {
	return Math.round(((value * cpiBase) / cpiYear) * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Wage and employment trend

/** One published code in one OEWS year, read for the occupation. */
export interface TrendRow extends WageCoverageRow {
	relation: Relation;
	/** Key of the line the row is drawn on: "main", the code of a broader predecessor, or null (not drawn). */
	line: string | null;
	cpi_may: number | null;
	/** Each percentile in dollars of May of the base year (null when not published or no CPI). */
	constant: Record<Percentile, number | null>;
}

export interface Segment {
	/** "main" or the predecessor code. */
	line: string;
	soc_code: string;
	title: string;
	relation: Relation;
	from: number;
	to: number;
}

export interface TrendNote {
	from: number;
	to: number;
	kind: Relation | 'none';
	text: string;
}

export interface WageTrend {
	soc_code: string;
	title: string;
	years: number[];
	baseYear: number;
	cpiBase: number | null;
	rows: TrendRow[];
	segments: Segment[];
	/** Year boundaries where the series changes code or stops: [last year before, first year after]. */
	breaks: [number, number][];
	notes: TrendNote[];
	/** Caps BLS applied ("#") in the years shown, for the note. */
	topcoded: { year: number; cap: number }[];
	/** The newest year publishes a percentile above an earlier year's cap (no top-coding any more). */
	aboveOldCap: { year: number; value: number; column: Percentile; cap: number } | null;
}

const yearsRange = (ys: number[]) => (ys.length === 0 ? '' : ys[0] === ys.at(-1) ? `May ${ys[0]}` : `May ${ys[0]}–${ys.at(-1)}`);
const codeTitle = (code: string, titles: Map<string, string>) => `${code} ${titles.get(code) ?? ''}`.trim();
const listCodes = (codes: string[], titles: Map<string, string>) => codes.map((c) => codeTitle(c, titles)).join('; ');

/** Consecutive runs of years with the same key. */
function runs<K>(years: number[], keyOf: (y: number) => K): { key: K; years: number[] }[] {
	const out: { key: K; years: number[] }[] = [];
	for (const y of years) {
		const k = keyOf(y);
		const last = out.at(-1);
		if (last && last.key === k) last.years.push(y);
		else out.push({ key: k, years: [y] });
	}
	return out;
}

function sourceNote(target: string, years: number[], src: { row: { soc_code: string; title: string; soc_version: string; covers: string[] }; relation: Relation }[], titles: Map<string, string>): TrendNote {
	const span = yearsRange(years);
	const from = years[0]!;
	const to = years.at(-1)!;
	if (src.length === 0) return { from, to, kind: 'none', text: `${span}: BLS published no estimate that includes this occupation.` };
	const first = src[0]!;
	const version = (v: string) => (v === '2010' ? 'SOC 2010 ' : v === '2018-hybrid' ? 'hybrid ' : '');
	const r = first.row;
	switch (first.relation) {
		case 'same':
			return { from, to, kind: 'same', text: `${span}: published as ${target}.` };
		case 'recoded':
			return { from, to, kind: 'recoded', text: `${span}: published as ${version(r.soc_version)}${r.soc_code} ${r.title}, which maps to ${target} alone; the line continues.` };
		case 'split':
			return {
				from,
				to,
				kind: 'split',
				text: `${span}: BLS published ${version(r.soc_version)}${r.soc_code} ${r.title}, which SOC 2018 split into ${listCodes(r.covers, titles)}. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.`
			};
		case 'aggregate':
			return {
				from,
				to,
				kind: 'aggregate',
				text: `${span}: BLS published only ${version(r.soc_version)}${r.soc_code} ${r.title}, an aggregate of ${listCodes(r.covers, titles)}. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.`
			};
		case 'merged':
			return {
				from,
				to,
				kind: 'merged',
				text: `${span}: this occupation was formed from parts of several ${version(r.soc_version)}codes (${src.map((s) => `${s.row.soc_code} ${s.row.title}`).join('; ')}). No published figure stands for it alone; those codes are in the data table, not on the chart.`
			};
	}
}

export function buildWageTrend(target: string, title: string, years: number[], rows: WageCoverageRow[], cpi: { year: number; may_value: number }[], titles: Map<string, string>): WageTrend {
	const baseYear = years.at(-1)!;
	const cpiOf = new Map(cpi.map((c) => [c.year, c.may_value]));
	const cpiBase = cpiOf.get(baseYear) ?? null;
	const out: TrendRow[] = [];
	const byYear = new Map<number, ReturnType<typeof sourcesFor<WageCoverageRow>>>();
	for (const y of years) {
		const src = sourcesFor(
			target,
			rows.filter((r) => r.year === y)
		);
		byYear.set(y, src);
		for (const s of src) {
			const cpiMay = cpiOf.get(y) ?? null;
			const constant = Object.fromEntries(
				percentiles.map((p) => {
					const v = s.row[p];
					return [p, v !== null && cpiMay !== null && cpiBase !== null && s.row[`${p}_flag`] !== 'suppressed' ? constantDollars(v, cpiMay, cpiBase) : null];
				})
			) as Record<Percentile, number | null>;
			out.push({
				...s.row,
				relation: s.relation,
				line: continuous(s.relation) ? 'main' : s.relation === 'merged' ? null : s.row.soc_code,
				cpi_may: cpiMay,
				constant
			});
		}
	}
	const lineOf = (y: number) => {
		const src = byYear.get(y)!;
		if (src.length !== 1) return src.length === 0 ? 'none' : 'merged';
		return continuous(src[0]!.relation) ? 'main' : src[0]!.row.soc_code;
	};
	const yearRuns = runs(years, lineOf);
	const segments: Segment[] = yearRuns
		.filter((r) => r.key !== 'none' && r.key !== 'merged')
		.map((r) => {
			const s = byYear.get(r.years[0]!)![0]!;
			return { line: r.key, soc_code: s.row.soc_code, title: s.row.title, relation: s.relation, from: r.years[0]!, to: r.years.at(-1)! };
		});
	const breaks: [number, number][] = [];
	for (let i = 1; i < yearRuns.length; i++) breaks.push([yearRuns[i - 1]!.years.at(-1)!, yearRuns[i]!.years[0]!]);
	// One note per run of years whose source differs from the occupation's own code.
	const notes: TrendNote[] = runs(years, (y) => {
		const src = byYear.get(y)!;
		return src.map((s) => `${s.row.soc_code}:${s.relation}`).join(',') || 'none';
	})
		.map((r) => sourceNote(target, r.years, byYear.get(r.years[0]!)!, titles))
		.filter((n) => n.kind !== 'same');

	const main = out.filter((r) => r.line !== null);
	const topcoded = [...new Map(main.flatMap((r) => percentiles.filter((p) => r[`${p}_flag`] === 'topcoded').map((p) => [r.year, { year: r.year, cap: r[p]! }] as const))).values()];
	const newest = main.filter((r) => r.year === baseYear);
	const lastCap = topcoded.filter((t) => t.year < baseYear).at(-1);
	let aboveOldCap: WageTrend['aboveOldCap'] = null;
	if (lastCap && !topcoded.some((t) => t.year === baseYear))
		for (const r of newest)
			for (const p of percentiles)
				if (r[`${p}_flag`] === 'published' && r[p] !== null && r[p]! >= lastCap.cap && !aboveOldCap) aboveOldCap = { year: baseYear, value: r[p]!, column: p, cap: lastCap.cap };
	return { soc_code: target, title, years, baseYear, cpiBase, rows: out, segments, breaks, notes, topcoded, aboveOldCap };
}

// ---------------------------------------------------------------------------------------------
// Projection vintages and track record

export const descriptors = ['much faster than average', 'faster than average', 'as fast as average', 'slower than average', 'little or no change', 'decline'] as const;
export type Descriptor = (typeof descriptors)[number];

/**
 * This site's reading of BLS's growth descriptors against a release's all-occupations average a
 * (percent change p, both as published to one decimal). BLS sets its bands per edition and does
 * not publish them in the EP data files, so these are stated on the page:
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
	comparison: 'same occupation' | 'same set of occupations' | 'approximate' | 'not comparable';
	note: string;
}

export interface Vintages {
	rows: VintageRow[];
	track: TrackRow[];
	releases: { start: number; end: number; all_pct: number }[];
	notes: TrendNote[];
}

export function buildVintages(target: string, releases: { period: number; period_end: number; all_pct: number }[], rows: ProjectionCoverageRow[], titles: Map<string, string>): Vintages {
	const out: VintageRow[] = [];
	const srcBy = new Map<number, ReturnType<typeof sourcesFor<ProjectionCoverageRow>>>();
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
				line: continuous(s.relation) ? 'main' : s.relation === 'merged' ? null : s.row.soc_code,
				all_pct: r.all_pct,
				descriptor: growthDescriptor(s.row.pct_change, r.all_pct)
			});
	}
	const notes = runs(
		releases.map((r) => r.period),
		(p) => srcBy.get(p)!.map((s) => `${s.row.soc_code}:${s.relation}`).join(',') || 'none'
	)
		.map((run) => {
			const n = sourceNote(target, run.years, srcBy.get(run.years[0]!)!, titles);
			const labels = run.years.map((p) => releaseLabel(p, releases.find((r) => r.period === p)!.period_end));
			return { ...n, text: n.text.replace(/^May [0-9–]+/, `EP ${labels.join(', ')}`) };
		})
		.filter((n) => n.kind !== 'same');

	// Track record: each release's projected target against the employment a later release measured
	// in the base year nearest that target, for the same set of occupations.
	const track: TrackRow[] = [];
	const latest = releases.at(-1);
	for (const r of releases) {
		if (r === latest) continue;
		const src = srcBy.get(r.period)!;
		if (src.length === 0) continue;
		const inRelease = rows.filter((x) => x.period_start === r.period);
		const covers = [...new Set(src.flatMap((s) => s.row.covers))].sort();
		const projected = src.reduce((a, s) => a + s.row.emp_end, 0);
		const later = releases.filter((x) => x.period > r.period);
		const m = later.reduce((best, x) => (Math.abs(x.period - r.period_end) <= Math.abs(best.period - r.period_end) ? x : best), later[0]!);
		const measuredRows = exactCover(covers, rows.filter((x) => x.period_start === m.period));
		const measured = measuredRows ? measuredRows.reduce((a, x) => a + x.emp_start, 0) : null;
		const closed = exactCover(covers, inRelease) !== null;
		const oneToOne = covers.length === 1 && covers[0] === target;
		const comparison: TrackRow['comparison'] = measured === null ? 'not comparable' : !closed ? 'approximate' : oneToOne ? 'same occupation' : 'same set of occupations';
		const codes = src.map((s) => s.row.soc_code);
		const others = inRelease.filter((x) => !codes.includes(x.soc_code) && x.covers.some((c) => covers.includes(c))).map((x) => x.soc_code);
		const note =
			comparison === 'same occupation'
				? codes[0] === target
					? ''
					: `${codes[0]} maps to ${target} alone.`
				: comparison === 'same set of occupations'
					? `${codes.join(' + ')} covered ${covers.join(' + ')}; compared with the sum of those occupations.`
					: comparison === 'approximate'
						? `${codes.join(' + ')} covered ${covers.join(' + ')}, but ${[...new Set(others)].join(', ')} also fed ${covers.filter((c) => others.length && inRelease.some((x) => others.includes(x.soc_code) && x.covers.includes(c))).join(', ')}; the comparison is approximate.`
						: `The ${releaseLabel(m.period, m.period_end)} release has no codes that cover exactly ${covers.join(' + ')}.`;
		const gap = measured === null ? null : measured - projected;
		track.push({
			release: releaseLabel(r.period, r.period_end),
			period_start: r.period,
			period_end: r.period_end,
			projected_codes: codes,
			covers,
			projected,
			measured_release: releaseLabel(m.period, m.period_end),
			measured_year: m.period,
			measured,
			gap,
			gap_pct: gap === null ? null : Math.round((1000 * gap) / projected) / 10,
			years_apart: r.period_end - m.period,
			comparison,
			note
		});
	}
	return { rows: out, track, releases: releases.map((r) => ({ start: r.period, end: r.period_end, all_pct: r.all_pct })), notes };
}

// ---------------------------------------------------------------------------------------------
// Loading

export const titlesSql = (codes: readonly string[]) => `SELECT soc_code, title FROM occupations WHERE soc_code IN (${strList(codes)})`;
const titleRow = z.object({ soc_code: z.string(), title: z.string() });

export interface TrendContext {
	/** OEWS years, oldest first. */
	years: number[];
	cpi: { year: number; may_value: number }[];
	/** EP releases with their all-occupations growth (allOccupationsGrowthSql). */
	releases: { period: number; period_end: number; all_pct: number }[];
}

const contexts = new WeakMap<Connector, Promise<TrendContext>>();

/** What every occupation's trends share, read once per connector. */
export function trendContext(db: Connector): Promise<TrendContext> {
	let p = contexts.get(db);
	if (!p) {
		p = (async () => {
			const [years, cpi, rels] = await Promise.all([
				db.query<{ period: number }>(periodsSql('oews')).then((r) => r.map((x) => x.period)),
				db.query(cpiMaySql(2000)).then((r) => cpiMayRow.array().parse(r)),
				db.query(periodsSql('ep')).then((r) => releaseRow.array().parse(r))
			]);
			const releases = await Promise.all(
				rels.map(async (r) => {
					const [all] = allOccupationsGrowth.array().parse(await db.query(allOccupationsGrowthSql(r.period)));
					return { ...r, all_pct: all!.pct_change };
				})
			);
			return { years, cpi, releases };
		})();
		contexts.set(db, p);
		p.catch(() => contexts.delete(db));
	}
	return p;
}

export interface Trends {
	soc_code: string;
	title: string;
	wages: WageTrend;
	vintages: Vintages;
}

/** Everything the trend charts of one occupation need, as plain data. */
export async function loadTrends(db: Connector, code: string): Promise<Trends> {
	const [wageRows, projRows, { years, cpi, releases }] = await Promise.all([wageCoverage(db, [code]), projectionCoverage(db, [code]), trendContext(db)]);
	const codes = [...new Set([code, ...wageRows.flatMap((r) => r.covers), ...projRows.flatMap((r) => r.covers)])];
	const titles = new Map(titleRow.array().parse(await db.query(titlesSql(codes))).map((t) => [t.soc_code, t.title]));
	const title = titles.get(code) ?? code;
	return {
		soc_code: code,
		title,
		wages: buildWageTrend(code, title, years, wageRows, cpi, titles),
		vintages: buildVintages(code, releases, projRows, titles)
	};
}
