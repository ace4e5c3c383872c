/**
 * A query result (Arrow table) -> plain JS rows, column by column. Reading Arrow row proxies
 * (StructRow.toJSON per row, a Vector per list cell) cost more than the query itself for the
 * explorer's 820 rows; here strings, numbers, booleans and lists of them are read straight from
 * the column buffers. Anything else goes through normalizeValue, so every value comes out exactly
 * as toPlainRow would give it.
 */
import * as arrow from 'apache-arrow';
import { normalizeValue, type ValueKind } from './types';

const utf8 = new TextDecoder();

/** Number-valued types whose buffer holds the value itself (dates need their kind: not here). */
const isPlainNumber = (t: arrow.DataType) => arrow.DataType.isFloat(t) || (arrow.DataType.isInt(t) && t.bitWidth <= 32);

/** The values of one chunk of a column, or null when no fast path applies. */
function fastValues(d: arrow.Data, kind: ValueKind): unknown[] | null {
	const n = d.length;
	if (n === 0) return []; // an empty result's list columns come without child data
	if (d.offset !== 0 || kind === 'date') return null; // sliced data or dates: the general path
	const out = new Array<unknown>(n);
	const t = d.type;
	const valid = d.nullCount === 0 ? () => true : (i: number) => d.getValid(i);
	if (arrow.DataType.isUtf8(t)) {
		const offsets = d.valueOffsets as Int32Array;
		const bytes = d.values as Uint8Array;
		const [start, end] = [offsets[0]!, offsets[n]!];
		// One decode for the whole column, cut at the offsets, when every character is one byte
		// (same length in characters as in bytes): thousands of small decodes cost more.
		const all = utf8.decode(bytes.subarray(start, end));
		if (all.length === end - start) {
			for (let i = 0; i < n; i++) out[i] = valid(i) ? all.slice(offsets[i]! - start, offsets[i + 1]! - start) : null;
		} else {
			for (let i = 0; i < n; i++) out[i] = valid(i) ? utf8.decode(bytes.subarray(offsets[i]!, offsets[i + 1]!)) : null;
		}
		return out;
	}
	if (isPlainNumber(t)) {
		const values = d.values as ArrayLike<number>;
		for (let i = 0; i < n; i++) out[i] = valid(i) ? values[i]! : null;
		return out;
	}
	if (arrow.DataType.isBool(t)) {
		const bits = d.values as Uint8Array;
		for (let i = 0; i < n; i++) out[i] = valid(i) ? ((bits[i >> 3]! >> (i & 7)) & 1) === 1 : null;
		return out;
	}
	if (arrow.DataType.isList(t)) {
		const child = d.children[0];
		const items = child && fastValues(child, kind);
		if (!items) return null;
		const offsets = d.valueOffsets as Int32Array;
		for (let i = 0; i < n; i++) out[i] = valid(i) ? items.slice(offsets[i]!, offsets[i + 1]!) : null;
		return out;
	}
	return null;
}

function columnValues(v: arrow.Vector, kind: ValueKind): unknown[] {
	const out: unknown[] = [];
	for (const d of v.data) {
		const fast = fastValues(d, kind);
		if (fast) {
			for (const x of fast) out.push(x);
			continue;
		}
		const chunk = arrow.makeVector(d);
		for (let i = 0; i < d.length; i++) out.push(normalizeValue(chunk.get(i), kind));
	}
	return out;
}

/** `kinds` maps column name -> ValueKind (DATE and TIMESTAMP columns). */
export function rowsFromArrow<T>(table: arrow.Table, kinds: Record<string, ValueKind> = {}): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((name, i) => columnValues(table.getChildAt(i)!, kinds[name]));
	const rows = new Array<T>(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r];
		rows[r] = row as T;
	}
	return rows;
}
