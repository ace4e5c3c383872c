import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../../src/lib/charts/context';
import { barLabel, besideMarks, fitTicks, paddedDomain, plottedNote, tickAnchor, trackedRole, wrapLabel, yAxisRoom } from '../../../src/lib/charts/labels';
import { dollarsShort } from '../../../src/lib/format';

/** The left and right ends of each tick label as AxisX places it. */
const spans = (scale: ReturnType<typeof scaleLinear<number, number>>, ticks: number[], width: number) =>
	ticks.map((t) => {
		const w = labelWidth(dollarsShort(t));
		const a = tickAnchor(scale(t), w, width);
		const x = scale(t);
		return (a === 'start' ? [x, x + w] : a === 'end' ? [x - w, x] : [x - w / 2, x + w / 2]) as [number, number];
	});

describe('fitTicks', () => {
	it('keeps every tick a wide chart has room for', () => {
		const x = scaleLinear().domain([0, 600_000]).range([52, 1100]).nice();
		expect(fitTicks(x, dollarsShort, 11, 1116).map(dollarsShort)).toEqual([
			'$0',
			'$50K',
			'$100K',
			'$150K',
			'$200K',
			'$250K',
			'$300K',
			'$350K',
			'$400K',
			'$450K',
			'$500K',
			'$550K',
			'$600K'
		]);
	});
	it('drops ticks on a phone rather than print "$16$180K"', () => {
		// A narrow chart: a two-dot scatter between $160K and $180K in 140 px of plot.
		const x = scaleLinear().domain([158_000, 182_000]).range([8, 148]).nice();
		expect(spans(x, x.ticks(4), 160).some((s, i, all) => i > 0 && s[0] < all[i - 1]![1])).toBe(true);
		const ticks = fitTicks(x, dollarsShort, 4, 160);
		expect(ticks.map(dollarsShort)).toEqual(['$160K', '$170K', '$180K']);
		const s = spans(x, ticks, 160);
		for (let i = 1; i < s.length; i++) expect(s[i]![0] - s[i - 1]![1]).toBeGreaterThanOrEqual(10);
	});
	it('keeps one tick when no two fit', () => {
		const x = scaleLinear().domain([0, 300_000]).range([8, 60]);
		expect(fitTicks(x, dollarsShort, 5, 64).map(dollarsShort)).toEqual(['$0']);
	});
});

describe('tickAnchor', () => {
	it('centres a label, or keeps it inside the edge it would cross', () => {
		expect(tickAnchor(100, 40, 300)).toBe('middle');
		expect(tickAnchor(10, 40, 300)).toBe('start');
		expect(tickAnchor(290, 40, 300)).toBe('end');
	});
});

describe('wrapLabel', () => {
	it('leaves a label that fits on one line', () => {
		expect(wrapLabel('IT Support · entry', 200)).toEqual(['IT Support · entry']);
	});
	it('wraps a long ladder role so its level stays visible', () => {
		expect(wrapLabel('IS Chief Information Officer (CIO) · senior', 200)).toEqual(['IS Chief Information Officer (CIO)', '· senior']);
		expect(wrapLabel('IS Chief Information Officer (CIO) · senior', 160)).toEqual(['IS Chief Information', 'Officer (CIO) · senior']);
		expect(wrapLabel('IT Director of Information Systems · senior', 200)).toEqual(['IT Director of Information', 'Systems · senior']);
	});
	it('cuts only a label longer than its lines, with an ellipsis', () => {
		const lines = wrapLabel('Computer and Information Systems Managers and their many assistants', 120);
		expect(lines).toEqual(['Computer and', 'Information Syste…']);
		for (const l of lines) expect(labelWidth(l)).toBeLessThanOrEqual(120);
	});
});

describe('trackedRole', () => {
	it('says the track once', () => {
		expect(trackedRole('IS', 'IS Technician')).toBe('IS Technician');
		expect(trackedRole('IT', 'IT Support')).toBe('IT Support');
		expect(trackedRole('IT', 'Help Desk Technician')).toBe('IT Help Desk Technician');
		// A role that only begins with the same letters still gets its track.
		expect(trackedRole('IS', 'ISO Auditor')).toBe('IS ISO Auditor');
	});
});

describe('paddedDomain', () => {
	it('pads one dot on both sides, off the frame', () => {
		expect(paddedDomain([100_000])).toEqual([92_000, 108_000]);
		expect(paddedDomain([0])).toEqual([-1, 1]);
	});
	it('pads two dots by a share of their spread and keeps the values asked for', () => {
		expect(paddedDomain([160_000, 180_000])).toEqual([158_400, 181_600]);
		expect(paddedDomain([5, 15], 0.1, [0])).toEqual([0, 16]);
		expect(paddedDomain([], 0.08, [0])).toEqual([0, 1]);
	});
});

describe('plottedNote', () => {
	it('says how many rows are not drawn and why, from the counts', () => {
		expect(
			plottedNote(813, 820, [
				{ count: 4, what: 'published median pay' },
				{ count: 3, what: 'projection' }
			])
		).toBe('813 of 820 occupations plotted: 4 have no published median pay, 3 no projection.');
		expect(
			plottedNote(12, 13, [
				{ count: 1, what: 'published entry pay (25th percentile)' },
				{ count: 0, what: 'projection' }
			])
		).toBe('12 of 13 occupations plotted: 1 has no published entry pay (25th percentile).');
	});
	it('says nothing when every row is drawn', () => {
		expect(plottedNote(820, 820, [{ count: 0, what: 'projection' }])).toBe('');
	});
});

describe('besideMarks', () => {
	it('puts a label after the marks, or before them at the right edge', () => {
		expect(besideMarks('$85,000', 100, 200, [8, 400])).toEqual({ x: 208, anchor: 'start' });
		expect(besideMarks('$85,000', 100, 380, [8, 400])).toEqual({ x: 92, anchor: 'end' });
		expect(besideMarks('$85,000', 20, 380, [8, 400])).toEqual({ x: 400, anchor: 'end' });
	});
	it('tries the left side first when asked, as for a change that points left', () => {
		expect(besideMarks('−7.4%', 200, 260, [8, 400], 8, 'before')).toEqual({ x: 192, anchor: 'end' });
		// "−0.8% on pace" at a phone's right edge: after the marks there is no room; before them there is.
		expect(besideMarks('−0.8% on pace', 250, 300, [8, 330])).toEqual({ x: 242, anchor: 'end' });
		expect(besideMarks('−7.4%', 12, 60, [8, 400], 8, 'before')).toEqual({ x: 68, anchor: 'start' });
	});
});

describe('yAxisRoom', () => {
	const pct = (n: number) => `${n < 0 ? '−' : ''}${Math.abs(n)}%`;
	it('makes room for the widest tick label and the axis title', () => {
		// Ticks −0.8% … 0%: "−0.8%" is the widest.
		expect(yAxisRoom([-0.76, -0.02], pct)).toBe(Math.ceil(labelWidth('−0.8%') + 30));
		expect(yAxisRoom([-40, 40], pct)).toBe(Math.ceil(labelWidth('−40%') + 30));
	});
});

describe('barLabel', () => {
	it('prints a bar’s value after its end when nothing is drawn there', () => {
		expect(barLabel('$138,060', 8, 120, [], [8, 311])).toEqual({ x: 124, anchor: 'start' });
	});
	it('moves the value clear of the ladder dots on its row', () => {
		// The senior bar of 11-3021 on a phone: dots at 133 and 140 inside the bar, 208 and 222 after
		// it. The value stays on its bar, at the base, not beside a dot it could be read as.
		expect(barLabel('$220,730', 8, 170, [133, 140, 208, 222], [8, 311])).toEqual({ x: 12, anchor: 'start' });
		// A bar too short to hold it: after the last dot.
		expect(barLabel('$220,730', 8, 60, [40, 70, 100], [8, 311])).toEqual({ x: 111, anchor: 'start' });
		// Dots after the bar only: the value goes inside the bar's end.
		expect(barLabel('$220,730', 8, 170, [208, 222], [8, 311])).toEqual({ x: 166, anchor: 'end' });
	});
});
