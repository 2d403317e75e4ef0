import { describe, expect, it } from 'vitest';
import { connectionQuestions, parseYesNoSkip, yesNoSkipChoices } from '../../src/domain/wellbeing/social-connection';

describe('connectionQuestions', () => {
  it('asks about a close friend, then about activities in the last month', () => {
    expect(connectionQuestions).toEqual([
      { id: 'closeFriend', text: 'Do you have a close friend you can talk to?' },
      { id: 'tookPart', text: 'In the last month, did you take part in any leisure or community activities?' },
    ]);
  });

  it('offers Yes, No and Skip in that order', () => {
    expect(yesNoSkipChoices).toEqual(['Yes', 'No', 'Skip']);
  });
});

describe('parseYesNoSkip', () => {
  it.each([
    ['yes', 'yes'],
    ['Yes', 'yes'],
    ['YES!', 'yes'],
    ['y', 'yes'],
    ['yeah', 'yes'],
    ['yep', 'yes'],
    ['I do', 'yes'],
    ['I did', 'yes'],
    ['1', 'yes'],
    ['no', 'no'],
    ['n', 'no'],
    ['Nope', 'no'],
    ['not really', 'no'],
    ['I dont', 'no'],
    ["I don't", 'no'],
    ['I don’t', 'no'],
    ['I didn’t', 'no'],
    ["i didn't.", 'no'],
    ['2', 'no'],
    ['skip', 'skip'],
    ['Skip', 'skip'],
    ['pass', 'skip'],
    ['Prefer not to say', 'skip'],
    ['not now', 'skip'],
    ['3', 'skip'],
  ] as const)('reads %j as %s', (text, answer) => {
    expect(parseYesNoSkip(text)).toBe(answer);
  });

  it.each([undefined, '', '   ', 'maybe', '4', '0', 'yes and no', 'I have a friend but we do not talk much'])(
    'finds no answer in %j',
    (text) => {
      expect(parseYesNoSkip(text)).toBeUndefined();
    },
  );

  it('reads each button label as its own answer', () => {
    expect(yesNoSkipChoices.map((label) => parseYesNoSkip(label))).toEqual(['yes', 'no', 'skip']);
  });
});
