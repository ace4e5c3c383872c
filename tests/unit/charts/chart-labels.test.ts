import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../../src/lib/charts/context';
import { besideMarks, fitTicks, paddedDomain, plottedNote, tickAnchor, trackedRole, wrapLabel, yAxisRoom } from '../../../src/lib/charts/labels';
import { dollarsShort } from '../../../src/lib/format';

/** The left and right ends of each tick label as AxisX places it. */
const spans = (scale: ReturnType<typeof scaleLinear<number, number>>, ticks: number[], width: number) =>
	ticks.map((t) => {
		const w = labelWidth(dollarsShort(t));
		const a = tickAnchor(scale(t), w, width);
		const x = scale(t);
		return a === 'start' ? [x, x + w] : a === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
	});

describe('fitTicks', () => {
	it('keeps every tick a wide chart has room for', () => {
		const x = scaleLinear().domain([0, 600_000]).range([52, 1100]).nice();
		expect(fitTicks(x, dollarsShort, 11, 1116).map(dollarsShort)).toEqual(['$0', '$50K', '$100K', '$150K', '$200K', '$250K', '$300K', '$350K', '$400K', '$450K', '$500K', '$550K', '$600K']);
	});
	it('drops ticks on a phone rather than print "$16$180K"', () => {
		// A narrow chart: a two-dot scatter between $160K and $180K in 140 px of plot.
		const x = scaleLinear().domain([158_000, 182_000]).range([8, 148]).nice();
		expect(spans(x, x.ticks(4), 160).some((s, i, all) => i > 0 && s[0]! < all[i - 1]![1]!)).toBe(true);
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
		expect(plottedNote(12, 13, [{ count: 1, what: 'published entry pay (25th percentile)' }, { count: 0, what: 'projection' }])).toBe(
			'12 of 13 occupations plotted: 1 has no published entry pay (25th percentile).'
		);
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
});

describe('yAxisRoom', () => {
	const pct = (n: number) => `${n < 0 ? '−' : ''}${Math.abs(n)}%`;
	it('makes room for the widest tick label and the axis title', () => {
		// Ticks −0.8% … 0%: "−0.8%" is the widest.
		expect(yAxisRoom([-0.76, -0.02], pct)).toBe(Math.ceil(labelWidth('−0.8%') + 30));
		expect(yAxisRoom([-40, 40], pct)).toBe(Math.ceil(labelWidth('−40%') + 30));
	});
});
