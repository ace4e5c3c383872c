/**
 * npm run ingest -- [--raw <dir>] [--out <dir>] [--quiet]
 * Reads the BLS files and data/sources/, writes validated Parquet tables and manifest.json.
 */
import { parseArgs } from 'node:util';
import { IngestError } from './ingest/errors';
import { defaultPaths } from './ingest/paths';
import { runIngest } from './ingest/run';

const { values } = parseArgs({
	options: {
		raw: { type: 'string' },
		out: { type: 'string' },
		quiet: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
		// For the benchmark: print wall time and peak memory as one JSON line at the end.
		stats: { type: 'boolean', default: false },
		// For the benchmark's scale curve only: every release is parsed this many times.
		'bench-scale': { type: 'string' }
	}
});
if (values.help) {
	console.log(
		'npm run ingest -- [--raw <dir>] [--out <dir>] [--quiet]\n  --raw  BLS files (default: $BLS_RAW_DIR, else data/raw/ when it holds files, else ../shared/bls)\n  --out  output folder (default: static/data/)'
	);
	process.exit(0);
}
const paths = await defaultPaths({ raw: values.raw, out: values.out });
const log = values.quiet ? undefined : (l: string) => console.log(l);
log?.(`ingest: ${paths.rawDir} → ${paths.outDir}`);
const started = performance.now();
try {
	await runIngest({ ...paths, log, benchScale: values['bench-scale'] ? Number(values['bench-scale']) : undefined });
	if (values.stats) console.log(JSON.stringify({ ingest_ms: Math.round(performance.now() - started), max_rss_kb: process.resourceUsage().maxRSS }));
} catch (e) {
	if (e instanceof IngestError) {
		console.error(`ingest failed: ${e.message}\nThe previous outputs in ${paths.outDir} are unchanged.`);
		process.exit(1);
	}
	throw e;
}
