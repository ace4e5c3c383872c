/**
 * The English the trend charts say about SOC changes: why a line breaks, which codes stood for an
 * occupation in which years, and how a track-record comparison was made. Kept apart from the
 * logic so that the wording can be read (and tested) in one place.
 */
import { count, percentChange } from '$lib/format';
import type { Relation, Sourced } from './soc-continuity';

export interface TrendNote {
	from: number;
	to: number;
	kind: Relation | 'none';
	text: string;
}

/** "May 2014–2018", "May 2019" */
export const yearsRange = (ys: readonly number[]) => (ys.length === 0 ? '' : ys[0] === ys.at(-1) ? `May ${ys[0]}` : `May ${ys[0]}–${ys.at(-1)}`);

/** How a code's SOC version is named before it: "SOC 2010 ", "hybrid " or nothing for SOC 2018. */
export const versionPrefix = (v: string | undefined) => (v === '2010' ? 'SOC 2010 ' : v === '2018-hybrid' ? 'hybrid ' : '');

const codeTitle = (code: string, titles: ReadonlyMap<string, string>) => `${code} ${titles.get(code) ?? ''}`.trim();
const listCodes = (codes: readonly string[], titles: ReadonlyMap<string, string>) => codes.map((c) => codeTitle(c, titles)).join('; ');

type SourceRow = { soc_code: string; title: string; soc_version: string; covers: string[] };

/**
 * What stood for `target` in a run of years (or releases) named `span` ("May 2014–2018",
 * "EP 2016–26, 2018–28"), from that run's sources.
 */
export function sourceNote(
	target: string,
	span: string,
	from: number,
	to: number,
	src: readonly Sourced<SourceRow>[],
	titles: ReadonlyMap<string, string>
): TrendNote {
	if (src.length === 0) return { from, to, kind: 'none', text: `${span}: BLS published no estimate that includes this occupation.` };
	const first = src[0]!;
	const r = first.row;
	const published = `${versionPrefix(r.soc_version)}${r.soc_code} ${r.title}`;
	switch (first.relation) {
		case 'same':
			return { from, to, kind: 'same', text: `${span}: published as ${target}.` };
		case 'recoded':
			return { from, to, kind: 'recoded', text: `${span}: published as ${published}, which maps to ${target} alone; the line continues.` };
		case 'split':
			return {
				from,
				to,
				kind: 'split',
				text: `${span}: BLS published ${published}, which SOC 2018 split into ${listCodes(r.covers, titles)}. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.`
			};
		case 'aggregate':
			return {
				from,
				to,
				kind: 'aggregate',
				text: `${span}: BLS published only ${published}, an aggregate of ${listCodes(r.covers, titles)}. It covers more than this occupation, so it is drawn as a separate dashed line, not joined to the rest.`
			};
		case 'merged':
			return {
				from,
				to,
				kind: 'merged',
				text: `${span}: this occupation was formed from parts of several ${versionPrefix(r.soc_version)}codes (${src.map((s) => `${s.row.soc_code} ${s.row.title}`).join('; ')}). No published figure stands for it alone; those codes are in the data table, not on the chart.`
			};
	}
}

export type Comparison = 'same occupation' | 'same set of occupations' | 'approximate' | 'not comparable';

/**
 * The note beside a track-record row: how the projected codes (`codes`, covering `covers`) were
 * compared with what a later release (`measuredLabel`) measured. `alsoFed` names the other codes
 * of the projecting release that fed the same occupations, and which of them.
 */
export function trackNote(p: {
	comparison: Comparison;
	target: string;
	codes: readonly string[];
	covers: readonly string[];
	alsoFed: { codes: readonly string[]; occupations: readonly string[] };
	measuredLabel: string;
}): string {
	const { codes, covers } = p;
	switch (p.comparison) {
		case 'same occupation':
			return codes[0] === p.target ? '' : `${codes[0]} maps to ${p.target} alone.`;
		case 'same set of occupations':
			return `${codes.join(' + ')} covered ${covers.join(' + ')}; compared with the sum of those occupations.`;
		case 'approximate':
			return `${codes.join(' + ')} covered ${covers.join(' + ')}, but ${p.alsoFed.codes.join(', ')} also fed ${p.alsoFed.occupations.join(', ')}; the comparison is approximate.`;
		case 'not comparable':
			return `The ${p.measuredLabel} release has no codes that cover exactly ${covers.join(' + ')}.`;
	}
}

/**
 * What one track-record row compares, in a sentence: "EP 2016–26 projected 2024 employment on a
 * straight path: 402,960 (367,600 in 2016 to 411,800 in 2026); EP 2024–34 measured 2024: 667,100.
 * +65.5%: ahead."
 */
export function trackComparisonText(r: {
	release: string;
	period_start: number;
	period_end: number;
	emp_start: number;
	emp_end: number;
	measured_year: number;
	path: number;
	measured_release: string;
	measured: number | null;
	gap_pct: number | null;
	pace: string | null;
	covers: readonly string[];
}): string {
	const projected = `EP ${r.release} projected ${r.measured_year} employment on a straight path: ${count(r.path)} (${count(r.emp_start)} in ${r.period_start} to ${count(r.emp_end)} in ${r.period_end})`;
	const what = r.covers.length > 1 ? ` for ${r.covers.join(' + ')}` : '';
	if (r.measured === null) return `${projected}${what}; EP ${r.measured_release} has no figure for the same occupations.`;
	return `${projected}${what}; EP ${r.measured_release} measured ${r.measured_year}: ${count(r.measured)}. ${percentChange(r.gap_pct)}: ${r.pace}.`;
}
