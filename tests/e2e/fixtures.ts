/**
 * Every end-to-end test runs with two watchers: no console error, and no request to any origin
 * but the site's own. A test fails if either is broken, whatever it was testing.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ watch: { consoleErrors: string[]; foreignRequests: string[] } }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const watch = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
			page.on('console', (m) => {
				if (m.type() === 'error') watch.consoleErrors.push(m.text());
			});
			page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
			page.on('request', (r) => {
				const u = r.url();
				if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) watch.foreignRequests.push(u);
			});
			await use(watch);
			expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
			expect(watch.consoleErrors.filter((e) => !/status of 404/.test(e) || !page.url().includes('/roles/99')), 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Waits until DuckDB-WASM has answered its first query. */
export async function engineReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
}

/** Text of every cell of a table body, row by row. */
export async function tableCells(page: Page, testid: string): Promise<string[][]> {
	return page.getByTestId(testid).locator('tbody tr').evaluateAll((rows) =>
		rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim()))
	);
}
