/**
 * The article's two ladders as path searches: from each track's entry-level occupations to its
 * senior ones. These pairs are searched at build time, so their links show with no engine.
 */
import type { LadderRole } from '$lib/occupation/rows';
import type { Pair } from './load';
import { defaultPair } from './params';

export function ladderPairs(roles: LadderRole[]): Pair[] {
	const pairs = new Map<string, Pair>([[`${defaultPair.from}>${defaultPair.to}`, defaultPair]]);
	for (const track of ['IT', 'IS'] as const) {
		const at = (level: LadderRole['level']) => [...new Set(roles.filter((r) => r.track === track && r.level === level).map((r) => r.soc_code))];
		for (const from of at('entry')) for (const to of at('senior')) if (from !== to) pairs.set(`${from}>${to}`, { from, to });
	}
	return [...pairs.values()];
}
