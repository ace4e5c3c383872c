/**
 * An occupation's OEWS wages and jobs May 2014 … May 2025, read through SOC changes
 * (soc-continuity.ts) without stitching across them, in current and constant dollars.
 */
import { percentiles, type Percentile } from '$lib/vocabulary';
import { sourceNote, versionPrefix, yearsRange, type TrendNote } from './notes';
import type { WageCoverageRow } from './rows';
import { continuous, lineOf, runs, sourcesFor, sourcesKey, type Relation, type Sourced } from './soc-continuity';

/**
 * A wage of May `year` in dollars of May `baseYear`: value × CPI-U(May base) / CPI-U(May year),
 * CPI-U U.S. city average, all items, not seasonally adjusted (CUUR0000SA0). Rounded to the cent.
 */
export function constantDollars(value: number, cpiYear: number, cpiBase: number): number {
	return Math.round(((value * cpiBase) / cpiYear) * 100) / 100;
}

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

/** Each percentile of a row in constant dollars; null when not published or a CPI value is missing. */
function inConstantDollars(row: WageCoverageRow, cpiMay: number | null, cpiBase: number | null): Record<Percentile, number | null> {
	return Object.fromEntries(
		percentiles.map((p) => {
			const v = row[p];
			return [p, v !== null && cpiMay !== null && cpiBase !== null && row[`${p}_flag`] !== 'suppressed' ? constantDollars(v, cpiMay, cpiBase) : null];
		})
	) as Record<Percentile, number | null>;
}

export function buildWageTrend(
	target: string,
	title: string,
	years: number[],
	rows: readonly WageCoverageRow[],
	cpi: readonly { year: number; may_value: number }[],
	titles: ReadonlyMap<string, string>
): WageTrend {
	const baseYear = years.at(-1)!;
	const cpiOf = new Map(cpi.map((c) => [c.year, c.may_value]));
	const cpiBase = cpiOf.get(baseYear) ?? null;
	const out: TrendRow[] = [];
	const byYear = new Map<number, Sourced<WageCoverageRow>[]>();
	for (const y of years) {
		const src = sourcesFor(
			target,
			rows.filter((r) => r.year === y)
		);
		byYear.set(y, src);
		const cpiMay = cpiOf.get(y) ?? null;
		for (const s of src) out.push({ ...s.row, relation: s.relation, line: lineOf(s), cpi_may: cpiMay, constant: inConstantDollars(s.row, cpiMay, cpiBase) });
	}
	const yearLine = (y: number) => {
		const src = byYear.get(y)!;
		if (src.length !== 1) return src.length === 0 ? 'none' : 'merged';
		return continuous(src[0]!.relation) ? 'main' : src[0]!.row.soc_code;
	};
	const yearRuns = runs(years, yearLine);
	const segments: Segment[] = yearRuns
		.filter((r) => r.key !== 'none' && r.key !== 'merged')
		.map((r) => {
			const s = byYear.get(r.years[0]!)![0]!;
			return { line: r.key, soc_code: s.row.soc_code, title: s.row.title, relation: s.relation, from: r.years[0]!, to: r.years.at(-1)! };
		});
	const breaks: [number, number][] = [];
	for (let i = 1; i < yearRuns.length; i++) breaks.push([yearRuns[i - 1]!.years.at(-1)!, yearRuns[i]!.years[0]!]);
	// One note per run of years whose source differs from the occupation's own code.
	const notes: TrendNote[] = runs(years, (y) => sourcesKey(byYear.get(y)!))
		.map((r) => sourceNote(target, yearsRange(r.years), r.years[0]!, r.years.at(-1)!, byYear.get(r.years[0]!)!, titles))
		.filter((n) => n.kind !== 'same');
	return { soc_code: target, title, years, baseYear, cpiBase, rows: out, segments, breaks, notes, ...topCoding(out, baseYear) };
}

/** The caps of the years drawn, and whether the newest year publishes a value above the last cap. */
function topCoding(rows: readonly TrendRow[], baseYear: number): Pick<WageTrend, 'topcoded' | 'aboveOldCap'> {
	const main = rows.filter((r) => r.line !== null);
	const topcoded = [
		...new Map(
			main.flatMap((r) => percentiles.filter((p) => r[`${p}_flag`] === 'topcoded').map((p) => [r.year, { year: r.year, cap: r[p]! }] as const))
		).values()
	];
	const newest = main.filter((r) => r.year === baseYear);
	const lastCap = topcoded.filter((t) => t.year < baseYear).at(-1);
	let aboveOldCap: WageTrend['aboveOldCap'] = null;
	if (lastCap && !topcoded.some((t) => t.year === baseYear))
		for (const r of newest)
			for (const p of percentiles)
				if (r[`${p}_flag`] === 'published' && r[p] !== null && r[p]! >= lastCap.cap && !aboveOldCap)
					aboveOldCap = { year: baseYear, value: r[p]!, column: p, cap: lastCap.cap };
	return { topcoded, aboveOldCap };
}

/** Shaded year ranges of a trend chart: the years a different code, several codes or nothing stood for the occupation. */
export function trendSpans(trend: Pick<WageTrend, 'notes' | 'rows'>): { key: string; from: number; to: number; label: string }[] {
	return trend.notes
		.filter((n) => n.kind !== 'same' && n.kind !== 'recoded')
		.map((n) => {
			const r = trend.rows.find((x) => x.year === n.from);
			const label = n.kind === 'merged' ? 'several codes' : n.kind === 'none' ? 'not published' : `${versionPrefix(r?.soc_version)}${r?.soc_code ?? ''}`;
			return { key: `${n.from}`, from: n.from - 0.45, to: n.to + 0.45, label };
		});
}
