/**
 * The state map's arithmetic, apart from its drawing so it can be tested without a browser:
 * which values colour the map, the quantile bins and their legend, the sorted "Show data"
 * table and the comparison with the U.S.
 */
import { count, dollars, ratio } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { percentileName } from '$lib/vocabulary';
import type { StateMeasure, StateValueColumn } from './params';
import type { StateAreaRow } from './rows';

type Fmt = (v: number | null, flag: string | null) => string;
export const measureInfo: Record<StateValueColumn, { label: string; short: string; fmt: Fmt }> = {
	a_median: { label: 'Median annual pay', short: percentileName.a_median, fmt: dollars },
	a_pct10: { label: '10th percentile pay', short: percentileName.a_pct10, fmt: dollars },
	a_pct25: { label: '25th percentile pay', short: percentileName.a_pct25, fmt: dollars },
	a_pct75: { label: '75th percentile pay', short: percentileName.a_pct75, fmt: dollars },
	a_pct90: { label: '90th percentile pay', short: percentileName.a_pct90, fmt: dollars },
	a_mean: { label: 'Mean annual pay', short: 'Mean', fmt: dollars },
	tot_emp: { label: 'Employment', short: 'Employment', fmt: count },
	jobs_per_1000: { label: 'Jobs per 1,000 jobs', short: 'Jobs per 1,000', fmt: (v, f) => ratio(v, f, 3) },
	loc_quotient: { label: 'Location quotient', short: 'Location quotient', fmt: (v, f) => ratio(v, f, 2) }
};

/** A value the map can colour: published, or top-coded (coloured at the cap). */
export const mapValue = (r: StateAreaRow, m: StateMeasure): number | null => (r[`${m}_flag`] === 'published' || r[`${m}_flag`] === 'topcoded' ? r[m] : null);

/** Break values rounded so the legend reads easily: $1,000s, two significant figures, hundredths. */
function roundBreak(v: number, m: StateMeasure): number {
	if (m.startsWith('a_')) return Math.round(v / 1000) * 1000;
	if (m === 'tot_emp') {
		const step = 10 ** Math.max(1, Math.floor(Math.log10(Math.abs(v) || 1)) - 1);
		return Math.round(v / step) * step;
	}
	if (m === 'jobs_per_1000') return Math.round(v * 10) / 10;
	return Math.round(v * 100) / 100;
}

/**
 * Quantile breaks over the 50 states and DC: up to five bins holding about equal numbers of
 * areas, breaks rounded and deduplicated. A value v falls in bin i when breaks[i-1] <= v < breaks[i].
 */
export function quantileBreaks(values: number[], m: StateMeasure, bins = 5): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length < 2) return [];
	const k = Math.min(bins, new Set(sorted).size);
	const out: number[] = [];
	for (let i = 1; i < k; i++) {
		const pos = (sorted.length - 1) * (i / k);
		const lo = sorted[Math.floor(pos)]!;
		const hi = sorted[Math.ceil(pos)]!;
		const b = roundBreak(lo + (hi - lo) * (pos - Math.floor(pos)), m);
		if (b > sorted[0]! && b <= sorted.at(-1)! && (out.length === 0 || b > out.at(-1)!)) out.push(b);
	}
	return out;
}

/** Single-hue sequential blues (ColorBrewer Blues), light to dark; readable with colour-vision deficiencies. */
const palette = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export function binColours(n: number): string[] {
	if (n <= 1) return [palette[2]!];
	return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}
export const binOf = (v: number, breaks: number[]) => breaks.filter((b) => v >= b).length;

/** The legend's text for each bin, with the measure's own format. */
export function binLabels(breaks: number[], hasValues: boolean, m: StateMeasure): string[] {
	const fmt = (v: number) => measureInfo[m].fmt(v, 'published');
	if (breaks.length === 0) return [hasValues ? 'all areas with a value' : ''];
	return [`under ${fmt(breaks[0]!)}`, ...breaks.slice(1).map((b, i) => `${fmt(breaks[i]!)} – under ${fmt(b)}`), `${fmt(breaks.at(-1)!)} or more`];
}

/**
 * The "Show data" table sorted by one column: suppressed and missing values last in either
 * direction, ties by area name. No column: the rows as they came.
 */
export function sortAreas(areas: StateAreaRow[], col: Column<StateAreaRow> | undefined, dir: 'asc' | 'desc'): StateAreaRow[] {
	if (!col) return areas;
	const sign = dir === 'asc' ? 1 : -1;
	return [...areas].sort((a, b) => {
		const va = col.flag?.(a) === 'suppressed' ? null : col.value(a);
		const vb = col.flag?.(b) === 'suppressed' ? null : col.value(b);
		if (va === null || va === undefined) return vb === null || vb === undefined ? a.area_title.localeCompare(b.area_title) : 1;
		if (vb === null || vb === undefined) return -1;
		const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
		return c === 0 ? a.area_title.localeCompare(b.area_title) : sign * c;
	});
}

/** The U.S. figure beside a state's: a location quotient of 1 by definition. */
export function nationalText(national: StateAreaRow | null, m: StateValueColumn): string {
	if (!national) return '—';
	if (m === 'loc_quotient') return '1.00';
	if (m === 'jobs_per_1000' && national.jobs_per_1000 === null) return '—';
	return measureInfo[m].fmt(national[m], national[`${m}_flag`]);
}

/** How far a state's median is from the U.S. one, when both are published. */
export function medianGap(sel: StateAreaRow | null, national: StateAreaRow | null): { diff: number; pct: number } | null {
	if (!sel || !national || sel.a_median_flag !== 'published' || national.a_median_flag !== 'published' || sel.a_median === null || national.a_median === null)
		return null;
	const diff = sel.a_median - national.a_median;
	return { diff, pct: (100 * diff) / national.a_median };
}

/** The states' published employment as a percentage of the U.S. figure (they are estimated apart). */
export function stateShareOfNation(states: StateAreaRow[], national: StateAreaRow | null): number | null {
	const sum = states.reduce((s, r) => s + (r.tot_emp_flag === 'published' ? (r.tot_emp ?? 0) : 0), 0);
	return national?.tot_emp && national.tot_emp_flag === 'published' ? (100 * sum) / national.tot_emp : null;
}

const typeLabel = (r: StateAreaRow) => (r.area_type === 'territory' ? 'Territory' : r.state === 'DC' ? 'District' : 'State');
const valueColumn = (key: StateValueColumn, phone?: Column<StateAreaRow>['phone']): Column<StateAreaRow> => ({
	key,
	label: measureInfo[key].short,
	value: (r) => r[key],
	format: (r) => measureInfo[key].fmt(r[key], r[`${key}_flag`]),
	flag: (r) => r[`${key}_flag`],
	numeric: true,
	phone
});

/** The "Show data" table and CSV of the map: every area, every measure. */
export const areaColumns: Column<StateAreaRow>[] = [
	{ key: 'state', label: 'Code', value: (r) => r.state },
	{ key: 'area_title', label: 'Area', value: (r) => r.area_title, phone: 'heading' },
	{ key: 'area_type', label: 'Type', value: (r) => r.area_type, format: typeLabel },
	valueColumn('tot_emp', 'key'),
	valueColumn('jobs_per_1000'),
	valueColumn('loc_quotient'),
	valueColumn('a_pct10', 'key'),
	valueColumn('a_pct25'),
	valueColumn('a_median', 'key'),
	valueColumn('a_pct75'),
	valueColumn('a_pct90', 'key'),
	valueColumn('a_mean'),
	{ key: 'in_state_file', label: 'Row in state file', value: (r) => r.in_state_file, format: (r) => (r.in_state_file ? 'yes' : 'no') }
];
