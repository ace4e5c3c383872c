/**
 * A downloaded CSV as a user's spreadsheet gets it: a UTF-8 byte-order mark first (or Excel
 * garbles "–" and "≥"), and on every row the release and source it comes from as its last two
 * columns, never as comment lines.
 */
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { parseCsv } from '../../scripts/ingest/csv';
import { expect } from './fixtures';

export async function readCsvDownload(download: Download) {
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
	const [header, ...rows] = parseCsv(bytes.toString('utf8'), download.suggestedFilename()).map((r) => r.fields);
	expect(header!.slice(-2)).toEqual(['release', 'source']);
	for (const r of rows) {
		expect(r).toHaveLength(header!.length);
		expect(r.at(-2), 'release on every row').toMatch(/\S/);
		expect(r.at(-1), 'source on every row').toMatch(/\S/);
	}
	const col = (name: string) => {
		const i = header!.indexOf(name);
		expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
		return i;
	};
	return { name: download.suggestedFilename(), header: header!, rows, col };
}
