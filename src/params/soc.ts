import type { ParamMatcher } from '@sveltejs/kit';

/** A detailed SOC code such as 15-1242. */
export const match: ParamMatcher = (param) => /^\d{2}-\d{4}$/.test(param);
