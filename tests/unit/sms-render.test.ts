import { CardFactory, MessageFactory, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isGsm7, toGsm7Friendly } from '../../adapters/sms/gsm7-text';
import {
  combineReplies,
  renderForSms,
  renderSmsReply,
  replyMoreNote,
  splitForSms,
  stripMarkdown,
  type SmsReply,
} from '../../adapters/sms/sms-render';
import { segmentInfo } from '../../adapters/sms/sms-segments';
import { resultsReply, type ResultsPage } from '../../dialogs/activity-results-reply';
import { choiceReply } from '../../dialogs/choice-reply';
import { exportReply } from '../../dialogs/export-reply';
import { progressCard } from '../../dialogs/progress-card';
import type { ActivityResult } from '../../src/domain/activities/activity-search';
import { riskCategories, type RiskCategory } from '../../src/domain/risk/risk-check';
import { safetyReply, type OpenTeam } from '../../src/domain/safety-reply';
import type { Nation } from '../../src/domain/sites';
import type { Goal } from '../../src/domain/wellbeing/wellbeing-record';
import { activityFixture } from '../support/admin-activity-fixture';

describe('toGsm7Friendly', () => {
  it.each([
    ['\u2018single\u2019', "'single'"],
    ['low\u201Aquote', "low'quote"],
    ['\u201Breversed', "'reversed"],
    ['\u201Cdouble\u201D', '"double"'],
    ['\u201Elow double', '"low double'],
    ['10\u201312', '10-12'],
    ['walk \u2014 then tea', 'walk - then tea'],
    ['\u22122', '-2'],
    ['wait\u2026', 'wait...'],
    ['no\u00A0break', 'no break'],
    ['thin\u2009space and narrow\u202Fone', 'thin space and narrow one'],
    ['\u2022 item', '- item'],
    ['4 \u2192 7', '4 -> 7'],
    ['if \u21D2 then', 'if -> then'],
    ['2 \u00D7 3', '2 x 3'],
    ['\u00BD hour', '1/2 hour'],
    ['tab\there', 'tab here'],
    ['zero\u200Bwidth', 'zerowidth'],
  ])('replaces %j with %j, which is GSM-7', (input, expected) => {
    expect(isGsm7(input)).toBe(false);
    expect(toGsm7Friendly(input)).toBe(expected);
    expect(isGsm7(toGsm7Friendly(input))).toBe(true);
  });

  it('writes line breaks as a single LF, which counts as one character', () => {
    expect(toGsm7Friendly('line\r\nbreak\rend')).toBe('line\nbreak\nend');
    expect(segmentInfo(toGsm7Friendly('a\r\nb')).characters).toBe(3);
  });

  it('turns a progress line into GSM-7', () => {
    const line = toGsm7Friendly('Sleep better: 4 \u2192 7, up 3');
    expect(line).toBe('Sleep better: 4 -> 7, up 3');
    expect(isGsm7(line)).toBe(true);
  });

  it('keeps £ (GSM-7) and € (GSM-7 extension, counted twice)', () => {
    expect(toGsm7Friendly('£3 or €4')).toBe('£3 or €4');
    expect(isGsm7('£3 or €4')).toBe(true);
    expect(segmentInfo('€').characters).toBe(2);
    expect(segmentInfo('£').characters).toBe(1);
  });

  it('keeps emoji and letters without a plain equivalent, so the text goes as UCS-2', () => {
    expect(toGsm7Friendly('Well done \u{1F389}')).toBe('Well done \u{1F389}');
    expect(toGsm7Friendly('Si\u00E2n')).toBe('Si\u00E2n');
    expect(isGsm7('Well done \u{1F389}')).toBe(false);
    expect(toGsm7Friendly('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });

  it('leaves plain GSM-7 text alone', () => {
    const text = 'Café at 10am, 5 [free] places: ask @ the desk!';
    expect(toGsm7Friendly(text)).toBe(text);
    expect(isGsm7(text)).toBe(true);
  });
});

describe('segmentInfo', () => {
  it.each([
    [160, 1],
    [161, 2],
    [153 * 2, 2],
    [153 * 3, 3],
    [153 * 3 + 1, 4],
  ])('counts %i GSM-7 characters as %i segments', (length, segments) => {
    expect(segmentInfo('a'.repeat(length))).toEqual({ encoding: 'GSM-7', segments, characters: length });
  });

  it.each([
    [70, 1],
    [71, 2],
    [67 * 3, 3],
    [67 * 3 + 1, 4],
  ])('counts %i UCS-2 characters as %i segments', (length, segments) => {
    expect(segmentInfo('\u015B'.repeat(length))).toEqual({ encoding: 'UCS-2', segments, characters: length });
  });

  it('counts an emoji as two UCS-2 characters', () => {
    expect(segmentInfo('\u{1F600}'.repeat(35))).toEqual({ encoding: 'UCS-2', segments: 1, characters: 70 });
    expect(segmentInfo('\u{1F600}'.repeat(36)).segments).toBe(2);
  });

  it('sends a whole message as UCS-2 for one curly apostrophe, and GSM-7 again once it is replaced', () => {
    const text = `${'You\u2019re doing well. '.repeat(6)}Keep going.`;
    expect(text.length).toBeLessThanOrEqual(160);
    expect(segmentInfo(text)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(segmentInfo(toGsm7Friendly(text))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('counts nothing for an empty body', () => {
    expect(segmentInfo('').segments).toBe(0);
  });
});

describe('stripMarkdown', () => {
  it.each([
    ['**Bold** and __strong__', 'Bold and strong'],
    ['*it* and _it_', 'it and it'],
    ['~~gone~~', 'gone'],
    ['See [the guide](https://example.org/guide)', 'See the guide (https://example.org/guide)'],
    ['[https://example.org](https://example.org)', 'https://example.org'],
    ['Call [0161 496 0000](tel:+441614960000)', 'Call 0161 496 0000'],
    ['[Email us](mailto:team@example.org)', 'Email us (team@example.org)'],
    ['# Heading\nText', 'Heading\nText'],
    ['### Small heading ###', 'Small heading'],
    ['Type `help`', 'Type help'],
    ['```\ncode\n```', 'code'],
    ['> quoted', 'quoted'],
    ['* one\n+ two\n- three', '- one\n- two\n- three'],
    ['**When:** Tuesday', 'When: Tuesday'],
    ['2 \\* 3 \\_ 4 \\[x\\]', '2 * 3 _ 4 [x]'],
  ])('reads %j as %j', (markdown, plain) => {
    expect(stripMarkdown(markdown)).toBe(plain);
  });

  it('leaves underscores and asterisks inside words alone', () => {
    expect(stripMarkdown('snake_case_name and 2*3*4 and first_last@example.org')).toBe('snake_case_name and 2*3*4 and first_last@example.org');
  });

  it('gives back text escaped for a card', () => {
    expect(stripMarkdown('1\\. Knit \\& natter \\(drop\\-in\\)')).toBe('1. Knit & natter (drop-in)');
  });
});

describe('renderForSms', () => {
  it('sends the text of a message without its markdown, in GSM-7 where it can', () => {
    expect(renderForSms(MessageFactory.text('You\u2019ve set **3 goals** \u2014 well done\u2026'))).toBe("You've set 3 goals - well done...");
  });

  it('keeps the text of a plain-text message as it is', () => {
    expect(renderForSms({ type: 'message', text: 'Rate it *out of* 10', textFormat: 'plain' })).toBe('Rate it *out of* 10');
  });

  it('turns suggested actions into a numbered list, one per line', () => {
    expect(renderForSms(choiceReply('Would you like a **reminder**?', ['Yes', 'No', 'Not now']))).toBe('Would you like a reminder?\n1. Yes\n2. No\n3. Not now');
  });

  it('numbers choices given as values when they have no title', () => {
    const activity = { type: 'message', text: 'Pick one', suggestedActions: { to: [], actions: [{ type: 'imBack', title: '', value: 'Morning' }] } };
    expect(renderForSms(activity)).toBe('Pick one\n1. Morning');
  });

  it('sends nothing for typing, trace, events or an empty message', () => {
    expect(renderForSms({ type: 'typing' })).toBeUndefined();
    expect(renderForSms({ type: 'trace', text: 'state saved' })).toBeUndefined();
    expect(renderForSms({ type: 'event', name: 'x', text: 'hidden' })).toBeUndefined();
    expect(renderForSms({ type: 'message', text: '   ' })).toBeUndefined();
  });

  it('sends the data export as its download link, whole, in GSM-7 and one reply', () => {
    // Base64url has "_": "-_ab_-" would read as Markdown emphasis and lose its underscores.
    const url = `https://companion.example.org/my-data/${'A'.repeat(16)}-_ab_-.tb0x4k.${'b-_9'.repeat(5)}z2`;
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'sms', from: { id: '+447700900123', name: '' } });
    const sms = renderForSms(exportReply(context, { url, fileName: 'living-well-my-data-2026-12-06.json', validForMinutes: 10 })) ?? '';
    expect(sms).toContain('open this link on a phone or computer');
    expect(sms.endsWith(`\n${url}`)).toBe(true);
    expect(isGsm7(sms)).toBe(true);
    expect(splitForSms(sms)).toEqual({ first: sms, rest: undefined });
  });

  it('reads an Adaptive Card without fallbackText or speak from its TextBlocks and FactSets', () => {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: '**Callback** booked' },
        { type: 'Container', items: [{ type: 'FactSet', facts: [{ title: 'When', value: 'Tomorrow, 10am' }, { title: 'Ref', value: 'LW\\-42' }] }] },
        { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'In a column' }] }] },
        { type: 'TextBlock', text: 'Hidden', isVisible: false },
        { type: 'Image', url: 'https://example.org/x.png' },
      ],
      actions: [{ type: 'Action.Submit', title: 'Cancel' }],
    });
    expect(renderForSms(MessageFactory.attachment(card))).toBe('Callback booked\nWhen: Tomorrow, 10am\nRef: LW-42\nIn a column');
  });

  it('reads activity result cards from their spoken text, one line each, after the message text', () => {
    const now = Date.parse('2026-11-02T09:00:00Z');
    const next = { start: Date.parse('2026-11-03T10:00:00Z'), end: Date.parse('2026-11-03T11:30:00Z') };
    const results: ActivityResult[] = [
      { activity: activityFixture({ name: 'Tuesday walking group' }), next, online: false, distanceKm: 0.8 },
      { activity: activityFixture({ name: 'Knit & natter \u2013 drop-in' }), next, online: false, distanceKm: 1.2 },
    ];
    const page: ResultsPage = { results, firstPosition: 1, total: 2, now };
    const body = renderForSms(resultsReply(page, true)) ?? '';
    const lines = body.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('2 activities found. Type a number for all the details, or use "Remind me" on a card.');
    expect(lines[1]).toBe(
      '1. Tuesday walking group. When: Tomorrow, 10am to 11:30am. Where: Example Park gates, M6 5AA, 0.8 km away. Cost: Free. ' +
        'Access: Step-free access. How to join: Just turn up at the park gates.',
    );
    expect(lines[2]).toMatch(/^2\. Knit & natter - drop-in\. When: Tomorrow/);
    expect(body).not.toMatch(/[\\*]/);
    expect(isGsm7(body)).toBe(true);
  });

  it('reads the progress card from its fallback text, with the arrow made GSM-7', () => {
    const goal: Goal = {
      id: 'goal-1',
      text: 'Sleep better',
      status: 'active',
      createdAt: '2026-11-01T09:00:00Z',
      statusChangedAt: '2026-11-01T09:00:00Z',
      ratings: [
        { score: 4, at: '2026-11-03T10:00:00Z' },
        { score: 7, at: '2026-11-24T10:00:00Z' },
      ],
    };
    const card = progressCard([{ goal, line: '4 \u2192 7, up 3 (3/11/2026 to 24/11/2026)', celebration: 'That\u2019s a meaningful change.' }]);
    const body = renderForSms(MessageFactory.attachment(card, 'Here is how your goals are going.'));
    expect(body).toBe(
      "Here is how your goals are going.\nYour progress. Sleep better: 4 -> 7, up 3 (3/11/2026 to 24/11/2026). That's a meaningful change.",
    );
    expect(segmentInfo(body ?? '')).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('separates cards of several lines with a blank line', () => {
    const card = (title: string) => CardFactory.adaptiveCard({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: title }, { type: 'TextBlock', text: 'details' }] });
    expect(renderForSms(MessageFactory.carousel([card('One'), card('Two')], 'Cards:'))).toBe('Cards:\n\nOne\ndetails\n\nTwo\ndetails');
  });
});

describe('the safety reply on SMS', () => {
  const openTeam: OpenTeam = { teamName: 'Tameside & Glossop Living Well', phone: '0161 496 0123', until: '5pm' };
  const cases = riskCategories.flatMap((category) =>
    (['england', 'scotland', undefined] as const).flatMap((nation) =>
      (['concern', 'urgent'] as const).flatMap((level) => [undefined, openTeam].map((team) => ({ category, nation, level, team }))),
    ),
  );

  function rendered(category: RiskCategory, nation: Nation | undefined, level: 'concern' | 'urgent', team: OpenTeam | undefined) {
    const reply = safetyReply({ level, categories: [category] }, nation, team);
    const sms = renderSmsReply({ type: 'message', text: reply.text, channelData: { safety: reply.marker } });
    return { reply, sms };
  }

  it.each(cases)('goes whole, as GSM-7, in one message ($category, $nation, $level)', ({ category, nation, level, team }) => {
    const { reply, sms } = rendered(category, nation, level, team);
    expect(sms).toEqual({ text: reply.text, safety: true });
    const info = segmentInfo(sms?.text ?? '');
    expect(info.encoding).toBe('GSM-7');
    // Never cut: within one (concatenated) message of at most 5 parts, whatever it needs.
    expect(info.segments).toBeGreaterThanOrEqual(3);
    expect(info.segments).toBeLessThanOrEqual(5);
    expect(splitForSms(sms ?? { text: '', safety: true })).toEqual({ first: reply.text, rest: undefined });
  });

  it('takes 3 segments at the shortest and 5 at the longest', () => {
    const counts = cases.map(({ category, nation, level, team }) => segmentInfo(rendered(category, nation, level, team).sms?.text ?? '').segments);
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(5);
    // The commonest case, England, no team open, "concern": exactly 3 segments (459 characters).
    expect(segmentInfo(rendered('suicide_self_harm', 'england', 'concern', undefined).sms?.text ?? '')).toEqual({ encoding: 'GSM-7', segments: 3, characters: 459 });
  });

  it('stays GSM-7 when a team name has a curly apostrophe', () => {
    const { sms } = rendered('overdose', 'england', 'urgent', { teamName: 'St Mary\u2019s Living Well', phone: '020 7946 0000' });
    expect(sms?.text).toContain("St Mary's Living Well");
    expect(isGsm7(sms?.text ?? '')).toBe(true);
  });
});

describe('splitForSms', () => {
  const paragraph = (index: number) => `Paragraph ${index} says something. It goes on for a while, then ends here.`;

  it('sends a body that fits as it is', () => {
    expect(splitForSms('Short and sweet.')).toEqual({ first: 'Short and sweet.', rest: undefined });
    const full = 'a'.repeat(153 * 3);
    expect(splitForSms(full)).toEqual({ first: full, rest: undefined });
  });

  it('cuts a long body at a paragraph, asks for MORE, and keeps every word', () => {
    const paragraphs = Array.from({ length: 10 }, (_, index) => paragraph(index + 1));
    const body = paragraphs.join('\n\n');
    const { first, rest } = splitForSms(body);
    expect(first.endsWith(replyMoreNote)).toBe(true);
    expect(segmentInfo(first).segments).toBeLessThanOrEqual(3);
    const sent = first.slice(0, -replyMoreNote.length);
    expect(sent.endsWith('then ends here.')).toBe(true);
    expect(rest?.startsWith('Paragraph ')).toBe(true);
    expect(`${sent}\n\n${rest ?? ''}`).toBe(body);
    expect(splitForSms(rest ?? '').rest).toBeUndefined();
  });

  it('respects a smaller number of segments', () => {
    const body = Array.from({ length: 6 }, (_, index) => paragraph(index + 1)).join('\n\n');
    const { first, rest } = splitForSms(body, 1);
    expect(first).toBe(`${paragraph(1)}${replyMoreNote}`);
    expect(segmentInfo(first).segments).toBe(1);
    expect(rest?.startsWith('Paragraph 2')).toBe(true);
  });

  it('cuts at a line, not inside a numbered choice line, when there are no paragraphs', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `${index + 1}. Choice number ${index + 1}. It has a long label to read. Really long.`);
    const body = ['Which one?', ...lines].join('\n');
    const { first, rest } = splitForSms(body);
    const sent = first.slice(0, -replyMoreNote.length);
    expect(segmentInfo(first).segments).toBeLessThanOrEqual(3);
    expect(body.startsWith(`${sent}\n`)).toBe(true);
    expect(sent.split('\n').every((line) => line === 'Which one?' || lines.includes(line))).toBe(true);
    expect(rest?.split('\n').every((line) => lines.includes(line))).toBe(true);
  });

  it('cuts at a sentence when a paragraph is one long line', () => {
    const body = Array.from({ length: 12 }, (_, index) => `Sentence ${index + 1} is here and it is fairly long.`).join(' ');
    const { first, rest } = splitForSms(body);
    expect(first.slice(0, -replyMoreNote.length).endsWith('fairly long.')).toBe(true);
    expect(rest?.startsWith('Sentence ')).toBe(true);
  });

  it('never cuts inside a phone number, even when it must cut between words', () => {
    for (let shift = 0; shift < 20; shift += 1) {
      const body = `${'word '.repeat(85 + shift)}call 0800 83 85 87 then ${'more words '.repeat(30)}`.trim();
      const { first, rest } = splitForSms(body);
      const sent = first.slice(0, -replyMoreNote.length);
      expect(segmentInfo(first).segments).toBeLessThanOrEqual(3);
      expect(/\d$/.test(sent) && /^\d/.test(rest ?? '')).toBe(false);
      const number = '0800 83 85 87';
      expect(sent.includes(number) || (rest ?? '').includes(number)).toBe(true);
    }
  });

  it('prefers a fuller first part over a coarse cut that sends little', () => {
    const body = `Hi.\n\n${Array.from({ length: 20 }, (_, index) => `Line ${index + 1} of the list here.`).join('\n')}`;
    const { first } = splitForSms(body);
    expect(first.length).toBeGreaterThan(300);
  });

  it('cuts a UCS-2 body within its smaller parts', () => {
    const body = Array.from({ length: 12 }, (_, index) => `Well done \u{1F389} step ${index + 1}.`).join('\n');
    const { first, rest } = splitForSms(body);
    expect(segmentInfo(first)).toMatchObject({ encoding: 'UCS-2' });
    expect(segmentInfo(first).segments).toBeLessThanOrEqual(3);
    expect(rest).toBeDefined();
  });
});

describe('combineReplies', () => {
  it('joins short replies with a blank line, in order', () => {
    expect(combineReplies(['Thanks, saved.', 'What next?\n1. Goals\n2. Activities'])).toEqual(['Thanks, saved.\n\nWhat next?\n1. Goals\n2. Activities']);
  });

  it('starts a new text when joining would go over 3 segments', () => {
    const long = 'x'.repeat(455);
    expect(segmentInfo(long).segments).toBe(3);
    expect(combineReplies(['One.', long, 'Two.', 'Three.'])).toEqual(['One.', long, 'Two.\n\nThree.']);
  });

  it('does not join a GSM-7 reply to a UCS-2 one when that would cost more segments', () => {
    const gsm = 'a'.repeat(150);
    expect(combineReplies([gsm, 'Nice \u{1F389}'])).toEqual([gsm, 'Nice \u{1F389}']);
    expect(combineReplies(['Nice \u{1F389}', 'Well done.'])).toEqual(['Nice \u{1F389}\n\nWell done.']);
  });

  it('keeps a safety reply on its own and first when it was first', () => {
    const safety: SmsReply = { text: 'Safety text with 999 and 116 123.', safety: true };
    const replies: SmsReply[] = [safety, { text: 'Carry on?', safety: false }, { text: '1. Yes\n2. No', safety: false }];
    expect(combineReplies(replies)).toEqual([safety, { text: 'Carry on?\n\n1. Yes\n2. No', safety: false }]);
    const after: SmsReply[] = [{ text: 'Saved.', safety: false }, safety, { text: 'Next?', safety: false }];
    expect(combineReplies(after)).toEqual(after);
  });

  it('drops empty bodies', () => {
    expect(combineReplies(['', 'Hello', '  '])).toEqual(['Hello']);
  });
});
