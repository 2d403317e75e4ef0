import { describe, expect, it } from 'vitest';
import { goalFromFreeText, maxGoalTextLength, parseGoalText } from '../../src/domain/wellbeing/goal-text';

describe('parseGoalText', () => {
  it.each([
    ['sleep better.', 'Sleep better'],
    ['  sleep   better  ', 'Sleep better'],
    ['Sleep better!!!', 'Sleep better'],
    ['sleep better . ! ', 'Sleep better'],
    ['walk to the\npark\tevery day', 'Walk to the park every day'],
    ['see my friends in London more', 'See my friends in London more'],
    ['use the NHS app', 'Use the NHS app'],
    ['feel less anxious?', 'Feel less anxious?'],
    ['éat breakfast', 'Éat breakfast'],
    ['3 walks a week', '3 walks a week'],
    ['x', 'X'],
  ])('tidies %j to %j', (text, expected) => {
    expect(parseGoalText(text)).toEqual({ ok: true, text: expected });
  });

  it.each(['', '   ', '...', ' ! . ', undefined])('finds no goal in %j', (text) => {
    expect(parseGoalText(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it('accepts a goal of exactly the maximum length', () => {
    const text = `S${'a'.repeat(maxGoalTextLength - 1)}`;
    expect(parseGoalText(text)).toEqual({ ok: true, text });
  });

  it('refuses a goal one character over the maximum', () => {
    expect(parseGoalText('a'.repeat(maxGoalTextLength + 1))).toEqual({ ok: false, reason: 'too-long' });
  });

  it('measures the length after tidying', () => {
    const text = `  ${'a'.repeat(maxGoalTextLength)}.....   `;
    expect(parseGoalText(text)).toEqual({ ok: true, text: `A${'a'.repeat(maxGoalTextLength - 1)}` });
  });

  it('allows 120 characters', () => {
    expect(maxGoalTextLength).toBe(120);
  });
});

describe('goalFromFreeText', () => {
  it.each([
    ["I'd like to sleep better", 'Sleep better'],
    ['I’d like to sleep better', 'Sleep better'],
    ['Id like to sleep better', 'Sleep better'],
    ['id like to sleep better.', 'Sleep better'],
    ['I would like to sleep better', 'Sleep better'],
    ["I'd love to go swimming again!", 'Go swimming again'],
    ["I'd really like to feel calmer", 'Feel calmer'],
    ['I want to walk more', 'Walk more'],
    ['i really want to walk more', 'Walk more'],
    ['I just want to feel like myself again', 'Feel like myself again'],
    ['I wanna cook more', 'Cook more'],
    ['I WANT TO WALK MORE', 'WALK MORE'],
    ['I want to be able to get the bus on my own', 'Be able to get the bus on my own'],
    ['My goal is to sleep better', 'Sleep better'],
    ['my goal is sleeping better', 'Sleeping better'],
    ['My goal is: three walks a week', 'Three walks a week'],
    ['I wish I could play the guitar', 'Play the guitar'],
    ['I hope to go back to work', 'Go back to work'],
    ["I'm trying to drink less coffee", 'Drink less coffee'],
    ['Im trying to drink less coffee', 'Drink less coffee'],
    ['I am trying to get out more', 'Get out more'],
    ["I'd like to get back into running", 'Get back into running'],
    ['I want to see my friends in London more', 'See my friends in London more'],
    ['I want to talk to my mum more often', 'Talk to my mum more often'],
    ['I want to stop smoking', 'Stop smoking'],
    ['I want to help out at the food bank', 'Help out at the food bank'],
    ['  I want   to   walk   more  ', 'Walk more'],
    ['I want to sleep better?', 'Sleep better'],
  ])('finds the goal in %j', (text, goal) => {
    expect(goalFromFreeText(text)).toBe(goal);
  });

  it.each([
    'I want to talk to someone',
    'I want to talk',
    "I'd like to speak to my team",
    'I want to speak to someone about my medication',
    'I want to contact my team',
    'I want to call the crisis team',
    'I want to chat with a real person',
    'I want help',
    'I want to get help',
    "I'd like to get some support",
    'I want to delete my data',
    'I want to see my data',
    'I want to withdraw my consent',
    'I want to stop',
    'I want to stop this',
    'I want to stop getting messages',
    'I want to quit',
    'I want to unsubscribe',
    'I want to set a goal',
    "I'd like to add another goal",
    'I want to go back to the menu',
    'I want to know how this works',
    'I want to stop eating',
  ])('does not take the request %j as a goal', (text) => {
    expect(goalFromFreeText(text)).toBeUndefined();
  });

  it.each(['I want to die', 'I wish I could disappear', 'I want to end it all', 'I want to hurt myself'])(
    'never offers a message the risk check flags, %j, as a goal',
    (text) => {
      expect(goalFromFreeText(text)).toBeUndefined();
    },
  );

  it.each(['I want to cut', 'I just want to sleep', 'i wanna disappear', 'I wish I could go away', 'I want to end it', 'I want to let go'])(
    'never offers a bare act with no object, %j, as a goal (it may be a risk said briefly)',
    (text) => {
      expect(goalFromFreeText(text)).toBeUndefined();
    },
  );

  it.each(["I'd like to", 'I want to', 'I want to.', 'I want to ...', 'My goal is', 'my goal is to', 'I wish I could!', "I'm trying to", 'I want to do it'])(
    'finds nothing after the lead-in alone, %j',
    (text) => {
      expect(goalFromFreeText(text)).toBeUndefined();
    },
  );

  it.each([
    'sleep better',
    'I slept better',
    'I like to walk',
    'Ideally I would sleep more',
    'Would you like to go for a walk',
    'They want to walk more',
    'I want a dog',
    'Yesterday I wanted to walk',
    '',
    undefined,
  ])('finds no wish in %j', (text) => {
    expect(goalFromFreeText(text)).toBeUndefined();
  });

  it('gives up on a wish longer than the maximum goal length', () => {
    expect(goalFromFreeText(`I want to ${'a'.repeat(maxGoalTextLength + 1)}`)).toBeUndefined();
    expect(goalFromFreeText(`I want to ${'a'.repeat(maxGoalTextLength)}`)).toBe(`A${'a'.repeat(maxGoalTextLength - 1)}`);
  });
});
