/**
 * SOC continuity: which published code of each OEWS year or EP release stands for a SOC 2018
 * occupation, and whether its figures can be read as that occupation's.
 *
 * - SOC 2010 years (OEWS May 2014–2018, EP 2016–26 and 2018–28) reach SOC 2018 through the BLS
 *   2010 → 2018 crosswalk (`soc_crosswalk`).
 * - Hybrid years (OEWS May 2019–2020, EP 2019–29 and 2020–30) publish SOC 2018 codes, except
 *   where BLS could not yet separate some occupations and published an aggregate (15-1245
 *   Database administrators and architects = 15-1242 + 15-1243).
 * - OEWS and EP also publish a few aggregates of their own in every year (13-1020 Buyers and
 *   purchasing agents, 2017 onwards), listed below.
 *
 * A year is on an occupation's line only when one published code maps to that occupation alone
 * (11-3021 → 11-3021, or a 1:1 recode). When the published code also covers other occupations
 * (a split, an aggregate) or when several codes fed the occupation (a merge), the figures are
 * kept apart and the break is named: nothing is stitched silently.
 */
import type { CoverRow } from './rows';

/**
 * OEWS and EP codes that are not codes of their SOC version, with the codes each one combines.
 * Read from the published titles and checked against the data (tests/integration/trends.test.ts):
 * every such code in the tables is listed, and its parts are exactly the codes of that SOC
 * version missing from the years it is published in.
 */
export const aggregates: { soc: '2010' | '2018'; code: string; parts: string[] }[] = [
	// SOC 2010 years: OEWS May 2017–2018 and EP 2018–28 (25-3097/25-3098 in every 2010 year; 45-3000 in EP).
	{ soc: '2010', code: '13-1020', parts: ['13-1021', '13-1022', '13-1023'] },
	{ soc: '2010', code: '15-2090', parts: ['15-2091', '15-2099'] },
	{ soc: '2010', code: '21-1018', parts: ['21-1011', '21-1014'] },
	{ soc: '2010', code: '25-3097', parts: ['25-3099'] },
	{ soc: '2010', code: '25-3098', parts: ['25-3099'] },
	{ soc: '2010', code: '29-2010', parts: ['29-2011', '29-2012'] },
	{ soc: '2010', code: '39-1010', parts: ['39-1011', '39-1012'] },
	{ soc: '2010', code: '39-7010', parts: ['39-7011', '39-7012'] },
	{ soc: '2010', code: '45-3000', parts: ['45-3011', '45-3021'] },
	{ soc: '2010', code: '47-4090', parts: ['47-4091', '47-4099'] },
	{ soc: '2010', code: '51-2028', parts: ['51-2022', '51-2023'] },
	{ soc: '2010', code: '51-2098', parts: ['51-2092', '51-2099'] },
	{ soc: '2010', code: '53-1048', parts: ['53-1021', '53-1031'] },
	// SOC 2018 years: the 2019–2020 hybrid aggregates and the aggregates OEWS and EP keep publishing.
	{ soc: '2018', code: '11-2030', parts: ['11-2032', '11-2033'] },
	{ soc: '2018', code: '11-3010', parts: ['11-3012', '11-3013'] },
	{ soc: '2018', code: '11-9198', parts: ['11-9072', '11-9179', '11-9199'] },
	{ soc: '2018', code: '13-1020', parts: ['13-1021', '13-1022', '13-1023'] },
	{ soc: '2018', code: '13-1198', parts: ['13-1082', '13-1199'] },
	{ soc: '2018', code: '13-2020', parts: ['13-2022', '13-2023'] },
	{ soc: '2018', code: '13-2098', parts: ['13-2051', '13-2054', '13-2099'] },
	{ soc: '2018', code: '15-1245', parts: ['15-1242', '15-1243'] },
	{ soc: '2018', code: '15-1256', parts: ['15-1252', '15-1253'] },
	{ soc: '2018', code: '15-1257', parts: ['15-1254', '15-1255'] },
	{ soc: '2018', code: '15-2098', parts: ['15-2051', '15-2099'] },
	{ soc: '2018', code: '17-3098', parts: ['17-3028', '17-3029'] },
	{ soc: '2018', code: '19-3031', parts: ['19-3033', '19-3034'] },
	{ soc: '2018', code: '19-4010', parts: ['19-4012', '19-4013'] },
	{ soc: '2018', code: '19-4045', parts: ['19-4043', '19-4044'] },
	{ soc: '2018', code: '21-1018', parts: ['21-1011', '21-1014'] },
	{ soc: '2018', code: '25-2052', parts: ['25-2055', '25-2056'] },
	{ soc: '2018', code: '25-3097', parts: ['25-3041', '25-3099'] },
	{ soc: '2018', code: '25-9045', parts: ['25-9042', '25-9043', '25-9049'] },
	{ soc: '2018', code: '27-2090', parts: ['27-2091', '27-2099'] },
	{ soc: '2018', code: '27-4098', parts: ['27-4015', '27-4099'] },
	{ soc: '2018', code: '29-1228', parts: ['29-1212', '29-1213', '29-1214', '29-1217', '29-1222', '29-1224', '29-1229', '29-1241'] },
	{ soc: '2018', code: '29-1248', parts: ['29-1242', '29-1243', '29-1249'] },
	{ soc: '2018', code: '29-1298', parts: ['29-1291', '29-1299'] },
	{ soc: '2018', code: '29-2010', parts: ['29-2011', '29-2012'] },
	{ soc: '2018', code: '29-2040', parts: ['29-2042', '29-2043'] },
	{ soc: '2018', code: '29-2098', parts: ['29-2036', '29-2072', '29-2099'] },
	{ soc: '2018', code: '29-9098', parts: ['29-9021', '29-9093', '29-9099'] },
	{ soc: '2018', code: '31-1120', parts: ['31-1121', '31-1122'] },
	{ soc: '2018', code: '33-1090', parts: ['33-1091', '33-1099'] },
	{ soc: '2018', code: '33-9098', parts: ['33-9094', '33-9099'] },
	{ soc: '2018', code: '39-1098', parts: ['39-1014', '39-1022'] },
	{ soc: '2018', code: '39-7010', parts: ['39-7011', '39-7012'] },
	{ soc: '2018', code: '39-9098', parts: ['39-4012', '39-9099'] },
	{ soc: '2018', code: '47-4090', parts: ['47-4091', '47-4099'] },
	{ soc: '2018', code: '47-5097', parts: ['47-5023', '47-5032'] },
	{ soc: '2018', code: '47-5098', parts: ['47-5049', '47-5099'] },
	{ soc: '2018', code: '51-2028', parts: ['51-2022', '51-2023'] },
	{ soc: '2018', code: '51-2090', parts: ['51-2092', '51-2099'] },
	{ soc: '2018', code: '53-1047', parts: ['53-1042', '53-1043', '53-1044', '53-1049'] },
	{ soc: '2018', code: '53-3058', parts: ['53-3051', '53-3053', '53-3054'] },
	{ soc: '2018', code: '53-6098', parts: ['53-6032', '53-6099'] }
];

export type Program = 'oews' | 'ep';

/** What a published code covers, joined to its figures for the occupation read. */
export interface Coverage {
	is_aggregate: boolean;
	covers: string[];
	/** The code covers one of the occupations asked for itself (not only a neighbour of them). */
	direct: boolean;
}

/**
 * Published codes that cover any of `targets`, and every other code that covers an occupation
 * those codes cover (one step further), so a comparison can check it compares like with like.
 * `direct` says the row covers one of `targets` itself.
 */
export function coveringRows(cover: readonly CoverRow[], targets: readonly string[]): (CoverRow & { direct: boolean })[] {
	const want = new Set(targets);
	const reach = new Set(cover.filter((r) => r.covers.some((c) => want.has(c))).flatMap((r) => r.covers));
	return cover.filter((r) => r.covers.some((c) => reach.has(c))).map((r) => ({ ...r, direct: r.covers.some((c) => want.has(c)) }));
}

/** The published figures of the covering codes, each with what it covers; codes without figures are left out. */
export function withCoverage<V extends { soc_code: string }>(
	covering: readonly (CoverRow & { direct: boolean })[],
	values: readonly V[],
	periodOf: (v: V) => number
): (V & Coverage)[] {
	const by = new Map(values.map((v) => [`${periodOf(v)}|${v.soc_code}`, v]));
	return covering.flatMap((r) => {
		const v = by.get(`${r.period}|${r.soc_code}`);
		return v ? [{ ...v, is_aggregate: r.is_aggregate, covers: r.covers, direct: r.direct }] : [];
	});
}

/**
 * How a published code relates to the occupation it is read for:
 * - same: the occupation's own code;
 * - recoded: another code that maps to this occupation alone, and is its only source (continuous);
 * - split: a SOC 2010 code that SOC 2018 divided among several occupations, this one included;
 * - aggregate: an OEWS/EP aggregate (hybrid 15-1245, …) of several occupations, this one included;
 * - merged: one of several codes that each fed part of the occupation.
 */
export type Relation = 'same' | 'recoded' | 'split' | 'aggregate' | 'merged';
export const continuous = (r: Relation) => r === 'same' || r === 'recoded';

export interface Sourced<R> {
	row: R;
	relation: Relation;
}

type Covering = { soc_code: string; covers: string[]; is_aggregate: boolean };

/** The codes of one year or release that stand for `target`, and how. */
export function sourcesFor<R extends Covering>(target: string, rows: readonly R[]): Sourced<R>[] {
	const direct = rows.filter((r) => r.covers.includes(target));
	if (direct.length > 1) return direct.map((row) => ({ row, relation: 'merged' as const }));
	return direct.map((row) => ({
		row,
		relation: row.covers.length === 1 ? (row.soc_code === target ? 'same' : 'recoded') : row.is_aggregate ? 'aggregate' : 'split'
	}));
}

/** Which line a year's sources are drawn on: "main", a predecessor's own code, or null (not drawn). */
export const lineOf = (s: Sourced<{ soc_code: string }>): string | null => (continuous(s.relation) ? 'main' : s.relation === 'merged' ? null : s.row.soc_code);

/** The identity of a year's sources, so that years read the same way group together. */
export const sourcesKey = (src: readonly Sourced<{ soc_code: string }>[]) => src.map((s) => `${s.row.soc_code}:${s.relation}`).join(',') || 'none';

/**
 * The sum of a set of SOC 2018 occupations in one year or release, when its published codes
 * cover exactly that set: every occupation covered, and no code covering anything else.
 */
export function exactCover<R extends { covers: string[] }>(codes: readonly string[], rows: readonly R[]): R[] | null {
	const want = new Set(codes);
	const used = rows.filter((r) => r.covers.some((c) => want.has(c)));
	const got = new Set(used.flatMap((r) => r.covers));
	if (got.size !== want.size || [...want].some((c) => !got.has(c))) return null;
	return used;
}

/** Consecutive runs of years (or releases) with the same key. */
export function runs<K>(years: readonly number[], keyOf: (y: number) => K): { key: K; years: number[] }[] {
	const out: { key: K; years: number[] }[] = [];
	for (const y of years) {
		const k = keyOf(y);
		const last = out.at(-1);
		if (last && last.key === k) last.years.push(y);
		else out.push({ key: k, years: [y] });
	}
	return out;
}
