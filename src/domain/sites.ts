/** The Living Well sites the companion serves, and "somewhere else". */
export const siteIds = ['lambeth', 'edinburgh', 'luton', 'salford', 'tameside-glossop'] as const;
export type SiteId = (typeof siteIds)[number];

/** Where a person said they live: one of the sites, or elsewhere in the UK. */
export type Area = SiteId | 'elsewhere';

export type Nation = 'england' | 'scotland';

export interface Site {
  readonly id: SiteId;
  readonly name: string;
  readonly nation: Nation;
  /** An outward code of the area, given as the example when asking where (a person in Salford is shown M6, not SE11). */
  readonly exampleOutcode: string;
}

/** In the order people are offered them. Edinburgh is in Scotland; the rest in England. */
export const sites: readonly Site[] = [
  { id: 'lambeth', name: 'Lambeth', nation: 'england', exampleOutcode: 'SE11' },
  { id: 'edinburgh', name: 'Edinburgh', nation: 'scotland', exampleOutcode: 'EH6' },
  { id: 'luton', name: 'Luton', nation: 'england', exampleOutcode: 'LU1' },
  { id: 'salford', name: 'Salford', nation: 'england', exampleOutcode: 'M6' },
  { id: 'tameside-glossop', name: 'Tameside & Glossop', nation: 'england', exampleOutcode: 'OL6' },
];

/** The site with this id. */
export function siteById(id: SiteId): Site {
  const site = sites.find((candidate) => candidate.id === id);
  if (site === undefined) throw new Error(`unknown site ${id}`);
  return site;
}

/** The site of an area: none for elsewhere or no area (such a person is in no site's figures). */
export function siteOfArea(area: Area | undefined): SiteId | undefined {
  return area === 'elsewhere' ? undefined : area;
}

/** The nation whose health services apply, if the area tells us. */
export function nationOf(area: Area | undefined): Nation | undefined {
  return area === undefined || area === 'elsewhere' ? undefined : siteById(area).nation;
}
