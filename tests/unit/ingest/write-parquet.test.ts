import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableNames, type TableRows } from '../../../src/lib/schema/tables';
import { replaceFolderAtomically, restoreInterruptedSwap, writeParquetTables } from '../../../scripts/ingest/write-parquet';
import { openParquet } from '../../helpers/duckdb';
import { hashFolder, removeTempDirs, tempDir } from '../../helpers/ingest';

afterAll(removeTempDirs);

async function outWith(files: Record<string, string>) {
	const parent = await tempDir('swap-');
	const out = join(parent, 'data');
	await mkdir(out);
	for (const [f, text] of Object.entries(files)) await writeFile(join(out, f), text);
	return { parent, out };
}

describe('replaceFolderAtomically', () => {
	it('replaces the folder with what was built', async () => {
		const { parent, out } = await outWith({ 'old.txt': 'old' });
		await replaceFolderAtomically(out, async (tmp) => writeFile(join(tmp, 'new.txt'), 'new'));
		expect(await readdir(out)).toEqual(['new.txt']);
		expect(await readdir(parent)).toEqual(['data']);
	});

	it('keeps the previous folder byte for byte when the build fails', async () => {
		const { parent, out } = await outWith({ 'wages.parquet': 'previous', 'manifest.json': '{}' });
		const before = await hashFolder(out);
		await expect(
			replaceFolderAtomically(out, async (tmp) => {
				await writeFile(join(tmp, 'wages.parquet'), 'half written');
				throw new Error('killed mid-write');
			})
		).rejects.toThrow('killed mid-write');
		expect(await hashFolder(out)).toEqual(before);
		expect(await readdir(parent)).toEqual(['data']);
	});

	it('restores the previous folder after a run killed between the two renames', async () => {
		const parent = await tempDir('swap-');
		const out = join(parent, 'data');
		await mkdir(`${out}.previous`);
		await writeFile(join(`${out}.previous`, 'wages.parquet'), 'previous');
		await restoreInterruptedSwap(out);
		expect(await readFile(join(out, 'wages.parquet'), 'utf8')).toBe('previous');
		expect(await readdir(parent)).toEqual(['data']);
	});

	it('removes temporary folders of killed runs', async () => {
		const { parent, out } = await outWith({ 'a.txt': 'a' });
		await mkdir(join(parent, 'data.tmp-1-2'));
		await replaceFolderAtomically(out, async (tmp) => writeFile(join(tmp, 'b.txt'), 'b'));
		expect(await readdir(parent)).toEqual(['data']);
	});
});

describe('writeParquetTables', () => {
	const tables = (): TableRows => {
		const t = Object.fromEntries(tableNames.map((n) => [n, []])) as unknown as TableRows;
		t.cpi = [
			{ year: 2024, annual_avg: 313.689, may_value: 314.069 },
			{ year: 2025, annual_avg: null, may_value: 321.465 }
		];
		t.soc_crosswalk = [{ soc_2010: '15-1141', title_2010: 'Database Administrators', soc_2018: '15-1242', title_2018: 'Database Administrators' }];
		return t;
	};

	it('writes one readable, deterministic Parquet file per table', async () => {
		const [a, b] = [await tempDir('pq-'), await tempDir('pq-')];
		const written = await writeParquetTables(a, tables());
		await writeParquetTables(b, tables());
		expect(Object.keys(written)).toEqual(tableNames);
		expect(written.cpi).toMatchObject({ file: 'cpi.parquet', rows: 2 });
		expect(await hashFolder(b)).toEqual(await hashFolder(a));
		const db = await openParquet(a);
		try {
			expect(await db.all('SELECT * FROM cpi ORDER BY year')).toEqual(tables().cpi);
			expect(await db.one('SELECT count(*)::INTEGER AS n FROM wages')).toEqual({ n: 0 });
		} finally {
			db.close();
		}
	});
});
