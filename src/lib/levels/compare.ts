/**
 * The compare page's level additions as plain functions: related work experience side by side (one
 * column per O*NET occupation, never averaged), and the hot or in-demand technologies shared by
 * every chosen occupation or distinct to one.
 */
import type { OnetLevels } from './load';
import type { ExperienceCell } from './rows';

export interface CompareOccupation {
	soc_code: string;
	title: string;
	onet: OnetLevels[];
}

/** One related-experience category with each O*NET occupation's cell, keyed by O*NET code. */
export interface ExperienceSideRow {
	category: number;
	category_label: string;
	cells: Record<string, ExperienceCell | undefined>;
}

/** The O*NET occupations that have an experience survey, in the order chosen. */
export const surveyed = (occs: readonly CompareOccupation[]) => occs.flatMap((o) => o.onet.filter((x) => x.experience.length > 0));

export function experienceSideBySide(occs: readonly CompareOccupation[]): ExperienceSideRow[] {
	const rows = new Map<number, ExperienceSideRow>();
	for (const o of surveyed(occs))
		for (const c of o.experience) {
			const row = rows.get(c.category) ?? { category: c.category, category_label: c.category_label, cells: {} };
			row.cells[o.onet_code] = c;
			rows.set(c.category, row);
		}
	return [...rows.values()].sort((a, b) => a.category - b.category);
}

export interface TechPresence {
	example: string;
	commodity_title: string;
	/** SOC codes (of those chosen) whose O*NET occupations list it as hot or in demand. */
	in: string[];
}

/** Hot or in-demand technologies: those every chosen occupation lists, and those only one does. */
export function techOverlap(occs: readonly CompareOccupation[]): { shared: TechPresence[]; distinct: Map<string, TechPresence[]>; all: TechPresence[] } {
	const byName = new Map<string, TechPresence>();
	for (const o of occs)
		for (const t of o.onet.flatMap((x) => x.technologies)) {
			const p = byName.get(t.example) ?? { example: t.example, commodity_title: t.commodity_title, in: [] };
			if (!p.in.includes(o.soc_code)) p.in.push(o.soc_code);
			byName.set(t.example, p);
		}
	const all = [...byName.values()].sort(
		(a, b) => b.in.length - a.in.length || a.commodity_title.localeCompare(b.commodity_title) || a.example.localeCompare(b.example)
	);
	const withTech = occs.filter((o) => o.onet.some((x) => x.technologies.length));
	const shared = withTech.length > 1 ? all.filter((p) => p.in.length === withTech.length) : [];
	const distinct = new Map(occs.map((o) => [o.soc_code, all.filter((p) => p.in.length === 1 && p.in[0] === o.soc_code)]));
	return { shared, distinct, all };
}
