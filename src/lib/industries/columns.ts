/** The table and CSV columns of an occupation's sectors (role page) and of shared sectors (compare page). */
import { count, dollars } from '$lib/format';
import type { Column } from '$lib/table-columns';
import { percentileName } from '$lib/vocabulary';
import type { SectorPayRow } from './rows';

const pay = (key: 'a_pct25' | 'a_median' | 'a_pct75', phone?: Column<SectorPayRow>['phone']): Column<SectorPayRow> => ({
	key,
	label: percentileName[key],
	value: (r) => r[key],
	format: (r) => dollars(r[key], r[`${key}_flag`]),
	flag: (r) => r[`${key}_flag`],
	numeric: true,
	phone
});

const shareText = (r: SectorPayRow) => (r.share_pct === null ? 'not published' : r.share_pct < 0.1 ? 'under 0.1%' : `${r.share_pct.toFixed(1)}%`);

export const sectorColumns: Column<SectorPayRow>[] = [
	{ key: 'naics_title', label: 'Industry sector', value: (r) => r.naics_title, phone: 'heading' },
	{ key: 'naics', label: 'NAICS', value: (r) => r.naics },
	{
		key: 'tot_emp',
		label: 'Jobs',
		value: (r) => r.tot_emp,
		format: (r) => count(r.tot_emp, r.tot_emp_flag),
		flag: (r) => r.tot_emp_flag,
		numeric: true,
		phone: 'key'
	},
	{
		key: 'share_pct',
		label: 'Share of the occupation’s jobs',
		value: (r) => (r.share_pct === null ? null : Math.round(r.share_pct * 10) / 10),
		format: shareText,
		numeric: true,
		phone: 'key'
	},
	pay('a_pct25'),
	pay('a_median', 'key'),
	pay('a_pct75')
];

/** Sectors in the order the link asks for: by jobs, or by median (not published last either way). */
export function sortSectors(rows: SectorPayRow[], by: 'jobs' | 'pay'): SectorPayRow[] {
	const v = (r: SectorPayRow) => (by === 'jobs' ? (r.tot_emp_flag === 'published' ? r.tot_emp : null) : r.a_median_flag === 'suppressed' ? null : r.a_median);
	return [...rows].sort((a, b) => {
		const va = v(a);
		const vb = v(b);
		if (va === null || vb === null) return va === vb ? a.naics.localeCompare(b.naics) : va === null ? 1 : -1;
		return vb - va || a.naics.localeCompare(b.naics);
	});
}
