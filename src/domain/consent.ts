import { matchChoice } from './reply-text';

/** Bump when the consent or privacy wording below changes: each consent records the version it saw. */
export const consentWordingVersion = '2026-11-21.1';

/** The plain-English privacy summary shown before the consent question. */
export const privacySummary: readonly string[] = [
  'About your information:',
  '- If you agree, I save what you tell me here (like your goals and how they are going) so I can help you keep track. It is health information, so it is kept safely and only used to support you.',
  '- Your Living Well team only sees something if you ask them to contact you.',
  '- You can see it, download it or delete it at any time: type "my data".',
  '- If you say no, I will not save anything about you.',
];

export const consentQuestion = 'Are you happy for me to save what you tell me, as described above?';

export const consentChoices = ['Yes, I agree', 'No thanks'] as const;

export type ConsentAnswer = 'yes' | 'no';

/** Reads a reply to the consent question: the number, the words on the buttons, or a plain yes/no. */
export function matchConsentAnswer(text: string | undefined): ConsentAnswer | undefined {
  return matchChoice<ConsentAnswer>(text, [
    { value: 'yes', names: ['Yes, I agree', 'yes', 'y', 'yeah', 'yep', 'ok', 'okay', 'i agree', 'agree', 'sure', 'yes please'] },
    { value: 'no', names: ['No thanks', 'no', 'n', 'nope', 'no thank you', 'i dont agree', 'dont agree', 'not now'] },
  ]);
}

/** What still works for someone who has not agreed to saving. */
export const withoutConsentText: readonly string[] = [
  "That's fine: I won't save anything about you.",
  'Without saving, you can still:',
  '- get urgent help at any time (type "help"),',
  '- see how to contact a Living Well team,',
  '- search for local activities.',
  'Setting goals and keeping track of them needs saving. If you change your mind, type "agree".',
];
