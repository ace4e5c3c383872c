import { describe, expect, it } from 'vitest';
import { dotPaths, nearestDot } from '../../../src/lib/charts/dot-cloud';

const dots = [
	{ px: 10, py: 20, color: 'grey' },
	{ px: 30, py: 20, color: 'blue' },
	{ px: 12.04, py: 20.06, color: 'grey' },
	{ px: 31, py: 20, color: 'blue' }
];

describe('dotPaths', () => {
	it('draws one path per colour, in the order colours first appear, one circle per dot', () => {
		const paths = dotPaths(dots, 5);
		expect(paths.map((p) => [p.color, p.count])).toEqual([
			['grey', 2],
			['blue', 2]
		]);
		// Each circle: a move to its left edge, then two half-circle arcs.
		expect(paths[0]!.d).toBe('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0M7,20.1a5,5 0 1,0 10,0a5,5 0 1,0 -10,0');
	});

	it('draws nothing for no dots', () => {
		expect(dotPaths([], 5)).toEqual([]);
	});
});

describe('nearestDot', () => {
	it('finds the nearest dot within reach', () => {
		expect(nearestDot(dots, 29, 21, 9)).toBe(dots[1]);
		expect(nearestDot(dots, 11.9, 20, 9)).toBe(dots[2]);
	});

	it('finds none beyond reach', () => {
		expect(nearestDot(dots, 20, 40, 9)).toBeNull();
		expect(nearestDot([], 0, 0, 9)).toBeNull();
	});

	it('between dots at the same distance, picks the one drawn on top (the later)', () => {
		expect(nearestDot(dots, 30.5, 20, 9)).toBe(dots[3]);
	});
});
