/** BEA all-items regional price parities by state, for pay in U.S.-average prices. */
import { z } from 'zod';
import { defineQuery } from '$lib/db/query';
import { priceParityRow } from '$lib/schema/tables';
import { num } from '$lib/sql';

export const stateParityRow = priceParityRow.pick({ state: true, year: true, rpp: true }).extend({ state: z.string().length(2) });
export type StateParity = z.infer<typeof stateParityRow>;

/** Every state's (and DC's) all-items RPP of one year; none when BEA has not published that year. */
export const stateParitiesQuery = defineQuery({
	name: 'state price parities',
	tables: ['price_parities'],
	row: stateParityRow,
	sql: ({ year }: { year: number }) => `
SELECT state, year, rpp FROM price_parities
WHERE year = ${num(year)} AND line = 'all_items' AND state IS NOT NULL
ORDER BY state`
});

/** The parities as a lookup by two-letter code. */
export const parityMap = (rows: StateParity[]): Record<string, number> => Object.fromEntries(rows.map((r) => [r.state, r.rpp]));
