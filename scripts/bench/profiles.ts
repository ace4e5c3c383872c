/**
 * The two devices every page measurement runs on: a desktop, and a phone (375 px wide with the CPU
 * slowed 4× through CDP), as most students and career changers open a shared link.
 */
import type { Browser, Page } from '@playwright/test';
import { esbuildNameShim } from './page-metrics';

export interface BenchProfile {
	viewport: { width: number; height: number };
	cpuSlowdown: number;
	isMobile: boolean;
}

export const profiles = {
	desktop: { viewport: { width: 1280, height: 900 }, cpuSlowdown: 1, isMobile: false },
	phone: { viewport: { width: 375, height: 812 }, cpuSlowdown: 4, isMobile: true }
} as const satisfies Record<string, BenchProfile>;
export type ProfileName = keyof typeof profiles;

/** A fresh context and page on the profile's device, with the CPU slowed if it says so. */
export async function openPage(browser: Browser, profile: BenchProfile): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: profile.viewport, isMobile: profile.isMobile, hasTouch: profile.isMobile });
	const page = await context.newPage();
	if (profile.cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
	await page.addInitScript(esbuildNameShim);
	return { page, close: () => context.close() };
}
