/**
 * The published tables as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * each Parquet table with its bytes, sha256, schema (the contract's columns, types, meanings),
 * licence and sources, and the analysts' complete `wages` file. Prerendered at build time.
 */
import { json } from '@sveltejs/kit';
import { licences, publishedTables } from '$lib/published/catalog';
import { sha256, WAGES_COMPLETE, wagesCompleteCsv, wagesCompleteParquet } from '$lib/server/exports';
import { readManifest } from '$lib/server/manifest';
import { columnsOf, type ColumnInfo } from '$lib/schema/columns';

export const prerender = true;

/** DuckDB type -> Table Schema field type. */
const fieldType: Record<ColumnInfo['type'], string> = { VARCHAR: 'string', INTEGER: 'integer', DOUBLE: 'number', BOOLEAN: 'boolean', 'VARCHAR[]': 'array' };
const fields = (columns: ColumnInfo[]) =>
	columns.map((c) => ({ name: c.name, type: fieldType[c.type], description: c.description, constraints: c.nullable ? undefined : { required: true } }));

const sourcesOf = {
	bls: [{ title: 'U.S. Bureau of Labor Statistics', path: 'https://www.bls.gov/' }],
	bea: [{ title: 'U.S. Bureau of Economic Analysis, Regional Price Parities (SARPP)', path: 'https://apps.bea.gov/regional/zip/SARPP.zip' }],
	onet: [{ title: 'O*NET 29.2 Database, USDOL/ETA', path: 'https://www.onetcenter.org/database.html' }],
	article: [
		{
			title: 'University of San Diego, "Information Systems vs. Information Technology"',
			path: 'https://onlinedegrees.sandiego.edu/information-systems-vs-information-technology'
		}
	],
	derived: [{ title: 'U.S. Bureau of Labor Statistics (derived by this site)', path: 'https://www.bls.gov/' }]
};
const licence = (l: keyof typeof licences) => ({ name: licences[l].name, title: licences[l].title, ...(licences[l].path ? { path: licences[l].path } : {}) });

export async function GET() {
	const tables = publishedTables(await readManifest());
	const [csv, parquet] = await Promise.all([wagesCompleteCsv(), wagesCompleteParquet()]);
	const wagesFields = [
		...fields(columnsOf('wages')),
		{ name: 'release', type: 'string', description: 'OEWS release the row comes from, e.g. "OEWS May 2024" or "OEWS May 2024 states"' },
		{ name: 'source', type: 'string', description: 'Publisher, program, release and BLS file of the row' }
	];
	const complete = (format: 'csv' | 'parquet', bytes: Buffer) => ({
		name: `${WAGES_COMPLETE}-${format}`,
		title: `wages, every percentile for every occupation, area and year, with release and source on each row (${format.toUpperCase()})`,
		path: `downloads/${WAGES_COMPLETE}.${format}`,
		format,
		mediatype: format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet',
		...(format === 'csv' ? { encoding: 'utf-8-sig', dialect: { delimiter: ',', header: true } } : {}),
		bytes: bytes.length,
		hash: `sha256:${sha256(bytes)}`,
		schema: { fields: wagesFields, primaryKey: ['soc_code', 'area_code', 'year'] },
		licenses: [licence('bls')],
		sources: sourcesOf.bls
	});
	return json({
		profile: 'data-package',
		name: 'it-is-careers-bls',
		title: 'IT & IS careers in BLS data: the published tables',
		description: 'Every table the site publishes, as Parquet (the files the pages query). Types follow the table contract (src/lib/schema/tables.ts).',
		homepage: '/data',
		licenses: [licence('bls'), licence('onet')],
		resources: [
			...tables.map((t) => ({
				name: t.name,
				title: t.name,
				description: t.about,
				path: `data/${t.name}.parquet`,
				format: 'parquet',
				mediatype: 'application/vnd.apache.parquet',
				bytes: t.bytes,
				hash: `sha256:${t.sha256}`,
				rows: t.rows,
				releases: t.releases,
				schema: { fields: fields(t.columns) },
				licenses: [licence(t.licence)],
				sources: sourcesOf[t.licence]
			})),
			complete('csv', csv),
			complete('parquet', parquet)
		]
	});
}
