/** The /data page: every published table with its files, and the analysts' complete `wages` download (built here, see exports.ts). */
import { licences, publishedTables } from '$lib/published/catalog';
import { sha256, tableCsv, wagesCompleteCsv, wagesCompleteParquet } from '$lib/server/exports';
import { readManifest } from '$lib/server/manifest';

export async function load() {
	const tables = await Promise.all(
		publishedTables(await readManifest()).map(async (t) => ({ ...t, csvBytes: (await tableCsv(t.name)).length, licenceInfo: licences[t.licence] }))
	);
	const [csv, parquet] = await Promise.all([wagesCompleteCsv(), wagesCompleteParquet()]);
	const wagesRows = tables.find((t) => t.name === 'wages')!.rows;
	return {
		tables,
		complete: {
			rows: wagesRows,
			releases: tables.find((t) => t.name === 'wages')!.releases,
			csv: { bytes: csv.length, sha256: sha256(csv) },
			parquet: { bytes: parquet.length, sha256: sha256(parquet) }
		}
	};
}
