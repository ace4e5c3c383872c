/**
 * The console's statement guard, run before anything reaches DuckDB: one read-only statement on
 * the published tables, nothing that reaches files, URLs, extensions or settings. It is the first
 * of two walls; the engine also turns DuckDB's external access off (engine.ts). Pure: no database.
 */
import { tokenize, TokenError, type Token } from './tokens';

export type GuardResult = { ok: true; tables: string[] } | { ok: false; message: string };

/** How a statement may begin: queries, and DuckDB's read-only ways of looking at tables. */
const STARTS = new Set(['select', 'with', 'from', 'values', 'table', 'describe', 'summarize', 'show', 'explain', 'pivot', 'unpivot']);

/** Words that never belong in a read-only query; said back to the person with the reason. */
const FORBIDDEN: Record<string, string> = {
	attach: 'ATTACH opens another database',
	detach: 'DETACH changes the databases open',
	copy: 'COPY reads or writes files',
	export: 'EXPORT DATABASE writes files',
	import: 'IMPORT DATABASE reads files',
	install: 'INSTALL fetches extensions',
	load: 'LOAD loads extensions',
	pragma: 'PRAGMA changes or reads engine settings',
	set: 'SET changes engine settings',
	reset: 'RESET changes engine settings',
	secret: 'secrets hold credentials for other services',
	httpfs: 'httpfs reaches the network',
	create: 'CREATE writes to the database',
	insert: 'INSERT writes to the database',
	update: 'UPDATE writes to the database',
	delete: 'DELETE writes to the database',
	drop: 'DROP removes tables',
	alter: 'ALTER changes tables',
	truncate: 'TRUNCATE removes rows',
	call: 'CALL runs engine procedures',
	checkpoint: 'CHECKPOINT writes the database',
	vacuum: 'VACUUM writes the database',
	use: 'USE switches databases',
	begin: 'transactions are not needed to read',
	commit: 'transactions are not needed to read',
	rollback: 'transactions are not needed to read'
};

/** Table functions and functions that read files, URLs or run other SQL. */
const FORBIDDEN_FUNCTION = /^(read_\w*|glob|\w+_scan|parquet_\w+|sniff_csv|query|query_table|pragma_\w+|iceberg_\w+|delta_\w+|load_aws_credentials|getenv)$/;

/** A string that names a place to read from: a URL, or something with a file extension. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const FILE_LIKE = /\.(csv|tsv|txt|parquet|json|jsonl|ndjson|db|duckdb|sqlite|sqlite3|xlsx|arrow|ipc|gz|zst|avro)$/i;

const fail = (message: string): GuardResult => ({ ok: false, message });

/** Checks one statement and lists the contract's tables it names (lower case, in order of first mention). */
export function checkStatement(sql: string, knownTables: readonly string[]): GuardResult {
	let tokens: Token[];
	try {
		tokens = tokenize(sql);
	} catch (e) {
		if (e instanceof TokenError) return fail(`The statement could not be read: ${e.message}.`);
		throw e;
	}
	// One statement: a trailing semicolon is fine, a second statement is not.
	while (tokens.at(-1)?.text === ';') tokens.pop();
	if (tokens.length === 0) return fail('Type a query first, e.g. SELECT * FROM wages LIMIT 10.');
	if (tokens.some((t) => t.kind === 'punct' && t.text === ';'))
		return fail('One statement at a time: remove the semicolon in the middle, or run the statements one by one.');

	// The clause each parenthesis level is in, to know when a name or string is a table source.
	const clause: string[] = [''];
	const known = new Set(knownTables.map((t) => t.toLowerCase()));
	const tables: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		const inFrom = clause.at(-1) === 'from';
		const sourcePosition = (prev?.kind === 'word' && (prev.lower === 'from' || prev.lower === 'join')) || (inFrom && prev?.text === ',');
		if (t.kind === 'punct') {
			if (t.text === '(') clause.push('');
			if (t.text === ')' && clause.length > 1) clause.pop();
			continue;
		}
		if (t.kind === 'word') {
			const reason = FORBIDDEN[t.lower];
			if (reason) return fail(`Not allowed here: ${t.text.toUpperCase()} (${reason}). The console reads the published tables and nothing else.`);
			if (next?.text === '(' && FORBIDDEN_FUNCTION.test(t.lower)) {
				return fail(`Not allowed here: ${t.text}() reads files or URLs or runs other SQL. The console reads the published tables and nothing else.`);
			}
			if (['select', 'from', 'where', 'group', 'having', 'order', 'limit', 'qualify', 'window', 'union', 'except', 'intersect'].includes(t.lower)) {
				clause[clause.length - 1] = t.lower;
			}
		}
		if (t.kind === 'string') {
			if (URL_LIKE.test(t.text)) return fail(`Not allowed here: the URL '${t.text}'. The console makes no network requests.`);
			if (sourcePosition) return fail(`Not allowed here: reading '${t.text}' as a table. Only the published tables can be read.`);
		}
		if (t.kind === 'quoted' && sourcePosition && (FILE_LIKE.test(t.text) || /[/\\:]/.test(t.text))) {
			return fail(`Not allowed here: reading "${t.text}" as a table. Only the published tables can be read.`);
		}
		if ((t.kind === 'word' || t.kind === 'quoted') && known.has(t.lower) && !tables.includes(t.lower)) tables.push(t.lower);
	}
	// After the scan, so that a forbidden word is named with its reason.
	const first = tokens.find((t) => !(t.kind === 'punct' && t.text === '('));
	if (!first || first.kind !== 'word' || !STARTS.has(first.lower)) {
		return fail(
			`Only queries that read the published tables can run here (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE…); this one starts with "${first?.text ?? '('}".`
		);
	}
	return { ok: true, tables };
}
