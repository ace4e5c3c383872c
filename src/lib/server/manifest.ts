/** The ingest's manifest.json (rows, bytes, sha256 per table; the inputs and their releases), read at build time. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '$lib/published/catalog';
import { dataDir } from './duckdb';

export async function readManifest(): Promise<Manifest> {
	return JSON.parse(await readFile(join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
}
