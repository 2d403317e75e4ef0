import { describe, expect, it } from 'vitest';
import { suppressCell, suppressParts } from '../../src/domain/reports/suppression';

describe('report suppression', () => {
  it('hides a cell of 4 people and shows one of 5; 0 people is shown as 0', () => {
    expect(suppressCell({ value: 4, people: 4 })).toStrictEqual({ value: null, hidden: 'fewer than 5' });
    expect(suppressCell({ value: 5, people: 5 })).toStrictEqual({ value: 5 });
    expect(suppressCell({ value: 0, people: 0 })).toStrictEqual({ value: 0 });
    expect(suppressCell({ value: null, people: 0 })).toStrictEqual({ value: null, hidden: 'no data' });
  });

  it('hides a share about 1 to 4 people whatever its value', () => {
    expect(suppressCell({ value: 0.5, people: 4 })).toStrictEqual({ value: null, hidden: 'fewer than 5' });
    expect(suppressCell({ value: 0.6, people: 5 })).toStrictEqual({ value: 0.6 });
  });

  it('hides the smallest other part when one hidden part would follow from the total', () => {
    // 12 + 3 + 7 + 0 = 22: with the total shown, 3 = 22 - 12 - 7 unless 7 is hidden too.
    const parts = [12, 3, 7, 0].map((n) => ({ value: n, people: n }));
    expect(suppressParts(parts)).toStrictEqual([{ value: 12 }, { value: null, hidden: 'fewer than 5' }, { value: null, hidden: 'suppressed' }, { value: 0 }]);
  });

  it('needs no more when two parts are already hidden, or none is', () => {
    const two = [12, 3, 4, 9].map((n) => ({ value: n, people: n }));
    expect(suppressParts(two)).toStrictEqual([{ value: 12 }, { value: null, hidden: 'fewer than 5' }, { value: null, hidden: 'fewer than 5' }, { value: 9 }]);
    const none = [5, 6].map((n) => ({ value: n, people: n }));
    expect(suppressParts(none)).toStrictEqual([{ value: 5 }, { value: 6 }]);
  });
});
