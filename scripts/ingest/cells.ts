/**
 * zod schemas for single cells of BLS files. Each turns a raw cell (text from a CSV, or a
 * string/number from a workbook) into a typed value, or fails with a message that says what
 * was expected. Row schemas are built from these in each source module.
 */
import { z } from 'zod';
import type { ValueFlag } from '../../src/lib/schema/tables';

export type Cell = string | number | boolean | null;

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Non-empty text. */
export const text = z.preprocess(asText, z.string().min(1, 'expected text, got an empty cell'));

/** Text or null when empty. */
export const optionalText = z.preprocess((v) => asText(v) || null, z.string().nullable());

/** A SOC code, written plain (`11-3021`) or as Excel's formula escape (`="11-3021"`). */
export const socCodeCell = z.preprocess(
	(v) => asText(v).replace(/^="?/, '').replace(/"$/, ''),
	z.string().regex(/^\d{2}-\d{4}$/, 'expected a SOC code like 11-3021')
);

const numberText = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

function toNumber(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	const s = asText(v);
	if (!numberText.test(s)) return undefined;
	return Number(s.replace(/,/g, ''));
}

/** A plain number such as `15.2`, `-0.7` or `"1,579.80"`. */
export const numberCell = z.unknown().transform((v, ctx) => {
	const n = toNumber(v);
	if (n === undefined) {
		ctx.addIssue({ code: 'custom', message: 'expected a number' });
		return z.NEVER;
	}
	return n;
});

/**
 * Employment published in thousands (`"1,579.80"`, `667.1`, `78`) → persons. The largest
 * occupation has about 4.5 million jobs, so a value above 50,000 (thousands) is a file in persons.
 */
export const thousandsToPersons = numberCell.transform((n, ctx) => {
	if (Math.abs(n) >= 50_000) {
		ctx.addIssue({ code: 'custom', message: `expected thousands (e.g. 667.1), got ${n}, which looks like persons` });
		return z.NEVER;
	}
	return Math.round(n * 1000);
});

/** EP median wage: `"81,680"`, `N/A`, or the top-code `>=239,200`. */
export const epWageCell = z.unknown().transform((v, ctx) => {
	const s = asText(v);
	if (s === 'N/A') return { value: null, topcoded: false };
	const top = s.startsWith('>=');
	const n = toNumber(top ? s.slice(2) : s);
	if (n === undefined || n < 0) {
		ctx.addIssue({ code: 'custom', message: 'expected a wage like "81,680", "N/A" or ">=239,200"' });
		return z.NEVER;
	}
	return { value: n, topcoded: top };
});

export interface FlaggedValue {
	value: number | null;
	flag: ValueFlag;
}

/**
 * An OEWS estimate: a number, or one of BLS's symbols. `*` (wage not available) and `**`
 * (employment not available) are suppressed; `#` is top-coded (the caller stores the cap);
 * an empty cell means the column does not apply to this row (e.g. location quotients nationally).
 */
export function oewsValueCell(kind: 'wage' | 'employment' | 'ratio') {
	const symbols = kind === 'wage' ? ['*', '#'] : ['*', '**'];
	return z.unknown().transform((v, ctx): FlaggedValue => {
		const s = asText(v);
		if (s === '') return { value: null, flag: 'not_applicable' };
		if (symbols.includes(s)) return { value: null, flag: s === '#' ? 'topcoded' : 'suppressed' };
		const n = toNumber(v);
		if (n === undefined || n < 0) {
			ctx.addIssue({ code: 'custom', message: `expected a number or one of BLS's symbols ${symbols.join(' ')}` });
			return z.NEVER;
		}
		return { value: n, flag: 'published' };
	});
}

/** OEWS ANNUAL / HOURLY: `TRUE`, or blank (empty cell, or an empty string from 2020 on). */
export const trueOrBlank = z.unknown().transform((v, ctx) => {
	const s = asText(v).toUpperCase();
	if (s === '' || s === 'FALSE') return false;
	if (s === 'TRUE' || v === true) return true;
	ctx.addIssue({ code: 'custom', message: 'expected TRUE or an empty cell' });
	return z.NEVER;
});

/** Anything: a column the ingest knows and deliberately does not keep. */
export const ignored = z.unknown();
