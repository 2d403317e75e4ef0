import { describe, expect, it } from 'vitest';
import { matchGlobalCommand } from '../../src/domain/global-command';
import { mainMenuOption, mainMenuOptions } from '../../src/domain/main-menu';

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

  it('finds an option by id', () => {
    expect(mainMenuOption('my-data').label).toBe('My data');
  });
});
