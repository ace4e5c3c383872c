import { describe, expect, it } from 'vitest';
import { MIN_ROW_REM, rowsInView } from '../../src/lib/rows-in-view';

const MIN_ROW_PX = MIN_ROW_REM * 16;

// A desktop explorer at 1280×900: the table's box is at most 80vh (720 px) tall.
const desktop = { scrollTop: 0, boxTop: 400, bodyTop: 440, boxMaxHeight: 720, viewportHeight: 900, minRowPx: MIN_ROW_PX };

describe('rowsInView', () => {
	it('counts the rows that fit between the body and the bottom of the screen, plus one', () => {
		expect(rowsInView(desktop)).toBe(Math.ceil((900 - 440) / MIN_ROW_PX) + 1);
	});
	it('stops at the bottom of a box shorter than the screen', () => {
		expect(rowsInView({ ...desktop, boxTop: 0, bodyTop: 40 })).toBe(Math.ceil((720 - 40) / MIN_ROW_PX) + 1);
	});
	it('draws one row when the table starts below the screen', () => {
		expect(rowsInView({ ...desktop, boxTop: 1200, bodyTop: 1240 })).toBe(1);
	});
	it('has no box bottom on a phone, where the cards are in the page', () => {
		expect(rowsInView({ ...desktop, boxTop: 300, bodyTop: 340, boxMaxHeight: Infinity, viewportHeight: 812 })).toBe(Math.ceil((812 - 340) / MIN_ROW_PX) + 1);
	});
	it('counts more rows where the text is smaller', () => {
		expect(rowsInView({ ...desktop, minRowPx: MIN_ROW_REM * 12 })).toBe(Math.ceil((900 - 440) / (MIN_ROW_REM * 12)) + 1);
	});
	it('draws everything when fewer rows would move what is seen', () => {
		// A box scrolled down keeps its place only if its rows are all there.
		expect(rowsInView({ ...desktop, scrollTop: 120 })).toBe(Infinity);
		// A table that starts above the screen: fewer rows would pull the page up.
		expect(rowsInView({ ...desktop, boxTop: -300, bodyTop: -260 })).toBe(Infinity);
	});
});
