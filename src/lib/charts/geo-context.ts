/**
 * Shared state of a map's layers, like `context.ts` for charts: the GeoMap container owns the
 * box, the measured scale and the tooltip; layers read them from context.
 */
import { getContext, setContext } from 'svelte';

export interface GeoContext {
	/** Width and height of the drawing box (the SVG viewBox). */
	readonly box: { width: number; height: number };
	/** Screen pixels per box unit, once measured. */
	readonly scale: number;
	/** Fill for areas without a value: a hatch pattern (`url(#…)`). */
	readonly hatch: string;
	/** The region under the pointer or keyboard focus, shown as a tooltip (box units). */
	tip: { text: string; x: number; y: number } | null;
}

const key = Symbol('geo');
export const setGeo = (c: GeoContext) => setContext(key, c);
export const getGeo = () => getContext<GeoContext>(key);
