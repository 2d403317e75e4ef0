import { DateTime } from 'luxon';
import { britishDate } from '../src/domain/local-date';
import type { GoalRating } from '../src/domain/wellbeing/wellbeing-record';

/**
 * A small line chart of one goal's ratings, as SVG for an Adaptive Card Image (a data URL, so
 * nothing is fetched and the page's CSP `img-src 'self' data:` allows it). The chart holds only
 * scores and dates: the goal's words and notes stay in the card's TextBlocks.
 */

/** Size of the chart in CSS pixels; the card stretches it, the viewBox keeps it in proportion. */
export interface RatingChartOptions {
  readonly width?: number;
  readonly height?: number;
}

const defaultWidth = 320;
const defaultHeight = 140;
// Below this the labels no longer fit around the plot area.
const minWidth = 120;
const minHeight = 80;

// Room around the plot area for the y labels (left), score labels above a 10 (top) and dates (bottom).
const padding = { left: 28, right: 12, top: 18, bottom: 22 } as const;
// Keep the first and last points clear of the y labels and the right edge.
const pointInset = 10;

const colours = { background: '#ffffff', grid: '#d4d4d4', line: '#1a5e9a', text: '#444444' } as const;

interface TimedRating {
  readonly score: number;
  /** Epoch milliseconds; NaN when `at` is not a valid ISO instant. */
  readonly millis: number;
}

/** The ratings in time order (a stable sort, so equal instants keep the order given). */
function chronological(ratings: readonly GoalRating[]): TimedRating[] {
  const timed = ratings.map((rating) => ({
    score: rating.score,
    millis: DateTime.fromISO(rating.at, { zone: 'utc' }).toMillis(),
  }));
  // An unreadable instant cannot be placed in time, so keep the order given rather than guess.
  if (timed.some((rating) => Number.isNaN(rating.millis))) return timed;
  return [...timed].sort((a, b) => a.millis - b.millis);
}

/** The date in Europe/London, British style ("3 Nov 2026"). */
function londonDate(millis: number): string | undefined {
  return Number.isNaN(millis) ? undefined : britishDate(millis);
}

/** A coordinate with at most one decimal place, so the same input always gives the same text. */
function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

function scoreLabel(score: number): string {
  return Number.isFinite(score) ? coordinate(score) : '?';
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function size(value: number | undefined, fallback: number, minimum: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(minimum, Math.round(value));
}

/**
 * The ratings in words, for the Image's altText and the SVG's title, e.g.
 * "Ratings out of 10: 4 on 3 Nov 2026, 7 on 10 Nov 2026." Dates are Europe/London days.
 */
export function describeRatings(ratings: readonly GoalRating[]): string {
  if (ratings.length === 0) return 'No ratings yet.';
  const parts = chronological(ratings).map((rating) => {
    const date = londonDate(rating.millis);
    return `${scoreLabel(rating.score)} on ${date ?? 'an unknown date'}`;
  });
  return `Ratings out of 10: ${parts.join(', ')}.`;
}

/**
 * A self-contained SVG line chart of the ratings: y is the score (0–10, gridlines at 0, 5 and
 * 10), x is time from the first rating to the latest (a single rating sits in the middle). Each
 * point is a circle with its score above it. No scripts, no external references, and the same
 * input always gives the same text.
 */
export function ratingChartSvg(ratings: readonly GoalRating[], options?: RatingChartOptions): string {
  const width = size(options?.width, defaultWidth, minWidth);
  const height = size(options?.height, defaultHeight, minHeight);
  const plot = {
    left: padding.left,
    right: width - padding.right,
    top: padding.top,
    bottom: height - padding.bottom,
  };

  const yFor = (score: number): number => {
    // Out-of-range scores are pinned to the plot area; their label still says what was given.
    const clamped = Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0;
    return plot.bottom - (clamped / 10) * (plot.bottom - plot.top);
  };

  const points = chronological(ratings);
  const first = points[0];
  const last = points[points.length - 1];
  const xStart = plot.left + pointInset;
  const xEnd = plot.right - pointInset;
  const timeSpan = first !== undefined && last !== undefined ? last.millis - first.millis : Number.NaN;
  // By time when the instants allow it; evenly spaced when they are unreadable or all the same.
  const byTime = first !== undefined && Number.isFinite(timeSpan) && timeSpan > 0;
  const xFor = (point: TimedRating, index: number): number => {
    if (points.length === 1) return (xStart + xEnd) / 2;
    const fraction = byTime && first !== undefined ? (point.millis - first.millis) / timeSpan : index / (points.length - 1);
    return xStart + fraction * (xEnd - xStart);
  };
  const placed = points.map((point, index) => ({ x: coordinate(xFor(point, index)), y: yFor(point.score), score: point.score }));

  const font = `font-family="sans-serif" fill="${colours.text}"`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(describeRatings(ratings))}</title>`,
    // A white ground keeps the contrast in dark themes too.
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${colours.background}"/>`,
  ];

  for (const level of [0, 5, 10]) {
    const y = coordinate(yFor(level));
    parts.push(
      `<line x1="${plot.left}" y1="${y}" x2="${plot.right}" y2="${y}" stroke="${colours.grid}" stroke-width="1"/>`,
      `<text x="${plot.left - 6}" y="${y}" dy="0.35em" text-anchor="end" font-size="10" ${font}>${level}</text>`,
    );
  }

  if (placed.length > 0) {
    const polylinePoints = placed.map((point) => `${point.x},${coordinate(point.y)}`).join(' ');
    parts.push(
      `<polyline points="${polylinePoints}" fill="none" stroke="${colours.line}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
    for (const point of placed) {
      parts.push(`<circle cx="${point.x}" cy="${coordinate(point.y)}" r="3.5" fill="${colours.line}"/>`);
    }
    for (const point of placed) {
      parts.push(
        `<text x="${point.x}" y="${coordinate(point.y - 7)}" text-anchor="middle" font-size="10" font-weight="bold" ${font}>${scoreLabel(point.score)}</text>`,
      );
    }
  }

  // The first and latest dates under the plot; the altText has every date.
  const dateY = coordinate(height - 6);
  const firstDate = first === undefined ? undefined : londonDate(first.millis);
  const lastDate = last === undefined ? undefined : londonDate(last.millis);
  if (firstDate !== undefined && lastDate !== undefined && firstDate !== lastDate) {
    parts.push(
      `<text x="${xStart}" y="${dateY}" text-anchor="start" font-size="10" ${font}>${escapeXml(firstDate)}</text>`,
      `<text x="${xEnd}" y="${dateY}" text-anchor="end" font-size="10" ${font}>${escapeXml(lastDate)}</text>`,
    );
  } else if (lastDate !== undefined) {
    parts.push(
      `<text x="${coordinate((xStart + xEnd) / 2)}" y="${dateY}" text-anchor="middle" font-size="10" ${font}>${escapeXml(lastDate)}</text>`,
    );
  }

  parts.push('</svg>');
  return parts.join('');
}

/** {@link ratingChartSvg} as a `data:image/svg+xml;base64,...` URL for an Adaptive Card Image. */
export function ratingChartDataUrl(ratings: readonly GoalRating[], options?: RatingChartOptions): string {
  return `data:image/svg+xml;base64,${Buffer.from(ratingChartSvg(ratings, options), 'utf8').toString('base64')}`;
}
