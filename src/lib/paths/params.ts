/** Which pair a paths link names: ?from=15-1232&to=11-3021, two known SOC detailed codes. */
import { reportUnknownParams, type ParamProblem } from '$lib/link-params';
import { socCode } from '$lib/schema/tables';
import type { Pair } from './load';

/** The default pair: both article ladders start at 15-1232 (IT support, help desk) and end at 11-3021 (IT director, CIO). */
export const defaultPair: Pair = { from: '15-1232', to: '11-3021' };

export const pathHref = (base: string, p: Pair) => `${base}?from=${p.from}&to=${p.to}`;

export function pairFromParams(params: URLSearchParams, known: ReadonlyMap<string, string>): { pair: Pair; problems: ParamProblem[] } {
	const problems: ParamProblem[] = [];
	reportUnknownParams(params, ['from', 'to'], problems);
	const side = (key: 'from' | 'to'): string => {
		const raw = params.get(key)?.trim();
		if (!raw) return defaultPair[key];
		const what = key === 'from' ? 'start' : 'goal';
		const shown = `${raw.slice(0, 30)}${raw.length > 30 ? '…' : ''}`;
		if (!socCode.safeParse(raw).success)
			problems.push({ param: key, message: `“${shown}” (${key}) is not an occupation code (codes look like 15-1232); the default ${what} is used.` });
		else if (!known.has(raw))
			problems.push({ param: key, message: `There is no detailed occupation ${raw} (${key}) with O*NET related occupations; the default ${what} is used.` });
		else return raw;
		return defaultPair[key];
	};
	const pair = { from: side('from'), to: side('to') };
	if (pair.from === pair.to) problems.push({ param: 'to', message: `The start and the goal are the same occupation (${pair.from}): choose another goal.` });
	return { pair, problems };
}
