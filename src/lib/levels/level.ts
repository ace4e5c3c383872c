/**
 * Levels from published data, as plain functions (unit-tested without a database): the BLS career
 * level of an occupation from EP's related work experience, the meaning of an old `level=` link,
 * and O*NET percentages shown only as precisely as O*NET advises.
 */
import { careerLevelExperience, levels, levelPercentile, payShownChoices, type Level, type PayShown } from '../vocabulary';

/** The BLS career level of an EP "work experience in a related occupation" value; null for none or an unknown value. */
export function careerLevelOf(experience: string | null): Level | null {
	if (experience === null) return null;
	return levels.find((l) => careerLevelExperience[l] === experience.trim()) ?? null;
}

/** SQL: the career level of the EP experience column `column` ('entry' | 'mid' | 'senior' | NULL). */
export const careerLevelSql = (column: string) =>
	`CASE ${column} ${levels.map((l) => `WHEN '${careerLevelExperience[l]}' THEN '${l}'`).join(' ')} ELSE NULL END`;

/**
 * An old link's `level=` chose a pay percentile (entry = 25th, mid = median, senior = 75th). It now
 * filters by career level, so such a link keeps its level and gets the pay it used to show.
 */
export function payShownOfOldLevel(level: Level): PayShown {
	const col = levelPercentile[level];
	return (Object.keys(payShownChoices) as PayShown[]).find((k) => payShownChoices[k] === col)!;
}

/** An O*NET percentage as people read it: "40.0%"; O*NET's suppressed cells are never shown as a figure. */
export function onetPercent(cell: { pct: number; suppress: boolean }): string {
	return cell.suppress ? 'suppressed' : `${cell.pct.toFixed(1)}%`;
}

/** "n = 26; 95% CI 8.7–71.3%", the precision O*NET publishes for a cell. */
export function onetPrecision(cell: { n: number | null; ci_low: number | null; ci_high: number | null }): string {
	const parts = [
		cell.n !== null ? `n = ${cell.n}` : null,
		cell.ci_low !== null && cell.ci_high !== null ? `95% CI ${cell.ci_low.toFixed(1)}–${cell.ci_high.toFixed(1)}%` : null
	];
	return parts.filter(Boolean).join('; ') || 'not published';
}

/** The most chosen category that O*NET does not advise suppressing, for a sentence; null when the top one is suppressed. */
export function topCategory<C extends { pct: number; suppress: boolean }>(cells: readonly C[]): C | null {
	const top = [...cells].sort((a, b) => b.pct - a.pct)[0];
	return top && !top.suppress ? top : null;
}

/** Technologies grouped by kind (commodity title), kinds with in-demand technologies first, then by size. */
export function groupByKind<T extends { commodity_title: string; in_demand: boolean }>(rows: readonly T[]): { kind: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const r of rows) groups.set(r.commodity_title, [...(groups.get(r.commodity_title) ?? []), r]);
	const demand = (items: T[]) => items.filter((i) => i.in_demand).length;
	return [...groups]
		.map(([kind, items]) => ({ kind, items }))
		.sort((a, b) => demand(b.items) - demand(a.items) || b.items.length - a.items.length || a.kind.localeCompare(b.kind));
}
