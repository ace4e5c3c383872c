import type { ProjectionRow } from '../../src/lib/schema/tables';

/**
 * SOC vintage of a BLS release by its reference year. OEWS May 2019–2020 and EP 2019–29,
 * 2020–30 used hybrid codes (e.g. 15-1245); earlier releases SOC 2010, later ones SOC 2018.
 */
export function socVersionOf(year: number): ProjectionRow['soc_version'] {
	if (year <= 2018) return '2010';
	if (year <= 2020) return '2018-hybrid';
	return '2018';
}
