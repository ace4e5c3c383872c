/**
 * Vitest global setup: one empty folder for the run's shared ingest of the real files
 * (tests/helpers/ingested-db.ts fills it on first use), removed at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		sharedIngestDir: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = await mkdtemp(join(tmpdir(), 'shared-ingest-'));
	project.provide('sharedIngestDir', dir);
	return () => rm(dir, { recursive: true, force: true });
}
