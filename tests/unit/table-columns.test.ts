import { describe, expect, it } from 'vitest';
import { csvColumns, phoneLayout, rowCellsHtml, type Column } from '../../src/lib/table-columns';
import { NOT_PUBLISHED } from '../../src/lib/format';

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

describe('rowCellsHtml: a body row as the table draws it', () => {
	const columns: Column<Row>[] = [
		{ ...col('name'), label: 'Occupation', href: (r) => `/roles/${r.code}` },
		col('code'),
		{ ...col('pay'), label: 'Median pay', numeric: true, format: (r) => (r.pay ? `$${r.pay}` : NOT_PUBLISHED) }
	];
	const row: Row = { code: '11-3021', name: 'Computer & Information <Systems> "Managers"', pay: 0, growth: 0, note: '' };

	it('heads the row with its heading cell, a link, and labels the other cells for the cards', () => {
		expect(rowCellsHtml(columns, { ...row, name: 'Managers', pay: 175140 }, 0, ['', 'more', 'num'])).toBe(
			'<th scope="row"><a href="/roles/11-3021">Managers</a></th><td class="more" data-label="code">11-3021</td><td class="num" data-label="Median pay">$175140</td>'
		);
	});
	it('escapes every text, so a title is never read as markup', () => {
		const html = rowCellsHtml(columns, row, 0, ['', '', 'num']);
		expect(html).toContain('>Computer &amp; Information &lt;Systems&gt; &quot;Managers&quot;</a>');
		expect(html).not.toContain('<Systems>');
	});
	it('marks a value BLS did not publish, beside the column’s own class', () => {
		expect(rowCellsHtml(columns, row, 0, ['', '', 'num'])).toContain('<td class="num not-published" data-label="Median pay">not published</td>');
	});
});
