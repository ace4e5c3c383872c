/**
 * Shared scales for a chart's layers, in the manner of Layer Cake: the Chart component owns the
 * size and scales; each layer (axis, bars, dots, bands) reads them from context.
 */
import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';

export interface ChartContext {
	readonly width: number;
	readonly height: number;
	/** Narrow screen: category labels sit above their rows. */
	readonly compact: boolean;
	readonly padding: { top: number; right: number; bottom: number; left: number };
	readonly x: ScaleLinear<number, number>;
	readonly y: ScaleLinear<number, number> | ScaleBand<string>;
	/** The mark under the pointer or keyboard focus, shown by the Tooltip layer. */
	tip: { text: string; x: number; y: number } | null;
}

const key = Symbol('chart');
export const setChart = (c: ChartContext) => setContext(key, c);
export const getChart = () => getContext<ChartContext>(key);

/** The band scale of a chart whose rows are categories. */
export function bandY(c: ChartContext): ScaleBand<string> {
	if (!('bandwidth' in c.y)) throw new Error('this layer needs a band y scale');
	return c.y as ScaleBand<string>;
}
export function linearY(c: ChartContext): ScaleLinear<number, number> {
	if ('bandwidth' in c.y) throw new Error('this layer needs a linear y scale');
	return c.y as ScaleLinear<number, number>;
}
