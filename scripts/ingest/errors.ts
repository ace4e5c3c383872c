/** An input that does not fit: says which file, row and column, and what was expected. */
export class IngestError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string,
		readonly where: { row?: number; column?: string } = {}
	) {
		const at = [where.row !== undefined ? `row ${where.row}` : '', where.column ? `column "${where.column}"` : ''].filter(Boolean).join(', ');
		super(`${file}${at ? `, ${at}` : ''}: ${problem}`);
		this.name = 'IngestError';
	}
}

/** Shortens a raw cell for an error message. */
export function shown(value: unknown): string {
	if (value === undefined || value === null) return 'an empty cell';
	const s = typeof value === 'string' ? value : JSON.stringify(value);
	return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}
