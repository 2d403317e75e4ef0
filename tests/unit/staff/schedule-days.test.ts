import { describe, expect, it } from 'vitest';
import { bydayOf, dayChoiceOf } from '../../../staff/src/pages/listings/schedule-days';

describe('a schedule\'s days as ticks', () => {
  it('reads weekly days and writes them back Monday first', () => {
    expect(dayChoiceOf('TH,MO')).toEqual({ weekdays: [1, 4], weeks: [] });
    expect(bydayOf({ weekdays: [4, 1], weeks: [] })).toBe('MO,TH');
  });

  it('reads and writes the weeks of the month, last after fourth', () => {
    expect(dayChoiceOf('-1FR')).toEqual({ weekdays: [5], weeks: [-1] });
    expect(dayChoiceOf('3TU,1TU')).toEqual({ weekdays: [2], weeks: [1, 3] });
    expect(bydayOf({ weekdays: [2, 4], weeks: [-1, 1] })).toBe('1TU,1TH,-1TU,-1TH');
    expect(dayChoiceOf('1TU,1TH,-1TU,-1TH')).toEqual({ weekdays: [2, 4], weeks: [1, -1] });
  });

  it('has no ticks for a list that names different weeks for different days, or mixes every week with some', () => {
    expect(dayChoiceOf('1MO,3TU')).toBeUndefined();
    expect(dayChoiceOf('MO,2MO')).toBeUndefined();
    expect(dayChoiceOf('5MO')).toBeUndefined();
  });

  it('has no list when no day is ticked', () => {
    expect(dayChoiceOf(undefined)).toEqual({ weekdays: [], weeks: [] });
    expect(bydayOf({ weekdays: [], weeks: [2] })).toBeUndefined();
  });
});
