import { accessibilityLabels, isFree, type Activity } from './activity';
import type { ActivityResult } from './activity-search';
import { formatOccurrence } from './schedule-description';

/** What taking part costs, in words: "Free", or "£3 per session". */
export function costText(activity: Pick<Activity, 'cost_options'>): string {
  if (isFree(activity)) return 'Free';
  const paid = activity.cost_options.filter((option) => option.amount > 0);
  return paid.map((option) => `£${option.amount % 1 === 0 ? option.amount : option.amount.toFixed(2)} ${option.option}`.trim()).join(' or ');
}

/** Where a result happens: the place and how far, or online. */
export function placeText(result: Pick<ActivityResult, 'activity' | 'distanceKm' | 'online'>): string {
  const physical = result.activity.locations.find((location) => location.location_type === 'physical');
  if (physical === undefined) return 'Online';
  const distance = result.distanceKm === undefined ? '' : `, ${result.distanceKm < 10 ? result.distanceKm.toFixed(1) : Math.round(result.distanceKm)} km away`;
  const alsoOnline = result.online ? ' (or online)' : '';
  return `${physical.name}, ${physical.postal_code}${distance}${alsoOnline}`;
}

/** The accessibility a listing promises, in words; empty when it lists none. */
export function accessibilityText(activity: Pick<Activity, 'accessibility'>): string {
  return activity.accessibility.map((id) => accessibilityLabels[id]).join(', ');
}

/** One short line of a numbered list (SMS): "2. Salford Striders: Tuesday, 10am to 12pm, Buile Hill Park, M6 (0.8 km), Free". */
export function resultLine(position: number, result: ActivityResult, now: number): string {
  return `${position}. ${result.activity.name}: ${formatOccurrence(result.next, now)}, ${placeText(result)}, ${costText(result.activity)}`;
}

/** Everything about one result, one fact per line, for details on any channel. */
export function resultDetails(result: ActivityResult, now: number): string[] {
  const { activity } = result;
  const access = accessibilityText(activity);
  const phone = activity.phones[0]?.number;
  return [
    activity.name,
    `Next: ${formatOccurrence(result.next, now)}`,
    `Where: ${placeText(result)}`,
    `Cost: ${costText(activity)}`,
    ...(access === '' ? [] : [`Access: ${access}`]),
    `How to join: ${activity.how_to_join}`,
    ...(phone === undefined ? [] : [`Phone: ${phone}`]),
    `Run by ${activity.organization.name}`,
  ];
}
