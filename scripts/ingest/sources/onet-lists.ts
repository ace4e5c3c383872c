/**
 * O*NET's per-occupation lists: Technology Skills, Related Occupations, Task Statements, and the
 * titles people use (Alternate Titles with their short forms, Sample of Reported Titles).
 */
import type { RelatedOccupationRow, TaskRow, TechnologyRow, TitleRow } from '../../../src/lib/schema/tables';
import { ignored } from '../cells';
import type { RawTable } from '../table';
import {
	cell,
	codeColumn,
	monthCell,
	naOr,
	onetCodeCell,
	parseInt_,
	parseIntIn,
	parseMatching,
	parseOneOf,
	parseOnetTable,
	parseText,
	rejectDuplicates,
	socOf,
	textCell as text,
	yesNo,
	type Parsed
} from './onet-files';

export function parseTechnologySkills(table: RawTable): Parsed<TechnologyRow>[] {
	const rows = parseOnetTable<{ code: string; example: string; commodity: string; commodity_title: string; hot: boolean; in_demand: boolean }>(
		table,
		[
			codeColumn,
			{ key: 'example', header: 'Example', schema: text },
			{ key: 'commodity', header: 'Commodity Code', schema: cell(parseMatching(/^\d{8}$/), 'expected an 8-digit UNSPSC commodity code') },
			{ key: 'commodity_title', header: 'Commodity Title', schema: text },
			{ key: 'hot', header: 'Hot Technology', schema: yesNo },
			{ key: 'in_demand', header: 'In Demand', schema: yesNo }
		],
		'O*NET Technology Skills'
	);
	rejectDuplicates(table, rows, (r) => `${r.code} ${r.example} (${r.commodity})`, 'Example', 'technology');
	return rows.map(({ row, value: r }) => ({
		row,
		value: {
			onet_code: r.code,
			soc_code: socOf(r.code),
			example: r.example,
			commodity_code: r.commodity,
			commodity_title: r.commodity_title,
			hot: r.hot,
			in_demand: r.in_demand
		}
	}));
}

const tiers = { 'Primary-Short': 'primary_short', 'Primary-Long': 'primary_long', Supplemental: 'supplemental' } as const;

export function parseRelatedOccupations(table: RawTable): Parsed<RelatedOccupationRow>[] {
	const rows = parseOnetTable<{ code: string; related: string; tier: RelatedOccupationRow['tier']; rank: number }>(
		table,
		[
			codeColumn,
			{ key: 'related', header: 'Related O*NET-SOC Code', schema: onetCodeCell },
			{ key: 'tier', header: 'Relatedness Tier', schema: cell(parseOneOf(tiers), `expected ${Object.keys(tiers).join(', ')}`) },
			{ key: 'rank', header: 'Index', schema: cell(parseIntIn(1), 'expected a rank of 1 or more') }
		],
		'O*NET Related Occupations'
	);
	rejectDuplicates(table, rows, (r) => `${r.code} → ${r.related}`, 'Related O*NET-SOC Code', 'related occupation');
	rejectDuplicates(table, rows, (r) => `${r.code} rank ${r.rank}`, 'Index', 'rank');
	return rows.map(({ row, value: r }) => ({
		row,
		value: { onet_code: r.code, related_onet_code: r.related, soc_code: socOf(r.code), related_soc_code: socOf(r.related), tier: r.tier, rank: r.rank }
	}));
}

const taskTypes = { Core: 'core', Supplemental: 'supplemental' } as const;

export function parseTaskStatements(table: RawTable): Parsed<TaskRow>[] {
	const rows = parseOnetTable<{ code: string; id: number; task: string; type: TaskRow['task_type'] }>(
		table,
		[
			codeColumn,
			{ key: 'id', header: 'Task ID', schema: cell(parseIntIn(1), 'expected a task ID') },
			{ key: 'task', header: 'Task', schema: text },
			{ key: 'type', header: 'Task Type', schema: cell(naOr(parseOneOf(taskTypes)), 'expected Core, Supplemental or n/a') },
			{ key: 'incumbents', header: 'Incumbents Responding', schema: cell(naOr(parseInt_), 'expected a whole number or n/a') },
			{ key: 'date', header: 'Date', schema: monthCell },
			{ key: 'source', header: 'Domain Source', schema: ignored }
		],
		'O*NET Task Statements'
	);
	rejectDuplicates(table, rows, (r) => String(r.id), 'Task ID', 'task ID');
	return rows.map(({ row, value: r }) => ({
		row,
		value: { onet_code: r.code, soc_code: socOf(r.code), task_id: r.id, task: r.task, task_type: r.type }
	}));
}

export interface TitlesResult {
	rows: Parsed<TitleRow>[];
	/** Titles O*NET lists more than once for the same occupation (kept once). */
	repeated: number;
	/** Lines that gave at least one new title. */
	linesKept: number;
}

/**
 * Alternate titles and their short forms ("CTO"). O*NET lists a few alternate titles twice (once
 * without a short title, once with) and gives one short title to several alternates ("CTO" for
 * Chief Technical and Chief Technology Officer): each title is kept once per occupation and kind.
 */
export function parseAlternateTitles(table: RawTable): TitlesResult {
	const rows = parseOnetTable<{ code: string; title: string; short: string | null }>(
		table,
		[
			codeColumn,
			{ key: 'title', header: 'Alternate Title', schema: text },
			{ key: 'short', header: 'Short Title', schema: cell(naOr(parseText), 'expected text or n/a') },
			{ key: 'sources', header: 'Source(s)', schema: ignored }
		],
		'O*NET Alternate Titles'
	);
	const seen = new Set<string>();
	const out: Parsed<TitleRow>[] = [];
	let repeated = 0;
	const add = (row: number, code: string, title: string, kind: 'alternate' | 'short') => {
		const key = `${code}|${kind}|${title}`;
		if (seen.has(key)) return void repeated++;
		seen.add(key);
		out.push({ row, value: { soc_code: socOf(code), onet_code: code, title, kind, shown_in_my_next_move: null } });
	};
	let linesKept = 0;
	for (const { row, value: r } of rows) {
		const before = out.length;
		add(row, r.code, r.title, 'alternate');
		if (r.short) add(row, r.code, r.short, 'short');
		if (out.length > before) linesKept++;
	}
	return { rows: out, repeated, linesKept };
}

export function parseReportedTitles(table: RawTable): Parsed<TitleRow>[] {
	const rows = parseOnetTable<{ code: string; title: string; shown: boolean }>(
		table,
		[codeColumn, { key: 'title', header: 'Reported Job Title', schema: text }, { key: 'shown', header: 'Shown in My Next Move', schema: yesNo }],
		'O*NET Sample of Reported Titles'
	);
	rejectDuplicates(table, rows, (r) => `${r.code} "${r.title}"`, 'Reported Job Title', 'reported title');
	return rows.map(({ row, value: r }) => ({
		row,
		value: { soc_code: socOf(r.code), onet_code: r.code, title: r.title, kind: 'reported', shown_in_my_next_move: r.shown }
	}));
}
