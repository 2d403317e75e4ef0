import { describe, expect, it } from 'vitest';
import { matchGlobalCommand } from '../../src/domain/global-command';
import { mainMenuOptions, matchMainMenuOption } from '../../src/domain/main-menu';

describe('matchGlobalCommand', () => {
  it.each([
    ['help', 'help'],
    ['HELP!', 'help'],
    ['  Menu ', 'menu'],
    ['main menu', 'menu'],
    ['cancel', 'cancel'],
    ['Never mind.', 'cancel'],
  ])('takes %j as %s', (text, command) => {
    expect(matchGlobalCommand(text)).toBe(command);
  });

  it.each(['I need help with my goals', 'the menu at the cafe', 'stop', 'quit', '', undefined])(
    'does not take %j as a command',
    (text) => {
      expect(matchGlobalCommand(text)).toBeUndefined();
    },
  );
});

describe('mainMenuOptions', () => {
  it('lists the five branches in order with unique ids', () => {
    expect(mainMenuOptions.map((option) => option.label)).toEqual([
      'Goals',
      'Activities',
      'Contact team',
      'My data',
      'Help',
    ]);
    expect(new Set(mainMenuOptions.map((option) => option.id)).size).toBe(mainMenuOptions.length);
  });
});

describe('matchMainMenuOption', () => {
  it.each([
    ['1', 'goals'],
    ['2.', 'activities'],
    ['option 3', 'contact-team'],
    ['four', 'my-data'],
    ['5', 'help'],
    ['GOALS', 'goals'],
    ['Contact team', 'contact-team'],
    ["what's on", 'activities'],
    ['whats on?', 'activities'],
    ['call back', 'contact-team'],
    ['My Data!', 'my-data'],
  ])('takes %j as %s', (text, id) => {
    expect(matchMainMenuOption(text)).toBe(id);
  });

  it.each(['0', '6', '12', 'banana', '', '   ', undefined, 'I want to set some goals for my sleep'])(
    'finds no option in %j',
    (text) => {
      expect(matchMainMenuOption(text)).toBeUndefined();
    },
  );
});
