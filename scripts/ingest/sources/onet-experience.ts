/**
 * O*NET "Education, Training, and Experience": survey distributions of required education,
 * related work experience, on-site and on-the-job training, one row per category with its
 * percent, N, standard error and 95% interval. Category meanings come from the Categories file.
 * Cells O*NET marks "Recommend Suppress" = Y are kept, with suppress = true.
 */
import type { ExperienceRequirementRow } from '../../../src/lib/schema/tables';
import { ignored } from '../cells';
import { IngestError } from '../errors';
import type { RawTable } from '../table';
import {
	cell,
	codeColumn,
	intCell,
	monthCell,
	naOr,
	numCell,
	parseInt_,
	parseNumber,
	parseOnetTable,
	parseYesNo,
	rejectDuplicates,
	socOf,
	textCell as text,
	type Parsed
} from './onet-files';

/** O*NET scale ID → the table's scale. */
export const experienceScales = {
	RL: 'education',
	RW: 'related_experience',
	PT: 'onsite_training',
	OJ: 'on_the_job_training'
} as const satisfies Record<string, ExperienceRequirementRow['scale']>;
type ScaleId = keyof typeof experienceScales;
/**
 * IM rates how important a job-related certification or an apprenticeship is (1–5): a different
 * kind of measure from the category distributions, so those rows are read and not kept.
 */
const notKept = new Set(['IM']);

/** `${scale ID}|${category}` → category description. */
export function parseEteCategories(table: RawTable): Map<string, string> {
	const rows = parseOnetTable<{ element: string; scale: string; category: number; label: string }>(
		table,
		[
			{ key: 'element', header: 'Element ID', schema: text },
			{ key: 'element_name', header: 'Element Name', schema: ignored },
			{ key: 'scale', header: 'Scale ID', schema: text },
			{ key: 'category', header: 'Category', schema: intCell },
			{ key: 'label', header: 'Category Description', schema: text }
		],
		'O*NET Education, Training, and Experience Categories'
	);
	rejectDuplicates(table, rows, (r) => `${r.scale} category ${r.category}`, 'Category', 'category');
	return new Map(rows.map((r) => [`${r.value.scale}|${r.value.category}`, r.value.label]));
}

export interface EteRaw {
	code: string;
	element: string;
	element_name: string;
	scale: string;
	category: number | null;
	pct: number;
	n: number | null;
	std_error: number | null;
	ci_low: number | null;
	ci_high: number | null;
	suppress: boolean | null;
	as_of: string;
}

const naNumber = cell(naOr(parseNumber), 'expected a number or n/a');

const columns = [
	codeColumn,
	{ key: 'element', header: 'Element ID', schema: text },
	{ key: 'element_name', header: 'Element Name', schema: text },
	{ key: 'scale', header: 'Scale ID', schema: text },
	{ key: 'category', header: 'Category', schema: cell(naOr(parseInt_), 'expected a whole number or n/a') },
	// IM rows hold an importance rating (1–5) here; the category rows a percent, checked below.
	{ key: 'pct', header: 'Data Value', schema: numCell },
	{ key: 'n', header: 'N', schema: cell(naOr(parseInt_), 'expected a whole number or n/a') },
	{ key: 'std_error', header: 'Standard Error', schema: naNumber },
	{ key: 'ci_low', header: 'Lower CI Bound', schema: naNumber },
	{ key: 'ci_high', header: 'Upper CI Bound', schema: naNumber },
	{ key: 'suppress', header: 'Recommend Suppress', schema: cell(naOr(parseYesNo), 'expected Y, N or n/a') },
	{ key: 'as_of', header: 'Date', schema: monthCell },
	{ key: 'source', header: 'Domain Source', schema: ignored }
];

export interface EteResult {
	/** The category rows (scales RL, RW, PT, OJ), not yet joined to their labels. */
	rows: Parsed<EteRaw & { category: number }>[];
	read: number;
}

export function parseEte(table: RawTable): EteResult {
	const parsed = parseOnetTable<EteRaw>(table, columns, 'O*NET Education, Training, and Experience');
	rejectDuplicates(table, parsed, (r) => `${r.code} ${r.element} ${r.scale} ${r.category ?? 'n/a'}`, 'Category', 'row for');
	const rows: EteResult['rows'] = [];
	for (const { row, value: r } of parsed) {
		if (notKept.has(r.scale)) continue;
		if (!(r.scale in experienceScales))
			throw new IngestError(table.file, `expected a scale ID of ${[...Object.keys(experienceScales), ...notKept].join(', ')}, got "${r.scale}"`, {
				row,
				column: 'Scale ID'
			});
		if (r.category === null) throw new IngestError(table.file, `scale ${r.scale} needs a category number, got n/a`, { row, column: 'Category' });
		if (r.pct < 0 || r.pct > 100) throw new IngestError(table.file, `expected a percent from 0 to 100, got ${r.pct}`, { row, column: 'Data Value' });
		rows.push({ row, value: r as EteRaw & { category: number } });
	}
	return { rows, read: parsed.length };
}

/** Joins each category row to its label; a category the Categories file lacks stops the ingest. */
export function buildExperience(file: string, ete: EteResult['rows'], categories: Map<string, string>, categoriesFile: string): ExperienceRequirementRow[] {
	return ete.map(({ row, value: r }) => {
		const label = categories.get(`${r.scale}|${r.category}`);
		if (!label) throw new IngestError(file, `category ${r.category} of scale ${r.scale} is not in ${categoriesFile}`, { row, column: 'Category' });
		return {
			onet_code: r.code,
			soc_code: socOf(r.code),
			scale: experienceScales[r.scale as ScaleId],
			category: r.category,
			category_label: label,
			pct: r.pct,
			n: r.n,
			std_error: r.std_error,
			ci_low: r.ci_low,
			ci_high: r.ci_high,
			// n/a: ratings O*NET does not assess for suppression (occupational-expert data).
			suppress: r.suppress ?? false,
			as_of: r.as_of
		};
	});
}
