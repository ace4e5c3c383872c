/**
 * npx tsx scripts/data-dictionary.ts
 * Prints the data dictionary of every output table as Markdown, generated from the zod contract
 * (src/lib/schema/tables.ts) through columnsOf(), so the README cannot drift from what the
 * ingest writes and the query layer reads. Paste the output into the README's "Data dictionary".
 */
import { columnsOf, type ColumnInfo } from '../src/lib/schema/columns';
import { tableAbout as about } from '../src/lib/schema/table-about';
import { tableNames, valueFlag, wageValueColumns, type TableName } from '../src/lib/schema/tables';

const flagColumns = new Set<string>(wageValueColumns.map((c) => `${c}_flag`));

/** A Markdown table cell: pipes would end the cell, newlines the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (s: string) => `\`${s}\``;

function row(c: ColumnInfo): string {
	return `| ${code(c.name)} | ${c.type} | ${c.nullable ? 'yes' : 'no'} | ${cell(c.description)} |`;
}

function tableSection(table: TableName): string[] {
	const cols = columnsOf(table);
	const lines = [
		`### \`${table}\``,
		'',
		about[table],
		'',
		`File: \`static/data/${table}.parquet\`.`,
		'',
		'| Column | Type | Null? | Meaning |',
		'|---|---|---|---|'
	];
	// The wage flag columns read the same; they are listed as one row, where the first one is.
	const flags = cols.filter((c) => flagColumns.has(c.name));
	for (const c of cols) {
		if (flagColumns.has(c.name)) {
			if (c !== flags[0]) continue;
			const types = new Set(flags.map((f) => `${f.type}/${f.nullable}`));
			if (types.size !== 1) throw new Error(`the ${table} flag columns do not share one type: ${[...types].join(', ')}`);
			lines.push(
				`| \`<col>_flag\` for ${flags.map((f) => code(f.name.replace(/_flag$/, ''))).join(', ')} | ${c.type} | ${c.nullable ? 'yes' : 'no'} | How the value in \`<col>\` was published: ${valueFlag.options.map(code).join(' \\| ')} (see below) |`
			);
			continue;
		}
		lines.push(row(c));
	}
	return [...lines, ''];
}

const out: string[] = [
	'Generated from the zod contract in `src/lib/schema/tables.ts` by `npm run data-dictionary`; do not edit by hand.',
	`Every table is a Parquet file in \`static/data/\`. Types are DuckDB types. "Null?" says whether the column can be null.`,
	'',
	...tableNames.flatMap(tableSection),
	'### The `<col>_flag` convention',
	'',
	'BLS prints symbols instead of numbers in some OEWS cells. The ingest never turns them into zero: each wage-table value column',
	`(${wageValueColumns.map(code).join(', ')}) has a \`<col>_flag\` column beside it.`,
	'',
	'| Flag | Meaning | Value in `<col>` |',
	'|---|---|---|',
	'| `published` | BLS published a number. | The number. |',
	'| `suppressed` | BLS printed `*` (wage estimate not available) or `**` (employment estimate not available). | null |',
	'| `topcoded` | BLS printed `#`: the wage is at or above the release\'s top-code. | The cap (for example 239200 annual or 115 hourly for May 2022 – May 2024), so read it as "at least". |',
	'| `not_applicable` | The cell is empty, or the release has no such column: it does not apply to this row (for example `jobs_per_1000` and `loc_quotient` in the national file, which has no such columns before May 2019 and leaves them empty after). | null |',
	'',
	'In `projections`, the Employment Projections files write a top-coded median as `>=239,200`; the cap is stored in `median_wage` and `median_wage_topcoded` is true. `N/A` becomes null.',
	''
];

process.stdout.write(out.join('\n'));
