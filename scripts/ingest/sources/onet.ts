/**
 * The O*NET 29.2 text files as one source: each file is parsed on its own as the ingest meets it
 * (so the manifest has its rows read and kept), then `build` joins them into the O*NET tables and
 * checks what links them, naming the file, row and column of anything that does not fit: codes
 * that Occupation Data lacks, elements the Content Model names differently, values outside the
 * range Scales Reference gives their scale.
 */
import { readFile } from 'node:fs/promises';
import type { TableRows } from '../../../src/lib/schema/tables';
import { IngestError } from '../errors';
import { readTabTable } from '../tab-text';
import { decodeUtf8 } from '../table';
import { buildExperience, parseEte, parseEteCategories, type EteResult } from './onet-experience';
import { onetFileNames, socOf, type OnetFileName, type Parsed } from './onet-files';
import { parseInterests, type InterestsResult } from './onet-interests';
import {
	parseAlternateTitles,
	parseRelatedOccupations,
	parseReportedTitles,
	parseTaskStatements,
	parseTechnologySkills,
	type TitlesResult
} from './onet-lists';
import {
	parseContentModel,
	parseJobZoneReference,
	parseJobZones,
	parseOccupationData,
	parseOnetReadMe,
	parseScalesReference,
	type OccupationRaw,
	type OnetRelease,
	type Scale
} from './onet-occupations';

export interface OnetSlot {
	path: string;
	file: string;
	name: OnetFileName;
}

export type OnetTables = Pick<
	TableRows,
	'onet_occupations' | 'experience_requirements' | 'technologies' | 'related_occupations' | 'tasks' | 'titles' | 'interests'
>;

/** Scales the kept rows are on: the four experience distributions and the two interest scales. */
const usedScales = ['RL', 'RW', 'PT', 'OJ', 'OI', 'IH'];

interface OnetParsed {
	'Read Me': OnetRelease & { lines: number };
	'Occupation Data': Parsed<OccupationRaw>[];
	'Job Zones': Parsed<{ code: string; zone: number }>[];
	'Job Zone Reference': Map<number, string>;
	'Technology Skills': Parsed<TableRows['technologies'][number]>[];
	'Related Occupations': Parsed<TableRows['related_occupations'][number]>[];
	'Task Statements': Parsed<TableRows['tasks'][number]>[];
	'Education, Training, and Experience': EteResult;
	'Education, Training, and Experience Categories': Map<string, string>;
	'Alternate Titles': TitlesResult;
	'Sample of Reported Titles': Parsed<TableRows['titles'][number]>[];
	Interests: InterestsResult;
	'Scales Reference': Map<string, Scale>;
	'Content Model Reference': Map<string, string>;
}

export class OnetSource {
	private parsed: Partial<OnetParsed> = {};
	private release?: OnetRelease & { lines: number };

	constructor(private readonly slots: OnetSlot[]) {}

	private fileOf(name: OnetFileName): string {
		const slot = this.slots.find((s) => s.name === name);
		if (!slot) throw new IngestError(this.slots[0]?.file ?? 'onet', `the O*NET files are incomplete: no ${name}.txt`);
		return slot.file;
	}

	/** "O*NET 29.2 (February 2025)", from Read Me.txt, read first whatever the order of the files. */
	private async releaseName(): Promise<string> {
		if (!this.release) {
			const slot = this.slots.find((s) => s.name === 'Read Me');
			if (!slot) throw new IngestError(this.slots[0]?.file ?? 'onet', 'the O*NET files are incomplete: no Read Me.txt (it names the release)');
			this.release = parseOnetReadMe(decodeUtf8(new Uint8Array(await readFile(slot.path)), slot.file), slot.file);
		}
		return `${this.release.version} (${this.release.month})`;
	}

	/** Parses one file; returns what the manifest records about it. */
	async add(slot: OnetSlot): Promise<{ release: string; read: number; kept: number; warnings?: string[] }> {
		const release = await this.releaseName();
		const p = this.parsed;
		if (slot.name === 'Read Me') {
			// Kept: the two lines that name the release.
			p['Read Me'] = this.release!;
			return { release, read: this.release!.lines, kept: 2 };
		}
		const table = await readTabTable(slot.path, slot.file);
		const read = Math.max(0, table.rows.length - 1);
		const done = (kept: number, warnings?: string[]) => ({ release, read, kept, warnings });
		switch (slot.name) {
			case 'Occupation Data':
				return done((p[slot.name] = parseOccupationData(table)).length);
			case 'Job Zones':
				return done((p[slot.name] = parseJobZones(table)).length);
			case 'Job Zone Reference':
				return done((p[slot.name] = parseJobZoneReference(table)).size);
			case 'Technology Skills':
				return done((p[slot.name] = parseTechnologySkills(table)).length);
			case 'Related Occupations':
				return done((p[slot.name] = parseRelatedOccupations(table)).length);
			case 'Task Statements':
				return done((p[slot.name] = parseTaskStatements(table)).length);
			case 'Education, Training, and Experience':
				return done((p[slot.name] = parseEte(table)).rows.length);
			case 'Education, Training, and Experience Categories':
				return done((p[slot.name] = parseEteCategories(table)).size);
			case 'Alternate Titles': {
				const r = (p[slot.name] = parseAlternateTitles(table));
				// Kept counts lines; a line gives an alternate title and often a short one.
				return done(r.linesKept, [
					`${r.rows.length} titles (alternate and short)${r.repeated ? `; ${r.repeated} listed twice for the same occupation, kept once` : ''}`
				]);
			}
			case 'Sample of Reported Titles':
				return done((p[slot.name] = parseReportedTitles(table)).length);
			case 'Interests':
				return done((p[slot.name] = parseInterests(table)).rows.length);
			case 'Scales Reference': {
				const scales = (p[slot.name] = parseScalesReference(table));
				return done(usedScales.filter((s) => scales.has(s)).length);
			}
			case 'Content Model Reference':
				return done((p[slot.name] = parseContentModel(table)).size);
		}
	}

	private need<K extends OnetFileName>(name: K): OnetParsed[K] {
		const v = this.parsed[name];
		if (v === undefined) throw new IngestError(this.fileOf(name), 'the file was found but not read');
		return v as OnetParsed[K];
	}

	/** Joins the files into the O*NET tables, checking what links them. */
	build(): OnetTables {
		for (const name of onetFileNames) this.need(name);
		const file = (name: OnetFileName) => this.fileOf(name);
		const occupations = this.need('Occupation Data');
		const known = new Set(occupations.map((o) => o.value.code));
		const inOccupationData = <T>(name: OnetFileName, rows: Parsed<T>[], code: (r: T) => string, column = 'O*NET-SOC Code') => {
			for (const { row, value } of rows)
				if (!known.has(code(value))) throw new IngestError(file(name), `${code(value)} is not an occupation in ${file('Occupation Data')}`, { row, column });
		};
		const zones = this.need('Job Zones');
		inOccupationData('Job Zones', zones, (r) => r.code);
		inOccupationData('Technology Skills', this.need('Technology Skills'), (r) => r.onet_code);
		inOccupationData('Related Occupations', this.need('Related Occupations'), (r) => r.onet_code);
		inOccupationData('Related Occupations', this.need('Related Occupations'), (r) => r.related_onet_code, 'Related O*NET-SOC Code');
		inOccupationData('Task Statements', this.need('Task Statements'), (r) => r.onet_code);
		inOccupationData('Alternate Titles', this.need('Alternate Titles').rows, (r) => r.onet_code);
		inOccupationData('Sample of Reported Titles', this.need('Sample of Reported Titles'), (r) => r.onet_code);
		inOccupationData('Interests', this.need('Interests').rows, (r) => r.onet_code);
		inOccupationData('Education, Training, and Experience', this.need('Education, Training, and Experience').rows, (r) => r.code);

		// Element IDs must still mean what the parsers take them to mean, and values stay within
		// the range Scales Reference gives their scale.
		const elements = this.need('Content Model Reference');
		const scales = this.need('Scales Reference');
		for (const id of usedScales)
			if (!scales.has(id)) throw new IngestError(file('Scales Reference'), `no scale ${id}, which the O*NET tables use`, { column: 'Scale ID' });
		const ete = this.need('Education, Training, and Experience').rows;
		const check = (name: OnetFileName, row: number, r: { element: string; element_name: string; scale: string }, value: number) => {
			const expected = elements.get(r.element);
			if (expected !== r.element_name)
				throw new IngestError(
					file(name),
					`element ${r.element} is "${expected ?? 'not there'}" in ${file('Content Model Reference')}, here "${r.element_name}"`,
					{ row, column: 'Element Name' }
				);
			const s = scales.get(r.scale)!;
			if (value < s.min || value > s.max)
				throw new IngestError(file(name), `${value} is outside scale ${r.scale} (${s.name}: ${s.min} to ${s.max})`, { row, column: 'Data Value' });
		};
		for (const { row, value: r } of ete) check('Education, Training, and Experience', row, r, r.pct);
		for (const { row, value: r } of this.need('Interests').cells) check('Interests', row, r, r.value);

		const zoneNames = this.need('Job Zone Reference');
		const zoneOf = new Map(zones.map((z) => [z.value.code, z.value.zone]));
		const strip = <T>(rows: Parsed<T>[]) => rows.map((r) => r.value);
		return {
			onet_occupations: occupations.map(({ value: o }) => {
				const zone = zoneOf.get(o.code) ?? null;
				return {
					onet_code: o.code,
					soc_code: socOf(o.code),
					title: o.title,
					description: o.description,
					job_zone: zone,
					job_zone_label: zone === null ? null : zoneNames.get(zone)!
				};
			}),
			experience_requirements: buildExperience(
				file('Education, Training, and Experience'),
				ete,
				this.need('Education, Training, and Experience Categories'),
				file('Education, Training, and Experience Categories')
			),
			technologies: strip(this.need('Technology Skills')),
			related_occupations: strip(this.need('Related Occupations')),
			tasks: strip(this.need('Task Statements')),
			titles: [...strip(this.need('Alternate Titles').rows), ...strip(this.need('Sample of Reported Titles'))],
			interests: strip(this.need('Interests').rows)
		};
	}
}
