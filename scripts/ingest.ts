/**
 * npm run ingest -- [--raw <dir>] [--out <dir>] [--quiet]
 * Reads the BLS files and data/sources/, writes validated Parquet tables and manifest.json.
 */
import { parseArgs } from 'node:util';
import { IngestError } from './ingest/errors';
import { defaultPaths } from './ingest/paths';
import { runIngest } from './ingest/run';

const { values } = parseArgs({
	options: { raw: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }
});
if (values.help) {
	console.log('npm run ingest -- [--raw <dir>] [--out <dir>] [--quiet]\n  --raw  BLS files (default: $BLS_RAW_DIR, else data/raw/ when it holds files, else ../shared/bls)\n  --out  output folder (default: static/data/)');
	process.exit(0);
}
const paths = await defaultPaths({ raw: values.raw, out: values.out });
const log = values.quiet ? undefined : (l: string) => console.log(l);
log?.(`ingest: ${paths.rawDir} → ${paths.outDir}`);
try {
	await runIngest({ ...paths, log });
} catch (e) {
	if (e instanceof IngestError) {
		console.error(`ingest failed: ${e.message}\nThe previous outputs in ${paths.outDir} are unchanged.`);
		process.exit(1);
	}
	throw e;
}
