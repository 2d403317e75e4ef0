import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../src/domain/activities/activity';
import {
  checkListing,
  hasChanges,
  newListingValues,
  numberValue,
  optionalTextValue,
  valueAt,
  withValueAt,
  type ListingValues,
} from '../../../staff/src/pages/listings/listing-form-values';
import { fieldName } from '../../../staff/src/pages/listings/field-names';

const sample: ListingValues = activitySchema.parse((JSON.parse(readFileSync('data/activities/salford.json', 'utf8')) as unknown[])[0]);
let ids = 0;
const newId = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

describe('the listing form values', () => {
  it('passes a listing the API keeps, unchanged', () => {
    const checked = checkListing(sample);
    expect(checked).toEqual({ ok: true, listing: sample });
  });

  it('names every field a new listing still needs, at the path the API names, in plain words', () => {
    const checked = checkListing(withValueAt(newListingValues('salford', newId, '2026-12-07'), ['languages'], []));
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? {} : checked.errors;
    expect(errors).toMatchObject({
      name: 'Required',
      description: 'Required',
      'organization.name': 'Required',
      'locations[0].name': 'Required',
      'locations[0].latitude': 'Required',
      'schedules[0].byday': 'Choose at least one day',
      how_to_join: 'Required',
      languages: 'Choose or add at least one',
    });
  });

  it('says what is wrong with a value, as you type it', () => {
    let values = withValueAt(sample, ['email'], 'not an email');
    values = withValueAt(values, ['schedules', 0, 'closes_at'], '08:00');
    values = withValueAt(values, ['schedules', 0, 'opens_at'], '09:00');
    values = withValueAt(values, ['locations', 0, 'latitude'], numberValue('north'));
    const checked = checkListing(values);
    expect(checked.ok ? {} : checked.errors).toEqual({
      email: 'An email address, like name@example.org',
      'schedules[0].closes_at': 'The end time must be after the start time',
      'locations[0].latitude': 'Enter a number',
    });
  });

  it('sets a value at a path without touching the rest, and removes a field set to nothing', () => {
    const values = withValueAt(sample, ['schedules', 0, 'description'], 'Tuesdays');
    expect(valueAt(values, ['schedules', 0, 'description'])).toBe('Tuesdays');
    expect(valueAt(sample, ['schedules', 0, 'description'])).not.toBe('Tuesdays');
    expect(values['locations']).toBe(sample['locations']);
    const without = withValueAt(values, ['schedules', 0, 'description'], optionalTextValue('  '));
    expect(Object.keys(valueAt(without, ['schedules', 0]) as object)).not.toContain('description');
  });

  it('reads numbers typed as text, and knows when the values changed', () => {
    expect(numberValue(' 53.48 ')).toBe(53.48);
    expect(numberValue('-2.2')).toBe(-2.2);
    expect(numberValue('')).toBeUndefined();
    expect(hasChanges(sample, withValueAt(sample, ['name'], sample['name']))).toBe(false);
    expect(hasChanges(sample, withValueAt(sample, ['name'], 'Another'))).toBe(true);
  });
});

describe('field names in the form\'s words', () => {
  it('names list items by their number from 1 and fields as the form labels them', () => {
    expect(fieldName('schedules[0].byday')).toBe('Schedule 1: days');
    expect(fieldName('organization.name')).toBe('Organisation: name');
    expect(fieldName('how_to_join')).toBe('How to join');
    expect(fieldName('languages[1]')).toBe('Language 2');
    expect(fieldName('something_new')).toBe('Something_new');
  });
});
