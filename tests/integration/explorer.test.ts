/**
 * The explorer's queries against the real Parquet, through the build-time connector the pages
 * use: what the page would list must equal the BLS figures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/ingest/csv';
import { run } from '$lib/db/query';
import { occupationSummaryQuery } from '$lib/occupation/queries';
import { filtersFromParams } from '$lib/explorer/params';
import { explorerQuery } from '$lib/explorer/queries';
import type { Releases } from '$lib/releases';
import { explorerOccupationRow } from '$lib/schema/tables';
import { blsRawDir } from '../helpers/ingest';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;
/** The BLS state file itself, as rows of its own columns. */
let stateFile: Record<string, string>[];

beforeAll(async () => {
	({ db, releases } = await openIngested());
	const [header, ...rows] = parseCsv(await readFile(join(blsRawDir, 'oews-state', 'state_M2024_dl_it_subset.csv'), 'utf8'), 'state file').map((r) => r.fields);
	stateFile = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
});
afterAll(async () => {
	db?.close();
});

const explore = (qs: string) => run(db, explorerQuery, { filters: filtersFromParams(new URLSearchParams(qs)).filters, stateYear: releases.state_year });

describe('releases', () => {
	test('are the newest of each program', () => {
		expect(releases).toMatchObject({
			oews_year: 2025,
			state_year: 2024,
			ep_start: 2024,
			ep_end: 2034,
			ep_wage_year: 2024,
			oews_first_year: 2014,
			ladder_as_of: '2025-12'
		});
	});
});

describe('explorer', () => {
	test('track=all lists every detailed occupation with data, largest first', async () => {
		const rows = await explore('track=all');
		expect(rows.length).toBeGreaterThan(800);
		expect(rows[0]!.tot_emp).toBeGreaterThanOrEqual(rows[1]!.tot_emp!);
	});
	test.each([
		['CIO', '11-3021'],
		['DBA', '15-1242'],
		['IT Director', '11-3021'],
		['help desk', '15-1232'],
		['ERP consultant', '15-1211']
	])('search "%s" finds %s', async (q, code) => {
		const rows = await explore(`q=${encodeURIComponent(q)}`);
		expect(rows.map((r) => r.soc_code)).toContain(code);
		expect(rows.find((r) => r.soc_code === code)!.matched).toBeTruthy();
	});
	test('"CIO" does not match inside words (Sociologists)', async () => {
		const rows = await explore('q=CIO');
		expect(rows.map((r) => r.soc_code)).not.toContain('19-3041');
	});
	test('search text with SQL and regex characters is only text', async () => {
		await expect(explore(`q=${encodeURIComponent("x') OR 1=1 --")}`)).resolves.toEqual([]);
		await expect(explore(`q=${encodeURIComponent('(.*')}`)).resolves.toEqual([]);
	});
	test('track IT at the entry career level (also an old level=entry link): the IT members EP says need no related experience, paid at the 25th percentile', async () => {
		const rows = await explore('track=IT&level=entry');
		// Read from the occupations and tracks tables, not the explorer's own table.
		const expected = await db.query<{ soc_code: string }>(
			`SELECT o.soc_code FROM occupations o JOIN tracks t USING (soc_code) WHERE t.track IN ('IT', 'both') AND o.experience = 'None' ORDER BY o.soc_code`
		);
		expect(rows.map((r) => r.soc_code).sort()).toEqual(expected.map((r) => r.soc_code));
		const support = rows.find((r) => r.soc_code === '15-1232')!;
		const [o] = await run(db, occupationSummaryQuery, { codes: ['15-1232'], releases });
		expect(support.pay).toBe(o!.a_pct25);
		expect(support.ladder_roles).toContain('IT Support');
	});
	test('a track is the members the tracks table puts on it, "both" on each; an alias adds none', async () => {
		const members = await db.query<{ soc_code: string; track: string }>(`SELECT soc_code, track FROM tracks ORDER BY soc_code`);
		for (const t of ['IT', 'IS']) {
			const codes = (await explore(`track=${t}`)).map((r) => r.soc_code).sort();
			expect(codes).toEqual(members.filter((m) => m.track === t || m.track === 'both').map((m) => m.soc_code));
		}
		expect((await explore('track=IS')).map((r) => r.soc_code)).toEqual(expect.arrayContaining(['11-3021', '15-1211', '13-1111']));
		// Data Analyst and IT Auditor are aliases: data scientists and accountants are on no track.
		const onTracks = (await explore('')).map((r) => r.soc_code).sort();
		expect(onTracks).toEqual(members.map((m) => m.soc_code));
		expect(onTracks).not.toContain('15-2051');
		expect(onTracks).not.toContain('13-2011');
		expect((await explore('q=IT%20Auditor')).map((r) => r.soc_code)).toContain('15-1212');
	});
	test('explorer_occupations, derived by the ingest, carries the latest releases with the ladder roles in order', async () => {
		const [o] = explorerOccupationRow.array().parse(await db.query(`SELECT * FROM explorer_occupations WHERE soc_code = '11-3021'`));
		expect(o).toMatchObject({
			oews_year: 2025,
			ep_start: 2024,
			a_median: 175140,
			a_median_flag: 'published',
			tot_emp: 670570,
			pct_change: 15.2,
			openings_annual: 55600,
			tracks: ['IS', 'IT']
		});
		// Three parallel lists, entry to senior.
		const ladder = o!.ladder_roles.map((role, i) => [o!.ladder_role_levels[i], o!.ladder_role_tracks[i], role]);
		expect(ladder.length).toBeGreaterThan(0);
		const order = ['entry', 'mid', 'senior'];
		expect(ladder.map((l) => order.indexOf(l[0]!))).toEqual([...ladder.map((l) => order.indexOf(l[0]!))].sort());
		const { n } = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM explorer_occupations`))[0]!;
		expect(n).toBe((await explore('track=all')).length);
	});
	test('a track and level show only that ladder role of the occupation', async () => {
		const rows = await explore('track=IT&level=senior');
		expect(rows.length).toBeGreaterThan(0);
		const ladder = await db.query<{ role: string; soc_code: string }>(`SELECT role, soc_code FROM roles WHERE track = 'IT' AND level = 'senior'`);
		for (const r of rows)
			expect(r.ladder_roles).toEqual(
				ladder
					.filter((l) => l.soc_code === r.soc_code)
					.map((l) => l.role)
					.sort()
			);
	});
	test('group and education filters, and sort by pay', async () => {
		const rows = await explore(`group=15-0000&education=${encodeURIComponent("Bachelor's degree")}&sort=pay&dir=desc`);
		expect(rows.length).toBeGreaterThan(5);
		expect(rows.every((r) => r.major_code === '15-0000' && r.education === "Bachelor's degree")).toBe(true);
		const pays = rows.map((r) => r.pay ?? -1);
		expect(pays).toEqual([...pays].sort((a, b) => b - a));
	});
});

describe('explorer state filter, against the BLS state file', () => {
	test('state=TX keeps the occupations with a Texas row and adds their Texas median', async () => {
		const rows = await explore('track=all&state=TX');
		const fromFile = stateFile.filter((r) => r.PRIM_STATE === 'TX' && r.O_GROUP === 'detailed');
		expect(rows.map((r) => r.soc_code).sort()).toEqual(fromFile.map((r) => r.OCC_CODE).sort());
		expect(rows.find((r) => r.soc_code === '11-3021')).toMatchObject({ a_median_state: 167320, a_median_state_flag: 'published' });
		expect(rows.find((r) => r.soc_code === '15-1252')).toMatchObject({ a_median_state: 130500 });
		// Every state figure is the file's cell, with its flag.
		const cell = (c: string) => (c === '*' || c === '**' ? [null, 'suppressed'] : c === '#' ? [239200, 'topcoded'] : [Number(c), 'published']);
		for (const f of fromFile) {
			const r = rows.find((x) => x.soc_code === f.OCC_CODE)!;
			expect([f.OCC_CODE, r.a_pct25_state, r.a_pct25_state_flag, r.a_median_state, r.a_median_state_flag, r.a_pct75_state, r.a_pct75_state_flag]).toEqual([
				f.OCC_CODE,
				...cell(f.A_PCT25!),
				...cell(f.A_MEDIAN!),
				...cell(f.A_PCT75!)
			]);
		}
	});
	test("beside a state, the U.S. pay is the national figure of the state file's release (May 2024), not the latest (May 2025)", async () => {
		expect([releases.state_year, releases.oews_year]).toEqual([2024, 2025]);
		const national2024 = await db.query<{ soc_code: string; a_pct25: number; a_median: number; a_pct75: number }>(
			`SELECT soc_code, a_pct25, a_median, a_pct75 FROM wages WHERE year = 2024 AND area_type = 'national' AND soc_code IN ('11-3021', '15-1212')`
		);
		const us = (code: string) => national2024.find((r) => r.soc_code === code)!;
		const tx = await explore('state=TX');
		// 15-1212 Information security analysts: Texas $124,970 against the U.S. $124,910, both May 2024: $60 higher.
		expect(tx.find((r) => r.soc_code === '15-1212')).toMatchObject({ a_median_state: 124970, pay: 124910 });
		expect(us('15-1212').a_median).toBe(124910);
		// 11-3021: the May 2024 national median, $171,200 (MANIFEST key figures), not May 2025's $175,140.
		expect(tx.find((r) => r.soc_code === '11-3021')).toMatchObject({ pay: 171200, pay_flag: 'published' });
		// A pay percentile, of the same release.
		const entry = await explore('state=TX&pay=p25');
		expect(entry.find((r) => r.soc_code === '15-1212')).toMatchObject({ pay: us('15-1212').a_pct25, a_pct25_state: 96020 });
		const senior = await explore('state=TX&pay=p75');
		expect(senior.find((r) => r.soc_code === '11-3021')).toMatchObject({ pay: us('11-3021').a_pct75 });
		// Without a state the pay is the latest national release's.
		expect((await explore('')).find((r) => r.soc_code === '11-3021')).toMatchObject({ pay: 175140 });
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
		const rows = await explore('track=all');
		expect(rows.length).toBeGreaterThan(800);
		expect(rows.every((r) => r.a_median_state === null && r.a_median_state_flag === null && r.a_pct25_state === null && r.a_pct75_state_flag === null)).toBe(
			true
		);
	});
});
