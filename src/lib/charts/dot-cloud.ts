/**
 * A scatter of many dots drawn as one SVG path per colour, and found again under the pointer by
 * distance. Hundreds of <circle> nodes made the explorer's hydration and every filter change slow
 * (each one created, laid out and painted); a path per colour costs a string.
 */

export interface PlacedDot {
	/** Position in the chart's pixels. */
	px: number;
	py: number;
	color: string;
}

/** The path of a circle of radius r around (x, y): two arcs, as d3-path writes it. */
const circle = (x: number, y: number, r: number) => `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One path per colour, in the order colours first appear: callers list the dots to draw on top
 * last. Deterministic for the same dots, so the prerendered SVG hydrates unchanged.
 */
export function dotPaths(dots: readonly PlacedDot[], r: number): { color: string; d: string; count: number }[] {
	const byColor = new Map<string, string[]>();
	for (const dot of dots) {
		let parts = byColor.get(dot.color);
		if (!parts) byColor.set(dot.color, (parts = []));
		parts.push(circle(dot.px, dot.py, r));
	}
	return [...byColor].map(([color, parts]) => ({ color, d: parts.join(''), count: parts.length }));
}

/**
 * The dot nearest to (x, y) within `reach` pixels, or null. Among dots at the same distance the
 * last, which is drawn on top, wins. A plain scan: a few thousand dots take well under a millisecond.
 */
export function nearestDot<T extends PlacedDot>(dots: readonly T[], x: number, y: number, reach: number): T | null {
	let best: T | null = null;
	let bestD2 = reach * reach;
	for (const dot of dots) {
		const d2 = (dot.px - x) ** 2 + (dot.py - y) ** 2;
		if (d2 <= bestD2) {
			best = dot;
			bestD2 = d2;
		}
	}
	return best;
}
