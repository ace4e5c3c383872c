/**
 * Pay in U.S.-average prices: published pay divided by the area's all-items regional price parity
 * (BEA RPP, U.S. = 100) of the same year. One formula, used by every view that offers the switch.
 */

/** How state pay is shown: as published (`local`, each state's own prices) or in U.S.-average prices (`us`). */
export const priceChoices = ['local', 'us'] as const;
export type PriceChoice = (typeof priceChoices)[number];
export const priceChoiceLabel: Record<PriceChoice, string> = { local: 'As published (local prices)', us: 'In U.S.-average prices' };

/** Pay ÷ (RPP ÷ 100), rounded to the whole dollar as the site shows pay. */
export function inUsPrices(pay: number, rpp: number): number {
	if (!(rpp > 0)) throw new Error(`A price parity must be positive, not ${rpp}`);
	return Math.round(pay / (rpp / 100));
}

/** How the adjusted figures are rounded, said on the page. */
export const ROUNDING_NOTE = 'rounded to the whole dollar';

/** The choice from `?prices=`, and a problem to name when the value is unknown. */
export function pricesFromParam(raw: string | null | undefined): { prices: PriceChoice; problem: string | null } {
	if (raw === null || raw === undefined) return { prices: 'local', problem: null };
	const v = raw.trim().toLowerCase();
	if ((priceChoices as readonly string[]).includes(v)) return { prices: v as PriceChoice, problem: null };
	return { prices: 'local', problem: `“${raw.slice(0, 30)}” is not a way to show prices (use local or us); pay is shown as published.` };
}

/** Why a territory's pay stays as published. */
export const NO_RPP_REASON = 'not adjusted: BEA publishes no price parity for territories';

export const rppSource = (year: number) => `U.S. Bureau of Economic Analysis (BEA), Regional Price Parities by state (SARPP), ${year}, all items`;
export const rppRelease = (year: number) => `BEA RPP ${year}`;
