/**
 * What the explorer's industry and price choices add to its view: the extras its columns need,
 * and the sources, releases and file-name parts of its CSV.
 */
import type { ExplorerFilters } from '$lib/explorer/params';
import { oewsIndustryRelease, oewsIndustrySource } from '$lib/industries/params';
import type { SectorRow } from '$lib/industries/rows';
import { rppRelease, rppSource } from '$lib/prices/prices';

export function explorerExtras(
	f: Pick<ExplorerFilters, 'industry' | 'state' | 'prices'>,
	data: { sectors: SectorRow[]; rpps: Record<string, number> },
	r: { state_year: number | null }
) {
	const s = f.industry ? data.sectors.find((x) => x.naics === f.industry) : undefined;
	const sector = s ? { naics: s.naics, title: s.naics_title, year: s.year } : null;
	// A territory has no RPP: its pay stays as published (null), and the columns say so.
	const rpp = f.state && f.prices === 'us' ? (data.rpps[f.state] ?? null) : null;
	const sources: string[] = [];
	const releases: string[] = [];
	const fileParts: string[] = [];
	if (sector) {
		sources.push(oewsIndustrySource(sector.year));
		releases.push(oewsIndustryRelease(sector.year));
		fileParts.push(`industry-${sector.naics}`);
	}
	if (rpp !== null && r.state_year) {
		sources.push(rppSource(r.state_year));
		releases.push(rppRelease(r.state_year));
		fileParts.push('us-average-prices');
	}
	const tail = (xs: string[]) => xs.map((x) => `; ${x}`).join('');
	return { more: { rpp, sector }, source: tail(sources), release: tail(releases), fileParts };
}
