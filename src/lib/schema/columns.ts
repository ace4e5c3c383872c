/** Reads the contract's zod schemas as column lists: name, DuckDB type, nullability, description. */
import type { z } from 'zod';
import { tableSchemas, type TableName } from './tables';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]';

export interface ColumnInfo {
	name: string;
	type: ColumnType;
	nullable: boolean;
	description: string;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
}

function describe(s: z.ZodType): { type: ColumnType; nullable: boolean } {
	const def = (s as unknown as { def: Def }).def;
	if (def.type === 'nullable') return { ...describe(def.innerType!), nullable: true };
	if (def.type === 'string' || def.type === 'enum') return { type: 'VARCHAR', nullable: false };
	if (def.type === 'boolean') return { type: 'BOOLEAN', nullable: false };
	if (def.type === 'number') return { type: (s as z.ZodNumber).isInt ? 'INTEGER' : 'DOUBLE', nullable: false };
	if (def.type === 'array') return { type: 'VARCHAR[]', nullable: false };
	throw new Error(`no column type for zod type ${def.type}`);
}

export function columnsOf(table: TableName): ColumnInfo[] {
	return Object.entries(tableSchemas[table].shape).map(([name, s]) => ({
		name,
		...describe(s as z.ZodType),
		description: (s as z.ZodType).description ?? ''
	}));
}
