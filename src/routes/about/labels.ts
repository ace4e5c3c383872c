/** Words the about page's sections share: SOC vintages and release spans. */
import { epLabel } from '$lib/vocabulary';

export const socVersions = ['2010', '2018-hybrid', '2018'] as const;
export const socVersionLabel: Record<string, string> = { '2010': 'SOC 2010', '2018-hybrid': 'Hybrid SOC 2018', '2018': 'SOC 2018' };

/** "2024–34" for an EP release row. */
export const epName = (e: { period_start: number; period_end: number }) => epLabel({ ep_start: e.period_start, ep_end: e.period_end });

/** "May 2014 – May 2018", "May 2019", or "—" for none. */
export const mayRange = (years: number[]) =>
	years.length === 0 ? '—' : years.length === 1 ? `May ${years[0]}` : `May ${years[0]} – May ${years[years.length - 1]}`;

/** Which OEWS and EP releases used each SOC vintage. */
export function versionRows(oews: { year: number; soc_version: string }[], ep: { period_start: number; period_end: number; soc_version: string }[]) {
	return socVersions.map((v) => ({
		version: v,
		oews: mayRange(oews.filter((o) => o.soc_version === v).map((o) => o.year)),
		ep: ep.filter((e) => e.soc_version === v).map(epName)
	}));
}
