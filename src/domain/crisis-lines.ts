/**
 * UK crisis support, as in DESIGN.md §5. The one place these numbers and their wording live:
 * check against the sources before changing anything here.
 */
export const crisisLines = {
  emergency: 'If you are in immediate danger, call 999 or go to A&E.',
  samaritans: 'Samaritans: call 116 123 (free, any time).',
  shout: 'Shout: text SHOUT to 85258 (any time).',
  nhs111England: 'NHS 111: call 111 and choose the mental health option (option 2), any time.',
  nhs24Scotland: 'NHS 24 mental health hub: call 111, any time.',
  breathingSpaceScotland: 'Breathing Space: call 0800 83 85 87 (Monday to Thursday 6pm to 2am; Friday 6pm to Monday 6am).',
  nhs111EitherNation: 'NHS: call 111 any time (in England choose the mental health option, option 2; in Scotland it is NHS 24).',
} as const;

/**
 * The short numbers in the lines above that people call (Shout's 85258 takes texts only), as they
 * are written after "call": web chat shows them as tap-to-call links. The longer numbers
 * (0800 83 85 87) are ordinary phone numbers and are found as such.
 */
export const crisisCallNumbers: readonly string[] = ['999', '111', '116 123'];

/** The UK-wide lines, for anyone anywhere. */
export const ukUrgentHelpLines: readonly string[] = [crisisLines.emergency, crisisLines.samaritans, crisisLines.shout];

/** The short urgent-help text used in the welcome, help, and when something went wrong. */
export function urgentHelpText(): string {
  return ['If you need help now:', ...ukUrgentHelpLines.map((line) => `- ${line}`)].join('\n');
}
