/** Holds rows to the contract (src/lib/schema/tables.ts): the first row that breaks it stops the ingest. */
import { tableSchemas, type TableName } from '../../src/lib/schema/tables';
import { IngestError } from './errors';

/** `what` names the rows in the message: "output row" (from raw files) or "derived row". */
export function checkTableRows(name: TableName, rows: readonly unknown[], what = 'output row') {
	const schema = tableSchemas[name];
	rows.forEach((row, i) => {
		const res = schema.safeParse(row);
		if (!res.success) {
			const issue = res.error.issues[0]!;
			throw new IngestError(`table ${name}`, `${issue.message} (${what} ${i + 1}: ${JSON.stringify(row).slice(0, 160)})`, { column: issue.path.join('.') });
		}
	});
}
