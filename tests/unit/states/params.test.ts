import { expect, test } from 'vitest';
import { stateCodeFromParam, stateMeasures, stateValueColumns } from '$lib/states/params';
import { wageValueColumns } from '$lib/schema/tables';

test('a state code from a link: two letters, any case, trimmed', () => {
	expect(stateCodeFromParam(' ny ')).toBe('NY');
	expect(stateCodeFromParam('tx')).toBe('TX');
	expect(stateCodeFromParam('New York')).toBeNull();
	expect(stateCodeFromParam('<script>')).toBeNull();
	expect(stateCodeFromParam('')).toBeNull();
	expect(stateCodeFromParam(null)).toBeNull();
	expect(stateCodeFromParam(undefined)).toBeNull();
});

test('the measures a map shows are value columns of a state row, which are the contract’s', () => {
	for (const m of stateMeasures) expect(stateValueColumns).toContain(m);
	for (const c of stateValueColumns) expect(wageValueColumns).toContain(c);
});
