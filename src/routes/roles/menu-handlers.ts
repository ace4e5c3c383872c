/**
 * The explorer's filter menus: a choice updates the view, and a person about to choose (the menu
 * focused: a click or a tap focuses it before it opens) has its choices answered ahead, the
 * nearest to the current one first. Not on the pointer passing over: that would load a state's
 * or a sector's table for someone on their way elsewhere.
 */
import type { ExplorerFilters } from '$lib/explorer/params';

type Change = Partial<ExplorerFilters>;

/** The menu's values nearest its selected one (above and below alike), at most `limit`, the selected one left out. */
export function nearestChoices(values: readonly string[], selected: number, limit: number): string[] {
	return values
		.map((value, i) => ({ value, distance: Math.abs(i - selected) }))
		.filter((o) => o.distance > 0)
		.sort((a, b) => a.distance - b.distance)
		.slice(0, limit)
		.map((o) => o.value);
}

/** How many of a menu's choices are answered ahead, the nearest to the current one first (the state menu has 54). */
const ANTICIPATED_CHOICES = 24;

/** Spread on a `<select>`: `{...menuHandlers((value) => ({ track: value }))}`. */
export type MenuHandlers = (change: (value: string) => Change) => {
	onchange: (e: Event) => void;
	onfocus: (e: Event) => void;
};

export function menuHandlersFor(update: (change: Change) => void, anticipateChanges: (changes: Change[]) => void): MenuHandlers {
	return (change) => ({
		onchange: (e) => update(change((e.currentTarget as HTMLSelectElement).value)),
		onfocus: (e) => {
			const menu = e.currentTarget as HTMLSelectElement;
			const values = [...menu.options].map((o) => o.value);
			anticipateChanges(nearestChoices(values, menu.selectedIndex, ANTICIPATED_CHOICES).map(change));
		}
	});
}
