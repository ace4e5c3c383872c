/**
 * O*NET Interests: each occupation's RIASEC profile (scale OI, 1–7, elements 1.B.1.a–f) and its
 * first, second and third interest high-points (scale IH, elements 1.B.1.g–i, whose value is the
 * number of the interest, 1 = Realistic … 6 = Conventional, or 0 for none). One output row per
 * occupation and interest, with the high-point rank folded in.
 */
import type { InterestRow } from '../../../src/lib/schema/tables';
import { ignored } from '../cells';
import { IngestError } from '../errors';
import type { RawTable } from '../table';
import { codeColumn, monthCell, numCell, parseOnetTable, rejectDuplicates, socOf, textCell as text, type Parsed } from './onet-files';

const interests = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'] as const;
const interestElements = new Map<string, InterestRow['interest']>(interests.map((name, i) => [`1.B.1.${'abcdef'[i]}`, name]));
const highPoints = new Map([
	['1.B.1.g', { rank: 1, name: 'First Interest High-Point' }],
	['1.B.1.h', { rank: 2, name: 'Second Interest High-Point' }],
	['1.B.1.i', { rank: 3, name: 'Third Interest High-Point' }]
]);

interface InterestRaw {
	code: string;
	element: string;
	element_name: string;
	scale: string;
	value: number;
}

export interface InterestsResult {
	rows: Parsed<InterestRow>[];
	/** Every row read, for the scale-range and Content Model checks. */
	cells: Parsed<InterestRaw>[];
}

export function parseInterests(table: RawTable): InterestsResult {
	const cells = parseOnetTable<InterestRaw>(
		table,
		[
			codeColumn,
			{ key: 'element', header: 'Element ID', schema: text },
			{ key: 'element_name', header: 'Element Name', schema: text },
			{ key: 'scale', header: 'Scale ID', schema: text },
			{ key: 'value', header: 'Data Value', schema: numCell },
			{ key: 'date', header: 'Date', schema: monthCell },
			{ key: 'source', header: 'Domain Source', schema: ignored }
		],
		'O*NET Interests'
	);
	rejectDuplicates(table, cells, (r) => `${r.code} ${r.element} ${r.scale}`, 'Element ID', 'value for');
	const byCode = new Map<string, { first: number; scores: Map<string, { row: number; score: number }>; ranks: Map<string, number> }>();
	for (const { row, value: r } of cells) {
		const occ = byCode.get(r.code) ?? { first: row, scores: new Map(), ranks: new Map() };
		byCode.set(r.code, occ);
		const interest = interestElements.get(r.element);
		const high = highPoints.get(r.element);
		const expected = interest ? { scale: 'OI', name: interest } : high ? { scale: 'IH', name: high.name } : undefined;
		if (!expected) throw new IngestError(table.file, `unknown interest element "${r.element}" (expected 1.B.1.a to 1.B.1.i)`, { row, column: 'Element ID' });
		if (r.element_name !== expected.name)
			throw new IngestError(table.file, `element ${r.element} should be "${expected.name}", got "${r.element_name}"`, { row, column: 'Element Name' });
		if (r.scale !== expected.scale)
			throw new IngestError(table.file, `element ${r.element} should be on scale ${expected.scale}, got "${r.scale}"`, { row, column: 'Scale ID' });
		if (interest) {
			occ.scores.set(interest, { row, score: r.value });
		} else if (r.value !== 0) {
			const named = interests[r.value - 1];
			if (!named || !Number.isInteger(r.value))
				throw new IngestError(table.file, `a high-point is the number of an interest, 0 to 6; got ${r.value}`, { row, column: 'Data Value' });
			if (occ.ranks.has(named))
				throw new IngestError(table.file, `${named} is already high-point ${occ.ranks.get(named)} of ${r.code}`, { row, column: 'Data Value' });
			occ.ranks.set(named, high!.rank);
		}
	}
	const rows: Parsed<InterestRow>[] = [];
	for (const [code, occ] of byCode) {
		for (const interest of interests) {
			const s = occ.scores.get(interest);
			if (!s) throw new IngestError(table.file, `${code} has no ${interest} score (every occupation has all six)`, { row: occ.first, column: 'Element ID' });
			rows.push({ row: s.row, value: { onet_code: code, soc_code: socOf(code), interest, score: s.score, high_point_rank: occ.ranks.get(interest) ?? null } });
		}
	}
	return { rows, cells };
}
