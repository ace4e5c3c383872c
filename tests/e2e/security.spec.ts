import { expect, test } from './fixtures';

const pages = ['/', '/roles', '/roles/11-3021', '/compare', '/trends', '/about'];

test('every page carries a Content-Security-Policy that allows only its own origin', async ({ request }) => {
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(csp, path).toBeTruthy();
		const directives = Object.fromEntries(
			csp!
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([k, ...v]) => [k, v])
		);
		expect(directives['default-src'], path).toEqual(["'self'"]);
		expect(directives['connect-src'], path).toEqual(["'self'"]);
		expect(directives['worker-src'], path).toEqual(["'self'"]);
		expect(directives['object-src'], path).toEqual(["'none'"]);
		// Scripts: own origin, hashes of SvelteKit's inline bootstrap, and wasm compilation only.
		for (const v of directives['script-src']!) expect(v, path).toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/);
		// Nothing the page loads comes from another origin (links to BLS pages are only links).
		expect(html.match(/<(script|link|img|iframe|source|video|audio|embed)\b[^>]*\b(src|href)="https?:\/\/[^"]+"/g) ?? [], path).toEqual([]);
	}
});

test('the query engine starts under the policy and filters (no violation, no foreign request)', async ({ page }) => {
	await page.goto('/roles?track=IS');
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
	await expect(page.getByTestId('result-count')).toContainText('occupations');
});
