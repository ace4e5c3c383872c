/**
 * Everything the role page's level and technology sections show, per O*NET occupation of a SOC
 * code, read at build time (the page prerenders it) or in the browser for other pages.
 */
import { run } from '$lib/db/query';
import type { Connector } from '$lib/db/types';
import { coreTasksQuery, experienceQuery, interestsQuery, onetProfilesQuery, techCountsQuery, techHighlightsQuery } from './queries';
import type { CoreTask, ExperienceCell, InterestScore, OnetProfile, TechCount, TechHighlight } from './rows';

export interface OnetLevels extends OnetProfile {
	experience: ExperienceCell[];
	education: ExperienceCell[];
	technologies: TechHighlight[];
	techCount: TechCount | null;
	tasks: CoreTask[];
	interests: InterestScore[];
}

export async function loadOnetLevels(db: Connector, codes: readonly string[], taskLimit = 4): Promise<OnetLevels[]> {
	const [profiles, cells, tech, counts, tasks, interests] = await Promise.all([
		run(db, onetProfilesQuery, { codes }),
		run(db, experienceQuery, { codes }),
		run(db, techHighlightsQuery, { codes }),
		run(db, techCountsQuery, { codes }),
		run(db, coreTasksQuery, { codes, limit: taskLimit }),
		run(db, interestsQuery, { codes })
	]);
	const of = <T extends { onet_code: string }>(rows: T[], code: string) => rows.filter((r) => r.onet_code === code);
	return profiles.map((p) => ({
		...p,
		experience: of(cells, p.onet_code).filter((c) => c.scale === 'related_experience'),
		education: of(cells, p.onet_code).filter((c) => c.scale === 'education'),
		technologies: of(tech, p.onet_code),
		techCount: counts.find((c) => c.onet_code === p.onet_code) ?? null,
		tasks: of(tasks, p.onet_code),
		interests: of(interests, p.onet_code)
	}));
}
