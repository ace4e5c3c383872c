/**
 * Table and CSV columns of the IT-vs-IS comparison: the ladder roles beside their occupations'
 * BLS pay, and the track members with their projections and why they are on the track.
 */
import { count, dollars, percentChange } from '$lib/format';
import { figureColumns as fig } from '$lib/occupation/columns';
import type { Column } from '$lib/table-columns';
import { epLabel, levelLabel, percentileName, type Percentile } from '$lib/vocabulary';
import type { LadderPay, TrackMemberFigures } from './rows';

const blsPay = (p: Extract<Percentile, 'a_pct25' | 'a_median' | 'a_pct75'>, year: number): Column<LadderPay> => ({
	key: p,
	label: `BLS ${percentileName[p].toLowerCase()}, May ${year}`,
	value: (r) => r[p],
	format: (r) => dollars(r[p], r[`${p}_flag`]),
	flag: (r) => r[`${p}_flag`],
	numeric: true,
	// On a phone's cards: the median; the percentiles behind "All columns".
	phone: p === 'a_median' ? 'key' : 'more'
});

/** A ladder role, the article's estimate, its occupation and that occupation's BLS median and middle half. */
export const ladderPayColumns = (oewsYear: number): Column<LadderPay>[] => [
	{ key: 'role', label: 'Ladder role', value: (r) => r.role, phone: 'heading' },
	{ key: 'track', label: 'Track', value: (r) => r.track, phone: 'key' },
	{ key: 'level', label: 'Level', value: (r) => r.level, format: (r) => levelLabel[r.level], phone: 'key' },
	{
		key: 'median_salary',
		label: "Article's estimated median",
		value: (r) => r.median_salary,
		format: (r) => dollars(r.median_salary),
		numeric: true,
		phone: 'key'
	},
	{ ...fig.occupation<LadderPay>(), phone: 'key' },
	fig.code<LadderPay>(),
	blsPay('a_median', oewsYear),
	blsPay('a_pct25', oewsYear),
	blsPay('a_pct75', oewsYear)
];

/** A member occupation, its track, its projection and the reason it is on the track. */
export const memberColumns = (r: { ep_start: number; ep_end: number }): Column<TrackMemberFigures>[] => [
	fig.occupation<TrackMemberFigures>(),
	fig.code<TrackMemberFigures>(),
	{ key: 'track', label: 'Track', value: (m) => m.track, format: (m) => (m.track === 'both' ? 'Both' : m.track), phone: 'key' },
	{ key: 'emp_start', label: `Employment ${r.ep_start}`, value: (m) => m.emp_start, format: (m) => count(m.emp_start), numeric: true },
	{ key: 'emp_end', label: `Projected ${r.ep_end}`, value: (m) => m.emp_end, format: (m) => count(m.emp_end), numeric: true },
	{ key: 'pct_change', label: `Change ${epLabel(r)}`, value: (m) => m.pct_change, format: (m) => percentChange(m.pct_change), numeric: true, phone: 'key' },
	{ key: 'openings_annual', label: 'Openings a year', value: (m) => m.openings_annual, format: (m) => count(m.openings_annual), numeric: true, phone: 'key' },
	{ key: 'reason', label: 'Why it is on the track', value: (m) => m.reason }
];
