/**
 * Checks across sources that must hold for the published files; a broken one fails the ingest.
 */
import type { TableRows, WageRow } from '../../src/lib/schema/tables';

export interface CheckResult {
	name: string;
	checked: number;
	failures: string[];
	notes: string[];
}

/** Each EP release's median wage equals the OEWS national median of its wage year, same code. */
export function epWagesMatchOews(t: TableRows): CheckResult {
	const national = new Map<string, WageRow>();
	for (const w of t.wages) if (w.area_type === 'national') national.set(`${w.year}|${w.soc_code}`, w);
	const years = new Set(t.wages.filter((w) => w.area_type === 'national').map((w) => w.year));
	const r: CheckResult = { name: 'EP median wage = OEWS national median of its wage year', checked: 0, failures: [], notes: [] };
	let unmatched = 0;
	for (const p of t.projections) {
		if (!years.has(p.median_wage_year)) continue;
		const w = national.get(`${p.median_wage_year}|${p.soc_code}`);
		if (!w || p.median_wage === null) {
			unmatched++;
			continue;
		}
		r.checked++;
		const topOk = p.median_wage_topcoded === (w.a_median_flag === 'topcoded');
		if (w.a_median !== p.median_wage || !topOk)
			r.failures.push(
				`EP ${p.period_start}-${p.period_end} ${p.soc_code}: ${p.median_wage_topcoded ? '>=' : ''}${p.median_wage} vs OEWS May ${p.median_wage_year} ${w.a_median_flag === 'topcoded' ? '#' : (w.a_median ?? w.a_median_flag)}`
			);
	}
	if (unmatched) r.notes.push(`${unmatched} EP rows without a published OEWS median to compare (EP-only aggregates or N/A)`);
	return r;
}

/** State rows' codes and titles exist in the national file of the same year. */
export function stateCodesInNational(t: TableRows): CheckResult {
	const national = new Map<string, string>();
	for (const w of t.wages) if (w.area_type === 'national') national.set(`${w.year}|${w.soc_code}`, w.title);
	const r: CheckResult = { name: 'state codes and titles exist nationally', checked: 0, failures: [], notes: [] };
	for (const w of t.wages) {
		if (w.area_type === 'national') continue;
		r.checked++;
		const title = national.get(`${w.year}|${w.soc_code}`);
		if (title === undefined) r.failures.push(`${w.state} ${w.soc_code} (May ${w.year}) has no national row`);
		else if (title !== w.title) r.failures.push(`${w.state} ${w.soc_code}: "${w.title}" vs national "${title}"`);
	}
	return r;
}

const ladder = ['a_pct10', 'a_pct25', 'a_median', 'a_pct75', 'a_pct90'] as const;

/** Published percentiles never decrease; a top-coded one is at least every value below it. */
export function percentilesOrdered(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'wage percentiles ordered', checked: 0, failures: [], notes: [] };
	for (const w of t.wages) {
		r.checked++;
		let prev = -Infinity;
		let prevName = '';
		for (const c of ladder) {
			const v = w[c];
			if (v === null) continue;
			if (v < prev) r.failures.push(`${w.area_title} ${w.soc_code} May ${w.year}: ${c} ${v} < ${prevName} ${prev}`);
			prev = v;
			prevName = c;
		}
	}
	return r;
}

/** Every ladder role and alias maps to a detailed SOC 2018 occupation. */
export function rolesMapToOccupations(t: TableRows): CheckResult {
	const detailed = new Set(t.occupations.filter((o) => o.soc_level === 'detailed').map((o) => o.soc_code));
	const r: CheckResult = { name: 'roles and aliases map to detailed occupations', checked: 0, failures: [], notes: [] };
	for (const x of [...t.roles.map((a) => ({ name: a.role, code: a.soc_code })), ...t.role_aliases.map((a) => ({ name: a.alias, code: a.soc_code }))]) {
		r.checked++;
		if (!detailed.has(x.code)) r.failures.push(`${x.name} → ${x.code} is not a detailed SOC 2018 occupation`);
	}
	return r;
}

export const crossChecks = [epWagesMatchOews, stateCodesInNational, percentilesOrdered, rolesMapToOccupations];
