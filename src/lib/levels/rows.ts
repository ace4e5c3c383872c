/** Row schemas of the levels queries (O*NET 29.2 tables, by O*NET occupation). */
import { z } from 'zod';

const int = z.number().int();

export const onetProfileRow = z.object({
	onet_code: z.string(),
	soc_code: z.string(),
	title: z.string(),
	job_zone: int.min(1).max(5).nullable()
});
export type OnetProfile = z.infer<typeof onetProfileRow>;

export const experienceCellRow = z.object({
	onet_code: z.string(),
	scale: z.enum(['education', 'related_experience']),
	category: int,
	category_label: z.string(),
	pct: z.number(),
	n: int.nullable(),
	std_error: z.number().nullable(),
	ci_low: z.number().nullable(),
	ci_high: z.number().nullable(),
	suppress: z.boolean(),
	as_of: z.string()
});
export type ExperienceCell = z.infer<typeof experienceCellRow>;

export const techHighlightRow = z.object({
	onet_code: z.string(),
	example: z.string(),
	commodity_title: z.string(),
	hot: z.boolean(),
	in_demand: z.boolean()
});
export type TechHighlight = z.infer<typeof techHighlightRow>;

export const techCountRow = z.object({
	onet_code: z.string(),
	total: int,
	highlighted: int,
	other_kinds: int
});
export type TechCount = z.infer<typeof techCountRow>;

export const coreTaskRow = z.object({ onet_code: z.string(), task_id: int, task: z.string(), core_total: int });
export type CoreTask = z.infer<typeof coreTaskRow>;

export const interestScoreRow = z.object({
	onet_code: z.string(),
	interest: z.string(),
	score: z.number(),
	high_point_rank: int.nullable()
});
export type InterestScore = z.infer<typeof interestScoreRow>;
