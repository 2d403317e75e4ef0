import { matchChoice } from './reply-text';

/** Bump when the consent or privacy wording below changes: each consent records the version it saw. */
export const consentWordingVersion = '2026-11-21.2';

/**
 * The plain-English privacy summary, shown with the consent question (in the same message, so on
 * SMS it fits three segments with the question and its choices, and nobody agrees unseen).
 */
export const privacySummary: readonly string[] = [
  'About your information:',
  '- If you agree, I save what you tell me here (like your goals) to help you keep track. It is health information: kept safely and used only to support you.',
  '- Your Living Well team sees something only if you ask them to contact you.',
  '- See, download or delete it any time: type "my data".',
  '- If you say no, I save nothing about you.',
];

export const consentQuestion = 'Are you happy for me to save what you tell me, as described above?';

/** The privacy summary and the consent question, as one message. */
export function consentPrompt(): string {
  return [...privacySummary, '', consentQuestion].join('\n');
}

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
