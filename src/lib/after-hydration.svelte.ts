/**
 * Markup that only script can use, added once the page has hydrated and the browser has a moment.
 * The occupation menus of /trends and /compare hold ~870 options (~60 KB) that change the page
 * through script alone; in the prerendered HTML they came before the first chart, which a phone's
 * parser reached ~0.3 s later for it.
 */
import { onMount } from 'svelte';
import { cancelIdle, whenIdle } from './idle';

/**
 * Call while a component initializes; `done` turns true after hydration, when the browser is idle,
 * or at once on `now()` (a control's focus or pointerdown: someone is about to open the menu).
 */
export function afterHydration(): { readonly done: boolean; now: () => void } {
	const state = $state({ done: false });
	onMount(() => {
		const id = whenIdle(() => (state.done = true));
		return () => cancelIdle(id);
	});
	return {
		get done() {
			return state.done;
		},
		now: () => (state.done = true)
	};
}
