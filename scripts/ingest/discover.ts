/**
 * Finds the BLS files in a raw folder (recursively) and assigns each to its slot by the name
 * BLS gives it. Contents are checked by each source's parser, so a file in the wrong slot
 * fails there with a message about what it looks like.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { IngestError } from './errors';
import { onetFileNames, type OnetFileName } from './sources/onet-files';

export type Slot =
	| { kind: 'ep'; path: string; file: string }
	| { kind: 'oews-national'; path: string; file: string; year: number }
	| { kind: 'oews-state'; path: string; file: string; year: number }
	| { kind: 'cpi'; path: string; file: string }
	| { kind: 'soc-structure'; path: string; file: string }
	| { kind: 'soc-definitions'; path: string; file: string }
	| { kind: 'soc-crosswalk'; path: string; file: string }
	| { kind: 'onet'; path: string; file: string; name: OnetFileName }
	| { kind: 'oews-industry'; path: string; file: string; year: number }
	| { kind: 'bea-rpp'; path: string; file: string };

/** O*NET text files by name: "Occupation Data.txt" → Occupation Data. */
const onetByName = new Map<string, OnetFileName>(onetFileNames.map((n) => [n.toLowerCase(), n]));
const onetPattern = new RegExp(`^(${onetFileNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.txt$`, 'i');

export interface Discovered {
	slots: Slot[];
	ignored: string[];
}

const patterns: [RegExp, (m: RegExpMatchArray, path: string, file: string) => Slot][] = [
	[/^(ep_\d{4}_\d{4}|employment projections.*)\.csv$/i, (_, path, file) => ({ kind: 'ep', path, file })],
	[/^national_M(\d{4})_dl\.xlsx$/i, (m, path, file) => ({ kind: 'oews-national', path, file, year: Number(m[1]) })],
	[/^state_M(\d{4})_dl.*\.(csv|xlsx)$/i, (m, path, file) => ({ kind: 'oews-state', path, file, year: Number(m[1]) })],
	[/^cu\.data\.1\.AllItems(\.txt)?$/i, (_, path, file) => ({ kind: 'cpi', path, file })],
	[/^soc_structure_2018\.xlsx$/i, (_, path, file) => ({ kind: 'soc-structure', path, file })],
	[/^soc_2018_definitions\.xlsx$/i, (_, path, file) => ({ kind: 'soc-definitions', path, file })],
	[/^soc_2010_to_2018_crosswalk\.xlsx$/i, (_, path, file) => ({ kind: 'soc-crosswalk', path, file })],
	[/^natsector_M(\d{4})_dl\.xlsx$/i, (m, path, file) => ({ kind: 'oews-industry', path, file, year: Number(m[1]) })],
	[/^SARPP_STATE_\d{4}_\d{4}\.csv$/i, (_, path, file) => ({ kind: 'bea-rpp', path, file })],
	[onetPattern, (m, path, file) => ({ kind: 'onet', path, file, name: onetByName.get(m[1]!.toLowerCase())! })]
];

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const out: string[] = [];
	for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		if (e.name.startsWith('.')) continue;
		const p = join(dir, e.name);
		// Follow symbolic links (a raw folder of links to the shared files); skip dangling ones.
		const target = e.isSymbolicLink() ? await stat(p).catch(() => undefined) : e;
		if (target?.isDirectory()) out.push(...(await walk(p)));
		else if (target?.isFile()) out.push(p);
	}
	return out;
}

export async function discover(rawDir: string): Promise<Discovered> {
	try {
		if (!(await stat(rawDir)).isDirectory()) throw new Error('not a folder');
	} catch {
		throw new IngestError(rawDir, 'the raw data folder does not exist or is not a folder');
	}
	const slots: Slot[] = [];
	const ignored: string[] = [];
	for (const path of await walk(rawDir)) {
		const file = relative(rawDir, path);
		const name = basename(path);
		const hit = patterns.find(([re]) => re.test(name));
		if (!hit) {
			if (!/\.(md|gitkeep)$/i.test(name)) ignored.push(file);
			continue;
		}
		slots.push(hit[1](name.match(hit[0])!, path, file));
	}
	for (const [kind, label] of [
		['soc-structure', 'soc_structure_2018.xlsx'],
		['soc-crosswalk', 'soc_2010_to_2018_crosswalk.xlsx'],
		['cpi', 'cu.data.1.AllItems'],
		['ep', 'an Employment Projections CSV (ep_YYYY_YYYY.csv)'],
		['oews-national', 'an OEWS national file (national_MYYYY_dl.xlsx)']
	] as const) {
		if (!slots.some((s) => s.kind === kind)) throw new IngestError(rawDir, `no ${label} found in the raw folder`);
	}
	for (const kind of ['oews-national', 'oews-state'] as const) {
		const years = new Map<number, string>();
		for (const s of slots) {
			if (s.kind !== kind) continue;
			const other = years.get(s.year);
			if (other) throw new IngestError(s.file, `a second ${kind} file for May ${s.year} (the other is ${other}); keep one`);
			years.set(s.year, s.file);
		}
	}
	checkOnetSet(slots, ignored);
	for (const kind of ['cpi', 'soc-structure', 'soc-definitions', 'soc-crosswalk', 'oews-industry', 'bea-rpp'] as const) {
		const files = slots.filter((s) => s.kind === kind).map((s) => s.file);
		if (files.length > 1) throw new IngestError(files[1]!, `more than one file for ${kind}: ${files.join(', ')}; keep one`);
	}
	return { slots, ignored };
}

/**
 * The O*NET files are optional, but they are joined to each other, so they come as a set: all of
 * them in one folder. ("Read Me.txt" is a common name: it counts as O*NET's only beside them.)
 */
function checkOnetSet(slots: Slot[], ignored: string[]) {
	const onet = slots.filter((s): s is Extract<Slot, { kind: 'onet' }> => s.kind === 'onet');
	const data = onet.filter((s) => s.name !== 'Read Me');
	const folder = (s: Slot) => dirname(s.path);
	for (let i = slots.length - 1; i >= 0; i--) {
		const s = slots[i]!;
		if (s.kind === 'onet' && s.name === 'Read Me' && !data.some((d) => folder(d) === folder(s))) ignored.push(...slots.splice(i, 1).map((x) => x.file));
	}
	if (data.length === 0) return;
	const kept = slots.filter((s): s is Extract<Slot, { kind: 'onet' }> => s.kind === 'onet');
	for (const s of kept) {
		if (folder(s) !== folder(kept[0]!)) throw new IngestError(s.file, `O*NET files in two folders (also ${kept[0]!.file}); keep one set`);
	}
	const missing = onetFileNames.filter((n) => !kept.some((s) => s.name === n));
	if (missing.length) throw new IngestError(dirname(kept[0]!.file), `the O*NET files are incomplete: no ${missing.map((n) => `"${n}.txt"`).join(', ')}`);
}
