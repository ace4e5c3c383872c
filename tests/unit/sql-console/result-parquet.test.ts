/** A console result written as Parquet reads back, with a second reader (hyparquet), to the same values. */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, test } from 'vitest';
import { columnType, resultParquet } from '$lib/sql-console/result-parquet';

describe('console result as Parquet', () => {
	test('each column keeps its type; lists and mixed columns become their text, as in the CSV', () => {
		expect(columnType([1, 2, null]).type).toBe('INT32');
		expect(columnType([1.5, 2]).type).toBe('DOUBLE');
		expect(columnType([10n, null]).type).toBe('INT64');
		expect(columnType([true, false]).type).toBe('BOOLEAN');
		expect(columnType(['a', null]).type).toBe('STRING');
		expect(columnType([null, null]).type).toBe('STRING');
		expect(columnType([['IT', 'IS']])).toEqual({ data: ['["IT","IS"]'], type: 'STRING' });
	});

	test('reads back row for row, with release and source as columns and in the metadata', async () => {
		const rows = [
			{ soc_code: '11-3021', a_median: 175140, tot_emp: 670570, note: null },
			{ soc_code: '15-1212', a_median: 124910.5, tot_emp: null, note: 'x' }
		];
		const provenance = { release: 'OEWS May 2025', source: 'BLS OEWS (national_M2025_dl.xlsx)' };
		const file = resultParquet(['soc_code', 'a_median', 'tot_emp', 'note'], rows, provenance);
		const back = await parquetReadObjects({ file });
		expect(back).toEqual(rows.map((r) => ({ ...r, ...provenance })));
		const meta = parquetMetadata(file);
		expect(meta.key_value_metadata).toEqual(expect.arrayContaining([{ key: 'release', value: 'OEWS May 2025' }]));
	});
});
