import type { HandleClientError } from '@sveltejs/kit';
import { z } from 'zod';

// zod 4 probes for eval (new Function) to compile parsers; the site's CSP forbids eval, so the
// probe alone would be reported as a violation. Parse without it in the browser.
z.config({ jitless: true });

/** A missing page is an expected outcome with its own message, not an error to log. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
