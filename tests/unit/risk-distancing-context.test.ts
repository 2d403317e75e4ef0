import { describe, expect, it } from 'vitest';
import { heldAtDistance } from '../../src/domain/risk/distancing-context';
import { normaliseText } from '../../src/domain/risk/normalise-text';
import type { RiskModel } from '../../src/domain/risk/model/risk-model';
import { assessRisk } from '../../src/domain/risk/risk-check';

const distanced = (text: string): boolean => heldAtDistance(normaliseText(text));

/** A model that gives every message the same risk probability. */
function modelScoring(riskProbability: number): Pick<RiskModel, 'scoreNormalised'> {
  const probabilities = { safe: 1 - riskProbability, suicide_self_harm: riskProbability, overdose: 0, harm_to_others: 0, abuse_safeguarding: 0, eating_disorder: 0 };
  return { scoreNormalised: () => ({ riskProbability, category: 'suicide_self_harm', probabilities }) };
}

describe('heldAtDistance', () => {
  it.each([
    "I've been suicidal in the past but the meds and therapy have helped massively",
    "I used to self harm as a teen, scars have faded and I don't get the urge anymore",
    "I tried to kill myself in 2015. I'm in a much better place now",
    'The song Suicide Is Painless came on the radio in the van',
    "My module this term covers Durkheim's work on suicide",
    'We had a training day at work on spotting self harm in young people',
    "I'm a paramedic and we did a refresher on overdose today",
    'Has anyone watched the one about county lines on iPlayer?',
    "I used to starve myself at uni, now I'm actually enjoying cooking",
    'I overdosed in 2015 and the crisis team were brilliant. I volunteer with them now.',
    "Remember last year when I told you I wanted to die? Just wanted to say thank you, I don't feel like that anymore.",
    'the crossword answer was OVERDOSE and it took me ages to get it',
    "my mate overdosed last month but he's doing fine now and getting help",
    'I volunteer at a refuge for women fleeing domestic abuse',
    // Change 9, in wording no corpus row uses.
    "My uncle took an overdose in 2009. He's a postman now, three grandkids",
    'When I was at my lowest I used to burn myself. Sober 6 years now and I have my own flat',
    'Our neighbour died by suicide last spring and the street raised money for a bench',
    "we're doing The Bell Jar for book club next month",
    "the Samaritans guy on the radio said suicide rates went up, not in a scary way, he was hopeful",
  ])('reads %j as held at a distance', (text) => {
    expect(distanced(text)).toBe(true);
  });

  it.each([
    "I was suicidal years ago and it's back now",
    'used to cut, stopped for ages, did it again after court today',
    'I was doing well for years but last night I took 20 paracetamol',
    "I'm on a course for my anxiety and I'm suicidal",
    'started giving away all my books and records to people at church',
    'scratching my wrists with a paperclip in class',
    "I'm a teacher and I keep thinking about ending it",
    "I'm a nurse and I want to take the morphine from work and overdose",
    "We had a lecture on suicide today and now I can't stop thinking about doing it",
    'I used to self harm, not looking forward to anything now',
    "I overdosed in 2015 and I've just taken 30 tablets",
    "my mate overdosed last month and he's fine now but I keep thinking I want to do the same",
    "my neighbour's little girl had bruises again but she's fine now",
    'I volunteer at a food bank and I want to kill myself',
    "My uncle took an overdose in 2009 and I keep thinking I'll do the same",
    'When I was at my lowest I used to burn myself. It started again last night',
    'my daughter died by suicide and I want to be with her',
  ])('does not read %j as held at a distance', (text) => {
    expect(distanced(text)).toBe(false);
  });
});

describe('assessRisk with a concern held at a distance', () => {
  it('lets a low model score agree that a recovered past is no risk', () => {
    expect(assessRisk("I've been suicidal in the past but the meds and therapy have helped massively", modelScoring(0.1)).level).toBe('none');
  });

  it('keeps the rules when the model scores the same message high', () => {
    expect(assessRisk("I've been suicidal in the past but the meds and therapy have helped massively", modelScoring(0.6)).level).toBe('concern');
  });

  it('never lowers a message that brings the risk back, whatever the model says', () => {
    expect(assessRisk("I was suicidal years ago, therapy helped, but it's back now", modelScoring(0.01)).level).not.toBe('none');
  });
});

describe('assessRisk with an urgent act held at a distance', () => {
  const datedPast = 'I overdosed in 2015 and the crisis team were brilliant. I volunteer with them now.';

  it('lets a model score below the urgent bar agree that an act dated in the past is no risk', () => {
    expect(assessRisk(datedPast, modelScoring(0.1)).level).toBe('none');
  });

  it('keeps the urgent verdict when the model is less sure than that', () => {
    expect(assessRisk(datedPast, modelScoring(0.3)).level).toBe('urgent');
  });
});

describe('assessRisk where the message holds the risk at a distance and only the model would ask', () => {
  it("does not let a middling model score ask about a past with recovery ('volunteer with them now')", () => {
    expect(assessRisk('I had a really rough time in 2016. These days I volunteer with them', modelScoring(0.8)).level).toBe('none');
  });

  it('still lets a model score from the concern threshold through', () => {
    expect(assessRisk('I had a really rough time in 2016. These days I volunteer with them', modelScoring(0.95)).level).toBe('concern');
  });
});

describe('assessRisk where the rules explained a risk word away', () => {
  it("does not let a middling model score ask about an idiom the rules read ('I'd kill for a lie in')", () => {
    expect(assessRisk("Honestly I'd kill for a lie in", modelScoring(0.8)).level).toBe('none');
  });

  it('still lets a model score from the concern threshold through', () => {
    expect(assessRisk("Honestly I'd kill for a lie in", modelScoring(0.95)).level).toBe('concern');
  });

  it('lets a middling model score ask where nothing was explained away', () => {
    expect(assessRisk('I just want it all to stop for good', modelScoring(0.8)).level).not.toBe('none');
  });
});
