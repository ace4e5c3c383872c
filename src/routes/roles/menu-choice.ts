/**
 * The explorer's filter menus: a choice updates the view, and a person about to choose (the menu
 * focused or pointed at) has its choices answered ahead, the nearest to the current one first.
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

/** Spread on a `<select>`: `{...choice((value) => ({ track: value }))}`. */
export type MenuChoice = (change: (value: string) => Change) => {
	onchange: (e: Event) => void;
	onfocus: (e: Event) => void;
	onpointerenter: (e: Event) => void;
};

export function menuChoice(update: (change: Change) => void, anticipate: (changes: Change[]) => void, limit: number): MenuChoice {
	return (change) => {
		const ahead = (e: Event) => {
			const menu = e.currentTarget as HTMLSelectElement;
			const values = [...menu.options].map((o) => o.value);
			anticipate(nearestChoices(values, menu.selectedIndex, limit).map(change));
		};
		return { onchange: (e) => update(change((e.currentTarget as HTMLSelectElement).value)), onfocus: ahead, onpointerenter: ahead };
	};
}
