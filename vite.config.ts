import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { precompressEarly } from './scripts/precompress.js';

export default defineConfig({
	// precompressEarly first: its writeBundle must run before SvelteKit's, which prerenders every page.
	plugins: [precompressEarly(), sveltekit()],
	build: {
		// The gzip sizes in Vite's report cost seconds per build (the 34 MB DuckDB wasm, twice); the
		// real compression happens once, in the adapter (scripts/precompress.js).
		reportCompressedSize: false
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		// One ingest of the real files per run, shared by the query tests (tests/helpers/ingested-db.ts).
		globalSetup: ['tests/helpers/global-setup.ts'],
		// Test files share their workers' loaded modules (no mocks or globals to keep apart here): on
		// two cores, isolating 60 files cost ~25 s of loading zod, DuckDB and the schema again each time.
		pool: 'threads',
		isolate: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
