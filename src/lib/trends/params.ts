/** The /trends link: ?role=15-1242 (one detailed occupation) and &dollars=constant|current. */
import { reportUnknownParams, type ParamProblem } from '$lib/link-params';

export const defaultTrendRole = '11-3021';
export type DollarMode = 'current' | 'constant';

export function trendParams(params: URLSearchParams, known: ReadonlyMap<string, string>): { role: string; mode: DollarMode; problems: ParamProblem[] } {
	const problems: ParamProblem[] = [];
	let role = defaultTrendRole;
	let mode: DollarMode = 'current';
	const roles = params.getAll('role');
	if (roles.length > 1) problems.push({ param: 'role', message: `"role" was given ${roles.length} times; using the first.` });
	const r = roles[0]?.trim();
	if (r !== undefined && r !== '') {
		if (!/^\d{2}-\d{4}$/.test(r))
			problems.push({ param: 'role', message: `“${r.slice(0, 30)}${r.length > 30 ? '…' : ''}” is not an occupation code (codes look like 15-1242).` });
		else if (!known.has(r)) problems.push({ param: 'role', message: `There is no detailed occupation ${r} in the BLS data.` });
		else role = r;
	}
	const d = params.get('dollars');
	if (d !== null) {
		if (d === 'current' || d === 'constant') mode = d;
		else problems.push({ param: 'dollars', message: `“${d.slice(0, 20)}” is not a dollar setting (current or constant).` });
	}
	reportUnknownParams(params, ['role', 'dollars'], problems);
	return { role, mode, problems };
}

export function trendHref(base: string, role: string, mode: DollarMode): string {
	const p = new URLSearchParams();
	if (role !== defaultTrendRole) p.set('role', role);
	if (mode !== 'current') p.set('dollars', mode);
	const qs = p.toString();
	return qs ? `${base}?${qs}` : base;
}
