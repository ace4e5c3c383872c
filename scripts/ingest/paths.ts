/** Where the ingest reads from and writes to, by the rules in the README. */
import { readdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function hasDataFiles(dir: string): Promise<boolean> {
	try {
		return (await readdir(dir)).some((f) => !f.startsWith('.'));
	} catch {
		return false;
	}
}

export async function defaultPaths(given: { raw?: string; out?: string } = {}) {
	const localRaw = resolve(projectRoot, 'data', 'raw');
	const rawDir = given.raw
		? resolve(given.raw)
		: process.env.BLS_RAW_DIR
			? resolve(process.env.BLS_RAW_DIR)
			: (await hasDataFiles(localRaw))
				? localRaw
				: resolve(projectRoot, '..', 'shared', 'bls');
	return {
		rawDir,
		outDir: resolve(given.out ?? resolve(projectRoot, 'static', 'data')),
		sourcesDir: resolve(projectRoot, 'data', 'sources')
	};
}
