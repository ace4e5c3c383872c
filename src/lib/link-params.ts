/** What every page that reads its link shares: a named problem, and the rule for unknown settings. */

export interface ParamProblem {
	param: string;
	message: string;
}

/** Every setting of the link that the page does not know, named once, so the rest still applies. */
export function reportUnknownParams(params: URLSearchParams, known: readonly string[], problems: ParamProblem[]) {
	for (const key of params.keys()) {
		if (known.includes(key) || problems.some((p) => p.param === key)) continue;
		problems.push({ param: key, message: `The link has an unknown setting "${key.slice(0, 40)}", which was ignored.` });
	}
}
