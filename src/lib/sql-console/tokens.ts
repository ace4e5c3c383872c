/**
 * A small SQL tokenizer for the console's guard: enough of DuckDB's lexical rules to tell words,
 * quoted names, string literals and punctuation apart, with comments dropped. It never decides
 * what a statement means; it only lets the guard look at words outside strings and comments.
 */
export type Token =
	| { kind: 'word'; text: string; lower: string }
	| { kind: 'quoted'; text: string; lower: string }
	| { kind: 'string'; text: string }
	| { kind: 'punct'; text: string }
	| { kind: 'number'; text: string };

export class TokenError extends Error {}

/** Tokens of `sql`, comments left out. Throws TokenError on an unclosed string, name or comment. */
export function tokenize(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const n = sql.length;
	while (i < n) {
		const c = sql[i]!;
		if (/\s/.test(c)) {
			i++;
		} else if (c === '-' && sql[i + 1] === '-') {
			while (i < n && sql[i] !== '\n') i++;
		} else if (c === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			if (end < 0) throw new TokenError('a /* comment is not closed');
			i = end + 2;
		} else if (c === "'" || ((c === 'e' || c === 'E') && sql[i + 1] === "'")) {
			// '' inside a string is a quote; E'...' strings also take backslash escapes.
			const escapes = c !== "'";
			let j = escapes ? i + 2 : i + 1;
			let text = '';
			for (;;) {
				if (j >= n) throw new TokenError('a string (in single quotes) is not closed');
				const d = sql[j]!;
				if (escapes && d === '\\') {
					text += sql[j + 1] ?? '';
					j += 2;
				} else if (d === "'" && sql[j + 1] === "'") {
					text += "'";
					j += 2;
				} else if (d === "'") {
					j++;
					break;
				} else {
					text += d;
					j++;
				}
			}
			out.push({ kind: 'string', text });
			i = j;
		} else if (c === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
			// Dollar-quoted string: $$...$$ or $tag$...$tag$.
			const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
			const end = sql.indexOf(tag, i + tag.length);
			if (end < 0) throw new TokenError(`a ${tag} string is not closed`);
			out.push({ kind: 'string', text: sql.slice(i + tag.length, end) });
			i = end + tag.length;
		} else if (c === '"') {
			let j = i + 1;
			let text = '';
			for (;;) {
				if (j >= n) throw new TokenError('a name in double quotes is not closed');
				if (sql[j] === '"' && sql[j + 1] === '"') {
					text += '"';
					j += 2;
				} else if (sql[j] === '"') {
					j++;
					break;
				} else text += sql[j++];
			}
			out.push({ kind: 'quoted', text, lower: text.toLowerCase() });
			i = j;
		} else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
			let j = i + 1;
			while (j < n && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[j]!)) j++;
			const text = sql.slice(i, j);
			out.push({ kind: 'word', text, lower: text.toLowerCase() });
			i = j;
		} else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
			let j = i + 1;
			while (j < n && /[0-9._eE]/.test(sql[j]!)) j++;
			out.push({ kind: 'number', text: sql.slice(i, j) });
			i = j;
		} else {
			out.push({ kind: 'punct', text: c });
			i++;
		}
	}
	return out;
}
