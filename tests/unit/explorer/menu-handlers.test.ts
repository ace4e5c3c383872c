import { describe, expect, it } from 'vitest';
import { nearestChoices } from '../../../src/routes/roles/menu-handlers';

describe('nearestChoices: what a focused menu answers ahead', () => {
	it('takes the values nearest the selected one, above and below alike, without it', () => {
		expect(nearestChoices(['', 'a', 'b', 'c', 'd', 'e'], 2, 3)).toEqual(['a', 'c', '']);
	});
	it('from the first value, takes the next ones in order, at most the limit', () => {
		expect(nearestChoices(['', 'AK', 'AL', 'AR', 'AZ'], 0, 2)).toEqual(['AK', 'AL']);
	});
});
