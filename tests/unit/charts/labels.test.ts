import { describe, expect, it } from 'vitest';
import { fitLabel, labelRoom, labelWidth } from '../../../src/lib/charts/context';

describe('labelWidth', () => {
	it('counts narrow, wide and capital letters apart', () => {
		expect(labelWidth('iii')).toBeLessThan(labelWidth('aaa'));
		expect(labelWidth('aaa')).toBeLessThan(labelWidth('AAA'));
		expect(labelWidth('AAA')).toBeLessThan(labelWidth('%%%'));
		expect(labelWidth('')).toBe(0);
	});
});

describe('fitLabel', () => {
	it('leaves a label that fits as it is', () => {
		expect(fitLabel('Web Developers', 200)).toBe('Web Developers');
	});
	it('cuts a long label with an ellipsis to the room there is', () => {
		const cut = fitLabel('Computer and Information Systems Managers', 150);
		expect(cut.endsWith('…')).toBe(true);
		expect('Computer and Information Systems Managers'.startsWith(cut.slice(0, -1))).toBe(true);
		expect(labelWidth(cut)).toBeLessThanOrEqual(150);
		// As long as the room allows: one more character would not fit.
		const next = 'Computer and Information Systems Managers'.slice(0, cut.length);
		expect(labelWidth(`${next}…`)).toBeGreaterThan(150);
	});
	it('keeps at least one character', () => {
		expect(fitLabel('Managers', 1)).toBe('M…');
	});
});

describe('labelRoom', () => {
	it('makes room for the longest label whole, up to a cap', () => {
		const labels = ['Web Developers', 'Computer and Information Systems Managers'];
		const room = labelRoom(labels, 400);
		// AxisY fits labels into the room less 10 px: the longest is not cut.
		expect(fitLabel(labels[1]!, room - 10)).toBe(labels[1]);
		expect(labelRoom(labels, 200)).toBe(200);
		expect(fitLabel(labels[1]!, 200 - 10).endsWith('…')).toBe(true);
	});
});
