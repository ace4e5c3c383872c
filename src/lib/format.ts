/**
 * Numbers for people. Suppressed and top-coded BLS values have their own wording and are never
 * shown as 0 or left blank.
 */
import type { ValueFlag } from './schema/tables';

export const NOT_PUBLISHED = 'not published';

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function flagged(flag: string | null | undefined, v: number | null | undefined, show: (n: number) => string): string {
	if (flag === 'suppressed' || flag === 'not_applicable') return NOT_PUBLISHED;
	if (v === null || v === undefined) return NOT_PUBLISHED;
	if (flag === 'topcoded') return `≥ ${show(v)}`;
	return show(v);
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
	return v > 0 ? `+${s}%` : v < 0 ? `−${s}%` : '0.0%';
}

export const ratio = (v: number | null | undefined, flag?: string | null, digits = 2) =>
	flagged(flag, v, (n) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** $171K for axis ticks, where space is short and the table gives the exact figure. */
export const dollarsShort = (n: number) => (Math.abs(n) >= 1000 ? `$${int.format(n / 1000)}K` : `$${int.format(n)}`);

export const countShort = (n: number) =>
	Math.abs(n) >= 1e6 ? `${oneDecimal.format(n / 1e6)}M` : Math.abs(n) >= 1000 ? `${int.format(n / 1000)}K` : int.format(n);
