/** Which occupations a compare link names: two to four known detailed codes. */
import { reportUnknownParams, type ParamProblem } from '$lib/link-params';
import { socCode } from '$lib/schema/tables';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
export const defaultCompare = ['11-3021', '15-1212', '15-1242'];

export function compareCodesFromParams(params: URLSearchParams, known: ReadonlyMap<string, string>): { codes: string[]; problems: ParamProblem[] } {
	const problems: ParamProblem[] = [];
	const all = params.getAll('roles');
	reportUnknownParams(params, ['roles'], problems);
	if (all.length === 0) return { codes: defaultCompare, problems };
	const raw = all
		.join(',')
		.slice(0, 2000)
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const codes: string[] = [];
	for (const c of raw) {
		if (!socCode.safeParse(c).success)
			problems.push({ param: 'roles', message: `“${c.slice(0, 30)}${c.length > 30 ? '…' : ''}” is not an occupation code (codes look like 15-1242).` });
		else if (!known.has(c)) problems.push({ param: 'roles', message: `There is no detailed occupation ${c} in the BLS data.` });
		else if (!codes.includes(c)) codes.push(c);
	}
	if (codes.length > MAX_COMPARE) {
		problems.push({ param: 'roles', message: `Up to ${MAX_COMPARE} occupations can be compared; the first ${MAX_COMPARE} are shown.` });
		codes.length = MAX_COMPARE;
	}
	if (codes.length < MIN_COMPARE)
		problems.push({ param: 'roles', message: `Choose at least ${MIN_COMPARE} occupations to compare${codes.length ? '; add one below' : ''}.` });
	return { codes, problems };
}
