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
import { epReleasesQuery, ladderWithTitlesQuery, oewsReleasesQuery, splitCodeQuery, stateReleasesQuery, topTailQuery } from './queries';

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
type Input = z.infer<typeof manifestSchema>['inputs'][number];

/**
 * Publication facts that can be cited: BLS news releases for EP 2024–34 and OEWS May 2024, and
 * the dates the BLS files carry themselves (SOC banners; the CPI file's last month, tied to the
 * exact file by its hash). Anything else is left blank rather than guessed.
 */
function publishedFor(i: Input): string | null {
	const ep = i.release.match(/^EP (\d{4})-(\d{4})/);
	const may = i.release.match(/^OEWS May (\d{4})/);
	if (i.kind === 'ep' && ep?.[1] === '2024') return 'August 28, 2025 (BLS news release USDL-25-1324)';
	if ((i.kind === 'oews-national' || i.kind === 'oews-state') && may?.[1] === '2024')
		return 'April 2, 2025 (BLS news release USDL-25-0451)';
	if (i.kind === 'cpi' && i.sha256.startsWith('ec1b22d8c30f')) return 'data through September 2025, which BLS released on October 24, 2025';
	if (i.kind === 'soc-structure' || i.kind === 'soc-crosswalk') return 'November 2017';
	if (i.kind === 'soc-definitions') return 'November 2017, updated April 15, 2020';
	return null;
}

export async function load() {
	const manifest = manifestSchema.parse(JSON.parse(await readFile(join(dataDir(), 'manifest.json'), 'utf8')));
	const db = await buildConnector();
	const releases = await loadReleases(db);

	const [roles, oews, ep, states, split] = await Promise.all([
		run(db, ladderWithTitlesQuery),
		run(db, oewsReleasesQuery),
		run(db, epReleasesQuery),
		run(db, stateReleasesQuery),
		run(db, splitCodeQuery)
	]);

	// The first release without any `#`: its top tail is published as numbers (May 2025 on file).
	const uncapped = oews.filter((o) => o.topcoded_cells === 0).map((o) => o.year);
	const firstUncapped = uncapped[0];
	const [tail] = firstUncapped === undefined ? [null] : await run(db, topTailQuery, { year: firstUncapped });

	const inputs = manifest.inputs.map((i) => ({
		file: i.file,
		kind: i.kind,
		release: i.release,
		published: publishedFor(i),
		rows_read: i.rows_read,
		rows_kept: i.rows_kept,
		sha12: i.sha256.slice(0, 12),
		warnings: i.warnings
	}));
	const input = (kind: string, release: RegExp) => inputs.find((i) => i.kind === kind && release.test(i.release));

	return {
		releases,
		generatedAt: manifest.generated_at.slice(0, 10),
		inputs,
		tables: Object.entries(manifest.tables).map(([name, t]) => ({ name, ...t })),
		checks: manifest.checks,
		roles,
		oews: oews.map((o) => {
			const i = input('oews-national', new RegExp(`^OEWS May ${o.year}$`));
			return { ...o, file: i?.file ?? null, published: i?.published ?? null };
		}),
		ep: ep.map((e) => {
			const i = input('ep', new RegExp(`^EP ${e.period_start}-${e.period_end}\\b`));
			return { ...e, file: i?.file ?? null, published: i?.published ?? null };
		}),
		states: states.map((st) => {
			const i = input('oews-state', new RegExp(`^OEWS May ${st.year} states$`));
			return { ...st, file: i?.file ?? null, published: i?.published ?? null };
		}),
		split,
		uncapped,
		tail: tail ?? null
	};
}
