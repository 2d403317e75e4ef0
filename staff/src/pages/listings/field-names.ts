/** How the form names each listing field (by its last name in the path). */
const fieldNames: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  status: 'status',
  organization: 'organisation',
  website: 'website',
  categories: 'categories',
  accessibility: 'accessibility',
  languages: 'languages',
  email: 'email',
  url: 'link',
  how_to_join: 'how to join',
  assured_date: 'last checked',
  location_type: 'in person or online',
  address_1: 'address',
  city: 'town or city',
  postal_code: 'postcode',
  latitude: 'latitude',
  longitude: 'longitude',
  freq: 'how often',
  interval: 'every how many',
  byday: 'days',
  bymonthday: 'days of the month',
  dtstart: 'first session',
  until: 'last session',
  valid_from: 'valid from',
  valid_to: 'valid to',
  opens_at: 'starts at',
  closes_at: 'ends at',
  option: 'what the cost is for',
  amount: 'amount',
  number: 'number',
};

const listNames: Readonly<Record<string, string>> = {
  locations: 'Place',
  schedules: 'Schedule',
  cost_options: 'Cost',
  phones: 'Phone',
  languages: 'Language',
};

/**
 * A field's path as the API names it, in the form's words:
 * `schedules[0].byday` → "Schedule 1: days", `organization.name` → "Organisation: name".
 */
export function fieldName(key: string): string {
  const parts = key.split('.').map((part) => {
    const item = /^(\w+)\[(\d+)\]$/.exec(part);
    if (item !== null) return `${listNames[item[1] ?? ''] ?? item[1] ?? ''} ${Number(item[2]) + 1}`;
    return fieldNames[part] ?? part;
  });
  const text = parts.join(': ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
