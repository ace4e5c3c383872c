import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4319);
/** A server already running (e.g. `vite dev` while working on a page): no build is served then. */
const external = process.env.E2E_BASE_URL;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: external ?? `http://127.0.0.1:${port}`,
		acceptDownloads: true,
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{ name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
		{ name: 'phone', use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, grep: /@phone/ }
	],
	webServer: external
		? undefined
		: {
				command: `npx tsx scripts/serve.ts --port ${port} --dir ${process.env.BUILD_DIR ?? 'build'}`,
				url: `http://127.0.0.1:${port}/`,
				reuseExistingServer: false,
				timeout: 30_000
			}
});
