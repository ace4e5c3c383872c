/**
 * Row schemas for query answers, derived from the table contract so that a column (and its flag)
 * is declared once. A LEFT JOIN may find no row: `orNull` makes the picked columns nullable.
 */
import { z } from 'zod';

export function orNull<S extends z.ZodRawShape>(shape: S): { [K in keyof S]: z.ZodNullable<S[K]> } {
	return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).nullable()])) as unknown as { [K in keyof S]: z.ZodNullable<S[K]> };
}
