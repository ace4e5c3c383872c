/**
 * The published tables as one list: the contract's columns and descriptions, the ingest's manifest
 * (rows, bytes, sha256, the releases read) and each table's licence and credit. Read at build time
 * by /sql (schema browser), /data and /datapackage.json, so all three say the same thing.
 */
import { columnsOf, type ColumnInfo } from '$lib/schema/columns';
import { tableAbout } from '$lib/schema/table-about';
import { derivedTableNames, tableNames, type TableName } from '$lib/schema/tables';

export interface ManifestInput {
	file: string;
	kind: string;
	release: string;
	sha256: string;
}
export interface Manifest {
	inputs: ManifestInput[];
	tables: Record<string, { file: string; rows: number; bytes: number; sha256?: string }>;
}

export type Licence = 'bls' | 'onet' | 'bea' | 'article' | 'derived';

export const licences: Record<Licence, { name: string; title: string; path?: string; credit: string }> = {
	bls: { name: 'public-domain', title: 'Public domain (U.S. government work)', credit: 'U.S. Bureau of Labor Statistics' },
	bea: { name: 'public-domain', title: 'Public domain (U.S. government work)', credit: 'U.S. Bureau of Economic Analysis' },
	onet: {
		name: 'CC-BY-4.0',
		title: 'Creative Commons Attribution 4.0',
		path: 'https://creativecommons.org/licenses/by/4.0/',
		credit:
			'O*NET 29.2 Database, U.S. Department of Labor/Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. The tables reshape the files; the figures are O*NET’s.'
	},
	article: {
		name: 'quoted-with-attribution',
		title: 'Figures quoted with attribution to the article named in each row',
		credit: 'University of San Diego, "Information Systems vs. Information Technology" (December 2025), and the articles named in each row'
	},
	derived: {
		name: 'public-domain',
		title: 'Public domain (derived from U.S. government works)',
		credit: 'U.S. Bureau of Labor Statistics (derived by this site)'
	}
};

/** Which raw inputs (manifest `kind`) each table is built from, and its licence. */
const origin: Record<TableName, { kinds: string[]; licence: Licence }> = {
	occupations: { kinds: ['soc-structure', 'soc-definitions', 'ep'], licence: 'bls' },
	projections: { kinds: ['ep'], licence: 'bls' },
	wages: { kinds: ['oews-national', 'oews-state'], licence: 'bls' },
	roles: { kinds: ['roles'], licence: 'article' },
	role_aliases: { kinds: ['role-aliases'], licence: 'article' },
	tracks: { kinds: ['tracks'], licence: 'article' },
	cpi: { kinds: ['cpi'], licence: 'bls' },
	soc_crosswalk: { kinds: ['soc-crosswalk'], licence: 'bls' },
	claims: { kinds: ['claims'], licence: 'article' },
	onet_occupations: { kinds: ['onet'], licence: 'onet' },
	experience_requirements: { kinds: ['onet'], licence: 'onet' },
	technologies: { kinds: ['onet'], licence: 'onet' },
	related_occupations: { kinds: ['onet'], licence: 'onet' },
	tasks: { kinds: ['onet'], licence: 'onet' },
	titles: { kinds: ['onet'], licence: 'onet' },
	interests: { kinds: ['onet'], licence: 'onet' },
	industry_wages: { kinds: ['oews-industry'], licence: 'bls' },
	price_parities: { kinds: ['bea-rpp'], licence: 'bea' },
	explorer_occupations: { kinds: ['oews-national', 'ep', 'tracks'], licence: 'derived' },
	explorer_titles: { kinds: ['onet'], licence: 'onet' }
};

export interface PublishedTable {
	name: TableName;
	about: string;
	columns: ColumnInfo[];
	rows: number;
	bytes: number;
	sha256: string;
	/** Releases of the inputs, e.g. "OEWS May 2014" … "OEWS May 2024 states", without repeats. */
	releases: string[];
	licence: Licence;
	derived: boolean;
}

export function publishedTables(manifest: Manifest): PublishedTable[] {
	return tableNames.map((name) => {
		const file = manifest.tables[name];
		if (!file?.sha256) throw new Error(`manifest.json lists no sha256 for table ${name}`);
		const { kinds, licence } = origin[name];
		const releases = [...new Set(manifest.inputs.filter((i) => kinds.includes(i.kind)).map((i) => i.release))];
		return {
			name,
			about: tableAbout[name],
			columns: columnsOf(name),
			rows: file.rows,
			bytes: file.bytes,
			sha256: file.sha256,
			releases,
			licence,
			derived: (derivedTableNames as readonly string[]).includes(name)
		};
	});
}
