import { describe, expect, it } from 'vitest';
import { sites } from '../../src/domain/sites';
import { loadOutcodeCentroids } from '../../src/data/reference-data';
import { distanceKm, findPostcodeIn, findPostcodeMention, locatePostcode, type OutcodeCentroids } from '../../src/domain/activities/outcode-location';

const centroids: OutcodeCentroids = {
  M6: { lat: 53.49, lon: -2.3, site: 'salford' },
  SE11: { lat: 51.49, lon: -0.11, site: 'lambeth' },
  SW1: { lat: 51.5, lon: -0.14 },
};

describe('locatePostcode', () => {
  it.each([
    ['M6 5AB', 'M6'],
    ['m65ab', 'M6'],
    ['  m6   5ab ', 'M6'],
    ['M6', 'M6'],
    ['m6', 'M6'],
    ['se11', 'SE11'],
    ['SE11 4TH', 'SE11'],
  ])('places %j by its outward code %s', (text, outcode) => {
    const place = locatePostcode(text, centroids);
    expect(place).toEqual({ ok: true, outcode, lat: centroids[outcode]?.lat, lon: centroids[outcode]?.lon });
  });

  it('falls back from a lettered London district to its numbered district', () => {
    expect(locatePostcode('SW1A 2AA', centroids)).toEqual({ ok: true, outcode: 'SW1A', lat: 51.5, lon: -0.14 });
    expect(locatePostcode('sw1a', centroids)).toEqual({ ok: true, outcode: 'SW1A', lat: 51.5, lon: -0.14 });
  });

  it('says unknown-area for a real postcode outside the table', () => {
    expect(locatePostcode('EH1 1YZ', centroids)).toEqual({ ok: false, reason: 'unknown-area' });
    expect(locatePostcode('LU1', centroids)).toEqual({ ok: false, reason: 'unknown-area' });
  });

  it.each(['', 'hello', 'Salford', '12345', 'MP3', 'A1', 'Y2K', 'M6 5', 'L8R', 'M6 2PM'])('says not-a-postcode for %j', (text) => {
    expect(locatePostcode(text, centroids)).toEqual({ ok: false, reason: 'not-a-postcode' });
  });

  it('does not read object properties as outward codes', () => {
    expect(locatePostcode('constructor', centroids)).toEqual({ ok: false, reason: 'not-a-postcode' });
  });
});

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 53.49, lon: -2.3 };
    const b = { lat: 51.49, lon: -0.11 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it('matches known distances', () => {
    // One degree of latitude is about 111.2 km.
    expect(distanceKm({ lat: 53, lon: -2 }, { lat: 54, lon: -2 })).toBeCloseTo(111.2, 0);
    // Salford (M6) to Lambeth (SE11): about 262 km as the crow flies.
    expect(distanceKm({ lat: 53.49, lon: -2.3 }, { lat: 51.49, lon: -0.11 })).toBeGreaterThan(255);
    expect(distanceKm({ lat: 53.49, lon: -2.3 }, { lat: 51.49, lon: -0.11 })).toBeLessThan(270);
  });
});

describe('findPostcodeIn', () => {
  it.each([
    ['walking group near M6 on Tuesday', 'M6'],
    ['peer support in SE11', 'SE11'],
    ['anything near m6?', 'M6'],
    ['in se11 please', 'SE11'],
    ['se11', 'SE11'],
    ['my postcode is m6 5ab thanks', 'M6 5AB'],
    ['somewhere around M65AB', 'M6 5AB'],
    ['art in SW1A 2AA or M6', 'SW1A 2AA'],
    ['yoga (M6), Tuesdays', 'M6'],
    ['near M6 2pm', 'M6'],
  ])('finds the place in %j', (text, place) => {
    expect(findPostcodeIn(text)).toBe(place);
  });

  it.each([
    'walking group on Tuesday',
    'I have an MP3 player',
    'the A1 is busy',
    'see you l8r',
    'pottery b4 work',
    'gr8 stuff',
    'covid19 safe sessions',
    'meet at 10am',
    'Y2K party',
    'Salford',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findPostcodeIn(text)).toBeUndefined();
  });

  it('says where the postcode was written', () => {
    const text = 'walking near M6 5AB on Tuesday';
    const mention = findPostcodeMention(text);
    expect(mention).toEqual({ postcode: 'M6 5AB', start: 13, end: 19 });
    expect(text.slice(mention?.start, mention?.end)).toBe('M6 5AB');
  });
});

describe('each site\'s example outward code', () => {
  it.each(sites)('is in $name, so a person who copies it finds their own listings', (site) => {
    const place = locatePostcode(site.exampleOutcode, loadOutcodeCentroids());
    expect(place.ok).toBe(true);
    expect(loadOutcodeCentroids()[site.exampleOutcode]?.site).toBe(site.id);
  });
});
