import { describe, expect, it } from 'vitest';
import { csvColumns, phoneLayout, type Column } from '../../src/lib/table-columns';

type Row = { code: string; name: string; pay: number; growth: number; note: string };
const col = (key: keyof Row, phone?: Column<Row>['phone']): Column<Row> => ({ key, label: key, value: (r) => r[key], phone });

describe('phoneLayout', () => {
	it('heads each card with the first column and keeps the key figures on it', () => {
		expect(phoneLayout([col('name'), col('code'), col('pay', 'key'), col('growth', 'key'), col('note')])).toEqual({
			heading: 0,
			more: [false, true, false, false, true]
		});
	});
	it('heads the card with the column marked heading, wherever it is', () => {
		expect(phoneLayout([col('code'), col('name', 'heading'), col('pay', 'key')])).toEqual({ heading: 1, more: [true, false, false] });
	});
	it('shows every column of a table with no key figures', () => {
		expect(phoneLayout([col('name'), col('code'), col('note')]).more).toEqual([false, false, false]);
	});
	it('keeps the column the rows are sorted by on the cards', () => {
		expect(phoneLayout([col('name'), col('code'), col('pay', 'key')], ['code']).more).toEqual([false, false, false]);
	});
	it('leaves the CSV as it was: the phone mark is not a column', () => {
		expect(csvColumns([col('name'), col('pay', 'key')]).map((c) => c.key)).toEqual(['name', 'pay']);
	});
});
