import { urgentHelpText } from '../src/domain/crisis-lines';

/** The first thing a new person sees: what this is, what it is not, urgent help. The privacy summary comes with the consent question. */
export function welcomeText(): string {
  return [
    "Hello, I'm the Living Well companion. Your Living Well team offers me so you can keep track of your goals, find things to do nearby and get in touch with them.",
    "I'm not an emergency service and I'm not a clinician, and no one is reading this chat as you type.",
    '',
    urgentHelpText(),
  ].join('\n');
}
