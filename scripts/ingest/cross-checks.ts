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

/**
 * Track members (data/sources/tracks.csv) are detailed occupations, every ladder role's
 * occupation is on the role's track, and an alias's track never puts its occupation on a track
 * the tracks table does not ("both" is a member of each).
 */
export function tracksAgreeWithRolesAndAliases(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'track members are detailed occupations and agree with the ladder and aliases', checked: 0, failures: [], notes: [] };
	const detailed = new Set(t.occupations.filter((o) => o.soc_level === 'detailed').map((o) => o.soc_code));
	const member = new Map(t.tracks.map((m) => [m.soc_code, m.track]));
	const onTrack = (code: string, track: 'IT' | 'IS' | 'both') => (member.get(code) === 'both' ? true : member.get(code) === track);
	for (const m of t.tracks) {
		r.checked++;
		if (!detailed.has(m.soc_code)) r.failures.push(`track member ${m.soc_code} is not a detailed SOC 2018 occupation`);
	}
	for (const role of t.roles) {
		r.checked++;
		if (!onTrack(role.soc_code, role.track))
			r.failures.push(
				`${role.track} ladder role ${role.role} maps to ${role.soc_code}, which tracks.csv puts ${member.has(role.soc_code) ? `on ${member.get(role.soc_code)}` : 'on no track'}`
			);
	}
	for (const a of t.role_aliases) {
		if (a.track === null) continue;
		r.checked++;
		if (!onTrack(a.soc_code, a.track))
			r.failures.push(
				`alias ${a.alias} (${a.track}) finds ${a.soc_code}, which tracks.csv puts ${member.has(a.soc_code) ? `on ${member.get(a.soc_code)}` : 'on no track'}`
			);
	}
	return r;
}

/**
 * Employment summed over the sectors of the OEWS sector file against the national file's, same
 * code and year. Every figure is rounded to the nearest 10, so each is off by up to 5: the
 * tolerance is 5 × (sector figures + 1), 105 with 20 sectors (May 2024 differs by 40 at most).
 * The sum equals the national figure only where the code is published in every sector: OEWS
 * leaves out cells it cannot publish (no row) and suppresses others (**), and there the sum is a
 * lower bound, checked as one (it must not exceed the national figure).
 */
export function sectorEmploymentSumsToNational(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'sector employment sums to the national employment', checked: 0, failures: [], notes: [] };
	if (t.industry_wages.length === 0) return (r.notes.push('no OEWS industry-sector file ingested'), r);
	const sectors = new Map<number, Set<string>>();
	const sums = new Map<string, { year: number; code: string; sum: number; n: number }>();
	for (const w of t.industry_wages) {
		sectors.set(w.year, (sectors.get(w.year) ?? new Set()).add(w.naics));
		const k = `${w.year}|${w.soc_code}`;
		const s = sums.get(k) ?? { year: w.year, code: w.soc_code, sum: 0, n: 0 };
		s.sum += w.tot_emp ?? 0;
		if (w.tot_emp !== null) s.n++;
		sums.set(k, s);
	}
	const national = new Map<string, WageRow>();
	for (const w of t.wages) if (w.area_type === 'national') national.set(`${w.year}|${w.soc_code}`, w);
	let equal = 0;
	let bounds = 0;
	let noNational = 0;
	for (const [k, s] of sums) {
		const w = national.get(k);
		if (!w || w.tot_emp === null) {
			noNational++;
			continue;
		}
		r.checked++;
		const tolerance = 5 * (s.n + 1);
		if (s.n === sectors.get(s.year)!.size) {
			equal++;
			if (Math.abs(s.sum - w.tot_emp) > tolerance)
				r.failures.push(`${s.code} May ${s.year}: the ${s.n} sectors sum to ${s.sum}, national ${w.tot_emp} (tolerance ${tolerance})`);
		} else {
			bounds++;
			if (s.sum > w.tot_emp + tolerance) r.failures.push(`${s.code} May ${s.year}: ${s.n} published sectors sum to ${s.sum}, above the national ${w.tot_emp}`);
		}
	}
	r.notes.push(`${equal} codes published in every sector compared for equality, ${bounds} with a sector left out or suppressed compared as a lower bound`);
	if (noNational) r.notes.push(`${noNational} codes without a published national employment`);
	return r;
}

/**
 * O*NET occupations belong to SOC 2018 detailed occupations. O*NET 29.2 also has codes BLS does
 * not publish in the SOC 2018 structure (O*NET-only splits and its own "all other" children):
 * those are listed as notes, not failures. A code that is a SOC group rather than a detailed
 * occupation is a failure.
 */
export function onetCodesInSoc(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'O*NET occupations belong to SOC 2018 detailed occupations', checked: 0, failures: [], notes: [] };
	if (t.onet_occupations.length === 0) return (r.notes.push('no O*NET files ingested'), r);
	const level = new Map(t.occupations.map((o) => [o.soc_code, o.soc_level]));
	const missing = new Set<string>();
	for (const o of t.onet_occupations) {
		r.checked++;
		const l = level.get(o.soc_code);
		if (l === undefined) missing.add(o.soc_code);
		else if (l !== 'detailed') r.failures.push(`${o.onet_code} → ${o.soc_code}, a SOC ${l} group, not a detailed occupation`);
	}
	if (missing.size) r.notes.push(`${missing.size} O*NET SOC codes are not in SOC 2018: ${[...missing].sort().join(', ')}`);
	return r;
}

/** Both codes of every related-occupation pair are O*NET occupations. */
export function relatedOccupationsExist(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'related occupations are O*NET occupations', checked: 0, failures: [], notes: [] };
	if (t.related_occupations.length === 0) return (r.notes.push('no O*NET files ingested'), r);
	const codes = new Set(t.onet_occupations.map((o) => o.onet_code));
	for (const x of t.related_occupations) {
		r.checked++;
		for (const c of [x.onet_code, x.related_onet_code])
			if (!codes.has(c)) r.failures.push(`${x.onet_code} → ${x.related_onet_code}: ${c} is not in onet_occupations`);
	}
	return r;
}

/** Every state (and DC) in an OEWS state year has an all-items price parity for that year. */
export function priceParitiesCoverStateYears(t: TableRows): CheckResult {
	const r: CheckResult = { name: 'price parities cover the OEWS state years', checked: 0, failures: [], notes: [] };
	const stateRows = t.wages.filter((w) => w.area_type === 'state');
	if (t.price_parities.length === 0) return (r.notes.push('no BEA price parities ingested'), r);
	const have = new Set(t.price_parities.filter((p) => p.line === 'all_items').map((p) => `${p.year}|${p.state}`));
	const needed = new Set(stateRows.map((w) => `${w.year}|${w.state}`));
	for (const k of needed) {
		r.checked++;
		if (!have.has(k)) r.failures.push(`no all-items price parity for ${k.replace('|', ' ')}`);
	}
	const territories = new Set(t.wages.filter((w) => w.area_type === 'territory').map((w) => w.state));
	if (territories.size) r.notes.push(`BEA publishes none for the territories (${[...territories].sort().join(', ')})`);
	return r;
}

export const crossChecks = [
	epWagesMatchOews,
	stateCodesInNational,
	percentilesOrdered,
	rolesMapToOccupations,
	tracksAgreeWithRolesAndAliases,
	sectorEmploymentSumsToNational,
	onetCodesInSoc,
	relatedOccupationsExist,
	priceParitiesCoverStateYears
];
