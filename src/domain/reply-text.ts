/**
 * How short replies are compared: lower case, curly and straight apostrophes dropped,
 * anything but letters and digits turned into single spaces.
 */
export function normaliseReply(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const numberWords: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
};

/** The position a reply names ("2", "2.", "option 2", "two", "second"), 1-based, if it is one. */
export function choiceNumber(text: string): number | undefined {
  const match = /^(?:option |number |no )?(\d{1,2}|[a-z]+)$/.exec(normaliseReply(text));
  const word = match?.[1];
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return numberWords[word];
}

/**
 * Which of `choices` a reply picks: by number, or by one of each choice's names (compared
 * normalised). Only a reply that is just the choice counts, not a sentence that mentions it.
 */
export function matchChoice<T>(text: string | undefined, choices: readonly { readonly value: T; readonly names: readonly string[] }[]): T | undefined {
  if (text === undefined) return undefined;
  const position = choiceNumber(text);
  if (position !== undefined) return choices[position - 1]?.value;
  const reply = normaliseReply(text);
  if (reply === '') return undefined;
  return choices.find((choice) => choice.names.some((name) => normaliseReply(name) === reply))?.value;
}

/** Yes or no, however people type it: the button words, the number (1 = yes, 2 = no), or a plain word. */
export function matchYesNo(text: string | undefined): 'yes' | 'no' | undefined {
  return matchChoice<'yes' | 'no'>(text, [
    { value: 'yes', names: ['yes', 'y', 'yeah', 'yep', 'yes please', 'ok', 'okay', 'sure', 'please', 'go on', 'i do', 'i did'] },
    { value: 'no', names: ['no', 'n', 'nope', 'no thanks', 'no thank you', 'not now', 'not really', 'maybe later', 'later', 'skip'] },
  ]);
}

/**
 * Yes or no to a question whose two buttons say more than that ("Yes, send it" / "No, don't
 * send"): the button's words or number (yes first, no second), or a plain yes or no.
 */
export function matchYesNoChoice(text: string | undefined, buttons: readonly [string, string]): 'yes' | 'no' | undefined {
  return (
    matchChoice<'yes' | 'no'>(text, [
      { value: 'yes', names: [buttons[0]] },
      { value: 'no', names: [buttons[1]] },
    ]) ?? matchYesNo(text)
  );
}
