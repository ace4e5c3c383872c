/**
 * The explorer's SQL runs in the browser on DuckDB-WASM, whose DuckDB (1.4.x) is older than the
 * build's (@duckdb/node-api 1.5.x), and the two have disagreed on SQL before (an ORDER BY name the
 * newer one resolved and the older called ambiguous). Here the browser's own wasm engine, run in
 * Node, must give the same rows as the build-time connector, loaded the way the page loads them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as arrow from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rowsFromArrow } from '$lib/db/arrow-rows';
import { roundTrip, viaRowObjects } from '../helpers/arrow';
import { parquetToArrow } from '$lib/db/parquet-to-arrow';
import { run, sqlOf } from '$lib/db/query';
import { defaultFilters, type ExplorerFilters } from '$lib/explorer/params';
import {
	explorerAnswer,
	explorerAnswersQuery,
	explorerFact,
	explorerFactsQuery,
	explorerQuery,
	explorerRow,
	explorerWarmUp,
	joinFacts
} from '$lib/explorer/queries';
import type { Releases } from '$lib/releases';
import { openIngested } from '../helpers/ingested-db';

// The synchronous Node build of DuckDB-WASM: same wasm as the browser's worker, no worker.
const require = createRequire(import.meta.url);
const duckdbWasm = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const wasmModule = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

let node: Awaited<ReturnType<typeof openIngested>>['db'];
// The blocking build ships CommonJS typings only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let wasm: any;
/** Rows as the page gets them: the worker's Arrow IPC bytes, read with the page's Arrow and rowsFromArrow. */
let browserRows: (sql: string) => unknown[];
let releases: Releases;
/** The tables as the page decodes them (hyparquet → Arrow). */
const loaded = new Map<string, arrow.Table>();

beforeAll(async () => {
	const { outDir, db: built, releases: latest } = await openIngested();
	[node, releases] = [built, latest];
	const db = await duckdbWasm.createDuckDB(
		{ mvp: { mainModule: wasmModule, mainWorker: '' }, eh: { mainModule: wasmModule, mainWorker: '' } },
		new duckdbWasm.VoidLogger(),
		duckdbWasm.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castDecimalToDouble: true } });
	wasm = db.connect();
	browserRows = (sql) => rowsFromArrow(arrow.tableFromIPC(db.runQuery(wasm._conn, sql)));
	for (const name of ['explorer_occupations', 'explorer_titles', 'wages', 'industry_wages']) {
		const file = await readFile(join(outDir, `${name}.parquet`));
		const table = await parquetToArrow(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
		loaded.set(name, table);
		// The page hands DuckDB the Arrow table itself; through IPC here, as this build bundles its own Arrow.
		wasm.insertArrowFromIPCStream(arrow.tableToIPC(table, 'stream'), { name, create: true });
	}
}, 120_000);
afterAll(async () => {
	wasm?.close();
	node?.close();
});

const combinations: ExplorerFilters[] = [];
for (const track of ['any', 'all', 'IT', 'IS'] as const)
	for (const career of [null, 'entry', 'senior'] as const)
		for (const [q, sort] of [
			['', 'jobs'],
			['', 'title'],
			['', 'statepay'],
			['analyst', 'relevance'],
			['cio', 'pay']
		] as const)
			for (const state of [null, 'TX'])
				combinations.push({
					...defaultFilters,
					track,
					career,
					pay: career === 'entry' ? 'p25' : career === 'senior' ? 'p90' : 'median',
					zone: career === 'senior' ? 4 : null,
					q,
					sort,
					dir: sort === 'title' ? 'asc' : 'desc',
					state,
					group: q === 'analyst' ? '15-0000' : null
				});

describe("the explorer's SQL on the browser's DuckDB", () => {
	test('uses DuckDB-WASM’s own DuckDB, not the build’s', async () => {
		const browserVersion = (browserRows('SELECT version() AS v') as { v: string }[])[0]!.v;
		const buildVersion = ((await node.query('SELECT version() AS v')) as { v: string }[])[0]!.v;
		expect(browserVersion).toMatch(/^v1\./);
		expect(browserVersion).not.toBe(buildVersion);
	});

	test(`gives the build's rows in the build's order for ${combinations.length} filter combinations`, async () => {
		let rows = 0;
		for (const f of combinations) {
			const { sql, tables } = sqlOf(explorerQuery, { filters: f, stateYear: releases.state_year });
			expect(tables.every((t) => ['explorer_occupations', 'explorer_titles', 'wages'].includes(t))).toBe(true);
			const inBrowser = explorerRow.array().parse(browserRows(sql));
			const atBuild = await run(node, explorerQuery, { filters: f, stateYear: releases.state_year });
			expect(inBrowser, JSON.stringify(f)).toEqual(atBuild);
			rows += atBuild.length;
		}
		expect(rows).toBeGreaterThan(5000);
	});

	// The page asks for answers and joins them to facts read once: the same rows, in the same order.
	test(`gives the build's rows as answers joined to the facts, for ${combinations.length} combinations and every industry sector`, async () => {
		const facts = new Map(
			explorerFact
				.array()
				.parse(browserRows(sqlOf(explorerFactsQuery, undefined).sql))
				.map((f) => [f.soc_code, f])
		);
		const sectors = (await node.query(`SELECT DISTINCT naics FROM industry_wages ORDER BY naics`)) as { naics: string }[];
		expect(sectors.length).toBeGreaterThan(10);
		const withSectors: ExplorerFilters[] = [
			...combinations,
			...sectors.map(({ naics }, i) => ({
				...defaultFilters,
				track: 'all' as const,
				industry: naics,
				sort: i % 2 ? ('sectorpay' as const) : ('sectorjobs' as const)
			})),
			{ ...defaultFilters, industry: '51', state: 'TX', q: 'developer', sort: 'relevance' },
			// A search sorted by a fact the answer drops once sorted (EXCLUDE), both ways.
			...(['title', 'growth', 'openings', 'jobs'] as const).flatMap((sort) =>
				(['asc', 'desc'] as const).map((dir) => ({ ...defaultFilters, track: 'all' as const, q: 'analyst', sort, dir }))
			),
			// Growth and openings on the flat answer; relevance with nothing searched (largest first).
			{ ...defaultFilters, track: 'all', sort: 'growth', dir: 'asc' },
			{ ...defaultFilters, track: 'IT', sort: 'openings', dir: 'desc' },
			{ ...defaultFilters, track: 'all', sort: 'relevance' },
			{ ...defaultFilters, industry: '54', pay: 'p75', sort: 'pay', dir: 'asc' }
		];
		let rows = 0;
		for (const f of withSectors) {
			const params = { filters: f, stateYear: releases.state_year };
			const answers = explorerAnswer.array().parse(browserRows(sqlOf(explorerAnswersQuery, params).sql));
			const atBuild = await run(node, explorerQuery, params);
			expect(joinFacts(answers, facts), JSON.stringify(f)).toEqual(atBuild);
			rows += atBuild.length;
		}
		expect(rows).toBeGreaterThan(5000);
	});

	// The page warms up the answers it asks for on every change.
	test('runs every warm-up query on the one table loaded at start-up, each giving rows', () => {
		const sqls = explorerWarmUp(releases.state_year).map((p) => sqlOf(explorerAnswersQuery, p));
		expect(sqls.length).toBeGreaterThan(10);
		for (const { sql, tables } of sqls) {
			expect(tables).toEqual(['explorer_occupations']);
			// The warm-up runs before any other table is loaded: a query naming one would fail.
			expect(sql).not.toMatch(/\bwages\b/);
			expect(explorerAnswer.array().parse(browserRows(sql)).length, sql).toBeGreaterThan(0);
		}
	});

	test('the real explorer_occupations and wages tables read column by column as Arrow row objects read them', () => {
		for (const [, table] of loaded) expect(rowsFromArrow(roundTrip(table))).toEqual(viaRowObjects(roundTrip(table)));
	});
});
