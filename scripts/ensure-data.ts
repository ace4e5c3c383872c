/**
 * Runs the ingest before a build or dev server when static/data/ is missing or older than
 * anything it is made from: the raw BLS files, data/sources/, or the ingest code itself.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultPaths, projectRoot } from './ingest/paths';
import { IngestError } from './ingest/errors';
import { runIngest } from './ingest/run';

async function newestMtime(path: string): Promise<number> {
	const s = await stat(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let newest = 0;
	for (const e of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, e)));
	return newest;
}

const paths = await defaultPaths();
const manifest = join(paths.outDir, 'manifest.json');
const built = await stat(manifest).then(
	(s) => s.mtimeMs,
	() => 0
);
// The derived tables' SQL lives with the features that read them, and uses the shared vocabulary.
const lib = join(projectRoot, 'src', 'lib');
const inputs = [
	paths.rawDir,
	paths.sourcesDir,
	join(projectRoot, 'scripts', 'ingest'),
	join(lib, 'schema'),
	join(lib, 'explorer', 'occupations-table.ts'),
	join(lib, 'releases.ts'),
	join(lib, 'vocabulary.ts')
];
const newest = Math.max(...(await Promise.all(inputs.map((p) => newestMtime(p).catch(() => 0)))));
if (built && built >= newest) {
	console.log(`data: ${paths.outDir} is up to date`);
} else {
	console.log(built ? 'data: inputs changed since the last ingest; ingesting' : 'data: no ingest output yet; ingesting');
	try {
		await runIngest({ ...paths, log: (l) => console.log(l) });
	} catch (e) {
		if (!(e instanceof IngestError)) throw e;
		console.error(`ingest failed: ${e.message}`);
		process.exit(1);
	}
}
