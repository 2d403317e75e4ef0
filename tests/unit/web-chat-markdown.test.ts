import { describe, expect, it } from 'vitest';
import { asShownInWebChat, webChatMarkdown } from '../../adapters/webchat/webchat-render';
import { crisisLines, urgentHelpText } from '../../src/domain/crisis-lines';

describe('bot text as Web Chat shows it', () => {
  it('keeps each line of contact details on its own line, numbers and emails as links', () => {
    const details = ['Salford Living Well Team', 'Open now until 5pm.', 'Phone: 0161 496 0234', 'Email: livingwell.salford@example.org'].join('\n');
    expect(webChatMarkdown(details)).toBe(
      [
        'Salford Living Well Team  ',
        'Open now until 5pm.  ',
        'Phone: [0161 496 0234](tel:+441614960234)  ',
        'Email: [livingwell.salford@example.org](mailto:livingwell.salford@example.org)',
      ].join('\n'),
    );
  });

  it("keeps a callback confirmation's sentences on their own lines", () => {
    const confirmation = ["Done: I've sent your request. Your reference is CB-7K3M9Q.", 'They will call you at a time you chose.', 'Type "my callback" to see how it is going.'];
    expect(webChatMarkdown(confirmation.join('\n'))).toBe(confirmation.join('  \n'));
  });

  it('leaves a number to text as it is: Web Chat allows no sms: links, and a tel: link would ring a text-only line', () => {
    expect(webChatMarkdown('Text: 07700 900104')).toBe('Text: 07700 900104');
    expect(webChatMarkdown('Call or text us on 07700 900104')).toBe('Call or text us on [07700 900104](tel:+447700900104)');
  });

  it('links a number written in brackets without its brackets ("my data": "your number (07700 900123)")', () => {
    expect(webChatMarkdown('your name (Sam), your number (07700 900123) and the best times')).toBe(
      'your name (Sam), your number ([07700 900123](tel:+447700900123)) and the best times',
    );
  });

  it('makes the crisis lines tap to call: "call 999", "call 116 123", "call 111", "call 0800 83 85 87"', () => {
    expect(webChatMarkdown(urgentHelpText())).toBe(
      [
        'If you need help now:',
        '- If you are in immediate danger, call [999](tel:999) or go to A&E.',
        '- Samaritans: call [116 123](tel:116123) (free, any time).',
        '- Shout: text SHOUT to 85258 (any time).',
      ].join('\n'),
    );
    expect(webChatMarkdown(crisisLines.nhs111England)).toContain('call [111](tel:111) and choose');
    expect(webChatMarkdown(crisisLines.breathingSpaceScotland)).toContain('call [0800 83 85 87](tel:+44800838587)');
  });

  it('links short numbers only after "call", and only as whole numbers', () => {
    expect(webChatMarkdown('Meet in room 111 at 9am.')).toBe('Meet in room 111 at 9am.');
    expect(webChatMarkdown('call 1112 or call 9990')).toBe('call 1112 or call 9990');
  });

  it('starts a new paragraph after a list, so the line after it is not read as part of its last item', () => {
    const summary = ['Thanks for checking in. Where things stand:', '- Sleep better: 4 → 7', '- Walk more: 3 → 3', 'That is real progress.'].join('\n');
    expect(webChatMarkdown(summary)).toBe(
      ['Thanks for checking in. Where things stand:', '- Sleep better: 4 → 7', '- Walk more: 3 → 3', '', 'That is real progress.'].join('\n'),
    );
  });

  it('keeps paragraphs, Windows newlines and one-line texts as they were', () => {
    expect(webChatMarkdown('One.\n\nTwo.')).toBe('One.\n\nTwo.');
    expect(webChatMarkdown('One.\r\nTwo.')).toBe('One.  \nTwo.');
    expect(webChatMarkdown('What would you like to do?')).toBe('What would you like to do?');
  });

  it('leaves links, URLs and code spans that are already there alone', () => {
    const text = 'See https://example.org/call-01614960234, [our page](https://example.org), <mailto:a@example.org> or `0161 496 0234`.';
    expect(webChatMarkdown(text)).toBe(text);
  });
});

describe('what the local Direct Line sends Web Chat', () => {
  const bot = { id: 'living-well-companion', role: 'bot' };

  it("rewrites the bot's Markdown messages", () => {
    const activity = { type: 'message', from: bot, text: 'Phone: 0161 496 0234\nThanks', suggestedActions: { actions: [] } };
    expect(asShownInWebChat(activity)).toEqual({ ...activity, text: 'Phone: [0161 496 0234](tel:+441614960234)  \nThanks' });
  });

  it('leaves what the person typed, plain-text messages and other activities as they are', () => {
    const typed = { type: 'message', from: { id: 'dl_x', role: 'user' }, text: 'ring me on 0161 496 0234\nplease' };
    const plain = { type: 'message', from: bot, textFormat: 'plain', text: 'a\nb' };
    const event = { type: 'event', from: bot, name: 'x', text: 'a\nb' };
    for (const activity of [typed, plain, event]) expect(asShownInWebChat(activity)).toBe(activity);
  });
});
