/**
 * The whole ingest on a copy of the real raw folder with ONE file broken: it must stop with the
 * file, row and column, and leave the previous output folder exactly as it was. The copy is a
 * folder of symbolic links to ../shared/bls (or $BLS_RAW_DIR) plus the one broken file.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { tableNames } from '../../src/lib/schema/tables';
import { runIngest } from '../../scripts/ingest/run';
import { blsRawDir, expectIngestErrorAsync, hashFolder, projectRoot, removeTempDirs, sourcesDir, tempDir } from '../helpers/ingest';
import { makeRawFolder, realRawFiles } from '../helpers/raw-folder';

afterAll(removeTempDirs);

/** A raw folder mirroring the real one through symlinks, with `broken` (relative path) written as given. */
async function rawWithBroken(broken: string, bytes: Uint8Array | string): Promise<string> {
	expect(await realRawFiles()).toContain(broken);
	return makeRawFolder({ write: { [broken]: bytes } });
}

/** A previous output folder: one file per table plus a manifest, with recognisable bytes. */
async function previousOutput(): Promise<{ out: string; before: Record<string, string> }> {
	const parent = await tempDir('out-');
	const out = join(parent, 'data');
	await mkdir(out);
	for (const t of tableNames) await writeFile(join(out, `${t}.parquet`), `PAR1 previous ${t} PAR1`);
	await writeFile(join(out, 'manifest.json'), JSON.stringify({ generated_at: '2025-01-01T00:00:00.000Z', inputs: [] }));
	return { out, before: await hashFolder(out) };
}

/** The output folder is byte-identical and no temporary or half-swapped folder is left beside it. */
async function expectUntouched(out: string, before: Record<string, string>) {
	expect(await hashFolder(out)).toEqual(before);
	expect(await readdir(dirname(out))).toEqual(['data']);
}

const lineOf = (text: string, test: (line: string) => boolean) => text.split('\n').findIndex(test) + 1;

describe('a broken file stops the whole ingest and keeps the previous output', () => {
	it('EP CSV with a non-numeric employment value (the CLI exits 1)', async () => {
		const file = 'ep/ep_2024_2034.csv';
		const text = await readFile(join(blsRawDir, file), 'utf8');
		const row = lineOf(text, (l) => l.includes(',11-3021,'));
		expect(row).toBe(141);
		const broken = text.replace(',11-3021,667.1,', ',11-3021,n/a,');
		expect(broken).not.toBe(text);
		const raw = await rawWithBroken(file, broken);
		const { out, before } = await previousOutput();

		const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
			const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', '--raw', raw, '--out', out, '--quiet'], {
				cwd: projectRoot,
				stdio: ['ignore', 'ignore', 'pipe']
			});
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, stderr }));
		});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(`ingest failed: ${file}, row 141, column "Employment 2024": expected a number, got "n/a"`);
		expect(run.stderr).toContain(`The previous outputs in ${out} are unchanged.`);
		await expectUntouched(out, before);
	});

	it('CPI flat file with a letter in a padded value', async () => {
		const file = 'cpi/cu.data.1.AllItems';
		const text = await readFile(join(blsRawDir, file), 'utf8');
		const row = lineOf(text, (l) => l.startsWith('CUUR0000SA0      \t2024\tM05\t'));
		expect(row).toBeGreaterThan(1);
		const lines = text.split('\n');
		expect(lines[row - 1]).toBe('CUUR0000SA0      \t2024\tM05\t     314.069\t');
		lines[row - 1] = lines[row - 1]!.replace('314.069', '314.O69');
		const raw = await rawWithBroken(file, lines.join('\n'));
		const { out, before } = await previousOutput();

		await expectIngestErrorAsync(() => runIngest({ rawDir: raw, sourcesDir, outDir: out }), {
			file,
			row,
			column: 'value',
			problem: 'expected a number, got "     314.O69"'
		});
		await expectUntouched(out, before);
	});

	it('BEA price parities with a year column removed', async () => {
		const file = 'bea-rpp/SARPP_STATE_2008_2024.csv';
		const text = await readFile(join(blsRawDir, file), 'utf8');
		// Drop the 2016 column from the header and every data line (the note lines have one field).
		const i = text.split('\r\n')[0]!.split(',').indexOf('2016');
		expect(i).toBe(16);
		const broken = text
			.split('\r\n')
			.map((l) =>
				l.startsWith('"') || l === ''
					? l
					: l
							.split(',')
							.filter((_, j) => j !== i)
							.join(',')
			)
			.join('\r\n');
		const raw = await rawWithBroken(file, broken);
		const { out, before } = await previousOutput();

		await expectIngestErrorAsync(() => runIngest({ rawDir: raw, sourcesDir, outDir: out }), {
			file,
			row: 1,
			column: '2016',
			problem: 'missing column "2016": the years run 2008-2024 (from the file name)'
		});
		await expectUntouched(out, before);
	});

	it('SOC structure workbook with a duplicate SOC code', async () => {
		const file = 'crosswalk/soc_structure_2018.xlsx';
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(join(blsRawDir, file));
		const ws = wb.worksheets[0]!;
		// Row 12 is 11-1011 Chief Executives (detailed); make row 14 (11-1021) a second 11-1011.
		expect([ws.getCell('D12').value, ws.getCell('D14').value]).toEqual(['11-1011', '11-1021']);
		ws.getCell('D14').value = '11-1011';
		const raw = await rawWithBroken(file, new Uint8Array(await wb.xlsx.writeBuffer()));
		const { out, before } = await previousOutput();

		await expectIngestErrorAsync(() => runIngest({ rawDir: raw, sourcesDir, outDir: out }), {
			file,
			row: 14,
			column: 'Detailed Occupation',
			problem: 'duplicate code 11-1011'
		});
		await expectUntouched(out, before);
	});
});
