/**
 * The explorer's state column against the real Parquet and the BLS state file itself
 * (oews-state/state_M2024_dl_it_subset.csv). The state queries' own tests are in
 * tests/integration/states.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../../scripts/ingest/csv';
import { explorerRow, explorerSql, filtersFromParams, filtersToParams } from '$lib/query/explorer';
import type { Releases } from '$lib/releases';
import { stateCodeFromParam } from '$lib/states/params';
import { blsRawDir, removeTempDirs } from '../../helpers/ingest';
import { openIngested } from '../../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;
let file: Record<string, string>[];

beforeAll(async () => {
	({ db, releases } = await openIngested('states-'));
	const [header, ...rows] = parseCsv(await readFile(join(blsRawDir, 'oews-state', 'state_M2024_dl_it_subset.csv'), 'utf8'), 'state file').map((r) => r.fields);
	file = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
});
afterAll(async () => {
	db?.close();
	await removeTempDirs();
});

describe('explorer state filter', () => {
	const explore = async (qs: string) => explorerRow.array().parse(await db.query(explorerSql(filtersFromParams(new URLSearchParams(qs)).filters, releases)));
	test('state=TX keeps the occupations with a Texas row and adds their Texas median', async () => {
		const rows = await explore('state=TX');
		const fromFile = file.filter((r) => r.PRIM_STATE === 'TX' && r.O_GROUP === 'detailed');
		expect(rows.map((r) => r.soc_code).sort()).toEqual(fromFile.map((r) => r.OCC_CODE).sort());
		expect(rows.find((r) => r.soc_code === '11-3021')).toMatchObject({ a_median_state: 167320, a_median_state_flag: 'published', pay: 175140 });
		expect(rows.find((r) => r.soc_code === '15-1252')).toMatchObject({ a_median_state: 130500 });
	});
	test('sort=statepay orders by the state median, not published last', async () => {
		const rows = await explore('state=MT&sort=statepay&dir=desc');
		const pays = rows.map((r) => r.a_median_state);
		const published = pays.filter((p): p is number => p !== null);
		expect(published).toEqual([...published].sort((a, b) => b - a));
		expect(pays.indexOf(null)).toBeGreaterThanOrEqual(published.length);
		expect(rows.find((r) => r.soc_code === '11-3021')).toMatchObject({ a_median_state: null, a_median_state_flag: 'suppressed' });
	});
	test('without a state, no state column values and the rows are unchanged', async () => {
		const rows = await explore('');
		expect(rows.length).toBeGreaterThan(800);
		expect(rows.every((r) => r.a_median_state === null && r.a_median_state_flag === null)).toBe(true);
	});
	test('link parameters: case, round trip, unknown codes, statepay without a state', () => {
		expect(filtersFromParams(new URLSearchParams('state=tx')).filters.state).toBe('TX');
		const f = filtersFromParams(new URLSearchParams('state=TX&sort=statepay&dir=asc')).filters;
		expect(filtersToParams(f).toString()).toBe('state=TX&sort=statepay&dir=asc');
		const known = new Map([['TX', 'Texas']]);
		const bad = filtersFromParams(new URLSearchParams('state=ZZ&sort=statepay'), known);
		expect(bad.filters.state).toBeNull();
		expect(bad.filters.sort).toBe('jobs');
		expect(bad.problems.map((p) => p.param).sort()).toEqual(['sort', 'state']);
		expect(filtersFromParams(new URLSearchParams('state=<script>')).problems[0]!.param).toBe('state');
		expect(stateCodeFromParam(' ny ')).toBe('NY');
		expect(stateCodeFromParam('New York')).toBeNull();
	});
});
