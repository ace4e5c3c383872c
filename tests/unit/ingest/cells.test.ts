import { describe, expect, it } from 'vitest';
import { epWageCell, numberCell, oewsValueCell, socCodeCell, thousandsToPersons, trueOrBlank } from '../../../scripts/ingest/cells';

const ok = <T>(r: { success: boolean; data?: T }) => {
	expect(r.success).toBe(true);
	return r.data as T;
};
const fails = (r: { success: boolean; error?: { issues: { message: string }[] } }) => {
	expect(r.success).toBe(false);
	return r.error!.issues[0]!.message;
};

describe('socCodeCell', () => {
	it('reads plain codes and the Excel formula escape', () => {
		expect(ok(socCodeCell.safeParse('11-3021'))).toBe('11-3021');
		// The raw CSV text "=""11-3021""" arrives from the CSV reader as ="11-3021".
		expect(ok(socCodeCell.safeParse('="11-3021"'))).toBe('11-3021');
		expect(ok(socCodeCell.safeParse(' 15-1242 '))).toBe('15-1242');
	});
	it('rejects anything else', () => {
		for (const bad of ['11-302', '113021', 'Computer managers', '', null, '11-3021.00', '="11-30"'])
			expect(fails(socCodeCell.safeParse(bad))).toMatch(/SOC code/);
	});
});

describe('numberCell', () => {
	it('reads plain numbers, separators, negatives and workbook numbers', () => {
		expect(ok(numberCell.safeParse('15.2'))).toBe(15.2);
		expect(ok(numberCell.safeParse('-0.7'))).toBe(-0.7);
		expect(ok(numberCell.safeParse('"1,579.80"'.slice(1, -1)))).toBe(1579.8);
		expect(ok(numberCell.safeParse('1,234,567'))).toBe(1234567);
		expect(ok(numberCell.safeParse(42.5))).toBe(42.5);
	});
	it('rejects text, misplaced separators and symbols', () => {
		for (const bad of ['abc', '15.2%', '1,5790', '12,34', '', 'N/A', '#', Number.NaN]) expect(fails(numberCell.safeParse(bad))).toBe('expected a number');
	});
});

describe('thousandsToPersons (EP employment)', () => {
	it.each([
		['1,579.80', 1_579_800],
		['1,397.7', 1_397_700],
		['667.1', 667_100],
		['78', 78_000],
		['57.1', 57_100],
		['-0.5', -500],
		['-5.6', -5_600],
		['-23.0', -23_000],
		['0.2', 200]
	])('%s thousand → %d persons', (raw, persons) => {
		expect(ok(thousandsToPersons.safeParse(raw))).toBe(persons);
	});
	it('rejects a value in persons rather than thousands', () => {
		expect(fails(thousandsToPersons.safeParse('667,100'))).toMatch(/expected thousands .* looks like persons/);
		expect(fails(thousandsToPersons.safeParse('-50,000'))).toMatch(/looks like persons/);
	});
});

describe('epWageCell', () => {
	it('reads dollars, N/A and the top-code', () => {
		expect(ok(epWageCell.safeParse('171,200'))).toEqual({ value: 171_200, topcoded: false });
		expect(ok(epWageCell.safeParse('N/A'))).toEqual({ value: null, topcoded: false });
		expect(ok(epWageCell.safeParse('>=239,200'))).toEqual({ value: 239_200, topcoded: true });
		expect(ok(epWageCell.safeParse('>=208,000'))).toEqual({ value: 208_000, topcoded: true });
	});
	it('rejects unknown symbols, empty cells and negatives', () => {
		for (const bad of ['~~', '##', '', 'NA', '<=20,000', '-5', '>=']) expect(fails(epWageCell.safeParse(bad))).toMatch(/expected a wage like/);
	});
});

describe('oewsValueCell', () => {
	const wage = oewsValueCell('wage');
	const employment = oewsValueCell('employment');
	const ratio = oewsValueCell('ratio');
	it('reads numbers and flags BLS symbols', () => {
		expect(ok(wage.safeParse(171200))).toEqual({ value: 171_200, flag: 'published' });
		expect(ok(wage.safeParse('82.31'))).toEqual({ value: 82.31, flag: 'published' });
		expect(ok(wage.safeParse('*'))).toEqual({ value: null, flag: 'suppressed' });
		expect(ok(wage.safeParse('#'))).toEqual({ value: null, flag: 'topcoded' });
		expect(ok(employment.safeParse('**'))).toEqual({ value: null, flag: 'suppressed' });
		expect(ok(ratio.safeParse('**'))).toEqual({ value: null, flag: 'suppressed' });
	});
	it('reads an empty cell or empty string as not applicable', () => {
		for (const v of [null, undefined, '', '  ']) expect(ok(wage.safeParse(v))).toEqual({ value: null, flag: 'not_applicable' });
	});
	it('rejects symbols that do not belong to the column and unknown ones', () => {
		expect(fails(wage.safeParse('##'))).toBe("expected a number or one of BLS's symbols * #");
		expect(fails(wage.safeParse('~~'))).toBe("expected a number or one of BLS's symbols * #");
		expect(fails(wage.safeParse('**'))).toBe("expected a number or one of BLS's symbols * #");
		expect(fails(employment.safeParse('#'))).toBe("expected a number or one of BLS's symbols * **");
		expect(fails(wage.safeParse(-1))).toMatch(/expected a number/);
	});
});

describe('trueOrBlank (ANNUAL / HOURLY)', () => {
	it('reads TRUE, a boolean, a blank cell and an empty string', () => {
		expect(ok(trueOrBlank.safeParse('TRUE'))).toBe(true);
		expect(ok(trueOrBlank.safeParse(true))).toBe(true);
		expect(ok(trueOrBlank.safeParse(null))).toBe(false);
		expect(ok(trueOrBlank.safeParse(''))).toBe(false);
	});
	it('rejects anything else', () => {
		expect(fails(trueOrBlank.safeParse('yes'))).toBe('expected TRUE or an empty cell');
		expect(fails(trueOrBlank.safeParse('1'))).toBe('expected TRUE or an empty cell');
	});
});
