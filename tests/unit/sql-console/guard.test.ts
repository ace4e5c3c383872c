import { describe, expect, test } from 'vitest';
import { checkStatement } from '$lib/sql-console/guard';
import { tokenize } from '$lib/sql-console/tokens';
import { examples } from '$lib/sql-console/examples';
import { cellText, resultCsv } from '$lib/sql-console/result-csv';
import { tableNames } from '$lib/schema/tables';

const check = (sql: string) => checkStatement(sql, tableNames);
const tablesOf = (sql: string) => {
	const r = check(sql);
	if (!r.ok) throw new Error(r.message);
	return r.tables;
};

describe('table names a statement reads', () => {
	test('only the contract tables it names, each once, case-insensitive, quoted or not', () => {
		expect(tablesOf('SELECT * FROM wages w JOIN "CPI" c USING (year) WHERE w.year > (SELECT max(year) FROM Wages)')).toEqual(['wages', 'cpi']);
		expect(tablesOf('select 1')).toEqual([]);
	});
	test('names in strings and comments do not count', () => {
		expect(tablesOf("SELECT 'wages' AS t -- FROM projections\n/* cpi */ FROM tracks")).toEqual(['tracks']);
	});
	test('every example passes and names what it reads', () => {
		for (const ex of examples) expect(check(ex.sql).ok, ex.id).toBe(true);
		expect(tablesOf(examples.find((e) => e.id === 'constant-dollars')!.sql)).toEqual(['cpi', 'wages']);
	});
});

describe('statements the guard rejects before the engine', () => {
	const hostile = [
		"ATTACH 'https://example.com/x.duckdb' AS x",
		'DETACH x',
		"COPY wages TO 'out.csv'",
		"SELECT 1; COPY (SELECT 1) TO 'x.csv'",
		"EXPORT DATABASE 'dir'",
		"IMPORT DATABASE 'dir'",
		'INSTALL httpfs',
		'LOAD httpfs',
		'SET enable_external_access = true',
		'RESET lock_configuration',
		"PRAGMA enable_profiling='json'",
		"CREATE SECRET s (TYPE s3, KEY_ID 'a')",
		"SELECT * FROM read_csv('https://example.com/a.csv')",
		"SELECT * FROM read_parquet('data/wages.parquet')",
		"SELECT * FROM parquet_scan('x.parquet')",
		"SELECT * FROM glob('*')",
		"SELECT * FROM 'https://example.com/a.parquet'",
		"SELECT * FROM 'wages.parquet'",
		'SELECT * FROM "other.csv"',
		"SELECT * FROM query('SELECT 1')",
		"SELECT 'http://example.com' AS u",
		'DROP TABLE wages',
		'CREATE TABLE t AS SELECT 1',
		'INSERT INTO cpi VALUES (1, 2, 3)',
		'WITH x AS (SELECT 1) DELETE FROM cpi',
		"SELECT * FROM wages, 'x.csv'",
		"SELECT * FROM E'x\\'.csv'"
	];
	for (const sql of hostile) {
		test(sql, () => {
			const r = check(sql);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(/not allowed|one statement|only queries/i);
		});
	}
	test('empty, unclosed and multiple statements say why', () => {
		expect(check('  -- nothing\n')).toMatchObject({ ok: false, message: expect.stringMatching(/type a query/i) });
		expect(check("SELECT 'oops")).toMatchObject({ ok: false, message: expect.stringMatching(/not closed/) });
		expect(check('SELECT 1; SELECT 2')).toMatchObject({ ok: false, message: expect.stringMatching(/one statement/i) });
	});
	test('read-only statements pass: trailing semicolon, DESCRIBE, SUMMARIZE, range()', () => {
		for (const sql of [
			'SELECT 1;',
			'DESCRIBE wages',
			'SUMMARIZE cpi',
			'FROM cpi LIMIT 3',
			'SELECT * FROM range(100000)',
			"SELECT * FROM wages WHERE title LIKE '%/%'"
		]) {
			expect(check(sql).ok, sql).toBe(true);
		}
	});
});

describe('tokenizer', () => {
	test('doubled quotes, E-strings and dollar quotes', () => {
		expect(tokenize(`'it''s' "a""b" E'x\\'y' $$ c $$`).map((t) => t.text)).toEqual(["it's", 'a"b', "x'y", ' c ']);
	});
});

describe('result as text and CSV', () => {
	test('values keep full precision; null is empty in the CSV; formula-like text is defused', () => {
		const rows = [{ a: 0.1 + 0.2, b: null, c: '=1+1', d: new Date(Date.UTC(2024, 4, 1)), e: ['x', 'y'], f: 2n ** 60n }];
		expect(resultCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows, { release: 'CPI-U', source: 'BLS' })).toBe(
			'\uFEFFa,b,c,d,e,f,release,source\r\n0.30000000000000004,,\'=1+1,2024-05-01,"[""x"",""y""]",1152921504606846976,CPI-U,BLS\r\n'
		);
		expect(resultCsv(['release'], [{ release: 1 }], { release: 'r', source: 's' })).toBe('\uFEFFrelease,query_release,source\r\n1,r,s\r\n');
		expect(cellText(null)).toBeNull();
	});
});
