/** The trends' SQL as text: the tables each statement reads are declared, and values are quoted. */
import { describe, expect, test } from 'vitest';
import { sqlOf, tablesReadBy } from '$lib/db/query';
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
} from '$lib/trends/queries';
import { projectionValueRow, wageValueRow } from '$lib/trends/rows';
import { aggregates } from '$lib/trends/soc-continuity';

describe('every query declares the tables it reads', () => {
	const cases = [
		[socCoverQuery, 'oews', ['wages', 'soc_crosswalk']],
		[socCoverQuery, 'ep', ['projections', 'soc_crosswalk']],
		[wageValuesQuery, ['15-1242'], ['wages']],
		[projectionValuesQuery, ['15-1242'], ['projections']],
		[oewsYearsQuery, undefined, ['wages']],
		[epReleasesQuery, undefined, ['projections']],
		[cpiMayQuery, 2000, ['cpi']],
		[titlesQuery, ['15-1242'], ['occupations']],
		[claimsQuery, undefined, ['claims']],
		[claimOccupationsQuery, undefined, ['occupations']]
	] as const;
	test.each(cases)('%#: %s', (q, params, tables) => {
		// sqlOf refuses SQL that reads a table the definition does not name.
		const { sql, tables: declared } = sqlOf(q as never, params as never);
		expect([...declared].sort()).toEqual([...tables].sort());
		expect(tablesReadBy(sql).sort()).toEqual([...tables].sort());
	});
});

describe('SQL text', () => {
	test('the SOC cover lists every aggregate part once, for the program asked', () => {
		const oews = socCoverQuery.sql('oews');
		for (const a of aggregates) for (const p of a.parts) expect(oews).toContain(`('${a.soc}', '${a.code}', '${p}')`);
		expect(oews).toContain("FROM wages WHERE area_type = 'national' AND soc_level = 'detailed'");
		expect(socCoverQuery.sql('ep')).toContain('FROM projections');
		expect(socCoverQuery.sql('ep')).not.toContain('FROM wages');
	});
	test('the value queries select exactly the columns of their row schema, and quote the codes', () => {
		const wages = wageValuesQuery.sql(['15-1242', "x' OR '1'='1"]);
		expect(wages).toContain(`SELECT ${Object.keys(wageValueRow.shape).join(', ')}\n`);
		expect(wages).toContain("soc_code IN ('15-1242', 'x'' OR ''1''=''1')");
		expect(wageValuesQuery.sql([])).toContain('soc_code IN (NULL)');
		expect(projectionValuesQuery.sql(['15-1242'])).toContain(`SELECT ${Object.keys(projectionValueRow.shape).join(', ')}\n`);
	});
	test('a CPI year must be a number', () => {
		expect(cpiMayQuery.sql(2000)).toContain('year >= 2000');
		expect(() => cpiMayQuery.sql(Number.NaN)).toThrow();
	});
});
