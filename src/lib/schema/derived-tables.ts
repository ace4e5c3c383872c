/**
 * The SQL of each table the ingest derives from the others once they are written. Each lives
 * with the feature that reads it; the ingest runs it with DuckDB in Node
 * (relative imports: the ingest runs under tsx, where `$lib` does not resolve).
 */
import { explorerOccupationsSql, explorerTitlesSql } from '../explorer/occupations-table';
import type { DerivedTableName } from './tables';

export const derivedTableSql: Record<DerivedTableName, () => string> = {
	explorer_occupations: explorerOccupationsSql,
	explorer_titles: explorerTitlesSql
};
