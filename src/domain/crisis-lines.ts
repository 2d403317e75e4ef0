/**
 * UK-wide urgent help, checked against DESIGN.md §5. Wording matters: change only with the sources.
 * Nation- and site-specific lines are added by the safety reply (issue 3).
 */
export const ukUrgentHelpLines: readonly string[] = [
  'If you are in immediate danger, call 999 or go to A&E.',
  'Samaritans: call 116 123 (free, 24/7).',
  'Shout: text SHOUT to 85258 (24/7).',
];

/** The short urgent-help text used when something went wrong and we cannot do more. */
export function urgentHelpText(): string {
  return ['If you need help now:', ...ukUrgentHelpLines.map((line) => `- ${line}`)].join('\n');
}
