import { matchChoice } from './reply-text';
import { sites, type Area } from './sites';

export const areaQuestion = 'Which area do you live in?';

/** The choices in order: each site, then "Somewhere else". */
export const areaChoices: readonly { readonly value: Area; readonly label: string; readonly names: readonly string[] }[] = [
  ...sites.map((site) => ({ value: site.id, label: site.name, names: [site.name, ...siteNicknames(site.id)] })),
  { value: 'elsewhere', label: 'Somewhere else', names: ['Somewhere else', 'elsewhere', 'other', 'none', 'none of these', 'not listed'] },
];

/** Reads an answer to the area question: the area's name in any case, or its number. */
export function matchArea(text: string | undefined): Area | undefined {
  return matchChoice(text, areaChoices);
}

function siteNicknames(id: Area): string[] {
  switch (id) {
    case 'tameside-glossop':
      return ['Tameside and Glossop', 'Tameside', 'Glossop'];
    case 'edinburgh':
      return ['Edinburgh', 'Edinbrugh', 'Edinburg'];
    default:
      return [];
  }
}
