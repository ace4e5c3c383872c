/** Source lines under every figure: program, release and table, from the releases in the data. */
import type { Releases } from './releases';

export const oewsNational = (year: number) =>
	`BLS Occupational Employment and Wage Statistics (OEWS), May ${year}, national cross-industry estimates (national_M${year}_dl.xlsx)`;

export const oewsState = (year: number) => `BLS OEWS, May ${year}, state estimates (state_M${year}_dl)`;

export const epProjections = (r: Pick<Releases, 'ep_start' | 'ep_end'>) =>
	`BLS Employment Projections ${r.ep_start}–${r.ep_end}, occupational projections (data.bls.gov/projections/occupationProj)`;

export const ladderSource = (asOf: string | null) =>
	`University of San Diego, “Information Systems vs. Information Technology”: estimated median salaries from BLS and Glassdoor${asOf ? `, ${monthName(asOf)}` : ''}`;

/**
 * Who published each article whose BLS figures /trends checks, by the title the claims table
 * transcribes (the table has no publisher column). A title missing here is cited by title alone.
 */
const articlePublisher: Record<string, string> = {
	'IT Management vs. IS Management: Which Is Right for You?': 'DeVry University',
	'Information Systems vs. Information Technology': 'University of San Diego'
};

/** DeVry University, “IT Management vs. IS Management: Which Is Right for You?”, February 23, 2022; … */
export function articlesSource(articles: { article_title: string; article_date: string | null }[]) {
	const seen = new Map(articles.map((a) => [a.article_title, a.article_date]));
	return [...seen]
		.map(([title, date]) => {
			const publisher = articlePublisher[title];
			const day = date ? new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }) : null;
			return `${publisher ? `${publisher}, ` : ''}“${title}”${day ? `, ${day}` : ''}`;
		})
		.join('; ');
}

/** The ladder as a CSV's `release` column names it. */
export const ladderRelease = (asOf: string | null) => `University of San Diego career ladder${asOf ? `, ${monthName(asOf)}` : ''}`;

function monthName(yyyyMm: string) {
	const [y, m] = yyyyMm.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** O*NET's release, a source line for one of its files, and the credit its CC BY 4.0 licence asks for in O*NET's own words (onetcenter.org/license_db.html). */
export const onetRelease = 'O*NET 29.2';

/** "O*NET 29.2 Database (February 2025), Education, Training, and Experience: Related Work Experience (scale RW)" */
export const onetSource = (element: string, scale?: string) => `${onetRelease} Database (February 2025), ${element}${scale ? `: ${scale}` : ''}`;

export const onetCredit =
	'This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';
