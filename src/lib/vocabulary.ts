/**
 * The site's words, each defined once: tracks, career levels, pay percentiles and release labels.
 * Menus, legends, column headers and messages are generated from these lists, so a new value
 * (or a renamed one) changes every place that shows it.
 */
import { level as levelEnum, track as trackEnum } from './schema/tables';

// ---------------------------------------------------------------------------------------------
// Tracks

export const tracks = trackEnum.options;
export type Track = (typeof tracks)[number];

/**
 * A track choice in a filter, in menu order: the occupations on either track (the explorer's
 * default), one track, or every occupation.
 */
export const trackChoices = ['any', ...tracks, 'all'] as const;
export type TrackChoice = (typeof trackChoices)[number];

export const trackChoiceLabel: Record<TrackChoice, string> = { any: 'IT or IS occupations', IT: 'IT track', IS: 'IS track', all: 'All occupations' };

/** A choice that is one track (not `any` or `all`). */
export const isTrack = (c: TrackChoice): c is Track => (tracks as readonly string[]).includes(c);

/**
 * Colours of occupations by the tracks they are on, in drawing order (occupations on a track are
 * drawn over the others). CSS variables for the tracks, so the stylesheet stays their one source.
 */
export const trackColorGroups = [
	{ key: 'other', label: 'Other', color: '#8a96a3' },
	{ key: 'IS', label: 'IS track', color: 'var(--is)' },
	{ key: 'IT', label: 'IT track', color: 'var(--it)' },
	{ key: 'both', label: 'Both tracks', color: '#6a3d9a' }
] as const;
export type TrackColorGroup = (typeof trackColorGroups)[number];

/** Which colour group an occupation on these tracks belongs to (index into trackColorGroups). */
export function trackColorIndex(onTracks: readonly string[]): number {
	return (onTracks.includes('IT') ? 2 : 0) + (onTracks.includes('IS') ? 1 : 0);
}

/** The legend's order: the tracks first, then both, then the rest. */
export const trackLegend = [trackColorGroups[2], trackColorGroups[1], trackColorGroups[3], trackColorGroups[0]];

// ---------------------------------------------------------------------------------------------
// Career levels

export const levels = levelEnum.options;
export type Level = (typeof levels)[number];
export const levelLabel: Record<Level, string> = { entry: 'Entry', mid: 'Mid', senior: 'Senior' };
/** Sort order of levels in SQL: entry, mid, senior. */
export const levelOrderSql = (column: string) => `CASE ${column} WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 ELSE 2 END`;

// ---------------------------------------------------------------------------------------------
// Pay percentiles

/** The annual wage percentiles BLS publishes, lowest first. */
export const percentiles = ['a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90'] as const;
export type Percentile = (typeof percentiles)[number];

/** "25th percentile", "Median": as a column header or legend entry. */
export const percentileName: Record<Percentile, string> = {
	a_pct10: '10th percentile',
	a_pct25: '25th percentile',
	a_median: 'Median',
	a_pct75: '75th percentile',
	a_pct90: '90th percentile'
};

/** For a BLS occupation, a pay percentile stands in for a level: a proxy, named as one. */
export const levelPercentile = { entry: 'a_pct25', mid: 'a_median', senior: 'a_pct75' } as const satisfies Record<Level, Percentile>;
export type PayColumn = (typeof levelPercentile)[Level];

/** The percentile in running text: "25th percentile", "median". */
export const percentileInText = (p: Percentile) => (p === 'a_median' ? 'median' : percentileName[p]);

/** "Entry pay (25th percentile)" */
export const levelPayLabel = (l: Level) => `${levelLabel[l]} pay (${percentileInText(levelPercentile[l])})`;

// ---------------------------------------------------------------------------------------------
// Releases

/** A projection period as BLS writes it: "2024–34". */
export const releaseLabel = (start: number, end: number) => `${start}–${String(end).slice(2)}`;

/** The period of an EP release: "2024–34". */
export const epLabel = (r: { ep_start: number; ep_end: number }) => releaseLabel(r.ep_start, r.ep_end);

/** Releases as a CSV's `release` column names them: "OEWS May 2025", "EP 2024–34". */
export const oewsRelease = (year: number) => `OEWS May ${year}`;
export const oewsStateRelease = (year: number) => `OEWS May ${year} state estimates`;
export const epRelease = (start: number, end: number) => `EP ${releaseLabel(start, end)}`;
export const cpiRelease = (...mays: number[]) => `CPI-U ${[...new Set(mays)].map((y) => `May ${y}`).join(' and ')}`;

// ---------------------------------------------------------------------------------------------
// Explorer sort keys

/**
 * What the explorer can sort by, each with the column of its SQL answer (`relevance` orders by
 * where a search matched). Links, menus, table headers and SQL read this one list.
 */
export const explorerSorts = {
	relevance: null,
	title: 'title',
	jobs: 'tot_emp',
	pay: 'pay',
	statepay: 'a_median_state',
	sectorjobs: 'sector_emp',
	sectorpay: 'sector_median',
	growth: 'pct_change',
	openings: 'openings_annual'
} as const;
export type SortKey = keyof typeof explorerSorts;
export const sortKeys = Object.keys(explorerSorts) as SortKey[];

// ---------------------------------------------------------------------------------------------
// BLS career level and O*NET Job Zones (issue 18)

/**
 * The BLS career level of an occupation: EP's "work experience in a related occupation" (latest
 * release), read as a level. Every EP value maps to one level; src/lib/levels/level.ts maps them.
 */
export const careerLevelExperience = { entry: 'None', mid: 'Less than 5 years', senior: '5 years or more' } as const satisfies Record<Level, string>;
export const careerLevelLabel: Record<Level, string> = {
	entry: 'Entry (no related experience)',
	mid: 'Mid (under 5 years)',
	senior: 'Senior (5 years or more)'
};

/** O*NET Job Zones 1–5 as O*NET names them (Job Zone Reference, O*NET 29.2). */
export const jobZones = [1, 2, 3, 4, 5] as const;
export type JobZone = (typeof jobZones)[number];
export const jobZoneName: Record<JobZone, string> = {
	1: 'Little or No Preparation Needed',
	2: 'Some Preparation Needed',
	3: 'Medium Preparation Needed',
	4: 'Considerable Preparation Needed',
	5: 'Extensive Preparation Needed'
};
/** "Job Zone 4: Considerable Preparation Needed" */
export const jobZoneLabel = (z: JobZone) => `Job Zone ${z}: ${jobZoneName[z]}`;
/** What each zone asks, in O*NET's words (Job Zone Reference: Experience, then Education). */
export const jobZoneMeaning: Record<JobZone, string> = {
	1: 'Little or no previous work-related skill, knowledge, or experience is needed for these occupations. Some of these occupations may require a high school diploma or GED certificate.',
	2: 'Some previous work-related skill, knowledge, or experience is usually needed. These occupations usually require a high school diploma.',
	3: 'Previous work-related skill, knowledge, or experience is required for these occupations. Most occupations in this zone require training in vocational schools, related on-the-job experience, or an associate’s degree.',
	4: 'A considerable amount of work-related skill, knowledge, or experience is needed for these occupations. Most of these occupations require a four-year bachelor’s degree, but some do not.',
	5: 'Extensive skill, knowledge, and experience are needed for these occupations. Many require more than five years of experience. Most of these occupations require graduate school.'
};

/** The pay percentile the explorer shows, a choice of its own (`pay=p25`), not tied to a level. */
export const payShownChoices = { p10: 'a_pct10', p25: 'a_pct25', median: 'a_median', p75: 'a_pct75', p90: 'a_pct90' } as const satisfies Record<
	string,
	Percentile
>;
export type PayShown = keyof typeof payShownChoices;
export const payShownLabel: Record<PayShown, string> = {
	p10: '10th percentile',
	p25: '25th percentile',
	median: 'Median',
	p75: '75th percentile',
	p90: '90th percentile'
};
