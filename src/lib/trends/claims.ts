/**
 * What articles say against what the data says: each figure quoted in the seed articles
 * (`claims`, from data/sources/article_claims.csv) set beside the BLS figure of every release for
 * the same occupations, with a verdict: same, rounded, outdated (with the newer number) or not
 * found in BLS data.
 */
import type { ClaimRow, OccupationRow } from '$lib/schema/tables';
import { releaseLabel } from '$lib/vocabulary';
import type { ProjectionCoverageRow, WageCoverageRow } from './rows';
import { exactCover } from './soc-continuity';

/**
 * Group codes the claims table uses by convention for a BLS aggregate that is not a SOC group:
 * it codes BLS's "computer and information technology occupations" (the Occupational Outlook
 * Handbook group whose openings the articles quote) as 15-0000; BLS computes that aggregate from
 * the SOC 2018 minor group 15-1200 Computer occupations.
 */
export const claimCodeConventions: Record<string, { code: string; why: string }> = {
	'15-0000': {
		code: '15-1200',
		why: 'The claims table codes BLS’s “computer and information technology occupations” as 15-0000; BLS computes that group from SOC 15-1200 Computer occupations (the detailed 15-12xx occupations), so the figure is checked against their sum.'
	}
};

export type Verdict = 'same' | 'rounded' | 'outdated' | 'not_found';
export const verdictLabel: Record<Verdict, string> = { same: 'Same', rounded: 'Rounded', outdated: 'Outdated', not_found: 'Not found in BLS data' };

export interface Figure {
	/** "EP 2021–31" or "OEWS May 2024" */
	label: string;
	/** Base year of the release or OEWS year, for ordering. */
	period: number;
	period_end: number | null;
	value: number;
	/** Published codes summed. */
	codes: string[];
	match: 'same' | 'rounded' | null;
}

export interface ClaimCheck extends ClaimRow {
	/** The SOC 2018 detailed occupations the figure is checked against. */
	targets: string[];
	targets_label: string;
	convention: string | null;
	figures: Figure[];
	current: Figure | null;
	verdict: Verdict;
	verdict_text: string;
	/** Whether the release the article names is the one its figure matches. */
	period_status: 'as_named' | 'differs' | 'not_stated' | 'not_in_data';
	period_note: string | null;
}

const decimals = (v: number) => (Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length);
const trailingZeros = (v: number) => {
	let k = 0;
	let x = Math.round(v);
	while (x !== 0 && x % 10 === 0 && k < 6) {
		x /= 10;
		k++;
	}
	return k;
};

/**
 * Whether a quoted value is the BLS figure: the same number, or the figure rounded to the
 * precision the quote uses (16 for 16.2%; $105,000 for $104,620). A sum of n published EP counts
 * (each rounded to the nearest 100) is also read as a match within n × 50.
 */
export function matchKind(claim: Pick<ClaimRow, 'metric' | 'value'>, figure: number, components: number): 'same' | 'rounded' | null {
	const v = claim.value;
	if (Math.abs(v - figure) < 1e-9) return 'same';
	if (claim.metric === 'pct_change') {
		const d = decimals(v);
		return Math.round(figure * 10 ** d) / 10 ** d === v ? 'rounded' : null;
	}
	const k = trailingZeros(v);
	if (k > 0 && Math.round(figure / 10 ** k) * 10 ** k === v) return 'rounded';
	if (claim.metric === 'openings_annual' && components > 1 && Math.abs(v - figure) <= components * 50) return 'rounded';
	return null;
}

const fmt = (metric: ClaimRow['metric'], v: number) =>
	metric === 'pct_change'
		? `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}%`
		: metric === 'median_wage'
			? `$${Math.round(v).toLocaleString('en-US')}`
			: Math.round(v).toLocaleString('en-US');

export function judgeClaim(
	claim: ClaimRow,
	targets: string[],
	targetsLabel: string,
	convention: string | null,
	proj: readonly ProjectionCoverageRow[],
	wages: readonly WageCoverageRow[]
): ClaimCheck {
	const figures: Figure[] = [];
	if (claim.metric === 'median_wage') {
		// A median cannot be summed: only a single occupation published under one code is comparable.
		for (const year of [...new Set(wages.map((w) => w.year))].sort()) {
			const used = exactCover(
				targets,
				wages.filter((w) => w.year === year)
			);
			if (!used || used.length !== 1 || used[0]!.a_median === null || used[0]!.a_median_flag !== 'published') continue;
			figures.push({ label: `OEWS May ${year}`, period: year, period_end: null, value: used[0]!.a_median, codes: [used[0]!.soc_code], match: null });
		}
	} else {
		for (const start of [...new Set(proj.map((p) => p.period_start))].sort()) {
			const rel = proj.filter((p) => p.period_start === start);
			const used = exactCover(targets, rel);
			if (!used) continue;
			const sum = (k: 'emp_start' | 'emp_end' | 'openings_annual') => used.reduce((a, r) => a + r[k], 0);
			const value =
				claim.metric === 'openings_annual'
					? sum('openings_annual')
					: used.length === 1
						? used[0]!.pct_change
						: Math.round((1000 * (sum('emp_end') - sum('emp_start'))) / sum('emp_start')) / 10;
			figures.push({
				label: `EP ${releaseLabel(start, rel[0]!.period_end)}`,
				period: start,
				period_end: rel[0]!.period_end,
				value,
				codes: used.map((u) => u.soc_code),
				match: null
			});
		}
	}
	for (const f of figures) f.match = matchKind(claim, f.value, f.codes.length);
	const current = figures.at(-1) ?? null;
	const matching = figures.filter((f) => f.match);
	let verdict: Verdict;
	let text: string;
	if (current?.match) {
		verdict = current.match;
		text =
			current.match === 'same'
				? `${current.label} publishes ${fmt(claim.metric, current.value)}, the figure quoted.`
				: `${current.label} publishes ${fmt(claim.metric, current.value)}; the quote rounds it${current.codes.length > 1 && claim.metric !== 'pct_change' ? ` (a sum of ${current.codes.length} published figures, each rounded)` : ''}.`;
	} else if (matching.length && current) {
		verdict = 'outdated';
		text = `Matches ${matching.map((f) => `${f.label} (${fmt(claim.metric, f.value)})`).join(' and ')}; the newer ${current.label} figure is ${fmt(claim.metric, current.value)}.`;
	} else {
		verdict = 'not_found';
		text = figures.length
			? `No release publishes this figure for ${targetsLabel}: ${figures.map((f) => `${f.label} ${fmt(claim.metric, f.value)}`).join(', ')}.`
			: `BLS publishes no comparable figure for ${targetsLabel}.`;
	}
	let periodNote: string | null = null;
	let periodStatus: ClaimCheck['period_status'] = 'not_stated';
	if (claim.period) {
		const [s, e] = claim.period.split('-').map(Number);
		const stated = figures.find((f) => f.period === s && f.period_end === e);
		if (!stated) {
			periodStatus = 'not_in_data';
			periodNote = `The article names ${s}–${e}; there is no comparable ${releaseLabel(s!, e!)} figure in the data.`;
		} else if (!stated.match) {
			periodStatus = 'differs';
			periodNote = `The article names ${s}–${e}, but ${stated.label} publishes ${fmt(claim.metric, stated.value)}${matching.length ? `; the quoted figure matches ${matching.map((f) => f.label).join(' and ')}` : ''}.`;
		} else {
			periodStatus = 'as_named';
			periodNote = `Matches the release the article names, ${stated.label} (${fmt(claim.metric, stated.value)}).`;
		}
	} else if (matching.length) periodNote = `The article names no period; the figure matches ${matching.map((f) => f.label).join(' and ')}.`;
	return {
		...claim,
		targets,
		targets_label: targetsLabel,
		convention,
		figures,
		current,
		verdict,
		verdict_text: text,
		period_status: periodStatus,
		period_note: periodNote
	};
}

/** A claim with the detailed occupations it is checked against, before judging. */
export interface ExpandedClaim {
	claim: ClaimRow;
	targets: string[];
	label: string;
	convention: string | null;
}

/**
 * The SOC 2018 detailed occupations each claim is about: its own detailed codes, and every
 * detailed occupation under a group code (after the table's conventions, claimCodeConventions).
 */
export function expandClaims(claims: readonly ClaimRow[], occupations: readonly Pick<OccupationRow, 'soc_code' | 'title' | 'soc_level'>[]): ExpandedClaim[] {
	const titleOf = new Map(occupations.map((o) => [o.soc_code, o.title]));
	const detailed = occupations.filter((o) => o.soc_level === 'detailed').map((o) => o.soc_code);
	return claims.map((c) => {
		const conventions = c.soc_codes.filter((code) => claimCodeConventions[code]);
		const codes = c.soc_codes.map((code) => claimCodeConventions[code]?.code ?? code);
		const targets = [
			...new Set(
				codes.flatMap((code) => {
					if (detailed.includes(code)) return [code];
					const prefix = code.replace(/0+$/, '');
					return detailed.filter((d) => d.startsWith(prefix));
				})
			)
		].sort();
		const label = codes.map((code) => `${code} ${titleOf.get(code) ?? ''}`.trim()).join(' + ');
		return { claim: c, targets, label, convention: conventions.map((code) => claimCodeConventions[code]!.why).join(' ') || null };
	});
}

/** Claims about one occupation (named by its own code in the claims table). */
export const claimsAbout = (all: ClaimCheck[], code: string) => all.filter((c) => c.soc_codes.includes(code));
