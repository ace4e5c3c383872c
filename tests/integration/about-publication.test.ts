/**
 * The About page dates the OEWS workbooks by what the files record: the day BLS staff last saved
 * each (docProps/core.xml). Here each date and hash on the page is read back from the real file.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { publishedFor, savedByBls } from '../../src/routes/about/publication';
import { blsRawDir } from '../helpers/ingest';

/** One member of a zip archive, found through its central directory. */
function zipEntry(zip: Buffer, name: string): string {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const entries = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	for (let i = 0; i < entries; i++) {
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		const local = zip.readUInt32LE(at + 42);
		if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const data = zip.subarray(start, start + size);
			return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
		}
		at += 46 + skip;
	}
	throw new Error(`${name} not in the archive`);
}

describe('publication facts of the OEWS workbooks', () => {
	test('each last-saved date is the one in the file of that hash, saved by BLS staff', async () => {
		const dir = join(blsRawDir, 'oews');
		const files = (await readdir(dir)).filter((f) => /^national_M\d{4}_dl\.xlsx$/.test(f));
		expect(files.length).toBeGreaterThanOrEqual(12);
		const found: Record<string, string> = {};
		for (const f of files) {
			const bytes = await readFile(join(dir, f));
			const core = zipEntry(bytes, 'docProps/core.xml');
			expect(core, f).toMatch(/<cp:lastModifiedBy>[^<]*(BLS|soloy_m)[^<]*<\/cp:lastModifiedBy>/);
			const sha = createHash('sha256').update(bytes).digest('hex');
			found[sha.slice(0, 12)] = core.match(/<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})T/)![1]!;
			// What the page says for this file.
			const year = f.match(/M(\d{4})/)![1];
			const text = publishedFor({ file: `oews/${f}`, kind: 'oews-national', release: `OEWS May ${year}`, sha256: sha }, { ladderAsOf: null, articles: null });
			if (year === '2024') expect(text).toBe('April 2, 2025 (BLS news release USDL-25-0451)');
			else expect(text, f).toMatch(/^Not stated in the file; BLS staff last saved it on [A-Z][a-z]+ \d{1,2}, \d{4} \(its document properties\)$/);
		}
		expect(found).toEqual(savedByBls);
		// May 2025 was last saved on April 30, 2026.
		expect(savedByBls['852250997cef']).toBe('2026-04-30');
	});
});
