/** The schema browser's tables (contract + manifest), prerendered: the console itself loads in the browser. */
import { licences, publishedTables } from '$lib/published/catalog';
import { readManifest } from '$lib/server/manifest';

export async function load() {
	const tables = publishedTables(await readManifest()).map(({ name, about, columns, rows, releases, licence }) => ({
		name,
		about,
		columns,
		rows,
		releases,
		credit: licences[licence].credit
	}));
	return { tables };
}
