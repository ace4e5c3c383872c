/**
 * Query results in the browser are read column by column (rowsFromArrow); every value must come
 * out exactly as reading Arrow's own row objects and normalising them gives. The real tables are
 * checked the same way in tests/integration/browser-engine.test.ts.
 */
import * as arrow from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { rowsFromArrow } from '$lib/db/arrow-rows';
import { roundTrip, viaRowObjects } from '../../helpers/arrow';

describe('rowsFromArrow', () => {
	test('strings, numbers, booleans, big integers, dates and lists, with nulls, in two chunks', () => {
		const chunk = (offset: number) =>
			new arrow.Table({
				s: arrow.vectorFromArray(
					['a', null, 'ü€', ''].map((x) => (x === null ? null : `${x}${offset}`)),
					new arrow.Utf8()
				),
				f: arrow.vectorFromArray([1.5, null, -0, 1e300], new arrow.Float64()),
				i: arrow.vectorFromArray([1, null, -2147483648, offset], new arrow.Int32()),
				big: arrow.vectorFromArray([1n, null, 2n ** 60n, -3n], new arrow.Int64()),
				b: arrow.vectorFromArray([true, false, null, true], new arrow.Bool()),
				d: arrow.vectorFromArray([new Date(Date.UTC(2024, 4, 1)), null, new Date(0), new Date(Date.UTC(1999, 11, 31))], new arrow.DateDay()),
				l: arrow.vectorFromArray([['x', 'y'], [], null, ['z']], new arrow.List(new arrow.Field('e', new arrow.Utf8(), true))),
				ln: arrow.vectorFromArray([[1, null], null, [], [3]], new arrow.List(new arrow.Field('e', new arrow.Float64(), true)))
			});
		const table = roundTrip(chunk(0).concat(chunk(1)));
		expect(table.batches.length).toBe(2);
		const kinds = { d: 'date' as const };
		const rows = rowsFromArrow(table, kinds);
		expect(rows).toEqual(viaRowObjects(table, kinds));
		expect(rows[1]).toEqual({ s: null, f: null, i: null, big: null, b: false, d: null, l: [], ln: null });
		expect(rows[2]).toMatchObject({ big: 2n ** 60n, d: new Date(0), l: null });
	});

	test('string columns all in ASCII, and with a character of several bytes in one value only', () => {
		const values = ['Software Developers', null, '', 'Actors', '15-1252'];
		const table = roundTrip(
			new arrow.Table({
				ascii: arrow.vectorFromArray(values, new arrow.Utf8()),
				mixed: arrow.vectorFromArray(
					values.map((x, i) => (i === 3 ? 'Café manager' : x)),
					new arrow.Utf8()
				),
				list: arrow.vectorFromArray([['IT', 'IS'], ['Análisis'], null, [], ['IT']], new arrow.List(new arrow.Field('e', new arrow.Utf8(), true)))
			})
		);
		const rows = rowsFromArrow<Record<string, unknown>>(table);
		expect(rows).toEqual(viaRowObjects(table));
		expect(rows.map((r) => r.ascii)).toEqual(values);
		expect(rows.map((r) => r.mixed)).toEqual(['Software Developers', null, '', 'Café manager', '15-1252']);
		expect(rows.map((r) => r.list)).toEqual([['IT', 'IS'], ['Análisis'], null, [], ['IT']]);
	});

	test('an empty result (no rows, list columns without child data) gives no rows', () => {
		const empty = roundTrip(
			new arrow.Table({
				s: arrow.vectorFromArray([] as string[], new arrow.Utf8()),
				l: arrow.vectorFromArray([] as string[][], new arrow.List(new arrow.Field('e', new arrow.Utf8(), true)))
			})
		);
		expect(rowsFromArrow(empty)).toEqual([]);
		const noChild = arrow.makeData({
			type: new arrow.List(new arrow.Field('e', new arrow.Utf8(), true)),
			length: 0,
			nullCount: 0,
			valueOffsets: new Int32Array(1),
			child: undefined as unknown as arrow.Data<arrow.Utf8>
		});
		expect(rowsFromArrow(new arrow.Table({ l: arrow.makeVector(noChild) }))).toEqual([]);
	});
});
