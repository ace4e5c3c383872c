/**
 * The build reads what every role page shows with one query for all occupations and groups the
 * rows (occupation/of-code.ts). Each occupation must get exactly the rows, in the same order, that
 * the query asked about it alone gives: otherwise a prerendered page would differ from the same
 * page read in the browser.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '$lib/db/query';
import { occupationSectorsQuery } from '$lib/industries/queries';
import { loadOnetLevels } from '$lib/levels/load';
import { byOccupation, rowsBy } from '$lib/occupation/of-code';
import { aliasesQuery, ladderForQuery, similarQuery } from '$lib/occupation/queries';
import { neighboursQuery } from '$lib/paths/queries';
import type { Releases } from '$lib/releases';
import { stateAreasQuery } from '$lib/states/queries';
import { loadTrends, valuesOfEveryCode } from '$lib/trends/load';
import { openIngested } from '../helpers/ingested-db';

let db: Awaited<ReturnType<typeof openIngested>>['db'];
let releases: Releases;
beforeAll(async () => {
	({ db, releases } = await openIngested());
});
afterAll(() => db?.close());

// IT and IS managers, a state-file and a non-state-file occupation, a code recoded in 2018 (15-1252),
// one with no O*NET related occupations in, and one BLS publishes little for (military, 55-1011).
const codes = ['11-3021', '15-1232', '15-1252', '15-1299', '43-9021', '55-1011', '29-1141'];

describe('one query for many occupations, grouped, equals one query per occupation', () => {
	test('aliases, similar occupations, states, related occupations (of_code)', async () => {
		const stateYear = releases.state_year!;
		const cases = [
			[(c: string[]) => run(db, aliasesQuery, { codes: c })],
			[(c: string[]) => run(db, similarQuery, { codes: c, releases })],
			[(c: string[]) => run(db, stateAreasQuery, { codes: c, year: stateYear })],
			[(c: string[]) => run(db, neighboursQuery, { codes: c, releases })]
		] as const;
		for (const [read] of cases) {
			const grouped = byOccupation<{ of_code: string }>(await read(codes));
			for (const code of codes) {
				const alone = byOccupation<{ of_code: string }>(await read([code])).get(code) ?? [];
				expect(grouped.get(code) ?? [], code).toEqual(alone);
			}
		}
	});
	test('ladder roles, sectors and O*NET levels (rows that name their own code)', async () => {
		const all = {
			ladder: rowsBy(await run(db, ladderForQuery, { codes }), (r) => r.soc_code),
			sectors: rowsBy(await run(db, occupationSectorsQuery, { codes }), (r) => r.soc_code),
			onet: rowsBy(await loadOnetLevels(db, codes), (r) => r.soc_code)
		};
		expect(all.sectors.get('11-3021')?.length).toBeGreaterThan(5);
		for (const code of codes) {
			expect(all.ladder.get(code) ?? [], code).toEqual(await run(db, ladderForQuery, { codes: [code] }));
			expect(all.sectors.get(code) ?? [], code).toEqual(await run(db, occupationSectorsQuery, { codes: [code] }));
			expect(all.onet.get(code) ?? [], code).toEqual(await loadOnetLevels(db, [code]));
		}
	});
	test('trends from values read once for every code equal trends queried for the one occupation', async () => {
		const values = await valuesOfEveryCode(db);
		for (const code of codes) expect(await loadTrends(db, code, values), code).toEqual(await loadTrends(db, code));
	});
});
