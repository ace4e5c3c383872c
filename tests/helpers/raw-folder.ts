/**
 * Temporary raw folders built from the real BLS files without copying them: each kept file is a
 * symbolic link into ../shared/bls (or $BLS_RAW_DIR); replaced or added files are written.
 */
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { blsRawDir, tempDir } from './ingest';

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	return (await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

/** Paths of the real raw files, relative to the raw folder, sorted. */
export async function realRawFiles(): Promise<string[]> {
	return (await walk(blsRawDir)).map((p) => relative(blsRawDir, p)).sort();
}

export interface RawFolderSpec {
	/** Which real files to link (default: all). */
	keep?: (file: string) => boolean;
	/** Files to write instead of linking (or in addition), by relative path. */
	write?: Record<string, string | Uint8Array>;
}

export async function makeRawFolder(spec: RawFolderSpec = {}): Promise<string> {
	const raw = join(await tempDir('raw-'), 'bls');
	const write = spec.write ?? {};
	for (const f of await realRawFiles()) {
		if (f in write || (spec.keep && !spec.keep(f))) continue;
		await mkdir(dirname(join(raw, f)), { recursive: true });
		await symlink(join(blsRawDir, f), join(raw, f));
	}
	for (const [f, bytes] of Object.entries(write)) {
		await mkdir(dirname(join(raw, f)), { recursive: true });
		await writeFile(join(raw, f), bytes);
	}
	return raw;
}
