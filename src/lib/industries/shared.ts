/**
 * The sectors several occupations share: the sectors in which every one of them has a row in the
 * sector file, each occupation's figures side by side (the compare page).
 */
import { dollars } from '$lib/format';
import type { Column } from '$lib/table-columns';
import type { SectorPayRow } from './rows';

export interface SharedSector {
	naics: string;
	naics_title: string;
	/** One row per occupation, in the order compared. */
	byCode: Record<string, SectorPayRow>;
}

export function sharedSectors(codes: readonly string[], rowsByCode: Record<string, SectorPayRow[]>): SharedSector[] {
	const first = rowsByCode[codes[0] ?? ''] ?? [];
	return first
		.filter((s) => codes.every((c) => rowsByCode[c]?.some((r) => r.naics === s.naics)))
		.map((s) => ({
			naics: s.naics,
			naics_title: s.naics_title,
			byCode: Object.fromEntries(codes.map((c) => [c, rowsByCode[c]!.find((r) => r.naics === s.naics)!]))
		}))
		.sort((a, b) => a.naics.localeCompare(b.naics));
}

/** Sector, then each occupation's median (and its flag in the CSV), keyed by code. */
export function sharedSectorColumns(occs: readonly { soc_code: string; title: string }[]): Column<SharedSector>[] {
	return [
		{ key: 'naics_title', label: 'Industry sector', value: (s) => s.naics_title, phone: 'heading' },
		{ key: 'naics', label: 'NAICS', value: (s) => s.naics },
		...occs.map((o): Column<SharedSector> => ({
			key: `a_median_${o.soc_code}`,
			label: `Median, ${o.title}`,
			value: (s) => s.byCode[o.soc_code]?.a_median ?? null,
			format: (s) => dollars(s.byCode[o.soc_code]?.a_median, s.byCode[o.soc_code]?.a_median_flag),
			flag: (s) => s.byCode[o.soc_code]?.a_median_flag ?? null,
			numeric: true,
			phone: 'key'
		}))
	];
}
