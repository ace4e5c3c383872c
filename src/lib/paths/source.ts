/** Source lines of the paths: O*NET (credited as its licence asks), OEWS and EP. */
import type { Releases } from '$lib/releases';
import { epProjections, oewsNational } from '$lib/sources';
import { epRelease, oewsRelease } from '$lib/vocabulary';

export const onetCredit =
	'Related occupations, Job Zones, hot technologies and tasks: O*NET 29.2 Database, U.S. Department of Labor/Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; the figures are O*NET’s.';

type Shown = Pick<Releases, 'oews_year' | 'ep_start' | 'ep_end'>;

export const pathsSource = (r: Shown) => `${oewsNational(r.oews_year)}; ${epProjections(r)}; O*NET 29.2 Database (USDOL/ETA, CC BY 4.0)`;
export const pathsRelease = (r: Shown) => `${oewsRelease(r.oews_year)}; ${epRelease(r.ep_start, r.ep_end)}; O*NET 29.2`;
