/**
 * A chart card as one standalone SVG image: its title, summary, legend, the chart's own SVG and
 * its source line, composed in the browser from what is on screen. The page's CSS does not travel
 * with an SVG file, so the computed styles each element needs are written onto it. Loaded only
 * when someone asks for a download (dynamic import from ChartCard).
 */
const NS = 'http://www.w3.org/2000/svg';
const PAD = 16;

/** Presentation properties that page CSS may set on chart elements. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
];

/** Copies the computed styles of `from` and its descendants onto `to`, a clone of it. */
function inlineStyles(from: Element, to: Element) {
	const cs = getComputedStyle(from);
	if (cs.display === 'none') {
		to.setAttribute('display', 'none');
		return;
	}
	const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
	to.setAttribute('style', style);
	to.removeAttribute('class');
	const a = from.children;
	const b = to.children;
	for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

let measureCtx: CanvasRenderingContext2D | null = null;
function textWidth(text: string, font: string): number {
	measureCtx ??= document.createElement('canvas').getContext('2d');
	if (!measureCtx) return text.length * 7;
	measureCtx.font = font;
	return measureCtx.measureText(text).width;
}

/** Words into lines no wider than `width`. */
function wrap(text: string, font: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, font) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
	const e = document.createElementNS(NS, name);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	if (text !== undefined) e.textContent = text;
	return e;
}

/** One legend entry: its swatch (a small SVG of its own, or a coloured box) and its words. */
function legendItems(legend: Element | null): { swatch: SVGElement; text: string }[] {
	if (!legend) return [];
	const lis = legend.querySelectorAll('li');
	const items = lis.length ? Array.from(lis) : Array.from(legend.children);
	return items
		.map((item) => {
			const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
			const svg = item.querySelector('svg');
			if (svg) {
				const clone = svg.cloneNode(true) as SVGSVGElement;
				inlineStyles(svg, clone);
				const box = svg.getBoundingClientRect();
				clone.setAttribute('width', String(box.width || 26));
				clone.setAttribute('height', String(box.height || 10));
				return { swatch: clone as SVGElement, text };
			}
			// A swatch drawn with CSS: the first descendant with a background or border colour.
			const mark = Array.from(item.querySelectorAll('*')).find((e) => {
				const cs = getComputedStyle(e);
				return cs.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(cs.borderTopWidth) > 0;
			});
			const g = el('svg', { width: 14, height: 12 });
			if (mark) {
				const cs = getComputedStyle(mark);
				const r = parseFloat(cs.borderTopLeftRadius) >= 5 ? 6 : 1;
				g.append(
					el('rect', { x: 1, y: 0.5, width: 11, height: 11, rx: r, fill: cs.backgroundColor, stroke: cs.borderTopColor, 'stroke-width': cs.borderTopWidth })
				);
			}
			return { swatch: g as SVGElement, text };
		})
		.filter((i) => i.text);
}

export interface ComposedChart {
	svg: string;
	width: number;
	height: number;
}

/** The card's chart as an SVG file's text. Throws if the card has no chart SVG. */
export function composeChart(card: HTMLElement): ComposedChart {
	const chart = card.querySelector<SVGSVGElement>('.chart-body svg');
	if (!chart) throw new Error('this card has no chart to export');
	const box = chart.getBoundingClientRect();
	const chartW = Math.round(box.width);
	const chartH = Math.round(box.height);
	const width = chartW + 2 * PAD;
	const inner = width - 2 * PAD;
	const family = getComputedStyle(card).fontFamily;
	const fonts = { title: `700 17px ${family}`, body: `13px ${family}`, small: `12px ${family}` };

	const root = el('svg', { width });
	const parts: SVGElement[] = [];
	let y = PAD;
	const lines = (text: string, font: string, size: number, fill: string, weight = '400') => {
		for (const line of wrap(text, font, inner)) {
			y += size * 1.3;
			parts.push(el('text', { x: PAD, y, 'font-family': family, 'font-size': size, 'font-weight': weight, fill }, line));
		}
	};

	lines(card.querySelector('figcaption h3')?.textContent?.trim() ?? '', fonts.title, 17, '#1b1f24', '700');
	const summary = card.querySelector('figcaption p')?.textContent?.trim();
	if (summary) lines(summary, fonts.body, 13, '#5b6470');

	// Legend entries flow left to right and wrap.
	const items = legendItems(card.querySelector('.legend'));
	if (items.length) {
		y += 10;
		let x = PAD;
		let rowH = 16;
		for (const { swatch, text } of items) {
			const sw = Number(swatch.getAttribute('width')) || 14;
			const sh = Number(swatch.getAttribute('height')) || 12;
			const w = sw + 6 + textWidth(text, fonts.small) + 16;
			if (x > PAD && x + w > PAD + inner) {
				x = PAD;
				y += rowH;
			}
			swatch.setAttribute('x', String(x));
			swatch.setAttribute('y', String(y + (14 - sh) / 2));
			parts.push(swatch, el('text', { x: x + sw + 6, y: y + 11, 'font-family': family, 'font-size': 12, fill: '#1b1f24' }, text));
			x += w;
			rowH = Math.max(16, sh + 4);
		}
		y += rowH;
	}

	y += 8;
	const clone = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, clone);
	clone.setAttribute('x', String(PAD));
	clone.setAttribute('y', String(y));
	clone.setAttribute('width', String(chartW));
	clone.setAttribute('height', String(chartH));
	if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${chartW} ${chartH}`);
	parts.push(clone);
	y += chartH + 4;

	const source = card.querySelector('.source')?.textContent?.trim();
	if (source) lines(source, fonts.small, 12, '#5b6470');
	y += PAD;

	const height = Math.ceil(y);
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	root.append(el('rect', { width, height, fill: '#ffffff' }), ...parts);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

/** The composed SVG drawn at `scale` times its size, as PNG bytes. */
export async function chartPng(c: ComposedChart, scale = 2): Promise<Blob> {
	// A data: URL, not blob: the CSP's img-src allows 'self' and data: only.
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = c.width * scale;
	canvas.height = c.height * scale;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw the image');
	ctx.scale(scale, scale);
	ctx.drawImage(img, 0, 0, c.width, c.height);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
