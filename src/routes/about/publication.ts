/**
 * When each input was published, and what to call it on a public page. Only facts that can be
 * cited: a BLS news release, what the file says about itself (its banner, last data month or
 * document properties), or what the raw folder's MANIFEST.md records. Where none says, the page
 * says so rather than guessing. Facts about a particular copy are keyed by its SHA-256, so a new
 * download drops them instead of inheriting them.
 */
import { epRelease } from '$lib/vocabulary';

export interface ManifestInput {
	file: string;
	kind: string;
	release: string;
	sha256: string;
}

export const NOT_STATED = 'Not stated in the file';

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** BLS news releases that announced a release, by the manifest's release name (the wording is BLS's). */
const newsReleases: Record<string, string> = {
	'EP 2024-2034': 'August 28, 2025 (BLS news release USDL-25-1324)',
	'OEWS May 2024': 'April 2, 2025 (BLS news release USDL-25-0451)',
	'OEWS May 2024 states': 'April 2, 2025, with the national estimates (BLS news release USDL-25-0451)',
	'OEWS May 2024 by industry sector': 'April 2, 2025, with the national estimates (BLS news release USDL-25-0451)'
};

/**
 * The date BLS staff last saved each OEWS workbook, from its document properties
 * (docProps/core.xml, dcterms:modified): the file cannot have been published before it.
 */
export const savedByBls: Record<string, string> = {
	b316e2bde932: '2015-03-19',
	abec9b9f54a1: '2016-02-26',
	'6b5fccf8713c': '2017-02-24',
	'2ba8af398147': '2018-03-05',
	'9af8b7777512': '2019-03-08',
	e49bae66ebe3: '2020-03-26',
	ac0a59b501cd: '2021-03-17',
	'8cb0b63b69a2': '2022-03-08',
	'19aadce80469': '2023-03-31',
	'9200eb0423fe': '2024-03-14',
	a9bad3093703: '2025-03-04',
	'852250997cef': '2026-04-30'
};

/** What the files say about themselves, and what MANIFEST.md records about these copies. */
const copyFacts: Record<string, string> = {
	// cu.data.1.AllItems: its last month, and BLS's release of that month (MANIFEST.md, section F).
	ec1b22d8c30f: 'Data through September 2025, which BLS released on October 24, 2025',
	// The SOC files' banners (MANIFEST.md, section E).
	ade08af40923: 'November 2017 (the file’s banner)',
	f8b9ca7cccea: 'November 2017, updated April 15, 2020 (the file’s banner)',
	b92a71c72153: 'November 2017 (the file’s banner)',
	// Exports taken after BLS refreshed the wage column (MANIFEST.md, section A).
	'683c8b9374dc': `${NOT_STATED}; it carries May 2023 wages, so it was exported after BLS’s May 2023 wage refresh`,
	'10d879e50f00': `${NOT_STATED}; it carries May 2019 wages, so it was exported after BLS’s May 2019 wage refresh`,
	// SARPP_STATE_2008_2024.csv: its closing note (MANIFEST.md, section J).
	'9c0cbbf81061': 'Last updated February 19, 2026 (the file’s closing note)'
};

/** Public files of this site's own making: said in words, never as a path in the repository. */
const projectSources: Record<string, string> = {
	roles: 'Career-ladder roles and their estimated median salaries, transcribed from the University of San Diego article, with this site’s SOC mapping',
	'role-aliases': 'Names people search for (abbreviations, ladder roles) and the occupation each finds: this site’s list',
	tracks: 'Which occupations are on the IT and the IS track, each with its reason: this site’s list',
	claims: 'BLS figures quoted in career articles, transcribed by this site and checked on the Trends page'
};

export const isProjectSource = (i: Pick<ManifestInput, 'kind'>) => i.kind in projectSources;

/** "national_M2024_dl.xlsx" for a BLS file; words for this site's own files. */
export function inputName(i: ManifestInput): string {
	return projectSources[i.kind] ?? i.file.split('/').at(-1)!;
}

/** "EP 2024–34 (wages May 2024)", "CPI-U 1913–2025": the manifest's release, periods with an en dash. */
export function releaseName(i: ManifestInput, ladderAsOf: string | null): string {
	if (i.kind === 'roles') return ladderAsOf ? `Salaries as of ${ladderAsOf}` : 'Undated';
	if (i.kind === 'claims') return 'This site’s transcription';
	if (isProjectSource(i)) return 'This site’s list';
	const ep = i.release.match(/^EP (\d{4})-(\d{4})(.*)$/);
	if (ep) return `${epRelease(Number(ep[1]), Number(ep[2]))}${ep[3]}`;
	return i.release.replace(/\b(\d{4})-(\d{4})\b/g, '$1–$2');
}

/**
 * The publication date with its citation, or what can be cited instead, or that nothing says.
 * `ladderAsOf` is the ladder's month in words, `articles` the quoted articles with their dates.
 */
export function publishedFor(i: ManifestInput, context: { ladderAsOf: string | null; articles: string | null }): string {
	const release = i.release.replace(/ \(wages May \d{4}\)$/, '');
	const news = newsReleases[release];
	if (news) return news;
	const fact = copyFacts[i.sha256.slice(0, 12)];
	if (fact) return fact;
	const saved = savedByBls[i.sha256.slice(0, 12)];
	if (saved) return `${NOT_STATED}; BLS staff last saved it on ${longDate(saved)} (its document properties)`;
	if (i.kind === 'onet') return 'O*NET 29.2, February 2025 (the database’s Read Me)';
	if (i.kind === 'roles') return `The article is undated${context.ladderAsOf ? `; it takes its figures from BLS and Glassdoor in ${context.ladderAsOf}` : ''}`;
	if (i.kind === 'claims' && context.articles) return `The articles: ${context.articles}`;
	if (isProjectSource(i)) return 'Not a publication: this site’s own list';
	return NOT_STATED;
}
