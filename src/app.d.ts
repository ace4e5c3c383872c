// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		/** Shallow routing (pushState): the explorer's query string for the view a history entry shows. */
		interface PageState {
			explorer?: string;
		}
	}
}

export {};
