/**
 * Reading the trends from the tables: the same functions run at build time (prerendering, DuckDB
 * in Node) and in the browser (DuckDB-WASM). What every occupation shares (the SOC cover, the
 * years, CPI and releases, the claims) is read once per connector.
 */
import { run, runOne } from '$lib/db/query';
import type { Connector } from '$lib/db/types';
import { rowsBy } from '$lib/occupation/of-code';
import { allOccupationsGrowthQuery } from '$lib/occupation/queries';
import { claimsAbout, expandClaims, judgeClaim, type ClaimCheck } from './claims';
import {
	claimOccupationsQuery,
	claimsQuery,
	cpiMayQuery,
	epReleasesQuery,
	oewsYearsQuery,
	projectionValuesQuery,
	socCoverQuery,
	titlesQuery,
	wageValuesQuery
} from './queries';
import type { z } from 'zod';
import type { CoverRow, CpiMay, ProjectionCoverageRow, projectionValueRow, titleRow, WageCoverageRow, wageValueRow } from './rows';
import { coveringRows, withCoverage, type Program } from './soc-continuity';
import { buildVintages, type Release, type Vintages } from './vintages';
import { buildWageTrend, type WageTrend } from './wage-trend';

/** Reads `make(db)` once per connector; a failure is not kept, so the next call tries again. */
function oncePer<T>(make: (db: Connector) => Promise<T>): (db: Connector) => Promise<T> {
	const cache = new WeakMap<Connector, Promise<T>>();
	return (db) => {
		let p = cache.get(db);
		if (!p) {
			p = make(db);
			cache.set(db, p);
			p.catch(() => cache.delete(db));
		}
		return p;
	};
}

const coverOf: Record<Program, (db: Connector) => Promise<CoverRow[]>> = {
	oews: oncePer((db) => run(db, socCoverQuery, 'oews')),
	ep: oncePer((db) => run(db, socCoverQuery, 'ep'))
};

/** Every published code of a program with the SOC 2018 codes it covers; read once per connector. */
export const socCover = (db: Connector, program: Program) => coverOf[program](db);

/**
 * Where the trends read published values for some codes: a query for just those codes (in the
 * browser), or the build's lookup of every code (valuesOfEveryCode).
 */
export interface TrendValues {
	wages(codes: readonly string[]): Promise<z.output<typeof wageValueRow>[]>;
	projections(codes: readonly string[]): Promise<z.output<typeof projectionValueRow>[]>;
	titles(codes: readonly string[]): Promise<z.output<typeof titleRow>[]>;
}

/** Values queried for the codes asked. */
const queried = (db: Connector): TrendValues => ({
	wages: (codes) => run(db, wageValuesQuery, codes),
	projections: (codes) => run(db, projectionValuesQuery, codes),
	titles: (codes) => run(db, titlesQuery, codes)
});

/**
 * The same three queries run once for every code any occupation's trends can ask for, each call
 * then taking its codes' rows: prerendering ~870 role pages asked them
 * ~2,500 times, a query each. Once per connector.
 */
export const valuesOfEveryCode = oncePer(async (db): Promise<TrendValues> => {
	const [oews, ep] = await Promise.all([socCover(db, 'oews'), socCover(db, 'ep')]);
	const codesOf = (cover: CoverRow[]) => [...new Set(cover.map((r) => r.soc_code))];
	const covered = [...new Set([...oews, ...ep].flatMap((r) => r.covers))];
	const [wages, projections, titles] = await Promise.all([
		run(db, wageValuesQuery, codesOf(oews)),
		run(db, projectionValuesQuery, codesOf(ep)),
		run(db, titlesQuery, covered)
	]);
	// Looked up by code: the callers key these rows by code and year (or release), not by their order.
	const rowsOf = <R extends { soc_code: string }>(all: R[], fallback: (codes: readonly string[]) => Promise<R[]>) => {
		const byCode = rowsBy(all, (r) => r.soc_code);
		return async (codes: readonly string[]) =>
			// A code the covers do not name (an occupation no release publishes) is queried as before.
			codes.every((c) => byCode.has(c)) ? codes.flatMap((c) => byCode.get(c)!) : fallback(codes);
	};
	const q = queried(db);
	return { wages: rowsOf(wages, q.wages), projections: rowsOf(projections, q.projections), titles: rowsOf(titles, q.titles) };
});

/** OEWS national rows of every code that covers the occupations (see coveringRows), with their percentiles and jobs. */
export async function wageCoverage(db: Connector, targets: readonly string[], values = queried(db)): Promise<WageCoverageRow[]> {
	const rows = coveringRows(await socCover(db, 'oews'), targets);
	if (rows.length === 0) return [];
	return withCoverage(rows, await values.wages([...new Set(rows.map((r) => r.soc_code))]), (v) => v.year);
}

/** EP rows of every code that covers the occupations, in every release. */
export async function projectionCoverage(db: Connector, targets: readonly string[], values = queried(db)): Promise<ProjectionCoverageRow[]> {
	const rows = coveringRows(await socCover(db, 'ep'), targets);
	if (rows.length === 0) return [];
	return withCoverage(rows, await values.projections([...new Set(rows.map((r) => r.soc_code))]), (v) => v.period_start);
}

export interface TrendContext {
	/** OEWS years, oldest first. */
	years: number[];
	cpi: CpiMay[];
	/** EP releases with their all-occupations growth (allOccupationsGrowthQuery). */
	releases: Release[];
}

/** What every occupation's trends share, read once per connector. */
export const trendContext = oncePer(async (db): Promise<TrendContext> => {
	const [years, cpi, rels] = await Promise.all([
		run(db, oewsYearsQuery).then((r) => r.map((x) => x.period)),
		run(db, cpiMayQuery, 2000),
		run(db, epReleasesQuery)
	]);
	const releases = await Promise.all(
		rels.map(async (r) => ({ ...r, all_pct: (await runOne(db, allOccupationsGrowthQuery, { epStart: r.period })).pct_change }))
	);
	return { years, cpi, releases };
});

export interface Trends {
	soc_code: string;
	title: string;
	wages: WageTrend;
	vintages: Vintages;
}

/** Everything the trend charts of one occupation need, as plain data. */
export async function loadTrends(db: Connector, code: string, values = queried(db)): Promise<Trends> {
	const [wageRows, projRows, { years, cpi, releases }] = await Promise.all([
		wageCoverage(db, [code], values),
		projectionCoverage(db, [code], values),
		trendContext(db)
	]);
	const codes = [...new Set([code, ...wageRows.flatMap((r) => r.covers), ...projRows.flatMap((r) => r.covers)])];
	const titles = new Map((await values.titles(codes)).map((t) => [t.soc_code, t.title]));
	const title = titles.get(code) ?? code;
	return {
		soc_code: code,
		title,
		wages: buildWageTrend(code, title, years, wageRows, cpi, titles),
		vintages: buildVintages(code, releases, projRows, titles)
	};
}

/** Every claim, checked; once per connector. */
export const loadClaimChecks = oncePer(async (db): Promise<ClaimCheck[]> => {
	const [claims, occupations] = await Promise.all([run(db, claimsQuery), run(db, claimOccupationsQuery)]);
	const expanded = expandClaims(claims, occupations);
	const all = [...new Set(expanded.flatMap((e) => e.targets))];
	const [proj, wages] = await Promise.all([projectionCoverage(db, all), wageCoverage(db, all)]);
	return expanded.map((e) => judgeClaim(e.claim, e.targets, e.label, e.convention, proj, wages));
});

/** The role page's "over time" data: trends of the occupation and the article claims about it. */
export async function loadRoleTrends(db: Connector, code: string, values = queried(db)) {
	const [trends, claims] = await Promise.all([loadTrends(db, code, values), loadClaimChecks(db)]);
	return { trends, trendClaims: claimsAbout(claims, code) };
}
