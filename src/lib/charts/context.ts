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

/**
 * Advance widths in px at the charts' 12 px in DejaVu Sans, Debian's default sans-serif and one
 * of the widest (most system fonts are narrower), measured in Chromium. Other characters: 7.6.
 */
const charWidths: Record<string, number> = {
	...Object.fromEntries([...'abdghnpqu0123456789$#?'].map((c) => [c, 7.6])),
	c: 6.6,
	e: 7.4,
	a: 7.4,
	o: 7.3,
	k: 7,
	v: 7.1,
	x: 7.1,
	y: 7.1,
	s: 6.3,
	z: 6.3,
	f: 4.2,
	r: 4.9,
	t: 4.7,
	i: 3.3,
	j: 3.3,
	l: 3.3,
	m: 11.7,
	w: 9.8,
	A: 8.2,
	B: 8.2,
	C: 8.4,
	D: 9.3,
	E: 7.6,
	F: 6.9,
	G: 9.3,
	H: 9,
	I: 3.5,
	J: 3.5,
	K: 7.9,
	L: 6.7,
	M: 10.4,
	N: 9,
	O: 9.5,
	P: 7.3,
	Q: 9.5,
	R: 8.3,
	S: 7.6,
	T: 7.3,
	U: 8.8,
	V: 8.2,
	W: 11.9,
	X: 8.2,
	Y: 7.3,
	Z: 8.2,
	' ': 3.8,
	'.': 3.8,
	',': 3.8,
	':': 4,
	';': 4,
	'·': 3.8,
	"'": 3.3,
	'’': 3.8,
	'(': 4.7,
	')': 4.7,
	'-': 4.3,
	'–': 6,
	'—': 12,
	'/': 4,
	'…': 12,
	'→': 10.1,
	'%': 11.4,
	'+': 10.1,
	'&': 9.3
};

/**
 * How wide a label is at the charts' 12 px, at most (see charWidths): an estimate, so that the
 * prerendered SVG and the page agree without measuring the DOM.
 */
export function labelWidth(text: string): number {
	let w = 0;
	for (const ch of text) w += charWidths[ch] ?? 7.6;
	return w;
}

/** The label, cut with an ellipsis after as many characters as fit in `room` pixels (at least one). */
export function fitLabel(text: string, room: number): string {
	if (labelWidth(text) <= room) return text;
	const chars = [...text]; // whole characters, never half a surrogate pair
	while (chars.length > 1 && labelWidth(`${chars.join('')}…`) > room) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/** A left padding with room for these category labels whole (AxisY cuts longer ones), at most `max` px. */
export const labelRoom = (labels: readonly string[], max = 280) => Math.ceil(Math.min(max, Math.max(0, ...labels.map(labelWidth)) + 10));
