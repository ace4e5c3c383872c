/** SQL literals for the query builders. Every user-supplied value passes through one of these. */

export const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function num(n: number): string {
	if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
	return String(n);
}

export const strList = (xs: readonly string[]) => (xs.length ? xs.map(str).join(', ') : 'NULL');

/** A case-insensitive RE2 pattern matching `q` at the start of a word. */
export function wordStartPattern(q: string): string {
	const escaped = q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return `(?i)(^|[^a-z0-9])${escaped}`;
}
