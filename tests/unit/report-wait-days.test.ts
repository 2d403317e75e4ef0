import { describe, expect, it } from 'vitest';
import { histogramPercentile, histogramShareWithin, waitBucket } from '../../src/domain/reports/wait-days';

describe('first-contact wait histogram', () => {
  // Waits of 1, 3, 3, 10, 15, 20, 30, 40, 60, 100 days.
  const histogram = new Map([
    [1, 1],
    [3, 2],
    [10, 1],
    [15, 1],
    [20, 1],
    [30, 1],
    [40, 1],
    [60, 1],
    [100, 1],
  ]);

  it('gives the nearest-rank median and 90th percentile', () => {
    expect(histogramPercentile(histogram, 50)).toBe(15);
    expect(histogramPercentile(histogram, 90)).toBe(60);
    expect(histogramPercentile(new Map(), 50)).toBeNull();
  });

  it('gives the share within 14 and 28 days', () => {
    expect(histogramShareWithin(histogram, 14)).toBe(0.4);
    expect(histogramShareWithin(histogram, 28)).toBe(0.6);
    expect(histogramShareWithin(new Map(), 14)).toBeNull();
  });

  it('puts waits beyond a year in the last bucket', () => {
    expect(waitBucket(400)).toBe(365);
    expect(waitBucket(2.9)).toBe(2);
  });
});
