/**
 * The state map's rows and columns in U.S.-average prices: each state's pay percentiles and mean
 * divided by its RPP (inUsPrices); counts and ratios unchanged. The U.S. row is its own average
 * (RPP 100) and territories, which BEA does not cover, stay as published and say so.
 */
import { areaColumns } from '$lib/states/map';
import type { StateAreaRow } from '$lib/states/rows';
import type { Column } from '$lib/table-columns';
import { inUsPrices, NO_RPP_REASON } from './prices';

export const adjustedPayColumns = ['a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90', 'a_mean'] as const;

/** A row with the RPP it was divided by (null: shown as published). */
export type PricedAreaRow = StateAreaRow & { rpp: number | null };

export function areasInUsPrices(rows: StateAreaRow[], rpps: Record<string, number>): PricedAreaRow[] {
	return rows.map((r) => {
		const rpp = r.area_type === 'national' ? 100 : r.state ? (rpps[r.state] ?? null) : null;
		if (rpp === null) return { ...r, rpp };
		const out: PricedAreaRow = { ...r, rpp };
		for (const c of adjustedPayColumns) {
			const v = r[c];
			out[c] = v === null ? null : inUsPrices(v, rpp);
		}
		return out;
	});
}

/** The map's table and CSV in U.S.-average prices: pay columns named so (`a_median_us_prices`), with the RPP used and why a row is not adjusted. */
export const areaColumnsInUsPrices: Column<PricedAreaRow>[] = [
	...(areaColumns as Column<PricedAreaRow>[]).map((c) =>
		(adjustedPayColumns as readonly string[]).includes(c.key) ? { ...c, key: `${c.key}_us_prices`, label: `${c.label}, U.S.-average prices` } : c
	),
	{
		key: 'rpp',
		label: 'Price parity (RPP, U.S. = 100)',
		value: (r) => r.rpp,
		format: (r) => (r.rpp === null ? NO_RPP_REASON : String(r.rpp)),
		numeric: true
	}
];
