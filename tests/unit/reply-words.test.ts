import { describe, expect, it } from 'vitest';
import { isGoalsCommand, matchGlobalCommand, type GlobalCommand, type GoalsCommand } from '../../src/domain/global-command';
import { britishDate, londonIsoDate } from '../../src/domain/local-date';
import { matchYesNo, matchYesNoChoice } from '../../src/domain/reply-text';
import { isSkipNote } from '../../src/domain/wellbeing/rating-note';

describe('isSkipNote', () => {
  it.each([
    'skip',
    'Skip.',
    'no',
    'No!',
    'nope',
    'No thanks',
    'pass',
    'nothing',
    'Not really',
    'not sure',
    "don't know",
    'don’t know',
    'Dont know',
    'dunno',
    'next',
    'N/A',
    'n/a',
    'NA',
    '',
    '   ',
    '...',
    '1',
    'option 1',
  ])('takes %j as passing ("1" is the number of the Skip choice on SMS)', (text) => {
    expect(isSkipNote(text)).toBe(true);
  });

  it.each([
    'walking',
    'no caffeine after 2pm',
    'nothing much, but sleeping early helped',
    'not skipping breakfast',
    'talking to my sister',
    'no phone in bed',
    'I don’t know, maybe the walks',
    '2',
  ])('keeps %j as a note', (text) => {
    expect(isSkipNote(text)).toBe(false);
  });
});

describe('matchGlobalCommand for the goals area', () => {
  it.each<[string, GoalsCommand]>([
    ['my goals', 'goals'],
    ['Goals', 'goals'],
    ['add a goal', 'add-goal'],
    ['Add goal', 'add-goal'],
    ['new goal', 'add-goal'],
    ['check in', 'check-in'],
    ['check-in', 'check-in'],
    ['Check In!', 'check-in'],
    ['checkin', 'check-in'],
    ['rate my goals', 'check-in'],
    ['my progress', 'progress'],
    ['How am I doing?', 'progress'],
    ['wellbeing questions', 'wellbeing-questions'],
    ['check-in settings', 'check-in-settings'],
    ['Check in settings', 'check-in-settings'],
    ['reminder settings', 'check-in-settings'],
    ['quiet hours', 'check-in-settings'],
  ])('takes %j as %s, a goals command', (text, command) => {
    const matched = matchGlobalCommand(text);
    expect(matched).toBe(command);
    expect(matched !== undefined && isGoalsCommand(matched)).toBe(true);
  });

  it.each([
    'I want to check in later',
    'can I add a goal tomorrow',
    'what are my goals?',
    'show me my progress please',
    'I have quiet hours at night',
    'wellbeing',
  ])('does not take %j, which only mentions the goals area, as a command', (text) => {
    expect(matchGlobalCommand(text)).toBeUndefined();
  });
});

describe('isGoalsCommand', () => {
  it.each<GoalsCommand>(['goals', 'add-goal', 'check-in', 'progress', 'wellbeing-questions', 'check-in-settings'])(
    'is true for %s',
    (command) => {
      expect(isGoalsCommand(command)).toBe(true);
    },
  );

  it.each<GlobalCommand>(['help', 'menu', 'cancel', 'my-data', 'export-data', 'delete-data', 'withdraw-consent', 'agree'])(
    'is false for %s',
    (command) => {
      expect(isGoalsCommand(command)).toBe(false);
    },
  );

  it.each(['help', 'menu', 'main menu', 'cancel', 'my data', 'delete my data', 'i agree'])(
    'is false for the command %j',
    (text) => {
      const matched = matchGlobalCommand(text);
      expect(matched).toBeDefined();
      expect(matched !== undefined && isGoalsCommand(matched)).toBe(false);
    },
  );
});

describe('matchYesNo', () => {
  it.each(['yes', 'Yes!', 'Y', 'yeah', 'yep', 'yes please', 'OK', 'okay', 'sure', 'please', 'go on', 'I do', 'I did', '1', '1.', 'one'])(
    'takes %j as yes',
    (text) => {
      expect(matchYesNo(text)).toBe('yes');
    },
  );

  it.each(['no', 'No.', 'N', 'nope', 'no thanks', 'No thank you', 'not now', 'not really', 'maybe later', 'later', 'skip', '2', 'two'])(
    'takes %j as no',
    (text) => {
      expect(matchYesNo(text)).toBe('no');
    },
  );

  it.each(['maybe', '3', '0', 'yes and no', 'I am not sure', '', '  ', undefined])('takes %j as neither', (text) => {
    expect(matchYesNo(text)).toBeUndefined();
  });
});

describe('matchYesNoChoice', () => {
  const buttons = ['Yes, offer them again', 'No, thanks'] as const;
  it.each([
    ['Yes, offer them again', 'yes'],
    ['yes offer them again', 'yes'],
    ['1', 'yes'],
    ['yes', 'yes'],
    ['No, thanks', 'no'],
    ['2', 'no'],
    ['nope', 'no'],
    ['offer them', undefined],
  ])('takes %j as %s', (text, answer) => {
    expect(matchYesNoChoice(text, buttons)).toBe(answer);
  });
});

describe('londonIsoDate', () => {
  it('gives the London date, which is the next day late on a summer evening in UTC', () => {
    expect(londonIsoDate(Date.parse('2026-12-25T12:00:00Z'))).toBe('2026-12-25');
    expect(londonIsoDate(Date.parse('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});

describe('britishDate', () => {
  it.each([
    ['an ISO instant', '2026-11-03T12:00:00.000Z', '3 Nov 2026'],
    ['an ISO instant without milliseconds', '2026-11-03T12:00:00Z', '3 Nov 2026'],
    ['epoch milliseconds', Date.UTC(2026, 10, 3, 12, 0, 0), '3 Nov 2026'],
    ['a summer instant before BST midnight', '2026-07-14T22:59:59.000Z', '14 Jul 2026'],
    ['a summer instant at 23:30Z, already the next day in London', '2026-07-14T23:30:00.000Z', '15 Jul 2026'],
    ['summer epoch milliseconds at 23:30Z', Date.UTC(2026, 6, 14, 23, 30), '15 Jul 2026'],
    ['a winter instant at 23:30Z, still the same day in London (GMT)', '2026-01-14T23:30:00.000Z', '14 Jan 2026'],
    ['the last instant of a winter day', '2026-12-31T23:59:59.999Z', '31 Dec 2026'],
    ['an instant in September', '2026-09-03T10:00:00.000Z', '3 Sept 2026'],
    ['the first of the month, unpadded', '2026-03-01T10:00:00.000Z', '1 Mar 2026'],
  ])('shows %s as %j', (_case, instant, shown) => {
    expect(britishDate(instant)).toBe(shown);
  });
});
