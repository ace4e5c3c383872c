/**
 * How many of a table's new rows to draw in the frame that shows a new result: those that can be
 * in view, the rest a frame later. The browser's layout and paint grow with the rows drawn (~0.3 ms
 * a row of 14 cells here), so rows out of sight should not hold up the frame a person looks at.
 */

/** Less than any row is tall (one line of 0.92rem text with 0.35rem padding is ~2rem): never fewer rows than fit. In rem, so a larger or smaller font keeps it true. */
export const MIN_ROW_REM = 1.75;

export interface TablePlace {
	/** How far the table's own box is scrolled. */
	scrollTop: number;
	/** Top of the table's body on the screen (its bounding box), in px. */
	bodyTop: number;
	/** Top of the table's scrolling box on the screen, in px. */
	boxTop: number;
	/** The box's max-height in px; Infinity where it grows with its rows (phones: cards in the page). */
	boxMaxHeight: number;
	viewportHeight: number;
	/** MIN_ROW_REM in px, at the page's root font size. */
	minRowPx: number;
}

/**
 * Rows that can be in view once the new rows are drawn, plus one. Everything (Infinity) where
 * drawing fewer would move what a person sees: a box scrolled down would lose its place, and a
 * table above the top of the screen would pull the page up.
 */
export function rowsInView(p: TablePlace): number {
	if (p.scrollTop > 0 || p.bodyTop < 0) return Infinity;
	const bottom = Math.min(p.boxTop + p.boxMaxHeight, p.viewportHeight);
	return Math.max(0, Math.ceil((bottom - p.bodyTop) / p.minRowPx)) + 1;
}
