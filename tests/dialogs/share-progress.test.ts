import { describe, expect, it } from 'vitest';
import { progressSharingWordingVersion } from '../../src/domain/progress-sharing';
import { DialogChat, buttonsOf, textOf } from '../support/dialog-chat';
import { TestClock } from '../support/test-clock';

const person = 'emulator:user1';

describe('"share my progress with my team"', () => {
  it('says what is shared and with whom, records a yes with its time and wording, shows it in my data and the export, and stops on request', async () => {
    const clock = new TestClock(Date.parse('2026-12-07T10:00:00.000Z'));
    const chat = new DialogChat('emulator', undefined, clock);
    await chat.onboard('Salford');

    const asked = await chat.say('share my progress with my team');
    expect(textOf(asked)).toContain('the Salford Living Well team will see your goal ratings (the 0 to 10 scores, not your notes)');
    expect(buttonsOf(asked)).toEqual(['Yes, share it', "No, don't share"]);
    // Nothing is kept before the answer.
    expect((await chat.stores.people.get(person))?.progressSharing).toBeUndefined();

    expect(await chat.sayText('Yes, share it')).toContain('Done. The Salford Living Well team will see your goal ratings');
    expect((await chat.stores.people.get(person))?.progressSharing).toEqual({ givenAt: '2026-12-07T10:00:00.000Z', wordingVersion: progressSharingWordingVersion });

    expect(await chat.sayText('my data')).toContain('That you chose to share your goal ratings with the Salford Living Well team, on 7 December 2026.');
    await chat.say('menu');
    expect(await chat.exportedDocument()).toMatchObject({ shareProgressWithTeam: { givenAt: '2026-12-07T10:00:00.000Z', wordingVersion: progressSharingWordingVersion } });

    expect(await chat.sayText('share my progress')).toContain("You've shared your progress with the Salford Living Well team since 7 December 2026");
    expect(await chat.sayText('stop sharing my progress')).toContain("I've stopped sharing your progress");
    expect((await chat.stores.people.get(person))?.progressSharing).toBeUndefined();
    expect(await chat.sayText('my data')).not.toContain('share your goal ratings');
    await chat.say('menu');
    expect(await chat.sayText('stop sharing my progress')).toContain("You're not sharing your progress");
  });

  it('keeps nothing on a no, and asks again on an answer it does not understand', async () => {
    const chat = new DialogChat();
    await chat.onboard('Lambeth');
    await chat.say('share progress');
    expect(buttonsOf(await chat.say('purple'))).toEqual(['Yes, share it', "No, don't share"]);
    expect(await chat.sayText('no')).toContain("I won't share your progress");
    expect((await chat.stores.people.get(person))?.progressSharing).toBeUndefined();
  });

  it('needs consent to saving, and a Living Well site', async () => {
    const declined = new DialogChat();
    await declined.say('hi');
    await declined.say('No thanks');
    expect(await declined.sayText('share my progress')).toContain('only share your progress if you have agreed');
    expect(await declined.stores.people.get(person)).toBeUndefined();

    const elsewhere = new DialogChat();
    await elsewhere.onboard('Somewhere else');
    expect(await elsewhere.sayText('share my progress')).toContain('no team to share your progress with');
    expect((await elsewhere.stores.people.get(person))?.progressSharing).toBeUndefined();
  });
});
