import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { precompress } from './scripts/precompress.js';

const out = process.env.BUILD_DIR ?? 'build';
/** CSP source for the one inline script of ours: early-boot.js, inlined by EngineBoot.svelte. */
const earlyBootHash = `sha256-${createHash('sha256')
	.update(readFileSync(new URL('./src/lib/db/early-boot.js', import.meta.url), 'utf8'))
	.digest('base64')}`;
const staticAdapter = adapter({ pages: out, assets: out, fallback: '404.html', precompress: false, strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let two builds run side by side (e.g. a benchmark and a test run).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// .br/.gz beside html/js/css/json/wasm (what the static adapter's `precompress` wrote) and the
		// Parquet tables, with a cache for the files that rarely change (scripts/precompress.js).
		adapter: {
			name: staticAdapter.name,
			/** @param {import('@sveltejs/kit').Builder} builder */
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				await precompress(out);
			}
		},
		// Only the site's own origin. DuckDB-WASM needs 'wasm-unsafe-eval' and a same-origin
		// worker; CSV downloads are blob: URLs. Prerendered pages carry this as a <meta> tag
		// with hashes of SvelteKit's inline bootstrap script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', earlyBootHash],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Several pages at a time: a page's load mostly waits for DuckDB (native threads, one connection),
		// so another page's rendering can use the other core meanwhile. Kit's default is one.
		prerender: { concurrency: 4, handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' }
	}
};

export default config;
