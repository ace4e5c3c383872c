/**
 * Runs at build time only (every page is prerendered). The static host's 404.html (adapter-static's
 * `fallback`) is an empty shell that the app fills in with JavaScript (+error.svelte); without
 * JavaScript it would be a blank page, so it carries the same message in a <noscript>.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';

// Root paths: 404.html answers for a missing page at any depth, and the site has no base path.
const mainPages = [
	['/', 'Overview'],
	['/roles', 'Explore roles'],
	['/compare', 'Compare'],
	['/paths', 'Paths'],
	['/trends', 'Trends'],
	['/data', 'Data'],
	['/sql', 'SQL'],
	['/about', 'About the data']
];
export const notFoundNoScript =
	'<noscript><main style="max-width:1160px;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif">' +
	'<h1>Page not found</h1><p>There is no page at this address. It may be mistyped, or an occupation code that BLS does not use (codes look like 15-1242).</p>' +
	`<p>Go to one of the main pages: ${mainPages.map(([href, label]) => `<a href="${href}">${label}</a>`).join(' · ')}.</p></main></noscript>`;

/** The fallback's HTML with the message at the start of the app's container (or of <body>). */
export function withNotFoundText(html: string): string {
	const container = '<div style="display: contents">';
	if (html.includes(container)) return html.replace(container, container + notFoundNoScript);
	return html.replace(/<body[^>]*>/, (body) => body + notFoundNoScript);
}

export const handle: Handle = ({ event, resolve }) => {
	if (!building || event.url.pathname !== '/[fallback]') return resolve(event);
	return resolve(event, { transformPageChunk: ({ html }) => withNotFoundText(html) });
};
