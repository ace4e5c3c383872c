/** Source lines under every figure: program, release and table, from the releases in the data. */
import type { Releases } from './releases';

export const oewsNational = (year: number) =>
	`BLS Occupational Employment and Wage Statistics (OEWS), May ${year}, national cross-industry estimates (national_M${year}_dl.xlsx)`;

export const oewsState = (year: number) => `BLS OEWS, May ${year}, state estimates (state_M${year}_dl)`;

export const epProjections = (r: Pick<Releases, 'ep_start' | 'ep_end'>) =>
	`BLS Employment Projections ${r.ep_start}–${r.ep_end}, occupational projections (data.bls.gov/projections/occupationProj)`;

export const ladderSource = (asOf: string | null) =>
	`University of San Diego, “Information Systems vs. Information Technology”: estimated median salaries from BLS and Glassdoor${asOf ? `, ${monthName(asOf)}` : ''}`;

function monthName(yyyyMm: string) {
	const [y, m] = yyyyMm.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
