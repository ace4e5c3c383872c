/**
 * The O*NET 29.2 parsers on real rows (tests/fixtures/ingest/onet): every file read and joined
 * through OnetSource, as the ingest does, then the quirks one by one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tableSchemas } from '../../../src/lib/schema/tables';
import { checkTableRows } from '../../../scripts/ingest/contract';
import { onetFileNames } from '../../../scripts/ingest/sources/onet-files';
import { removeTempDirs } from '../../helpers/ingest';
import { ingestOnet } from '../../helpers/onet-files';

afterAll(removeTempDirs);

const { tables: t, records } = await ingestOnet();
const one = <T>(rows: T[], test: (r: T) => boolean): T => {
	const hits = rows.filter(test);
	expect(hits).toHaveLength(1);
	return hits[0]!;
};

describe('O*NET occupations, Job Zones and the SOC mapping', () => {
	it('maps NN-NNNN.00 to its SOC code and a suffixed code to the SOC code it belongs to', () => {
		expect(one(t.onet_occupations, (o) => o.onet_code === '11-3021.00')).toMatchObject({
			soc_code: '11-3021',
			title: 'Computer and Information Systems Managers',
			job_zone: 4,
			job_zone_label: 'Job Zone Four: Considerable Preparation Needed'
		});
		expect(one(t.onet_occupations, (o) => o.onet_code === '15-1299.08')).toMatchObject({
			soc_code: '15-1299',
			title: 'Computer Systems Engineers/Architects',
			job_zone: 3,
			job_zone_label: 'Job Zone Three: Medium Preparation Needed'
		});
		expect(one(t.onet_occupations, (o) => o.onet_code === '11-3021.00').description).toMatch(/^Plan, direct, or coordinate activities/);
	});

	it('leaves the Job Zone null where O*NET has not rated the occupation (15-1299.00)', () => {
		expect(one(t.onet_occupations, (o) => o.onet_code === '15-1299.00')).toMatchObject({ soc_code: '15-1299', job_zone: null, job_zone_label: null });
		expect(t.onet_occupations).toHaveLength(9);
	});

	it('names the release from Read Me.txt and records rows read and kept per file', () => {
		for (const name of onetFileNames) expect(records[name]!.release, name).toBe('O*NET 29.2 (February 2025)');
		expect(records['Occupation Data']).toMatchObject({ read: 9, kept: 9 });
		expect(records['Education, Training, and Experience']).toMatchObject({ read: 127, kept: 123 });
		expect(records['Scales Reference']).toMatchObject({ read: 29, kept: 6 });
		expect(records['Read Me']).toMatchObject({ kept: 2 });
	});
});

describe('Education, Training, and Experience', () => {
	it('11-3021.00: 40.02% need over 6 and up to 8 years of related experience (N = 26)', () => {
		expect(one(t.experience_requirements, (e) => e.onet_code === '11-3021.00' && e.scale === 'related_experience' && e.category === 9)).toEqual({
			onet_code: '11-3021.00',
			soc_code: '11-3021',
			scale: 'related_experience',
			category: 9,
			category_label: 'Over 6 years, up to and including 8 years',
			pct: 40.02,
			n: 26,
			std_error: 16.3262,
			ci_low: 14.1197,
			ci_high: 73.0305,
			suppress: false,
			as_of: '2016-07'
		});
	});

	it('keeps the cells O*NET recommends suppressing, flagged (15-1242.00 categories 7 and 8)', () => {
		const rw = t.experience_requirements.filter((e) => e.onet_code === '15-1242.00' && e.scale === 'related_experience');
		expect(rw).toHaveLength(11);
		expect(rw.filter((e) => e.suppress).map((e) => [e.category, e.pct])).toEqual([
			[7, 27.99],
			[8, 52.72]
		]);
	});

	it('reads n/a as null, and an n/a Recommend Suppress (occupational experts) as not suppressed', () => {
		expect(one(t.experience_requirements, (e) => e.onet_code === '15-1299.08' && e.scale === 'education' && e.category === 3)).toMatchObject({
			pct: 40.91,
			n: 22,
			std_error: null,
			ci_low: null,
			ci_high: null,
			suppress: false,
			as_of: '2024-08'
		});
		// A zero share has a standard error but no interval.
		expect(one(t.experience_requirements, (e) => e.onet_code === '11-3021.00' && e.scale === 'related_experience' && e.category === 1)).toMatchObject({
			pct: 0,
			std_error: 0,
			ci_low: null,
			ci_high: null
		});
	});

	it('names the four scales and does not keep the importance (IM) rows', () => {
		const count = (scale: string) => t.experience_requirements.filter((e) => e.scale === scale).length;
		expect(['education', 'related_experience', 'onsite_training', 'on_the_job_training'].map(count)).toEqual([36, 33, 27, 27]);
		expect(one(t.experience_requirements, (e) => e.onet_code === '15-1242.00' && e.scale === 'on_the_job_training' && e.category === 1).category_label).toBe(
			'None or short demonstration'
		);
	});
});

describe('technologies, related occupations, tasks', () => {
	it('reads Hot Technology and In Demand as booleans, the UNSPSC code as text', () => {
		expect(one(t.technologies, (x) => x.onet_code === '11-3021.00' && x.example === 'Amazon Web Services AWS software')).toEqual({
			onet_code: '11-3021.00',
			soc_code: '11-3021',
			example: 'Amazon Web Services AWS software',
			commodity_code: '43232306',
			commodity_title: 'Data base user interface and query software',
			hot: true,
			in_demand: true
		});
		expect(t.technologies.some((x) => !x.hot && !x.in_demand)).toBe(true);
	});

	it('15-1232.00: the first related occupation is 15-1252.00', () => {
		const rel = t.related_occupations.filter((r) => r.onet_code === '15-1232.00').sort((a, b) => a.rank - b.rank);
		expect(rel[0]).toEqual({
			onet_code: '15-1232.00',
			related_onet_code: '15-1252.00',
			soc_code: '15-1232',
			related_soc_code: '15-1252',
			tier: 'primary_short',
			rank: 1
		});
		expect(rel.map((r) => r.tier)).toEqual(['primary_short', 'primary_short', 'primary_long', 'primary_long', 'supplemental']);
	});

	it('keeps quotes inside a task (O*NET does not quote fields) and reads Task Type n/a as null', () => {
		expect(one(t.tasks, (x) => x.task_id === 15287)).toEqual({
			onet_code: '11-1031.00',
			soc_code: '11-1031',
			task_id: 15287,
			task: 'Conduct "head counts" to help predict the outcome of upcoming votes.',
			task_type: null
		});
		expect(new Set(t.tasks.map((x) => x.task_type))).toEqual(new Set(['core', 'supplemental', null]));
	});
});

describe('titles and interests', () => {
	it('keeps alternate titles and their short forms, one "CTO" for two alternates', () => {
		const ceo = t.titles.filter((x) => x.onet_code === '11-1011.00');
		expect(ceo.map((x) => [x.kind, x.title])).toEqual([
			['alternate', 'Chief Technical Officer (CTO)'],
			['short', 'CTO'],
			['alternate', 'Chief Technology Officer (CTO)']
		]);
		expect(records['Alternate Titles']!.warnings).toEqual(['52 titles (alternate and short); 1 listed twice for the same occupation, kept once']);
		expect(ceo.every((x) => x.shown_in_my_next_move === null && x.soc_code === '11-1011')).toBe(true);
	});

	it('reads reported titles with Shown in My Next Move', () => {
		expect(one(t.titles, (x) => x.title === 'Business Systems Analyst' && x.kind === 'reported')).toEqual({
			soc_code: '15-1211',
			onet_code: '15-1211.00',
			title: 'Business Systems Analyst',
			kind: 'reported',
			shown_in_my_next_move: true
		});
		expect(one(t.titles, (x) => x.title === 'Data Processing Manager' && x.kind === 'reported').shown_in_my_next_move).toBe(false);
	});

	it('folds the interest high-points into the RIASEC rows (11-3021.00: Conventional, Enterprising, Investigative)', () => {
		const rows = t.interests.filter((x) => x.onet_code === '11-3021.00');
		expect(rows.map((x) => [x.interest, x.score, x.high_point_rank])).toEqual([
			['Realistic', 2.56, null],
			['Investigative', 4.42, 3],
			['Artistic', 1.5, null],
			['Social', 2.41, null],
			['Enterprising', 5.09, 2],
			['Conventional', 5.72, 1]
		]);
		expect(t.interests).toHaveLength(7 * 6);
	});
});

it('every row meets the contract', () => {
	for (const [name, rows] of Object.entries(t)) checkTableRows(name as keyof typeof tableSchemas, rows);
});
