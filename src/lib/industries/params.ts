/** What a link can say about industries: how the role page sorts sectors, and a sector code. */

export const industrySorts = ['jobs', 'pay'] as const;
export type IndustrySort = (typeof industrySorts)[number];
export const industrySortLabel: Record<IndustrySort, string> = { jobs: 'Most jobs first', pay: 'Highest median first' };

/** The role page's sort from `?industrySort=`, with a problem to name when the value is unknown. */
export function industrySortFromParam(raw: string | null): { sort: IndustrySort; problem: string | null } {
	if (raw === null) return { sort: 'jobs', problem: null };
	const v = raw.trim().toLowerCase();
	if ((industrySorts as readonly string[]).includes(v)) return { sort: v as IndustrySort, problem: null };
	return { sort: 'jobs', problem: `“${raw.slice(0, 30)}” is not a way to sort industries (use jobs or pay); sorted by jobs.` };
}

/** A NAICS sector code as OEWS writes it (51, 31-33), or null when the text cannot be one. */
export function sectorCodeFromParam(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const s = raw.trim();
	return /^\d{2}(-\d{2})?$/.test(s) ? s : null;
}

/** Titles short enough for a chart label; the table and CSV keep the published title. */
const shortTitles: Record<string, string> = {
	'21': 'Mining, oil and gas',
	'48-49': 'Transportation and warehousing',
	'53': 'Real estate, rental and leasing',
	'54': 'Professional, scientific, technical services',
	'55': 'Management of companies',
	'56': 'Administrative, support, waste services',
	'71': 'Arts, entertainment, recreation',
	'72': 'Accommodation and food services',
	'81': 'Other services',
	'99': 'Government (OEWS designation)',
	'11': 'Agriculture, forestry, fishing, hunting'
};
export const sectorShortTitle = (naics: string, title: string) => shortTitles[naics] ?? title;

/** The sector file, as a source line and a CSV release. */
export const oewsIndustrySource = (year: number) =>
	`BLS Occupational Employment and Wage Statistics (OEWS), May ${year}, national industry-specific estimates by NAICS sector (natsector_M${year}_dl.xlsx)`;
export const oewsIndustryRelease = (year: number) => `OEWS May ${year} sector estimates`;
