/**
 * `occupations`: every SOC 2018 code (major, minor, broad, detailed) with its major group,
 * definition, and the example titles, education, experience and training of the newest EP
 * release that lists it.
 */
import type { OccupationRow } from '../../src/lib/schema/tables';
import type { EpRelease } from './sources/ep-projections';
import type { SocEntry } from './sources/soc-classification';

export function buildOccupations(structure: SocEntry[], definitions: Map<string, string>, releases: EpRelease[]): OccupationRow[] {
	const majors = new Map(structure.filter((e) => e.level === 'major').map((e) => [e.code, e.title]));
	const newestFirst = [...releases].sort((a, b) => b.periodStart - a.periodStart);
	const index = newestFirst.map((rel) => new Map(rel.rows.map((r) => [r.soc_code, r])));
	return structure.map((e) => {
		const majorCode = `${e.code.slice(0, 2)}-0000`;
		const rel = index.findIndex((m) => m.has(e.code));
		const row = rel >= 0 ? index[rel]!.get(e.code) : undefined;
		return {
			soc_code: e.code,
			title: e.title,
			soc_level: e.level,
			major_code: majorCode,
			major_title: majors.get(majorCode) ?? e.title,
			example_titles: rel >= 0 ? (newestFirst[rel]!.exampleTitles.get(e.code) ?? []) : [],
			education: row?.education ?? null,
			experience: row?.experience ?? null,
			training: row?.training ?? null,
			definition: definitions.get(e.code) ?? null
		};
	});
}
