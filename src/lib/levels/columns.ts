/** Table (and CSV) columns of the levels sections. */
import type { Column } from '$lib/table-columns';
import { onetPercent, onetPrecision } from './level';
import type { ExperienceCell } from './rows';

export interface ExperienceTableRow extends ExperienceCell {
	onet_title: string;
}

export const experienceColumns: Column<ExperienceTableRow>[] = [
	{ key: 'category_label', label: 'Category', value: (r) => r.category_label, phone: 'heading' },
	{
		key: 'pct',
		label: 'Share of respondents',
		value: (r) => r.pct,
		format: onetPercent,
		flag: (r) => (r.suppress ? 'suppressed' : null),
		numeric: true,
		phone: 'key'
	},
	{ key: 'precision', label: 'Precision (O*NET)', value: (r) => onetPrecision(r), phone: 'key' },
	{ key: 'onet_code', label: 'O*NET code', value: (r) => r.onet_code, phone: 'more' },
	{ key: 'onet_title', label: 'O*NET occupation', value: (r) => r.onet_title, phone: 'more' },
	{ key: 'category', label: 'O*NET category', value: (r) => r.category, numeric: true, phone: 'more' },
	{ key: 'n', label: 'Respondents', value: (r) => r.n, numeric: true, phone: 'more' },
	{ key: 'std_error', label: 'Standard error', value: (r) => r.std_error, numeric: true, phone: 'more' },
	{ key: 'ci_low', label: 'CI low', value: (r) => r.ci_low, numeric: true, phone: 'more' },
	{ key: 'ci_high', label: 'CI high', value: (r) => r.ci_high, numeric: true, phone: 'more' },
	{ key: 'as_of', label: 'Collected', value: (r) => r.as_of, phone: 'more' }
];
