/**
 * Parquet (ArrayBuffer) -> Apache Arrow table, in the browser, without DuckDB's parquet extension.
 *
 * Types come from the Parquet schema (hyparquet metadata), never from the values, so an all-null
 * DOUBLE column is still DOUBLE and an INTEGER column stays integral. Arrow vectors are built
 * directly (typed array + validity bitmap) rather than through arrow's Builders, which keeps
 * INT64/TIMESTAMP exact (bigint) and is fast for dictionary-encoded string columns.
 *
 * Parquet -> Arrow -> DuckDB:
 *   BOOLEAN -> Bool -> BOOLEAN          INT32 (INT_8/16/32, UINT_*) -> Int8..Uint32 -> TINYINT..UINTEGER
 *   INT64 -> Int64 -> BIGINT            UINT_64 -> Uint64 -> UBIGINT
 *   FLOAT -> Float32 -> FLOAT           DOUBLE -> Float64 -> DOUBLE
 *   UTF8/ENUM/JSON -> Utf8 -> VARCHAR   other BYTE_ARRAY -> Binary -> BLOB
 *   DATE -> DateDay -> DATE             TIMESTAMP_* / INT96 -> Timestamp(unit[, 'UTC']) -> TIMESTAMP[TZ]
 *   LIST<x> -> List<x> -> x[]           DECIMAL -> Float64 -> DOUBLE (hyparquet decodes decimals to numbers)
 * Anything else (STRUCT, MAP, TIME, INTERVAL, ...) throws a clear Error naming the column.
 */
import * as arrow from 'apache-arrow';
import { parquetMetadata, parquetRead, parquetSchema, type ColumnData, type ParquetParsers, type SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const utf8Decoder = new TextDecoder();

/** Keep raw integers for dates/timestamps (hyparquet's defaults build ms-precision Date objects). */
const PARSERS: Partial<ParquetParsers> = {
	dateFromDays: (days: number) => days,
	timestampFromMilliseconds: (v: bigint) => v,
	timestampFromMicroseconds: (v: bigint) => v,
	timestampFromNanoseconds: (v: bigint) => v,
	jsonFromBytes: (bytes: Uint8Array) => bytes && utf8Decoder.decode(bytes)
};

interface Leaf {
	type: arrow.DataType;
	/** per-value fix-up applied while copying (e.g. decimal rounding) */
	fix?: (v: number) => number;
}

function unsupported(node: SchemaTree, what: string): never {
	throw new Error(`column "${node.path.join('.')}": unsupported Parquet type (${what})`);
}

function describe(node: SchemaTree): string {
	const e = node.element;
	return [e.type, e.converted_type, e.logical_type?.type].filter(Boolean).join('/') || 'group';
}

function isTimestampLogical(lt: unknown): lt is { type: 'TIMESTAMP'; isAdjustedToUTC: boolean; unit: string } {
	return !!lt && (lt as { type?: string }).type === 'TIMESTAMP';
}

/** Parquet schema node -> Arrow type (+ value fix-up). */
function leafFor(node: SchemaTree): Leaf {
	const el = node.element;
	const ct = el.converted_type;
	const lt = el.logical_type as { type?: string; bitWidth?: number; isSigned?: boolean } | undefined;

	if (node.children.length > 0) {
		if (ct === 'LIST' || lt?.type === 'LIST') {
			const rep = node.children[0];
			if (node.children.length !== 1 || !rep || rep.element.repetition_type !== 'REPEATED') {
				unsupported(node, 'malformed LIST');
			}
			// 3-level list (what DuckDB/Arrow write): <list> repeated group { element }.
			// 2-level legacy list: the repeated node itself is the element.
			const elemNode = rep.children.length === 1 && rep.children[0] ? rep.children[0] : rep;
			if (elemNode === rep && rep.children.length > 0) unsupported(node, 'LIST of STRUCT');
			const child = leafFor(elemNode);
			const nullable = elemNode.element.repetition_type !== 'REQUIRED';
			return {
				type: new arrow.List(new arrow.Field('element', child.type, nullable)),
				fix: child.fix
			};
		}
		unsupported(node, ct === 'MAP' || lt?.type === 'MAP' ? 'MAP' : 'STRUCT');
	}
	if (el.repetition_type === 'REPEATED') unsupported(node, 'bare REPEATED field');

	if (ct === 'DECIMAL' || lt?.type === 'DECIMAL') {
		// hyparquet returns unscaled * 10^-scale as a JS number (e.g. 99.99000000000001): round to scale.
		const scale = el.scale ?? 0;
		return { type: new arrow.Float64(), fix: (v) => (scale <= 20 ? Number(v.toFixed(scale)) : v) };
	}
	if (lt?.type === 'UUID') return { type: new arrow.Utf8() }; // hyparquet formats UUIDs as strings
	if (lt?.type === 'FLOAT16') return { type: new arrow.Float32() }; // DuckDB has no half floats

	switch (el.type) {
		case 'BOOLEAN':
			return { type: new arrow.Bool() };
		case 'INT32':
		case 'INT64': {
			const wide = el.type === 'INT64';
			if (ct === 'DATE' || lt?.type === 'DATE') return { type: new arrow.DateDay() };
			if (ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || isTimestampLogical(lt)) {
				const tl = isTimestampLogical(lt) ? lt : undefined;
				const unitName = tl?.unit ?? (ct === 'TIMESTAMP_MILLIS' ? 'MILLIS' : 'MICROS');
				const unit = unitName === 'MILLIS' ? arrow.TimeUnit.MILLISECOND : unitName === 'NANOS' ? arrow.TimeUnit.NANOSECOND : arrow.TimeUnit.MICROSECOND;
				// Legacy converted types (no logical type) are UTC-normalised by definition.
				const utc = tl ? tl.isAdjustedToUTC : true;
				return { type: new arrow.Timestamp(unit, utc ? 'UTC' : null) };
			}
			let signed = true;
			let bits = wide ? 64 : 32;
			if (lt?.type === 'INTEGER' && lt.bitWidth) {
				signed = lt.isSigned !== false;
				bits = lt.bitWidth;
			} else if (ct && /^U?INT_(8|16|32|64)$/.test(ct)) {
				signed = !ct.startsWith('U');
				bits = Number(ct.slice(ct.indexOf('_') + 1));
			} else if (ct || (lt?.type && lt.type !== 'INTEGER')) {
				unsupported(node, describe(node));
			}
			return { type: new arrow.Int(signed, bits as 8 | 16 | 32 | 64) };
		}
		case 'INT96':
			return { type: new arrow.Timestamp(arrow.TimeUnit.NANOSECOND, null) };
		case 'FLOAT':
			return { type: new arrow.Float32() };
		case 'DOUBLE':
			return { type: new arrow.Float64() };
		case 'BYTE_ARRAY':
		case 'FIXED_LEN_BYTE_ARRAY':
			if (ct === 'UTF8' || ct === 'ENUM' || ct === 'JSON' || lt?.type === 'STRING' || lt?.type === 'ENUM' || lt?.type === 'JSON') {
				return { type: new arrow.Utf8() };
			}
			if (ct || lt?.type) unsupported(node, describe(node));
			return { type: new arrow.Binary() };
		default:
			unsupported(node, describe(node));
	}
}

type Values = ArrayLike<unknown>;

function validity(values: Values): { nullCount: number; nullBitmap?: Uint8Array } {
	const n = values.length;
	let nullCount = 0;
	for (let i = 0; i < n; i++) if (values[i] == null) nullCount++;
	if (nullCount === 0) return { nullCount };
	const nullBitmap = new Uint8Array((n + 7) >> 3);
	for (let i = 0; i < n; i++) if (values[i] != null) nullBitmap[i >> 3]! |= 1 << (i & 7);
	return { nullCount, nullBitmap };
}

const utf8Encoder = new TextEncoder();

/** makeData's typings are per concrete type; here the type is only known at runtime. */
const makeAnyData = arrow.makeData as unknown as (props: Record<string, unknown>) => arrow.Data;

/** JS values (null/undefined = NULL) -> arrow.Data of the given type. */
function buildData(leaf: Leaf, values: Values): arrow.Data {
	const { type, fix } = leaf;
	const length = values.length;
	const { nullCount, nullBitmap } = validity(values);

	if (type instanceof arrow.List) {
		const valueOffsets = new Int32Array(length + 1);
		const flat: unknown[] = [];
		for (let i = 0; i < length; i++) {
			valueOffsets[i] = flat.length;
			const v = values[i] as Values | null | undefined;
			if (v != null) for (let j = 0; j < v.length; j++) flat.push(v[j]);
		}
		valueOffsets[length] = flat.length;
		const childField = type.children[0]!;
		const child = buildData({ type: childField.type, fix }, flat);
		return arrow.makeData({ type, length, nullCount, nullBitmap, valueOffsets, child });
	}

	if (type instanceof arrow.Bool) {
		const data = new Uint8Array((length + 7) >> 3);
		for (let i = 0; i < length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
		return arrow.makeData({ type, length, nullCount, nullBitmap, data });
	}

	if (type instanceof arrow.Utf8 || type instanceof arrow.Binary) {
		const valueOffsets = new Int32Array(length + 1);
		let buf: Uint8Array = new Uint8Array(1024);
		let pos = 0;
		for (let i = 0; i < length; i++) {
			valueOffsets[i] = pos;
			const v = values[i];
			if (v == null) continue;
			if (typeof v === 'string') {
				if (pos + v.length * 3 > buf.length) buf = grow(buf, pos + v.length * 3);
				pos += utf8Encoder.encodeInto(v, buf.subarray(pos)).written;
			} else if (v instanceof Uint8Array) {
				if (pos + v.length > buf.length) buf = grow(buf, pos + v.length);
				buf.set(v, pos);
				pos += v.length;
			} else {
				throw new Error(`expected string/bytes for ${type}, got ${typeof v}`);
			}
			if (pos > 0x7fffffff) throw new Error('string column larger than 2 GiB');
		}
		valueOffsets[length] = pos;
		const data = buf.subarray(0, pos);
		return makeAnyData({ type, length, nullCount, nullBitmap, valueOffsets, data });
	}

	// Fixed width: Int*, Uint*, Float*, DateDay, Timestamp.
	const Ctor = type.ArrayType as
		| Int8ArrayConstructor
		| Int16ArrayConstructor
		| Int32ArrayConstructor
		| Uint8ArrayConstructor
		| Uint16ArrayConstructor
		| Uint32ArrayConstructor
		| Float32ArrayConstructor
		| Float64ArrayConstructor
		| BigInt64ArrayConstructor
		| BigUint64ArrayConstructor;
	const data = new Ctor(length);
	if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
		for (let i = 0; i < length; i++) {
			const v = values[i];
			if (v != null) data[i] = typeof v === 'bigint' ? v : BigInt(v as number);
		}
	} else {
		for (let i = 0; i < length; i++) {
			const v = values[i];
			if (v != null) data[i] = fix ? fix(Number(v)) : Number(v);
		}
	}
	return makeAnyData({ type, length, nullCount, nullBitmap, data });
}

function grow(buf: Uint8Array, need: number): Uint8Array {
	const next = new Uint8Array(Math.max(need, buf.length * 2));
	next.set(buf);
	return next;
}

/** Concatenate hyparquet's per-page/row-group chunks of one column, in row order. */
function columnValues(name: string, chunks: ColumnData[] | undefined, numRows: number): Values {
	if (!chunks || chunks.length === 0) {
		if (numRows === 0) return [];
		throw new Error(`column "${name}": no data decoded`);
	}
	chunks.sort((a, b) => a.rowStart - b.rowStart);
	if (chunks.length === 1 && chunks[0]!.rowStart === 0 && chunks[0]!.columnData.length === numRows) {
		return chunks[0]!.columnData;
	}
	const out: unknown[] = new Array(numRows);
	let next = 0;
	for (const c of chunks) {
		if (c.rowStart !== next) throw new Error(`column "${name}": gap in decoded rows at ${next}`);
		const d = c.columnData;
		for (let i = 0; i < d.length; i++) out[next + i] = d[i];
		next += d.length;
	}
	if (next !== numRows) throw new Error(`column "${name}": decoded ${next} of ${numRows} rows`);
	return out;
}

/** Decode a whole Parquet file into an Arrow table (one record batch). */
export async function parquetToArrow(buffer: ArrayBuffer): Promise<arrow.Table> {
	const metadata = parquetMetadata(buffer);
	const tree = parquetSchema(metadata);
	const numRows = Number(metadata.num_rows);

	// Resolve the whole schema first so unsupported types fail before decoding anything.
	const columns = tree.children.map((node) => ({
		name: node.element.name,
		leaf: leafFor(node),
		nullable: node.element.repetition_type !== 'REQUIRED'
	}));

	const chunks = new Map<string, ColumnData[]>();
	await parquetRead({
		file: buffer,
		metadata,
		compressors,
		utf8: false, // only UTF8/STRING-annotated byte arrays become strings; others stay bytes (BLOB)
		parsers: PARSERS,
		onChunk: (c) => {
			const list = chunks.get(c.columnName);
			if (list) list.push(c);
			else chunks.set(c.columnName, [c]);
		}
	});

	const fields = columns.map((c) => new arrow.Field(c.name, c.leaf.type, c.nullable));
	const children = columns.map((c) => buildData(c.leaf, columnValues(c.name, chunks.get(c.name), numRows)));
	const schema = new arrow.Schema(fields);
	const struct = arrow.makeData({
		type: new arrow.Struct(fields),
		length: numRows,
		nullCount: 0,
		children
	});
	return new arrow.Table([new arrow.RecordBatch(schema, struct)]);
}
