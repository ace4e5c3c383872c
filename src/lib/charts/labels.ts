/**
 * Chart label arithmetic, apart from the drawing so it can be tested without a browser: axis
 * ticks that do not run into each other, category labels wrapped instead of cut, role names with
 * their track said once, padded scatter domains and the "n of m plotted" note.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { fitLabel, labelWidth } from './context';

/** Where a tick label sits: centred under its tick, or flush with the chart's edge it would cross. */
export function tickAnchor(x: number, width: number, chartWidth: number): 'start' | 'middle' | 'end' {
	const half = width / 2;
	return x + half > chartWidth ? 'end' : x - half < 0 ? 'start' : 'middle';
}

/** The horizontal extent of a tick label placed by tickAnchor. */
function tickExtent(x: number, text: string, chartWidth: number): [number, number] {
	const w = labelWidth(text);
	const a = tickAnchor(x, w, chartWidth);
	return a === 'start' ? [x, x + w] : a === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
}

/**
 * The most ticks, up to `max`, whose labels leave `gap` px between each other on a chart
 * `chartWidth` wide ("$160K" and "$180K" never print as "$16$180K"). Fewer is always possible:
 * one tick at the least.
 */
export function fitTicks(scale: ScaleLinear<number, number>, format: (n: number) => string, max: number, chartWidth: number, gap = 10): number[] {
	for (let n = Math.max(1, max); n >= 1; n--) {
		const values = scale.ticks(n);
		const spans = values.map((v) => tickExtent(scale(v), format(v), chartWidth));
		if (spans.every((s, i) => i === 0 || s[0] - spans[i - 1]![1] >= gap)) return values;
	}
	const [lo, hi] = scale.domain() as [number, number];
	return [Math.abs(lo) <= Math.abs(hi) ? lo : hi];
}

/**
 * A label in at most `maxLines` lines of `room` px, broken between words; only a last line that
 * still does not fit is cut, with an ellipsis. A word longer than the room is cut on its own line.
 */
export function wrapLabel(text: string, room: number, maxLines = 2): string[] {
	if (labelWidth(text) <= room) return [text];
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let i = 0;
	while (i < words.length && lines.length < maxLines) {
		let line = words[i++]!;
		while (i < words.length && labelWidth(`${line} ${words[i]}`) <= room) line += ` ${words[i++]}`;
		lines.push(line);
	}
	if (i < words.length) lines[lines.length - 1] = `${lines.at(-1)} ${words.slice(i).join(' ')}`;
	return lines.map((l) => fitLabel(l, room));
}

/**
 * A ladder role's name with its track said once: "IT Help Desk Technician", but "IS Technician"
 * and "IT Support" as published, not "IS IS Technician".
 */
export function trackedRole(track: string, role: string): string {
	return role === track || role.startsWith(`${track} `) ? role : `${track} ${role}`;
}

/**
 * A scatter axis domain with room around the dots, so none sits on the frame: `share` of the
 * extent on each side, or, for one value or several equal ones, `share` of the value (1 for 0).
 * `include` values (e.g. 0) stay in the domain.
 */
export function paddedDomain(values: number[], share = 0.08, include: number[] = []): [number, number] {
	if (values.length === 0) return [Math.min(0, ...include), Math.max(1, ...include)];
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	const pad = hi > lo ? (hi - lo) * share : Math.abs(lo) * share || 1;
	lo -= pad;
	hi += pad;
	for (const v of include) {
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	return [lo, hi];
}

/** Why some rows are not drawn: how many lack each thing a dot needs. */
export interface Missing {
	count: number;
	/** What those rows have not, after "have no": "published median pay". */
	what: string;
}

/**
 * "813 of 820 occupations plotted: 5 have no published median pay, 2 no projection", or '' when
 * every row is drawn. Each row counts once, under the first thing it lacks (the caller's order).
 */
export function plottedNote(plotted: number, total: number, missing: Missing[], noun: [string, string] = ['occupation', 'occupations']): string {
	if (plotted >= total) return '';
	const reasons = missing
		.filter((m) => m.count > 0)
		.map((m, i) => (i === 0 ? `${m.count} ${m.count === 1 ? 'has' : 'have'} no ${m.what}` : `${m.count} no ${m.what}`));
	return `${plotted} of ${total} ${total === 1 ? noun[0] : noun[1]} plotted${reasons.length ? `: ${reasons.join(', ')}` : ''}.`;
}

/**
 * Where a value label beside a row's marks goes: after the rightmost (`right` px), or, with no
 * room there, before the leftmost (`left` px); `prefer: 'before'` tries the left side first. With
 * room on neither side, flush with the plot's edge on the preferred side. `plot` is the
 * horizontal room labels may use.
 */
export function besideMarks(
	text: string,
	left: number,
	right: number,
	plot: [number, number],
	gap = 8,
	prefer: 'after' | 'before' = 'after'
): { x: number; anchor: 'start' | 'end' } {
	const w = labelWidth(text);
	const after = right + gap + w <= plot[1] ? ({ x: right + gap, anchor: 'start' } as const) : null;
	const before = left - gap - w >= plot[0] ? ({ x: left - gap, anchor: 'end' } as const) : null;
	const found = prefer === 'after' ? (after ?? before) : (before ?? after);
	return found ?? (prefer === 'after' ? { x: plot[1], anchor: 'end' } : { x: plot[0], anchor: 'start' });
}

/**
 * Left padding for a linear y axis: its widest tick label (as AxisY draws `count` ticks of the
 * nice domain), the gap to the axis and the rotated axis title, so that "−0.8%" never runs into it.
 */
export function yAxisRoom(domain: [number, number], format: (n: number) => string, count = 5): number {
	const ticks = scaleLinear().domain(domain).nice().ticks(count);
	return Math.ceil(Math.max(0, ...ticks.map((t) => labelWidth(format(t)))) + 6 + 24);
}

/**
 * Where a bar's value label goes so that no other mark on its row (`clear`, px, each `r` px wide)
 * covers it: after the bar's end, else inside it at its end or its base, else after the last of those marks.
 * `end` is the bar's end, `start` its base (px); a bar pointing left mirrors this. `plot` bounds it.
 */
export function barLabel(text: string, start: number, end: number, clear: number[], plot: [number, number], r = 7): { x: number; anchor: 'start' | 'end' } {
	const w = labelWidth(text);
	const right = end >= start;
	const free = (lo: number, hi: number) => lo >= plot[0] && hi <= plot[1] && clear.every((c) => c + r < lo || c - r > hi);
	const outside = right ? ([end + 4, end + 4 + w] as const) : ([end - 4 - w, end - 4] as const);
	if (free(...outside)) return right ? { x: end + 4, anchor: 'start' } : { x: end - 4, anchor: 'end' };
	const inside = right ? ([end - 4 - w, end - 4] as const) : ([end + 4, end + 4 + w] as const);
	if (Math.abs(end - start) >= w + 8 && free(...inside)) return right ? { x: end - 4, anchor: 'end' } : { x: end + 4, anchor: 'start' };
	// Inside at the base: still on its own bar, rather than beside a dot it could be read as.
	const base = right ? ([start + 4, start + 4 + w] as const) : ([start - 4 - w, start - 4] as const);
	if (Math.abs(end - start) >= w + 8 && free(...base)) return right ? { x: start + 4, anchor: 'start' } : { x: start - 4, anchor: 'end' };
	if (right && clear.length) {
		const after = Math.max(...clear) + r + 4;
		if (free(after, after + w)) return { x: after, anchor: 'start' };
	}
	return right ? { x: end + 4, anchor: 'start' } : { x: end - 4, anchor: 'end' };
}
