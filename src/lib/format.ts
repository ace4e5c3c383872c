/**
 * Numbers for people. Suppressed and top-coded BLS values have their own wording and are never
 * shown as 0 or left blank. Negative numbers take the minus sign (U+2212), never the hyphen
 * Intl and String() write, which reads as a dash and wraps at line ends.
 */
import type { ValueFlag } from './schema/tables';

export const NOT_PUBLISHED = 'not published';
export const MINUS = '\u2212';

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The sign goes in front of everything, the dollar sign included: −$5,000. */
const signed = (n: number, show: (abs: number) => string) => (n < 0 && show(-n) !== show(0) ? MINUS : '') + show(Math.abs(n));

function flagged(flag: string | null | undefined, v: number | null | undefined, show: (n: number) => string): string {
	if (flag === 'suppressed' || flag === 'not_applicable') return NOT_PUBLISHED;
	if (v === null || v === undefined) return NOT_PUBLISHED;
	if (flag === 'topcoded') return `≥ ${signed(v, show)}`;
	return signed(v, show);
}

/** $171,200; "≥ $239,200" when top-coded; "not published" when suppressed. */
export const dollars = (v: number | null | undefined, flag?: ValueFlag | string | null) => flagged(flag, v, (n) => `$${int.format(n)}`);

/** $82.31 an hour. */
export const hourly = (v: number | null | undefined, flag?: ValueFlag | string | null) => flagged(flag, v, (n) => `$${cents.format(n)}`);

/** 645,970 */
export const count = (v: number | null | undefined, flag?: ValueFlag | string | null) => flagged(flag, v, (n) => int.format(n));

/** +15.2% / −0.7% */
export function percentChange(v: number | null | undefined): string {
	if (v === null || v === undefined) return NOT_PUBLISHED;
	const s = oneDecimal.format(Math.abs(v));
	return s === '0.0' ? '0.0%' : v > 0 ? `+${s}%` : `${MINUS}${s}%`;
}

/** +255,300 / −400: a change in persons. */
export const signedCount = (v: number | null | undefined) =>
	v === null || v === undefined ? NOT_PUBLISHED : v > 0 ? `+${int.format(v)}` : signed(v, (n) => int.format(n));

export const ratio = (v: number | null | undefined, flag?: string | null, digits = 2) =>
	flagged(flag, v, (n) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** $171K for axis ticks, where space is short and the table gives the exact figure. */
export const dollarsShort = (n: number) => signed(n, (a) => (a >= 1000 ? `$${int.format(a / 1000)}K` : `$${int.format(a)}`));

export const countShort = (n: number) =>
	signed(n, (a) => (a >= 1e6 ? `${oneDecimal.format(a / 1e6)}M` : a >= 1000 ? `${int.format(a / 1000)}K` : int.format(a)));

/** 16% / −5%: a percentage as written, no plus sign (axis ticks, quoted figures). */
export const percent = (n: number) => `${signed(n, (a) => String(Math.round(a * 1e6) / 1e6))}%`;
