/** One sentence per published table: what a row is and where it comes from (the data dictionary, /data, /sql). */
import type { TableName } from './tables';

/** One sentence per table: what a row is and where it comes from. */
export const tableAbout: Record<TableName, string> = {
	occupations:
		'One row per SOC 2018 code at every level (major group to detailed occupation), from the BLS SOC 2018 structure and definitions, with education, experience, training and example job titles from the latest Employment Projections release.',
	projections: 'One row per occupation per Employment Projections release ingested, with codes, titles and SOC vintage as that release published them.',
	wages:
		'One row per occupation, area and OEWS May reference year: national cross-industry estimates for every OEWS release ingested, plus state and territory estimates where a state file was ingested.',
	roles:
		'The career ladder from the University of San Diego article (data/sources/salary_by_level.csv): one row per role with its published estimated median salary, the SOC occupation BLS counts it under, and why.',
	role_aliases: 'Names people search for (ladder roles, roles named in the seed articles, abbreviations) and the SOC 2018 occupation each one finds.',
	tracks:
		"Which detailed occupations are on the IT and IS tracks (data/sources/tracks.csv): one row per occupation, IT, IS or both, with the reason (the article that names it, or a judgement from the SOC definition). The explorer's track filter and the overview's IT-vs-IS figures read it.",
	claims:
		'BLS figures quoted by the seed articles (data/sources/article_claims.csv): one row per quoted number, with the article, its date, the verbatim quote and the release and occupation(s) it refers to.',
	cpi: 'One row per calendar year of the CPI-U, U.S. city average, all items (series CUUR0000SA0, not seasonally adjusted, 1982-84=100).',
	soc_crosswalk: 'The BLS SOC 2010 → SOC 2018 crosswalk: one row per pair of codes, so a 2010 code that was split appears once per 2018 code.',
	onet_occupations:
		'One row per O*NET occupation (1,016 in O*NET 29.2), with its SOC 2018 code, description and Job Zone. A SOC code may hold several O*NET occupations: 15-1299.08 is one of those under 15-1299; the .00 occupation is the SOC occupation itself. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	experience_requirements:
		'What O*NET respondents say an occupation requires: one row per occupation, scale (education, related work experience, on-site training, on-the-job training) and category, with the percent choosing it and its precision. Rows O*NET recommends suppressing are kept with `suppress` true. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	technologies:
		'One row per occupation and technology O*NET lists for it (Technology Skills), with its UNSPSC commodity and whether it is a hot or in-demand technology. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	related_occupations:
		'For each O*NET occupation, the up to 20 occupations O*NET finds most related, in order and by tier. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	tasks:
		'One row per O*NET task statement, with the occupation it belongs to and whether it is core or supplemental. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	titles:
		'Job titles people use for each O*NET occupation: alternate titles and their short forms (Alternate Titles) and titles incumbents reported (Sample of Reported Titles); each title once per occupation and kind. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
	interests:
		"Each O*NET occupation's RIASEC interest profile: one row per occupation and interest with its score, and its rank when it is one of the occupation's three interest high-points. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.",
	industry_wages:
		'OEWS May 2024 estimates by industry sector (the May 2024 sector file, natsector_M2024_dl.xlsx): one row per occupation and NAICS sector, with the `wages` columns and flags, national, all ownerships.',
	price_parities:
		'BEA regional price parities by state (SARPP), 2008–2024: one row per area (the U.S., 50 states and DC), year and line (all items, goods, housing, utilities, other services). U.S. = 100. Public domain (U.S. Bureau of Economic Analysis).',
	explorer_occupations:
		'Derived by the ingest from the tables above (SQL in `src/lib/explorer/occupations-table.ts`), not from a raw file: one row per detailed occupation with OEWS or EP figures in the latest releases, with what the explorer filters and searches on. The explorer page loads this table first.',
	explorer_titles:
		'Derived by the ingest from `titles` (SQL in `src/lib/explorer/occupations-table.ts`): per occupation of `explorer_occupations`, every O*NET job title (alternate, short and reported) a search in the explorer also looks in. The explorer loads it only when someone searches. From the O*NET 29.2 Database (February 2025) by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.'
};
