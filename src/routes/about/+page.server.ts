/**
 * About the data: what was ingested (static/data/manifest.json), which releases the pages use,
 * and the facts the definitions cite (top-code caps, SOC vintages, the ladder's SOC mapping),
 * read from the tables themselves so the page cannot disagree with the data it describes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { buildConnector, dataDir } from '$lib/server/duckdb';
import { run } from '$lib/db/query';
import { loadReleases } from '$lib/releases';
import { articlesSource } from '$lib/sources';
import { inputName, isProjectSource, publishedFor, releaseName } from './publication';
import { epReleasesQuery, ladderWithTitlesQuery, oewsReleasesQuery, quotedArticlesQuery, splitCodeQuery, stateReleasesQuery, topTailQuery } from './queries';

const manifestSchema = z.object({
	generated_at: z.string(),
	inputs: z.array(
		z.object({
			file: z.string(),
			kind: z.string(),
			release: z.string(),
			sha256: z.string().regex(/^[0-9a-f]{64}$/),
			rows_read: z.number().int(),
			rows_kept: z.number().int(),
			warnings: z.array(z.string())
		})
	),
	tables: z.record(z.string(), z.object({ file: z.string(), rows: z.number().int(), bytes: z.number().int() })),
	checks: z.array(z.object({ name: z.string(), checked: z.number().int(), notes: z.array(z.string()) }))
});

export async function load() {
	const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dataDir(), 'manifest.json'), 'utf8')));
	const db = await buildConnector();
	const releases = await loadReleases(db);

	const [roles, oews, ep, states, split, articles] = await Promise.all([
		run(db, ladderWithTitlesQuery),
		run(db, oewsReleasesQuery),
		run(db, epReleasesQuery),
		run(db, stateReleasesQuery),
		run(db, splitCodeQuery),
		run(db, quotedArticlesQuery)
	]);

	// The first release without any `#`: its top tail is published as numbers (May 2025 on file).
	const uncapped = oews.filter((o) => o.topcoded_cells === 0).map((o) => o.year);
	const firstUncapped = uncapped[0];
	const [tail] = firstUncapped === undefined ? [null] : await run(db, topTailQuery, { year: firstUncapped });

	const ladderAsOf = releases.ladder_as_of
		? new Date(`${releases.ladder_as_of}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
		: null;
	const context = { ladderAsOf, articles: articles.length ? articlesSource(articles) : null };
	// Files are named as BLS names them (no folder), this site's own files in words.
	const inputs = manifest.inputs.map((i) => ({
		name: inputName(i),
		bls: !isProjectSource(i),
		kind: i.kind,
		release: i.release,
		release_name: releaseName(i, ladderAsOf),
		published: publishedFor(i, context),
		rows_read: i.rows_read,
		rows_kept: i.rows_kept,
		sha12: i.sha256.slice(0, 12),
		warnings: i.warnings
	}));
	const input = (kind: string, release: RegExp) => inputs.find((i) => i.kind === kind && release.test(i.release));

	return {
		releases,
		ladderAsOf,
		stateSubset: manifest.inputs.some((i) => /state_M\d{4}_dl_it_subset\.csv$/i.test(i.file)),
		generatedAt: manifest.generated_at.slice(0, 10),
		inputs,
		tables: Object.entries(manifest.tables).map(([name, t]) => ({ name, ...t })),
		checks: manifest.checks,
		roles,
		oews: oews.map((o) => {
			const i = input('oews-national', new RegExp(`^OEWS May ${o.year}$`));
			return { ...o, file: i?.name ?? null, published: i?.published ?? null };
		}),
		ep: ep.map((e) => {
			const i = input('ep', new RegExp(`^EP ${e.period_start}-${e.period_end}\\b`));
			return { ...e, file: i?.name ?? null, published: i?.published ?? null };
		}),
		states: states.map((st) => {
			const i = input('oews-state', new RegExp(`^OEWS May ${st.year} states$`));
			return { ...st, file: i?.name ?? null, published: i?.published ?? null };
		}),
		split,
		uncapped,
		tail: tail ?? null
	};
}
