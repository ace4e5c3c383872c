/**
 * The public contract: one zod schema per output table. The ingest validates every row it
 * writes against these, the query layer validates what it reads back, and the README's data
 * dictionary is generated from the descriptions below, so the three cannot drift apart.
 */
import { z } from 'zod';

export const socCode = z.string().regex(/^\d{2}-\d{4}$/, 'a SOC code like 11-3021');
export const socLevel = z.enum(['total', 'major', 'minor', 'broad', 'detailed']);
export const socVersion = z.enum(['2010', '2018-hybrid', '2018']);
export const track = z.enum(['IT', 'IS']);
export const level = z.enum(['entry', 'mid', 'senior']);

/** How a published BLS value reached us: a number, suppressed (`*`, `**`) or top-coded (`#`). */
export const valueFlag = z.enum(['published', 'suppressed', 'topcoded', 'not_applicable']);
export type ValueFlag = z.infer<typeof valueFlag>;

const int = z.number().int();
const money = z.number().nonnegative();

export const occupationRow = z.object({
	soc_code: socCode.describe('SOC 2018 code'),
	title: z.string().min(1).describe('SOC 2018 title'),
	soc_level: socLevel.describe('major | minor | broad | detailed'),
	major_code: socCode.describe('SOC major group code, e.g. 15-0000'),
	major_title: z.string().min(1).describe('SOC major group title'),
	example_titles: z.array(z.string()).describe('BLS example job titles (latest EP release)'),
	education: z.string().nullable().describe('Typical entry-level education (latest EP release)'),
	experience: z.string().nullable().describe('Work experience in a related occupation (latest EP release)'),
	training: z.string().nullable().describe('Typical on-the-job training (latest EP release)'),
	definition: z.string().nullable().describe('SOC 2018 definition')
});

export const projectionRow = z.object({
	soc_code: socCode.describe('Occupation code as published in that release'),
	title: z.string().min(1).describe('Occupation title as published (example titles removed)'),
	period_start: int.describe('Base year of the projection, e.g. 2024'),
	period_end: int.describe('Target year, e.g. 2034'),
	emp_start: int.describe('Employment in the base year, persons (published in thousands)'),
	emp_end: int.describe('Projected employment in the target year, persons'),
	emp_change: int.describe('Employment change, persons'),
	pct_change: z.number().describe('Employment change, percent'),
	openings_annual: int.describe('Occupational openings, annual average, persons'),
	median_wage: money.nullable().describe('Median annual wage, dollars; null when BLS publishes none (N/A); the cap when top-coded'),
	median_wage_year: int.describe('OEWS year of the median wage, read from the header'),
	median_wage_topcoded: z.boolean().describe('True when published as ">=" the top-code'),
	education: z.string().nullable().describe('Typical entry-level education'),
	experience: z.string().nullable().describe('Work experience in a related occupation'),
	training: z.string().nullable().describe('Typical on-the-job training'),
	soc_version: socVersion.describe('SOC vintage of the release: 2010, 2018-hybrid or 2018')
});

/** Value columns of `wages` that carry a `<name>_flag` column beside them. */
export const wageValueColumns = [
	'tot_emp',
	'jobs_per_1000',
	'loc_quotient',
	'a_mean',
	'a_pct10',
	'a_pct25',
	'a_median',
	'a_pct75',
	'a_pct90',
	'h_mean',
	'h_median'
] as const;
export type WageValueColumn = (typeof wageValueColumns)[number];

export const wageRow = z.object({
	soc_code: socCode.describe('Occupation code as published in that release'),
	title: z.string().min(1).describe('Occupation title as published'),
	soc_level: socLevel.describe('total | major | minor | broad | detailed (OEWS O_GROUP)'),
	year: int.describe('OEWS reference year (May estimates)'),
	area_code: z.string().min(1).describe('BLS area code: 99 for the U.S., state FIPS code otherwise'),
	area_title: z.string().min(1).describe('Area name'),
	area_type: z.enum(['national', 'state', 'territory']).describe('national | state (50 states and DC) | territory'),
	state: z.string().length(2).nullable().describe('Two-letter postal code, null for the nation'),
	tot_emp: int.nullable().describe('Employment, persons'),
	jobs_per_1000: z.number().nullable().describe('Jobs per 1,000 jobs in the area'),
	loc_quotient: z.number().nullable().describe('Location quotient'),
	a_mean: money.nullable().describe('Annual mean wage, dollars'),
	a_pct10: money.nullable().describe('Annual 10th percentile wage'),
	a_pct25: money.nullable().describe('Annual 25th percentile wage'),
	a_median: money.nullable().describe('Annual median wage'),
	a_pct75: money.nullable().describe('Annual 75th percentile wage'),
	a_pct90: money.nullable().describe('Annual 90th percentile wage'),
	h_mean: money.nullable().describe('Hourly mean wage'),
	h_median: money.nullable().describe('Hourly median wage'),
	...(Object.fromEntries(
		wageValueColumns.map((c) => [`${c}_flag`, valueFlag.describe(`published | suppressed | topcoded (value holds the cap) | not_applicable, for ${c}`)])
	) as Record<`${WageValueColumn}_flag`, typeof valueFlag>),
	annual_only: z.boolean().describe('BLS publishes only annual wages for this occupation'),
	hourly_only: z.boolean().describe('BLS publishes only hourly wages for this occupation'),
	soc_version: socVersion.describe('SOC vintage of the release')
});

export const roleRow = z.object({
	role: z.string().min(1).describe('Role name as published'),
	track: track.describe('IT | IS'),
	level: level.describe('entry | mid | senior'),
	median_salary: int.positive().describe('Published estimated median salary, dollars'),
	soc_code: socCode.describe('SOC 2018 occupation BLS counts the role under'),
	mapping_note: z.string().min(1).describe('Why the role maps to that code; "Judgement:" when it is one'),
	source: z.string().min(1).describe('Publisher and article'),
	as_of: z
		.string()
		.regex(/^\d{4}-\d{2}$/)
		.describe('Month the figures refer to, YYYY-MM')
});

export const roleAliasRow = z.object({
	alias: z.string().min(1).describe('A name people type: abbreviation, seed role, ladder role'),
	soc_code: socCode.describe('SOC 2018 occupation it finds'),
	kind: z.enum(['ladder', 'seed_role', 'abbreviation']).describe('ladder | seed_role | abbreviation'),
	track: z
		.enum(['IT', 'IS', 'both'])
		.nullable()
		.describe(
			'Track the articles put the role in (IT | IS | both), or null when they name none or its occupation is not on that track (`tracks`); finds occupations, does not make track members'
		),
	reason: z.string().min(1).describe('Why the alias maps to that code')
});

/** Track membership of an occupation (data/sources/tracks.csv): `both` is a member of IT and of IS. */
export const trackMembership = z.enum(['IT', 'IS', 'both']);

export const trackMemberRow = z.object({
	soc_code: socCode.describe('SOC 2018 detailed occupation on a track'),
	track: trackMembership.describe('IT | IS | both (a member of both tracks, counted in each)'),
	reason: z.string().min(1).describe('Why the occupation is on that track: the article that names it, or "Judgement:" with the SOC definition')
});

export const cpiRow = z.object({
	year: int.describe('Calendar year'),
	annual_avg: z.number().positive().nullable().describe('CPI-U (CUUR0000SA0) annual average, 1982-84=100; null until published'),
	may_value: z.number().positive().nullable().describe('CPI-U (CUUR0000SA0) May value, not seasonally adjusted')
});

export const socCrosswalkRow = z.object({
	soc_2010: socCode.describe('SOC 2010 code'),
	title_2010: z.string().min(1).describe('SOC 2010 title (BLS split marker "(#)" removed)'),
	soc_2018: socCode.describe('SOC 2018 code'),
	title_2018: z.string().min(1).describe('SOC 2018 title (BLS merge marker "(##)" removed)')
});

/** Figures quoted in the seed articles (data/sources/article_claims.csv), checked against BLS on /trends. */
export const claimRow = z.object({
	claim_id: z
		.string()
		.regex(/^[a-z0-9_]+$/)
		.describe('Identifier of the quoted figure, e.g. s000_01'),
	seed_file: z.string().min(1).describe('Seed article file the quote comes from'),
	article_title: z.string().min(1).describe('Title of the article'),
	article_date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable()
		.describe('Publication date, YYYY-MM-DD, or null when the article gives none'),
	quote: z.string().min(1).describe('The sentence quoted, verbatim'),
	metric: z
		.enum(['pct_change', 'openings_annual', 'median_wage'])
		.describe('What the figure measures: pct_change | openings_annual (EP) | median_wage (OEWS or EP)'),
	value: z.number().describe('The figure as quoted'),
	unit: z.enum(['percent', 'jobs', 'dollars']).describe('percent | jobs | dollars'),
	period: z
		.string()
		.regex(/^\d{4}-\d{4}$/)
		.nullable()
		.describe('Projection period the article names, e.g. 2021-2031, or null when unstated'),
	soc_codes: z.array(socCode).min(1).describe('SOC 2018 code(s) the figure is about; a group code stands for its detailed occupations'),
	notes: z.string().nullable().describe('How the quote was read and matched')
});

/** An O*NET-SOC code: a SOC 2018 code plus a two-digit O*NET suffix (.00 is the SOC occupation itself). */
export const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code like 15-1299.08');
const onetCodeCol = onetCode.describe('O*NET-SOC code, e.g. 15-1252.00 or 15-1299.08');
const onetSocCol = socCode.describe('SOC 2018 code the O*NET occupation belongs to: its code without the suffix (15-1299.08 → 15-1299)');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2023-08');

export const onetOccupationRow = z.object({
	onet_code: onetCodeCol,
	soc_code: onetSocCol,
	title: z.string().min(1).describe('O*NET occupation title'),
	description: z.string().min(1).describe('O*NET occupation description'),
	job_zone: int
		.min(1)
		.max(5)
		.nullable()
		.describe('O*NET Job Zone, 1 (little or no preparation needed) to 5 (extensive preparation); null when O*NET has not rated the occupation'),
	job_zone_label: z.string().min(1).nullable().describe('Name of the Job Zone, e.g. "Job Zone Four: Considerable Preparation Needed"; null with no Job Zone')
});

export const experienceScale = z.enum(['education', 'related_experience', 'onsite_training', 'on_the_job_training']);

export const experienceRequirementRow = z.object({
	onet_code: onetCodeCol,
	soc_code: onetSocCol,
	scale: experienceScale.describe(
		'education (O*NET scale RL, required level of education) | related_experience (RW, related work experience) | onsite_training (PT, on-site or in-plant training) | on_the_job_training (OJ)'
	),
	category: int.positive().describe('Category within the scale: education 1–12, related_experience 1–11, the training scales 1–9'),
	category_label: z.string().min(1).describe('What the category means, from O*NET\'s categories file, e.g. "Over 6 years, up to and including 8 years"'),
	pct: z.number().min(0).max(100).describe('Percent of respondents who chose this category (O*NET Data Value)'),
	n: int.nonnegative().nullable().describe('Number of respondents (O*NET N); null when O*NET prints n/a'),
	std_error: z.number().nonnegative().nullable().describe('Standard error of pct; null when O*NET prints n/a (for example occupational-expert ratings)'),
	ci_low: z.number().nullable().describe('Lower bound of the 95% confidence interval of pct; null when n/a'),
	ci_high: z.number().nullable().describe('Upper bound of the 95% confidence interval of pct; null when n/a'),
	suppress: z
		.boolean()
		.describe(
			'O*NET "Recommend Suppress" is Y: O*NET advises against showing pct as a precise figure (the row is kept, flagged). False for N and for n/a (ratings not assessed for suppression)'
		),
	as_of: yearMonth.describe('Month O*NET collected the data, YYYY-MM')
});

export const technologyRow = z.object({
	onet_code: onetCodeCol,
	soc_code: onetSocCol,
	example: z.string().min(1).describe('Technology as O*NET names it, e.g. Amazon DynamoDB'),
	commodity_code: z
		.string()
		.regex(/^\d{8}$/)
		.describe('UNSPSC commodity code of the technology, 8 digits'),
	commodity_title: z.string().min(1).describe('UNSPSC commodity title, e.g. Data base management system software'),
	hot: z.boolean().describe('O*NET Hot Technology: frequently included in employer job postings'),
	in_demand: z.boolean().describe('O*NET In Demand: among the technologies most often in job postings for this occupation')
});

export const relatedOccupationRow = z.object({
	onet_code: onetCodeCol,
	related_onet_code: onetCode.describe('O*NET-SOC code of the related occupation'),
	soc_code: onetSocCol,
	related_soc_code: socCode.describe('SOC 2018 code of the related occupation'),
	tier: z
		.enum(['primary_short', 'primary_long', 'supplemental'])
		.describe('O*NET relatedness tier: primary_short (the most related) | primary_long | supplemental'),
	rank: int.positive().describe("Order among the occupation's related occupations, 1 = most related (O*NET Index)")
});

export const taskRow = z.object({
	onet_code: onetCodeCol,
	soc_code: onetSocCol,
	task_id: int.positive().describe('O*NET task ID'),
	task: z.string().min(1).describe('Task statement'),
	task_type: z.enum(['core', 'supplemental']).nullable().describe('core | supplemental (O*NET Task Type); null when O*NET gives none (n/a)')
});

export const titleRow = z.object({
	soc_code: onetSocCol,
	onet_code: onetCodeCol,
	title: z.string().min(1).describe('A job title people use for the occupation'),
	kind: z
		.enum(['alternate', 'short', 'reported'])
		.describe(
			'alternate (O*NET Alternate Titles) | short (the short form O*NET gives for an alternate title, e.g. CTO) | reported (Sample of Reported Titles)'
		),
	shown_in_my_next_move: z.boolean().nullable().describe('Reported titles: whether O*NET shows it in My Next Move; null for alternate and short titles')
});

export const riasecInterest = z.enum(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']);

export const interestRow = z.object({
	onet_code: onetCodeCol,
	soc_code: onetSocCol,
	interest: riasecInterest.describe('RIASEC interest: Realistic | Investigative | Artistic | Social | Enterprising | Conventional'),
	score: z.number().min(1).max(7).describe('How strongly the occupation draws on the interest, 1–7 (O*NET scale OI)'),
	high_point_rank: int
		.min(1)
		.max(3)
		.nullable()
		.describe("1, 2 or 3 when this interest is the occupation's first, second or third interest high-point (O*NET scale IH); null otherwise")
});

/** OEWS estimates by industry sector: the `wages` columns for one sector, plus the sector. */
export const industryWageRow = wageRow.extend({
	naics: z
		.string()
		.regex(/^\d{2}(-\d{2})?$/)
		.describe('NAICS sector code as OEWS writes it, e.g. 51 or 31-33; 99 is federal, state and local government (OEWS designation)'),
	naics_title: z.string().min(1).describe('NAICS sector title')
});

export const priceParityLine = z.enum(['all_items', 'goods', 'housing', 'utilities', 'other_services']);

export const priceParityRow = z.object({
	area_fips: z
		.string()
		.regex(/^\d{5}$/)
		.describe('BEA GeoFIPS: 00000 for the U.S., the state FIPS code followed by 000 otherwise'),
	state: z.string().length(2).nullable().describe('Two-letter postal code, null for the U.S.'),
	area_title: z.string().min(1).describe('Area name (BEA GeoName)'),
	year: int.describe('Calendar year'),
	line: priceParityLine.describe(
		'all_items | goods | housing | utilities | other_services (BEA lines 1–5: all items, goods, services: housing, utilities, other)'
	),
	rpp: z.number().positive().describe("Regional price parity: the area's price level, U.S. = 100. Pay ÷ (rpp/100) is pay in U.S.-average prices")
});

/**
 * Derived by the ingest with SQL from the tables above (explorerOccupationsSql), not from a raw
 * file: the explorer's one row per detailed occupation, so its page loads and queries one small
 * table instead of five.
 */
export const explorerOccupationRow = z.object({
	soc_code: socCode.describe('SOC 2018 code of a detailed occupation with OEWS or EP figures'),
	title: z.string().min(1).describe('SOC 2018 title'),
	major_code: socCode.describe('SOC major group code'),
	major_title: z.string().min(1).describe('SOC major group title'),
	education: z.string().nullable().describe('Typical entry-level education (latest EP release)'),
	example_titles: z.array(z.string()).describe('BLS example job titles, searched by the explorer'),
	oews_year: int.describe('OEWS May year of the wage columns: the latest national release'),
	tot_emp: int.nullable().describe('Employment, persons (OEWS national); null with no OEWS row'),
	tot_emp_flag: valueFlag.nullable().describe('Flag of tot_emp; null with no OEWS row'),
	a_pct10: money.nullable().describe('Annual 10th percentile wage'),
	a_pct10_flag: valueFlag.nullable().describe('Flag of a_pct10'),
	a_pct25: money.nullable().describe('Annual 25th percentile wage (entry level)'),
	a_pct25_flag: valueFlag.nullable().describe('Flag of a_pct25'),
	a_median: money.nullable().describe('Annual median wage (mid level)'),
	a_median_flag: valueFlag.nullable().describe('Flag of a_median'),
	a_pct75: money.nullable().describe('Annual 75th percentile wage (senior level)'),
	a_pct75_flag: valueFlag.nullable().describe('Flag of a_pct75'),
	a_pct90: money.nullable().describe('Annual 90th percentile wage'),
	a_pct90_flag: valueFlag.nullable().describe('Flag of a_pct90'),
	experience: z.string().nullable().describe('Work experience in a related occupation (latest EP release)'),
	career_level: level
		.nullable()
		.describe('BLS career level from `experience`: entry (None) | mid (Less than 5 years) | senior (5 years or more); null with no EP value'),
	job_zones: z
		.array(z.string().regex(/^[1-5]$/))
		.describe('O*NET Job Zones (1–5, as text) of the O*NET occupations of this SOC code, distinct, lowest first; empty when O*NET rates none'),
	ep_start: int.describe('Base year of the projection columns: the latest EP release'),
	pct_change: z.number().nullable().describe('Projected employment change, percent; null with no EP row'),
	openings_annual: int.nullable().describe('Projected openings, annual average, persons'),
	tracks: z.array(track).describe('IT and/or IS: the tracks the occupation is a member of (`tracks`; both is IT and IS); empty for the others'),
	ladder_roles: z.array(z.string()).describe('Ladder roles that map here, by level then name'),
	ladder_role_tracks: z.array(track).describe('Track of each ladder role, in the same order'),
	ladder_role_levels: z.array(level).describe('Level of each ladder role, in the same order'),
	aliases: z.array(z.string()).describe('Names people search for that find this occupation (role_aliases)')
});

/**
 * Derived like explorer_occupations, and kept apart from it: the explorer loads these titles only
 * when someone searches, so the default view does not carry them.
 */
export const explorerTitleRow = z.object({
	soc_code: socCode.describe('SOC 2018 code of a detailed occupation in explorer_occupations'),
	onet_titles: z
		.array(z.string())
		.describe('O*NET 29.2 job titles of its O*NET occupations: alternate titles, their short forms (e.g. CTO) and reported titles, each once')
});

export const tableSchemas = {
	occupations: occupationRow,
	projections: projectionRow,
	wages: wageRow,
	roles: roleRow,
	role_aliases: roleAliasRow,
	tracks: trackMemberRow,
	cpi: cpiRow,
	soc_crosswalk: socCrosswalkRow,
	claims: claimRow,
	onet_occupations: onetOccupationRow,
	experience_requirements: experienceRequirementRow,
	technologies: technologyRow,
	related_occupations: relatedOccupationRow,
	tasks: taskRow,
	titles: titleRow,
	interests: interestRow,
	industry_wages: industryWageRow,
	price_parities: priceParityRow,
	explorer_occupations: explorerOccupationRow,
	explorer_titles: explorerTitleRow
} as const;
export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];

/** Tables the ingest derives with SQL once the others are written (see src/lib/schema/derived-tables.ts). */
export const derivedTableNames = ['explorer_occupations', 'explorer_titles'] as const satisfies readonly TableName[];
export type DerivedTableName = (typeof derivedTableNames)[number];
/** Tables the ingest builds from the raw files, row by row. */
export type SourceTableName = Exclude<TableName, DerivedTableName>;
export const sourceTableNames = tableNames.filter((n): n is SourceTableName => !(derivedTableNames as readonly string[]).includes(n));

export type OccupationRow = z.infer<typeof occupationRow>;
export type ProjectionRow = z.infer<typeof projectionRow>;
export type WageRow = z.infer<typeof wageRow>;
export type RoleRow = z.infer<typeof roleRow>;
export type RoleAliasRow = z.infer<typeof roleAliasRow>;
export type TrackMemberRow = z.infer<typeof trackMemberRow>;
export type CpiRow = z.infer<typeof cpiRow>;
export type SocCrosswalkRow = z.infer<typeof socCrosswalkRow>;
export type ClaimRow = z.infer<typeof claimRow>;
export type ExplorerOccupationRow = z.infer<typeof explorerOccupationRow>;
export type OnetOccupationRow = z.infer<typeof onetOccupationRow>;
export type ExperienceRequirementRow = z.infer<typeof experienceRequirementRow>;
export type TechnologyRow = z.infer<typeof technologyRow>;
export type RelatedOccupationRow = z.infer<typeof relatedOccupationRow>;
export type TaskRow = z.infer<typeof taskRow>;
export type TitleRow = z.infer<typeof titleRow>;
export type InterestRow = z.infer<typeof interestRow>;
export type IndustryWageRow = z.infer<typeof industryWageRow>;
export type PriceParityRow = z.infer<typeof priceParityRow>;
/** What the ingest builds from the raw files, before writing. */
export type TableRows = { [K in SourceTableName]: z.infer<(typeof tableSchemas)[K]>[] };
