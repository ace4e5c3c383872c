/** Prerendered downloads of /data: each table as CSV, and the complete `wages` file as CSV and Parquet (see exports.ts). */
import { error } from '@sveltejs/kit';
import { tableNames, type TableName } from '$lib/schema/tables';
import { tableCsv, WAGES_COMPLETE, wagesCompleteCsv, wagesCompleteParquet } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

// Endpoints do not take the layout's prerender setting: without this the files are not built.
export const prerender = true;

export const entries: EntryGenerator = () => [
	...tableNames.map((t) => ({ file: `${t}.csv` })),
	{ file: `${WAGES_COMPLETE}.csv` },
	{ file: `${WAGES_COMPLETE}.parquet` }
];

const csvType = 'text/csv; charset=utf-8';

export const GET: RequestHandler = async ({ params }) => {
	const { file } = params;
	let body: Buffer;
	let type = csvType;
	if (file === `${WAGES_COMPLETE}.csv`) body = await wagesCompleteCsv();
	else if (file === `${WAGES_COMPLETE}.parquet`) {
		body = await wagesCompleteParquet();
		type = 'application/vnd.apache.parquet';
	} else if (file.endsWith('.csv') && (tableNames as string[]).includes(file.slice(0, -4))) body = await tableCsv(file.slice(0, -4) as TableName);
	else error(404, `no download ${file}`);
	return new Response(new Uint8Array(body), { headers: { 'content-type': type } });
};
