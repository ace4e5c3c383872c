/**
 * "Pay over time" on the compare page: the compared occupations' OEWS national median, May 2014 …
 * May 2025, one line each, from their wage trends (trends/wage-trend.ts). Only each occupation's
 * own line is drawn (its code, or a code recoded 1:1 to it): a broader predecessor code is another
 * set of jobs, so it is in the table, not on the chart. Lines are never joined across a year
 * without a published median, and a top-coded median is an "at or above" mark, not a point.
 */
import { dollars, NOT_PUBLISHED } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { relationLabel } from '$lib/trends/columns';
import { versionPrefix, yearsRange } from '$lib/trends/notes';
import type { DollarMode } from '$lib/trends/params';
import { runs as runOfYears, type Relation } from '$lib/trends/soc-continuity';
import type { ValueFlag } from '$lib/schema/tables';
import type { TrendRow, WageTrend } from '$lib/trends/wage-trend';

/** Line colours of the compared occupations, in the order they are chosen (Okabe–Ito, colour-blind safe). */
export const compareColors = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'] as const;
export const compareColor = (i: number) => compareColors[i % compareColors.length]!;

/** One published figure read for one compared occupation in one May. */
export interface PayOverTimeRow {
	year: number;
	/** The compared occupation (SOC 2018). */
	soc_code: string;
	title: string;
	/** The code BLS published the figure under, and its title and SOC version. */
	published_code: string;
	published_title: string;
	soc_version: string;
	relation: Relation;
	/** On the occupation's own line (same or recoded code). */
	drawn: boolean;
	a_median: number | null;
	a_median_flag: ValueFlag | null;
	/** The median in dollars of May of the newest year (null when not published or no CPI). */
	a_median_constant: number | null;
}

export interface PayPoint {
	year: number;
	value: number;
	row: PayOverTimeRow;
}

export interface PayLine {
	soc_code: string;
	title: string;
	color: string;
	/** Runs of consecutive years with a published median on the occupation's own line. */
	runs: PayPoint[][];
	/** Top-coded medians on the own line: drawn as "at or above" marks. */
	atLeast: PayPoint[];
}

export interface PayBreak {
	/** Halfway between the last year before and the first after. */
	x: number;
	/** The occupations whose own line starts or stops there, and the years on each side. */
	codes: { soc_code: string; title: string; before: number; after: number }[];
}

export interface PayNote {
	soc_code: string;
	from: number;
	to: number;
	text: string;
}

export interface PayOverTime {
	years: number[];
	baseYear: number;
	cpiBase: number | null;
	rows: PayOverTimeRow[];
	lines: PayLine[];
	breaks: PayBreak[];
	/** Why an occupation has no line in some years. */
	notes: PayNote[];
}

const medianOf = (r: PayOverTimeRow, mode: DollarMode) => (mode === 'current' ? r.a_median : r.a_median_constant);

function toRow(t: WageTrend, r: TrendRow): PayOverTimeRow {
	return {
		year: r.year,
		soc_code: t.soc_code,
		title: t.title,
		published_code: r.soc_code,
		published_title: r.title,
		soc_version: r.soc_version,
		relation: r.relation,
		drawn: r.line === 'main',
		a_median: r.a_median_flag === 'suppressed' ? null : r.a_median,
		a_median_flag: r.a_median_flag,
		a_median_constant: r.constant.a_median
	};
}

/** Why the occupation's own line is missing in a run of years, from the trend's source notes. */
function gapNote(t: WageTrend, n: WageTrend['notes'][number]): PayNote {
	const span = yearsRange(t.years.filter((y) => y >= n.from && y <= n.to));
	const rs = t.rows.filter((r) => r.year === n.from);
	const first = rs[0];
	const named = first ? `${versionPrefix(first.soc_version)}${first.soc_code} ${first.title}` : '';
	const why =
		n.kind === 'none'
			? 'BLS published no estimate that includes this occupation'
			: n.kind === 'merged'
				? `the occupation was formed from parts of several codes (${rs.map((r) => `${r.soc_code} ${r.title}`).join('; ')}), and no published figure stands for it alone`
				: n.kind === 'split'
					? `BLS published only ${named}, a code SOC 2018 later split, so it covers more than this occupation`
					: `BLS published only ${named}, an aggregate that covers more than this occupation`;
	return {
		soc_code: t.soc_code,
		from: n.from,
		to: n.to,
		text: `${t.title} (${t.soc_code}), ${span}: no line, because ${why}.${n.kind === 'none' ? '' : ' Those figures are in the data table, not on the chart.'}`
	};
}

/** The compared occupations' medians by year, their lines, the breaks between runs, and the notes. */
export function buildPayOverTime(trends: readonly WageTrend[], mode: DollarMode): PayOverTime {
	const years = [...new Set(trends.flatMap((t) => t.years))].sort((a, b) => a - b);
	const baseYear = years.at(-1) ?? 0;
	const rows: PayOverTimeRow[] = [];
	const lines: PayLine[] = [];
	const breakAt = new Map<number, PayBreak>();
	const notes: PayNote[] = [];
	trends.forEach((t, i) => {
		const own = t.rows.map((r) => toRow(t, r));
		rows.push(...own);
		// The own line's figure of each year, as a point, with its flag.
		const points = new Map<number, PayPoint & { flag: ValueFlag | null }>();
		for (const r of own) {
			const v = medianOf(r, mode);
			if (r.drawn && v !== null) points.set(r.year, { year: r.year, value: v, row: r, flag: r.a_median_flag });
		}
		const isFlag = (y: number, flag: ValueFlag) => points.get(y)?.flag === flag;
		lines.push({
			soc_code: t.soc_code,
			title: t.title,
			color: compareColor(i),
			runs: runOfYears(t.years, (y) => isFlag(y, 'published'))
				.filter((run) => run.key)
				.map((run) => run.years.map((y) => points.get(y)!)),
			atLeast: t.years.filter((y) => isFlag(y, 'topcoded')).map((y) => points.get(y)!)
		});
		// A break where the own line starts or stops between two years (a code change, or no own figure).
		const onLine = (y: number) => own.some((r) => r.year === y && r.drawn);
		for (let k = 1; k < t.years.length; k++) {
			const [a, b] = [t.years[k - 1]!, t.years[k]!];
			if (onLine(a) === onLine(b)) continue;
			const x = (a + b) / 2;
			const mark = breakAt.get(x) ?? { x, codes: [] };
			mark.codes.push({ soc_code: t.soc_code, title: t.title, before: a, after: b });
			breakAt.set(x, mark);
		}
		for (const n of t.notes) if (n.kind !== 'same' && n.kind !== 'recoded') notes.push(gapNote(t, n));
	});
	const first = trends[0];
	return {
		years,
		baseYear,
		cpiBase: first && trends.every((t) => t.baseYear === first.baseYear) ? first.cpiBase : null,
		rows,
		lines,
		breaks: [...breakAt.values()].sort((a, b) => a.x - b.x),
		notes
	};
}

/**
 * The "Show data" table and CSV: every figure read for each occupation, own line or not. The
 * median in the dollars the chart shows is the one a phone's cards keep in view.
 */
export function payOverTimeColumns(baseYear: number, mode: DollarMode = 'current'): Column<PayOverTimeRow>[] {
	return [
		{ key: 'year', label: 'Year (May)', value: (r) => r.year, phone: 'key' },
		{ key: 'soc_code', label: 'Occupation code', value: (r) => r.soc_code },
		{ key: 'title', label: 'Occupation', value: (r) => r.title, phone: 'heading' },
		{
			key: 'a_median',
			label: 'Median, as published',
			value: (r) => r.a_median,
			format: (r) => dollars(r.a_median, r.a_median_flag),
			flag: (r) => r.a_median_flag,
			numeric: true,
			phone: mode === 'current' ? 'key' : 'more'
		},
		{
			key: 'a_median_constant',
			label: `Median, May ${baseYear} dollars`,
			value: (r) => r.a_median_constant,
			format: (r) => (r.a_median_constant === null ? NOT_PUBLISHED : dollars(Math.round(r.a_median_constant), r.a_median_flag)),
			numeric: true,
			phone: mode === 'constant' ? 'key' : 'more'
		},
		{ key: 'published_code', label: 'Code published', value: (r) => r.published_code },
		{ key: 'published_title', label: 'Title published', value: (r) => r.published_title },
		{ key: 'soc_version', label: 'SOC version', value: (r) => r.soc_version },
		{ key: 'relation', label: 'Code vs. this occupation', value: (r) => r.relation, format: (r) => relationLabel[r.relation], phone: 'key' },
		{ key: 'drawn', label: 'Own line', value: (r) => r.drawn, format: (r) => (r.drawn ? 'yes' : 'no, not drawn') }
	];
}
