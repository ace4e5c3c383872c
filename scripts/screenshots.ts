/**
 * Screenshots of every page type at desktop and phone width, for looking at what we build.
 * Usage: tsx scripts/screenshots.ts [--base http://127.0.0.1:4173] [--out screenshots] [paths...]
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		base: { type: 'string', default: 'http://127.0.0.1:4173' },
		out: { type: 'string', default: 'screenshots' },
		wait: { type: 'string', default: 'ready' }
	}
});
const paths = positionals.length ? positionals : ['/', '/roles', '/roles/11-3021', '/compare', '/about'];
await mkdir(values.out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
for (const [name, viewport] of [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 375, height: 812 }]
] as const) {
	const page = await browser.newPage({ viewport });
	page.on('console', (m) => m.type() === 'error' && console.log(`  console error on ${page.url()}: ${m.text()}`));
	for (const p of paths) {
		await page.goto(values.base + p);
		if (values.wait === 'ready')
			await page
				.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0 || document.querySelector('[data-testid=engine-error]'), null, {
					timeout: 20_000
				})
				.catch(() => {});
		// Then the page's own queries: views dim (.stale) while an answer is pending.
		await page.waitForFunction(() => document.querySelectorAll('.stale').length === 0, null, { timeout: 10_000 }).catch(() => {});
		await page.waitForLoadState('networkidle').catch(() => {});
		const file = `${values.out}/${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
	}
	await page.close();
}
await browser.close();
