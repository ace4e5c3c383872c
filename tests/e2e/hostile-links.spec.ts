/**
 * Hostile and malformed links: each page still renders, shows text as text, runs no injected
 * script, opens no dialog, logs no error (the fixture checks the last three).
 */
import { expect, test } from './fixtures';

const longText = 'x'.repeat(10_000);
const values = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'JaVaScRiPt:alert(document.domain)',
	'data:text/html,<script>alert(1)</script>',
	"' OR 1=1 --",
	'"; DROP TABLE wages; --',
	'%00',
	'\u0000',
	'\u202e\u202d',
	'../../../../etc/passwd',
	'..%2f..%2fetc%2fpasswd',
	longText,
	'🙂'.repeat(500),
	'{{7*7}}',
	'${7*7}',
	'<svg onload=alert(1)>',
	'<iframe src=javascript:alert(1)>',
	'%3Cscript%3Ealert(1)%3C/script%3E',
	'(((((((((',
	'.*',
	'[a-z]+$',
	'\\',
	'&amp;&lt;&gt;',
	'NaN',
	'Infinity',
	'-1',
	'1e309',
	'99-9999',
	'11-30211',
	'11_3021',
	'  ',
	'',
	'null',
	'undefined',
	'__proto__',
	'constructor',
	'toString',
	'IT;IS',
	'it,is',
	'entry,mid',
	'SENIOR',
	'15-0000,11-0000',
	"Bachelor's degree<script>",
	'\r\nSet-Cookie: x=1',
	'%E0%A4%A',
	'%',
	'+',
	'#fragment',
	'?q=nested',
	'a'.repeat(2001)
];

test.describe.configure({ mode: 'parallel' });

/** Follows a link inside the running app, as a click would: the client router reads the URL. */
async function followLink(page: import('@playwright/test').Page, href: string) {
	await page.evaluate((h) => {
		const a = document.createElement('a');
		a.href = h;
		document.body.appendChild(a);
		a.click();
		a.remove();
	}, href);
}

test(`explorer: ${values.length} hostile values in each parameter, and repeated keys`, async ({ page }) => {
	test.setTimeout(240_000);
	const params = ['q', 'track', 'level', 'group', 'education', 'sort', 'dir'];
	for (const [i, v] of values.entries()) {
		const name = params[i % params.length]!;
		const qs = new URLSearchParams();
		qs.append(name, v);
		qs.append('track', 'IT');
		if (i % 5 === 0) qs.append(name, 'again');
		qs.append(v.slice(0, 20) || 'empty', '1');
		// A few as fresh page loads, the rest as links followed inside the app (same code path, far faster).
		if (i < 6) await page.goto(`/roles?${qs}`, { waitUntil: 'domcontentloaded' });
		else await followLink(page, `/roles?${qs}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore occupations');
		// The valid part of the link still applies.
		if (name !== 'track') await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IT');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
		// Whatever was in the link appears only as text: no element was created from it.
		expect(await page.locator('main img[src="x"], main iframe, main svg[onload]').count()).toBe(0);
	}
	// A value that is not valid shows a message naming the setting, as text.
	await page.goto('/roles?level=<b>bold</b>');
	await expect(page.getByTestId('param-problems')).toContainText('There is no level "<b>bold</b>"');
	await expect(page.getByTestId('param-problems').locator('b')).toHaveCount(0);
});

test(`compare: ${values.length} hostile role lists`, async ({ page }) => {
	test.setTimeout(240_000);
	for (const [i, v] of values.entries()) {
		// A repeated key, except for the longest values: a URL over 16 KB is refused by the server itself.
		const again = v.length < 3000 ? `&roles=${encodeURIComponent(v)}` : '';
		const href = `/compare?roles=${encodeURIComponent(`11-3021,${v},15-1242`)}${again}`;
		if (i < 4) await page.goto(href, { waitUntil: 'domcontentloaded' });
		else await followLink(page, href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare occupations');
		await expect(page.getByTestId('compare-table')).toBeVisible();
		expect(await page.locator('main img[src="x"], main iframe').count()).toBe(0);
	}
});

test('role pages: hostile paths give the not-found message', async ({ page, watch }) => {
	watch.expect404 = true;
	for (const v of [
		'<script>alert(1)</script>',
		'99-9999',
		'..%2f..%2fetc%2fpasswd',
		longText.slice(0, 1500),
		'11-3021%00',
		'javascript:alert(1)',
		'%E2%80%AE'
	]) {
		const res = await page.goto(`/roles/${encodeURIComponent(v)}`, { waitUntil: 'domcontentloaded' });
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: /Browse all occupations|explore roles/i }).first()).toBeVisible();
	}
});

test('pages that take no parameters ignore them', async ({ page }) => {
	for (const path of ['/', '/about', '/roles/11-3021']) {
		for (const v of values.slice(0, 12)) {
			await page.goto(`${path}?x=${encodeURIComponent(v)}&${encodeURIComponent(v.slice(0, 10))}=1`, { waitUntil: 'domcontentloaded' });
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
	}
});

test('links that could only filter to nothing name the values there are @phone', async ({ page }) => {
	const problems = page.getByTestId('param-problems');
	await page.goto('/roles?group=99-0000&track=IT');
	await expect(problems).toContainText('There is no occupation group 99-0000 with BLS pay or projections. Groups are 11-0000, 13-0000');
	await expect(page.getByRole('combobox', { name: 'Track', exact: true })).toHaveValue('IT');
	await page.goto('/roles?education=PhD');
	await expect(problems).toContainText(
		`There is no education level "PhD". BLS uses these education levels: Associate's degree; Bachelor's degree; Doctoral or professional degree;`
	);
	// Military Specific Occupations (55-0000) have no OEWS or EP figures: not offered, and a link to them says so.
	const groups = await page.getByRole('combobox', { name: 'Occupation group', exact: true }).locator('option').allTextContents();
	expect(groups).toContain('Computer and Mathematical Occupations');
	expect(groups).not.toContain('Military Specific Occupations');
	await page.goto('/roles?group=55-0000');
	await expect(problems).toContainText('There is no occupation group 55-0000');
	// A value the menus offer, in another case, still applies.
	await page.goto(`/roles?education=${encodeURIComponent("bachelor's degree")}`);
	await expect(page.getByRole('combobox', { name: 'Entry education', exact: true })).toHaveValue("Bachelor's degree");
	await expect(problems).toHaveCount(0);
});
