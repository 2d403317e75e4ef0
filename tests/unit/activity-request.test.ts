import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parsePartOfDay, parseWhen, whenWindow, type WhenFilter } from '../../src/domain/activities/activity-query';
import { isActivitySearch, parseActivityRequest } from '../../src/domain/activities/activity-request';

/** A London wall-clock time as epoch ms. */
function london(iso: string): number {
  return DateTime.fromISO(iso, { zone: 'Europe/London' }).toMillis();
}

describe('parseActivityRequest', () => {
  it('reads the examples', () => {
    expect(parseActivityRequest('walking group near M6 on Tuesday')).toEqual({
      query: { categories: ['walking-physical'], when: { kind: 'weekday', weekday: 2 } },
      place: 'M6',
      understood: true,
    });
    expect(parseActivityRequest('free art classes this weekend')).toEqual({
      query: { categories: ['arts-creative'], freeOnly: true, when: { kind: 'weekend' } },
      understood: true,
    });
    expect(parseActivityRequest('anything online tomorrow evening')).toEqual({
      query: { when: { kind: 'tomorrow' }, partOfDay: 'evening', onlineOnly: true },
      online: true,
      understood: true,
    });
    expect(parseActivityRequest('peer support in SE11')).toEqual({ query: { categories: ['peer-support'] }, place: 'SE11', understood: true });
    expect(parseActivityRequest('volunteering')).toEqual({ query: { categories: ['volunteering'] }, understood: true });
    expect(parseActivityRequest('help with debt')).toEqual({ query: { categories: ['housing-money-advice'] }, understood: true });
  });

  it.each([
    ['I need a job', 'employment-advice'],
    ['help with my CV', 'employment-advice'],
    ['something about work', 'employment-advice'],
    ['a coffee morning', 'social-befriending'],
    ['I want to meet people', 'social-befriending'],
    ['I feel lonely', 'social-befriending'],
    ['a course', 'learning-courses'],
    ['any classes?', 'learning-courses'],
    ['I want to learn something', 'learning-courses'],
    ['art class', 'arts-creative'],
    ['pottery classes', 'arts-creative'],
    ['dance class', 'walking-physical'],
    ['a yoga course', 'walking-physical'],
    ['cooking class', 'learning-courses'],
    ['a workshop', 'learning-courses'],
    ['Art Classes', 'arts-creative'],
    ['volunteer work', 'volunteering'],
    ['somewhere to work out', 'walking-physical'],
    ['yoga', 'walking-physical'],
    ['Peer Support!', 'peer-support'],
    ['money advice', 'housing-money-advice'],
  ])('reads %j as %s', (text, category) => {
    const request = parseActivityRequest(text);
    expect(request.understood).toBe(true);
    expect(request.query.categories).toEqual([category]);
  });

  it('keeps a longer phrase from being read as a time or another category', () => {
    // "coffee morning" is social, not any morning; "after work" is the evening, not employment.
    expect(parseActivityRequest('coffee morning').query).toEqual({ categories: ['social-befriending'] });
    expect(parseActivityRequest('walks after work').query).toEqual({ categories: ['walking-physical'], partOfDay: 'evening' });
  });

  it('finds several categories', () => {
    expect(parseActivityRequest('art or walking').query.categories).toEqual(['arts-creative', 'walking-physical']);
  });

  it('reads accessibility needs', () => {
    expect(parseActivityRequest('wheelchair accessible').query).toEqual({ accessibility: ['wheelchair-accessible'] });
    expect(parseActivityRequest('wheelchair accessible').understood).toBe(true);
    expect(parseActivityRequest('step free walks with a hearing loop').query).toEqual({
      categories: ['walking-physical'],
      accessibility: ['step-free', 'hearing-loop'],
    });
  });

  it('does not take "free" about time as free of charge', () => {
    expect(parseActivityRequest("I'm free on Tuesday afternoon").query).toEqual({ when: { kind: 'weekday', weekday: 2 }, partOfDay: 'afternoon' });
    expect(parseActivityRequest('free yoga').query).toEqual({ categories: ['walking-physical'], freeOnly: true });
  });

  it('reads tonight as today in the evening', () => {
    expect(parseActivityRequest('anything tonight').query).toEqual({ when: { kind: 'today' }, partOfDay: 'evening' });
  });

  it('takes a full postcode as the place, whatever its case', () => {
    expect(parseActivityRequest('yoga near m6 5ab')).toEqual({ query: { categories: ['walking-physical'] }, place: 'M6 5AB', understood: true });
    expect(parseActivityRequest('M6')).toEqual({ query: {}, place: 'M6', understood: true });
  });

  it('falls back to text search when nothing is understood, without filler words', () => {
    expect(parseActivityRequest('I am looking for upcycling')).toEqual({ query: { text: 'upcycling' }, understood: false });
    expect(parseActivityRequest('Knit & natter?').understood).toBe(true);
    expect(parseActivityRequest('anything near me')).toEqual({ query: {}, understood: false });
  });

  it.each(['Goals', 'help', 'menu', 'Contact team', 'My data', 'hello', 'yes', 'stop'])('does not understand the menu word %j', (text) => {
    expect(parseActivityRequest(text).understood).toBe(false);
  });
});

describe('parseWhen', () => {
  it.each<[string, WhenFilter]>([
    ['today', { kind: 'today' }],
    ['tonight', { kind: 'today' }],
    ['tomorrow', { kind: 'tomorrow' }],
    ['this week', { kind: 'this-week' }],
    ['at the weekend', { kind: 'weekend' }],
    ['this weekend', { kind: 'weekend' }],
    ['weekend', { kind: 'weekend' }],
    ['weekends', { kind: 'weekend' }],
    ['on Tuesday', { kind: 'weekday', weekday: 2 }],
    ['tuesdays', { kind: 'weekday', weekday: 2 }],
    ['tue', { kind: 'weekday', weekday: 2 }],
    ['Thurs', { kind: 'weekday', weekday: 4 }],
    ['on sat', { kind: 'weekday', weekday: 6 }],
    ['Sunday', { kind: 'weekday', weekday: 7 }],
    ['Monday mornings', { kind: 'weekday', weekday: 1 }],
  ])('reads %j', (text, when) => {
    expect(parseWhen(text)).toEqual(when);
  });

  it.each(['', 'walking', 'thus', 'fries', 'sat down in the sun', 'morning'])('finds no day in %j', (text) => {
    expect(parseWhen(text)).toBeUndefined();
  });
});

describe('parsePartOfDay', () => {
  it.each([
    ['morning', 'morning'],
    ['mornings', 'morning'],
    ['Afternoons', 'afternoon'],
    ['in the evening', 'evening'],
    ['evenings', 'evening'],
    ['tonight', 'evening'],
    ['this afternoon', 'afternoon'],
  ])('reads %j as %s', (text, part) => {
    expect(parsePartOfDay(text)).toBe(part);
  });

  it('finds none in a request without one', () => {
    expect(parsePartOfDay('walking on Tuesday')).toBeUndefined();
  });
});

describe('whenWindow', () => {
  // Wednesday 11 March 2026, 10:30 in London (GMT).
  const wednesday = london('2026-03-11T10:30');
  // Sunday 15 March 2026, 10:00.
  const sunday = london('2026-03-15T10:00');
  // Saturday 14 March 2026, 15:00.
  const saturday = london('2026-03-14T15:00');

  it('any is the next 60 days from now', () => {
    expect(whenWindow({ kind: 'any' }, wednesday)).toEqual({ from: wednesday, to: wednesday + 60 * 86_400_000 });
  });

  it('today is now to midnight; tomorrow is all of tomorrow', () => {
    expect(whenWindow({ kind: 'today' }, wednesday)).toEqual({ from: wednesday, to: london('2026-03-12T00:00') });
    expect(whenWindow({ kind: 'tomorrow' }, wednesday)).toEqual({ from: london('2026-03-12T00:00'), to: london('2026-03-13T00:00') });
  });

  it('this week is the coming seven days, today included, whatever the day', () => {
    expect(whenWindow({ kind: 'this-week' }, wednesday)).toEqual({ from: wednesday, to: london('2026-03-18T00:00') });
    expect(whenWindow({ kind: 'this-week' }, sunday)).toEqual({ from: sunday, to: london('2026-03-22T00:00') });
  });

  it('the weekend is this Saturday and Sunday, from now once begun, and on a Sunday the rest of today', () => {
    expect(whenWindow({ kind: 'weekend' }, wednesday)).toEqual({ from: london('2026-03-14T00:00'), to: london('2026-03-16T00:00') });
    expect(whenWindow({ kind: 'weekend' }, saturday)).toEqual({ from: saturday, to: london('2026-03-16T00:00') });
    expect(whenWindow({ kind: 'weekend' }, sunday)).toEqual({ from: sunday, to: london('2026-03-16T00:00') });
  });

  it('a weekday is the next such day, today when today is that day', () => {
    expect(whenWindow({ kind: 'weekday', weekday: 2 }, wednesday)).toEqual({ from: london('2026-03-17T00:00'), to: london('2026-03-18T00:00') });
    expect(whenWindow({ kind: 'weekday', weekday: 3 }, wednesday)).toEqual({ from: wednesday, to: london('2026-03-12T00:00') });
    expect(whenWindow({ kind: 'weekday', weekday: 4 }, wednesday)).toEqual({ from: london('2026-03-12T00:00'), to: london('2026-03-13T00:00') });
    expect(whenWindow({ kind: 'weekday', weekday: 1 }, sunday)).toEqual({ from: london('2026-03-16T00:00'), to: london('2026-03-17T00:00') });
  });

  it('follows London days across the clock change', () => {
    // Clocks go forward on Sunday 29 March 2026: that Sunday is 23 hours long.
    const saturdayBefore = london('2026-03-28T12:00');
    const window = whenWindow({ kind: 'tomorrow' }, saturdayBefore);
    expect(window).toEqual({ from: london('2026-03-29T00:00'), to: london('2026-03-30T00:00') });
    expect(window.to - window.from).toBe(23 * 3_600_000);
  });
});

describe('isActivitySearch', () => {
  it.each(['walking group near M6 on Tuesday', 'anything free this weekend', 'something online tomorrow', 'wheelchair accessible coffee morning', 'whats on in SE11'])(
    'takes %j as a search for activities',
    (text) => {
      expect(isActivitySearch(parseActivityRequest(text))).toBe(true);
    },
  );

  it.each(["I won't be here after tonight", 'tonight is the night', 'this weekend I am going to do it', 'tomorrow morning', 'it has to be today'])(
    'never takes a time alone, %j, as a search',
    (text) => {
      expect(isActivitySearch(parseActivityRequest(text))).toBe(false);
    },
  );
});
