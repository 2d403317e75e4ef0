import { describe, expect, it } from 'vitest';
import { areaChoices, matchArea } from '../../src/domain/area-choice';
import { consentChoices, matchConsentAnswer } from '../../src/domain/consent';
import { choiceNumber, matchChoice, normaliseReply } from '../../src/domain/reply-text';
import { nationOf } from '../../src/domain/sites';

describe('matchConsentAnswer', () => {
  it.each(['Yes, I agree', 'yes', 'YES', 'y', 'ok', '1', 'one', 'I agree'])('takes %j as yes', (text) => {
    expect(matchConsentAnswer(text)).toBe('yes');
  });
  it.each(['No thanks', 'no', 'nope', '2', 'No thank you'])('takes %j as no', (text) => {
    expect(matchConsentAnswer(text)).toBe('no');
  });
  it.each(['maybe', '3', 'yes but not my goals', '', undefined])('finds no answer in %j', (text) => {
    expect(matchConsentAnswer(text)).toBeUndefined();
  });
  it('offers exactly the two choices the issue names', () => {
    expect(consentChoices).toEqual(['Yes, I agree', 'No thanks']);
  });
});

describe('matchArea', () => {
  it.each([
    ['Lambeth', 'lambeth'],
    ['lambeth', 'lambeth'],
    ['1', 'lambeth'],
    ['EDINBURGH', 'edinburgh'],
    ['Tameside & Glossop', 'tameside-glossop'],
    ['tameside and glossop', 'tameside-glossop'],
    ['Glossop', 'tameside-glossop'],
    ['somewhere else', 'elsewhere'],
    ['6', 'elsewhere'],
  ])('takes %j as %s', (text, area) => {
    expect(matchArea(text)).toBe(area);
  });
  it.each(['Manchester', '7', '0', 'I live in Salford'])('finds no area in %j', (text) => {
    expect(matchArea(text)).toBeUndefined();
  });
  it('lists the five sites then somewhere else', () => {
    expect(areaChoices.map((choice) => choice.label)).toEqual([
      'Lambeth',
      'Edinburgh',
      'Luton',
      'Salford',
      'Tameside & Glossop',
      'Somewhere else',
    ]);
  });
});

describe('nations', () => {
  it('puts Edinburgh in Scotland and the other sites in England', () => {
    expect(nationOf('edinburgh')).toBe('scotland');
    for (const area of ['lambeth', 'luton', 'salford', 'tameside-glossop'] as const) expect(nationOf(area)).toBe('england');
    expect(nationOf('elsewhere')).toBeUndefined();
    expect(nationOf(undefined)).toBeUndefined();
  });
});

describe('reply matching', () => {
  it('normalises case, apostrophes and punctuation', () => {
    expect(normaliseReply("  What’s ON?! ")).toBe('whats on');
  });
  it('reads choice numbers written several ways', () => {
    expect(['2', '2.', 'option 2', 'two', 'second', 'no 2'].map(choiceNumber)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(choiceNumber('salford')).toBeUndefined();
  });
  it('matches a choice by number or name, never by a sentence that mentions it', () => {
    const choices = [
      { value: 'a', names: ['Apples'] },
      { value: 'b', names: ['Pears'] },
    ];
    expect(matchChoice('2', choices)).toBe('b');
    expect(matchChoice('apples', choices)).toBe('a');
    expect(matchChoice('I like apples', choices)).toBeUndefined();
    expect(matchChoice('3', choices)).toBeUndefined();
  });
});
