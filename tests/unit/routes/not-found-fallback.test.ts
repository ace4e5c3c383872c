/** The static host's 404.html carries its message without JavaScript (src/hooks.server.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { notFoundNoScript, withNotFoundText } from '../../../src/hooks.server';

describe('the 404.html fallback', () => {
	test('the app shell gets the not-found message, with links to the main pages, inside its container', () => {
		// The fallback is app.html with an empty body and the app's start-up script.
		const shell = readFileSync(new URL('../../../src/app.html', import.meta.url), 'utf8').replace('%sveltekit.body%', '<script>start()</script>');
		const html = withNotFoundText(shell);
		expect(html).toContain(`<div style="display: contents">${notFoundNoScript}<script>start()</script>`);
		expect(notFoundNoScript).toMatch(/^<noscript>.*<h1>Page not found<\/h1>.*<\/noscript>$/);
		for (const href of ['/', '/roles', '/compare', '/trends', '/about']) expect(notFoundNoScript).toContain(`<a href="${href}">`);
	});
	test('without that container, the message opens the body', () => {
		expect(withNotFoundText('<html><body class="x"><script></script></body></html>')).toBe(
			`<html><body class="x">${notFoundNoScript}<script></script></body></html>`
		);
	});
});
