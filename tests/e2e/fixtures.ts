/**
 * Every end-to-end test runs with two watchers: no console error, and no request to any origin
 * but the site's own. A test fails if either is broken, whatever it was testing.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface Watch {
	consoleErrors: string[];
	foreignRequests: string[];
	dialogs: string[];
	/** Set by tests that open a missing page on purpose: its own 404 is then expected. */
	expect404: boolean;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const watch: Watch = { consoleErrors: [], foreignRequests: [], dialogs: [], expect404: false };
			// Content-Security-Policy violations are recorded in the page as they happen.
			await page.addInitScript(() => {
				const w = window as unknown as { __csp: string[] };
				w.__csp = [];
				document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
			});
			page.on('dialog', (d) => {
				watch.dialogs.push(d.message());
				d.dismiss().catch(() => {});
			});
			page.on('console', (m) => {
				if (m.type() === 'error') watch.consoleErrors.push(m.text());
			});
			page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
			page.on('request', (r) => {
				const u = r.url();
				if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) watch.foreignRequests.push(u);
			});
			await use(watch);
			const csp = page.isClosed() ? [] : await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
			expect(csp, 'Content-Security-Policy violations').toEqual([]);
			expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
			expect(watch.dialogs, 'dialogs opened by page script').toEqual([]);
			expect(
				watch.consoleErrors.filter((e) => !(watch.expect404 && /status of 404/.test(e))),
				'console errors (CSP violations included)'
			).toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Waits until DuckDB-WASM has answered its first query. */
export async function engineReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 30_000 });
}

/** Waits until the page shows the view its link asks for (its 'linked-view' mark): hydrated, and that view loaded. */
export async function linkedView(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('linked-view').length > 0, null, { timeout: 30_000 });
}

/** Text of every cell of a table body, row by row, once all its rows are drawn (see cellsOnceDrawn). */
export async function tableCells(page: Page, testid: string): Promise<string[][]> {
	return cellsOnceDrawn(page.getByTestId(testid));
}

/**
 * Text of every body cell of the table(s) in `root` (or of `root`, a table), row by row. A new
 * result draws the rows out of view a frame later, its table aria-busy until then: the cells are
 * read in one go once nothing under `root` is busy.
 */
export async function cellsOnceDrawn(root: Locator): Promise<string[][]> {
	let cells: string[][] | null = null;
	await expect
		.poll(async () => {
			cells = await root.evaluate((el) =>
				el.matches('[aria-busy=true]') || el.querySelector('[aria-busy=true]')
					? null
					: Array.from(el.querySelectorAll('tbody tr'), (r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim()))
			);
			return cells !== null;
		})
		.toBe(true);
	return cells!;
}
