/**
 * The SQL of each table the ingest derives from the others once they are written. It lives with
 * the query builders that read those tables; the ingest runs it with DuckDB in Node.
 */
import type { DerivedTableName } from '../schema/tables';
import { explorerOccupationsSql } from './explorer';

export const derivedTableSql: Record<DerivedTableName, () => string> = {
	explorer_occupations: explorerOccupationsSql
};
