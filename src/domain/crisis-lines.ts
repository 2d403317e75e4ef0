/**
 * UK crisis support, as in DESIGN.md §5. The one place these numbers and their wording live:
 * check against the sources before changing anything here. Everything else that shows a number
 * (replies, SMS answers, the pages served from src/http) takes it from here; the static pages in
 * public/ are checked against it by tests/unit/public-crisis-numbers.test.ts.
 */
export const crisisNumbers = {
  emergency: '999',
  samaritans: '116 123',
  /** Takes texts only (the word SHOUT). */
  shout: '85258',
  /** NHS 111 in England, NHS 24 in Scotland: the same number. */
  nhs: '111',
  breathingSpace: '0800 83 85 87',
} as const;

const { emergency, samaritans, shout, nhs, breathingSpace } = crisisNumbers;

export const crisisLines = {
  emergency: `If you are in immediate danger, call ${emergency} or go to A&E.`,
  samaritans: `Samaritans: call ${samaritans} (free, any time).`,
  shout: `Shout: text SHOUT to ${shout} (any time).`,
  nhs111England: `NHS 111: call ${nhs} and choose the mental health option (option 2), any time.`,
  nhs24Scotland: `NHS 24 mental health hub: call ${nhs}, any time.`,
  breathingSpaceScotland: `Breathing Space: call ${breathingSpace} (Monday to Thursday 6pm to 2am; Friday 6pm to Monday 6am).`,
  nhs111EitherNation: `NHS: call ${nhs} any time (in England choose the mental health option, option 2; in Scotland it is NHS 24).`,
} as const;

/**
 * The short numbers in the lines above that people call (Shout's 85258 takes texts only), as they
 * are written after "call": web chat shows them as tap-to-call links. The longer numbers
 * (0800 83 85 87) are ordinary phone numbers and are found as such.
 */
export const crisisCallNumbers: readonly string[] = [emergency, nhs, samaritans];

/** A number as a `tel:` link's target: "116 123" → "tel:116123". */
export function telHref(number: string): string {
  return `tel:${number.replaceAll(' ', '')}`;
}

/** The UK-wide lines, for anyone anywhere. */
export const ukUrgentHelpLines: readonly string[] = [crisisLines.emergency, crisisLines.samaritans, crisisLines.shout];

/** The short urgent-help text used in the welcome, help, and when something went wrong. */
export function urgentHelpText(): string {
  return ['If you need help now:', ...ukUrgentHelpLines.map((line) => `- ${line}`)].join('\n');
}
