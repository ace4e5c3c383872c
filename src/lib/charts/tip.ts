import type { ChartContext } from './context';

/** Pointer and keyboard handlers that show a mark's text in the chart's tooltip. */
export function tipHandlers(c: ChartContext, text: () => string, at: () => { x: number; y: number }) {
	const show = () => (c.tip = { text: text(), ...at() });
	const hide = () => (c.tip = null);
	return { onpointerenter: show, onpointerleave: hide, onfocus: show, onblur: hide };
}
