import type { HandleClientError } from '@sveltejs/kit';

/** A missing page is an expected outcome with its own message, not an error to log. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
