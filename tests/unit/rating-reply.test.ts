import { describe, expect, it } from 'vitest';
import { maxRatingNoteLength, parseRatingReply } from '../../src/domain/wellbeing/rating-reply';

describe('parseRatingReply', () => {
  it.each([
    ['7', 7],
    [' 7 ', 7],
    ['0', 0],
    ['10', 10],
    ['07', 7],
    ['7/10', 7],
    ['7 / 10', 7],
    ['10/10', 10],
    ['0/10', 0],
    ['7 out of 10', 7],
    ['7 outta 10', 7],
    ['7 of 10', 7],
    ['seven out of ten', 7],
    ['seven', 7],
    ['Seven.', 7],
    ['SEVEN', 7],
    ['zero', 0],
    ['nought', 0],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['a 7', 7],
    ['an eight', 8],
    ['about 7', 7],
    ['around 5', 5],
    ['maybe 6', 6],
    ['probably a 4', 4],
    ["I'd say 7", 7],
    ['id say about a 7', 7],
    ["it's a 6", 6],
    ['6ish', 6],
    ['6-ish', 6],
    ['6 ish', 6],
    ['sevenish', 7],
    ['about 6ish/10', 6],
    ['7!', 7],
    ['7 :)', 7],
    ['7 🙂', 7],
    ['7?', 7],
  ])('takes %j as %i', (text, score) => {
    expect(parseRatingReply(text)).toEqual({ kind: 'rating', score });
  });

  it.each([
    ['7 - walking helped', 7, 'walking helped'],
    ['7 – walking helped', 7, 'walking helped'],
    ['7, walking helped', 7, 'walking helped'],
    ['7. Walking helped', 7, 'Walking helped'],
    ['7: Walking helped', 7, 'Walking helped'],
    ['7 because I walked more', 7, 'because I walked more'],
    ['7/10 slept well', 7, 'slept well'],
    ['7 out of 10 - saw Sam on Tuesday', 7, 'saw Sam on Tuesday'],
    ['seven - walking helped', 7, 'walking helped'],
    ['Seven, I saw my sister', 7, 'I saw my sister'],
    ['seven because I walked more', 7, 'because I walked more'],
    ['five as I got out more', 5, 'as I got out more'],
    ['about 6, still finding mornings hard', 6, 'still finding mornings hard'],
    ['7 - one of my better weeks', 7, 'one of my better weeks'],
    ['7, 8 hours of sleep helped', 7, '8 hours of sleep helped'],
    ['7 -   walking   helped  ', 7, 'walking helped'],
  ])('takes %j as %i with the note %j', (text, score, note) => {
    expect(parseRatingReply(text)).toEqual({ kind: 'rating', score, note });
  });

  it('cuts a long note to the maximum length', () => {
    const reply = parseRatingReply(`7 - ${'a'.repeat(maxRatingNoteLength + 100)}`);
    expect(reply).toEqual({ kind: 'rating', score: 7, note: 'a'.repeat(maxRatingNoteLength) });
    expect(maxRatingNoteLength).toBe(500);
  });

  it.each([
    'skip',
    'Skip.',
    'SKIP',
    'skip this one',
    'pass',
    'not now',
    'Not now!',
    'no',
    'No.',
    'nope',
    'dont know',
    "don't know",
    'don’t know',
    'I don’t know',
    'dunno',
    'not sure',
    'prefer not to say',
    "I'd rather not say",
    'next',
  ])('takes %j as a skip', (text) => {
    expect(parseRatingReply(text)).toEqual({ kind: 'skip' });
  });

  it.each([
    '11',
    '-1',
    '−2',
    '-0',
    '12/10',
    '7.5',
    '7,5',
    '7.0',
    '100',
    '1,000',
    '99999999999999999999',
    'eleven',
    'a hundred',
    '7/5',
    '3 out of 5',
    '70%',
    '11 - walking helped',
  ])('takes %j as a number out of range', (text) => {
    expect(parseRatingReply(text)).toEqual({ kind: 'out-of-range' });
  });

  it.each([
    'lots',
    '',
    '   ',
    'good',
    'none',
    'a lot',
    'not much',
    'better than last week',
    'one of those days',
    'one sec',
    'two words',
    'seventy',
    'tenfold',
    '7because',
    '7-8',
    '7 - 8',
    '7 or 8',
    'six or seven',
    'six to seven',
    '7 8',
    'skip 7',
    'slept well, 7',
    '- 7',
    undefined,
  ])('takes %j as not a rating', (text) => {
    expect(parseRatingReply(text)).toEqual({ kind: 'not-a-rating' });
  });
});
