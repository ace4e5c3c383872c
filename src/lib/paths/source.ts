/** Source lines of the paths: O*NET (credited as its licence asks), OEWS and EP. */
import type { Releases } from '$lib/releases';
import { epProjections, oewsNational, onetRelease, onetSource } from '$lib/sources';
import { epRelease, oewsRelease } from '$lib/vocabulary';

type Shown = Pick<Releases, 'oews_year' | 'ep_start' | 'ep_end'>;

export const pathsSource = (r: Shown) =>
	`${oewsNational(r.oews_year)}; ${epProjections(r)}; ${onetSource('Related Occupations, Job Zones, Technology Skills, Task Statements')}`;
export const pathsRelease = (r: Shown) => `${oewsRelease(r.oews_year)}; ${epRelease(r.ep_start, r.ep_end)}; ${onetRelease}`;
