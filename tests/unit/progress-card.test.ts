import { describe, expect, it } from 'vitest';
import { escapeCardText, progressCard, type ProgressCardGoal } from '../../dialogs/progress-card';
import { describeRatings, ratingChartDataUrl, ratingChartSvg } from '../../dialogs/rating-chart-svg';
import type { Goal, GoalRating } from '../../src/domain/wellbeing/wellbeing-record';

function goal(text: string, ratings: readonly GoalRating[], id = text): Goal {
  return { id, text, status: 'active', createdAt: '2026-11-01T09:00:00Z', statusChangedAt: '2026-11-01T09:00:00Z', ratings };
}

const threeRatings: readonly GoalRating[] = [
  { score: 4, at: '2026-11-03T10:00:00Z', note: 'my sister helped' },
  { score: 7, at: '2026-11-10T10:00:00Z' },
  { score: 6, at: '2026-11-24T10:00:00Z' },
];

// The card's JSON read back without casts: walk plain objects and arrays by key.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function containers(card: unknown): unknown[] {
  return list(field(card, 'body')).filter((element) => field(element, 'type') === 'Container');
}

function decodeDataUrl(url: string): string {
  const prefix = 'data:image/svg+xml;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64').toString('utf8');
}

/**
 * A small well-formedness check (there is no XML parser in node): one root element, every tag
 * closed in order, attributes quoted, and no bare `<` or `&` in text.
 */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let index = 0;
  while (index < xml.length) {
    const next = xml.indexOf('<', index);
    const textRun = xml.slice(index, next === -1 ? xml.length : next);
    expect(textRun).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(textRun.includes('>')).toBe(false);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    expect(match, `malformed tag at ${next}: ${xml.slice(next, next + 40)}`).not.toBeNull();
    if (match === null) return;
    const [whole, closing, name = '', , selfClosing] = match;
    if (closing === '/') {
      expect(stack.pop()).toBe(name);
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name);
    }
    index = next + whole.length;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

function attributeValues(svg: string, element: string, attribute: string): number[] {
  const elements = svg.match(new RegExp(`<${element}\\b[^>]*>`, 'g')) ?? [];
  return elements.map((found) => Number(new RegExp(`\\b${attribute}="([^"]*)"`).exec(found)?.[1]));
}

function polylinePoints(svg: string): { x: number; y: number }[] {
  const points = /<polyline\b[^>]*\bpoints="([^"]*)"/.exec(svg)?.[1] ?? '';
  return points
    .split(' ')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x ?? Number.NaN, y: y ?? Number.NaN };
    });
}

describe('progressCard', () => {
  const goals: ProgressCardGoal[] = [
    { goal: goal('Walk to the park *every* day', threeRatings), line: '4 → 6, up 2', celebration: 'That is real progress.' },
    { goal: goal('Call a friend', []), line: 'Not rated yet' },
    { goal: goal('Sleep by 11', [{ score: 5, at: '2026-11-20T22:00:00Z' }]), line: '5' },
  ];
  const attachment = progressCard(goals);
  const card = attachment.content;

  it('is an Adaptive Card 1.5 with a heading and one container per goal, in order', () => {
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(field(card, 'type')).toBe('AdaptiveCard');
    expect(field(card, 'version')).toBe('1.5');
    expect(text(field(card, '$schema'))).toContain('adaptive-card.json');
    const [headingBlock] = list(field(card, 'body'));
    expect(field(headingBlock, 'text')).toBe('Your progress');
    expect(field(headingBlock, 'weight')).toBe('Bolder');

    const found = containers(card);
    expect(found).toHaveLength(3);
    expect(found.map((container) => field(list(field(container, 'items'))[0], 'text'))).toEqual([
      escapeCardText('Walk to the park *every* day'),
      escapeCardText('Call a friend'),
      escapeCardText('Sleep by 11'),
    ]);
    // Separators between goals, not between the heading and the first goal.
    expect(found.map((container) => field(container, 'separator') === true)).toEqual([false, true, true]);
  });

  it('gives a plain summary for speech and hosts that cannot show the card', () => {
    const summary = text(field(card, 'speak'));
    expect(field(card, 'fallbackText')).toBe(summary);
    expect(summary).toContain('Walk to the park *every* day: 4 → 6, up 2. That is real progress.');
    expect(summary).toContain('Call a friend: Not rated yet.');
  });

  it('shows the line subtly and the celebration in the good colour', () => {
    const items = list(field(containers(card)[0], 'items'));
    expect(field(items[1], 'isSubtle')).toBe(true);
    expect(field(items[2], 'color')).toBe('Good');
    expect(field(items[2], 'text')).toBe(escapeCardText('That is real progress.'));
    expect(list(field(containers(card)[1], 'items')).some((item) => field(item, 'color') === 'Good')).toBe(false);
  });

  it('has no image for a goal with no ratings', () => {
    const images = containers(card).map((container) => list(field(container, 'items')).filter((item) => field(item, 'type') === 'Image'));
    expect(images.map((found) => found.length)).toEqual([1, 0, 1]);
  });

  it('draws the chart as an SVG data URL: one circle and one polyline point per rating', () => {
    const image = list(field(containers(card)[0], 'items')).find((item) => field(item, 'type') === 'Image');
    expect(field(image, 'size')).toBe('Stretch');
    const svg = decodeDataUrl(text(field(image, 'url')));
    expect(svg.match(/<circle\b/g)).toHaveLength(3);
    expect(polylinePoints(svg)).toHaveLength(3);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<title>${describeRatings(threeRatings)}</title>`);
    expectWellFormed(svg);
  });

  it('keeps the goal text, notes, scripts and outside references out of the SVG', () => {
    const image = list(field(containers(card)[0], 'items')).find((item) => field(item, 'type') === 'Image');
    const svg = decodeDataUrl(text(field(image, 'url')));
    expect(svg).not.toContain('Walk');
    expect(svg).not.toContain('park');
    expect(svg).not.toContain('sister');
    expect(svg.toLowerCase()).not.toContain('<script');
    expect(svg).not.toMatch(/\bon[a-z]+=/i);
    expect(svg).not.toMatch(/href|url\(|<image|<foreignObject|<style/i);
    // The namespace is the only address in it.
    expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('names every score and date in the altText', () => {
    const image = list(field(containers(card)[0], 'items')).find((item) => field(item, 'type') === 'Image');
    expect(field(image, 'altText')).toBe('Ratings out of 10: 4 on 3 Nov 2026, 7 on 10 Nov 2026, 6 on 24 Nov 2026.');
  });
});

describe('escapeCardText', () => {
  it('escapes markdown so the words show literally', () => {
    expect(escapeCardText('*bold*')).toBe('\\*bold\\*');
    expect(escapeCardText('[link](x)')).toBe('\\[link\\]\\(x\\)');
    expect(escapeCardText('_under_ # not a heading')).toBe('\\_under\\_ \\# not a heading');
    expect(escapeCardText('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes leading list markers and HTML, and drops the indent that would make a code block', () => {
    expect(escapeCardText('1. first')).toBe('1\\. first');
    expect(escapeCardText('- item')).toBe('\\- item');
    expect(escapeCardText('<b>hi</b> &amp;')).toBe('\\<b\\>hi\\<\\/b\\> \\&amp\\;');
    expect(escapeCardText('    indented\n  - again')).toBe('indented\n\\- again');
  });

  it('breaks the card date functions', () => {
    expect(escapeCardText('{{DATE(2026-11-03T10:00:00Z, SHORT)}}')).not.toContain('{{');
  });

  it('leaves letters, digits, spaces and non-ASCII alone', () => {
    expect(escapeCardText('Café au lait 3 times → less')).toBe('Café au lait 3 times → less');
  });
});

describe('describeRatings', () => {
  it('says when there are no ratings', () => {
    expect(describeRatings([])).toBe('No ratings yet.');
  });

  it('uses the Europe/London day', () => {
    // 23:30 UTC in summer is 00:30 the next day in London.
    expect(describeRatings([{ score: 3, at: '2026-07-14T23:30:00Z' }])).toBe('Ratings out of 10: 3 on 15 Jul 2026.');
  });

  it('lists the ratings in time order', () => {
    const [a, b, c] = threeRatings;
    if (a === undefined || b === undefined || c === undefined) throw new Error('fixture');
    expect(describeRatings([c, a, b])).toBe(describeRatings(threeRatings));
  });
});

describe('ratingChartSvg', () => {
  it('draws a single rating as one point in the middle', () => {
    const svg = ratingChartSvg([{ score: 5, at: '2026-11-03T10:00:00Z' }]);
    const xs = attributeValues(svg, 'circle', 'cx');
    expect(xs).toHaveLength(1);
    expect(xs[0]).toBe(320 / 2 + (28 - 12) / 2);
    expect(polylinePoints(svg)).toHaveLength(1);
    expectWellFormed(svg);
  });

  it('places 0 on the bottom gridline, 10 on the top one and 5 on the middle one', () => {
    const svg = ratingChartSvg([
      { score: 0, at: '2026-11-03T10:00:00Z' },
      { score: 10, at: '2026-11-10T10:00:00Z' },
      { score: 5, at: '2026-11-17T10:00:00Z' },
    ]);
    const gridlines = attributeValues(svg, 'line', 'y1').sort((a, b) => a - b);
    expect(gridlines).toHaveLength(3);
    const [top = Number.NaN, middle = Number.NaN, bottom = Number.NaN] = gridlines;
    expect(top).toBeLessThan(bottom);
    expect(attributeValues(svg, 'circle', 'cy')).toEqual([bottom, top, middle]);
    expect(polylinePoints(svg).map((point) => point.y)).toEqual([bottom, top, middle]);
    // The plot area sits inside the picture with room for the labels.
    expect(top).toBeGreaterThan(10);
    expect(bottom).toBeLessThan(140 - 10);
  });

  it('spaces points by time, first to latest', () => {
    const svg = ratingChartSvg([
      { score: 2, at: '2026-11-01T10:00:00Z' },
      { score: 3, at: '2026-11-02T10:00:00Z' },
      { score: 4, at: '2026-11-11T10:00:00Z' },
    ]);
    const [first = 0, second = 0, last = 0] = attributeValues(svg, 'circle', 'cx');
    expect((second - first) / (last - first)).toBeCloseTo(0.1, 2);
  });

  it('shows each score above its point and labels the axis 0, 5 and 10', () => {
    const svg = ratingChartSvg(threeRatings);
    for (const score of ['4', '7', '6', '0', '5', '10']) expect(svg).toContain(`>${score}</text>`);
    expect(svg).toContain('font-family="sans-serif"');
  });

  it('is deterministic and honours the size option', () => {
    expect(ratingChartSvg(threeRatings)).toBe(ratingChartSvg(threeRatings));
    expect(ratingChartDataUrl(threeRatings)).toBe(ratingChartDataUrl(threeRatings));
    const wide = ratingChartSvg(threeRatings, { width: 480, height: 200 });
    expect(wide).toContain('viewBox="0 0 480 200"');
    expectWellFormed(wide);
  });

  it('draws an empty, well-formed chart for no ratings', () => {
    const svg = ratingChartSvg([]);
    expect(svg).not.toContain('<circle');
    expect(svg).not.toContain('<polyline');
    expect(svg).toContain('<title>No ratings yet.</title>');
    expectWellFormed(svg);
  });
});
