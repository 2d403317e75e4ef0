import { normaliseReply } from '../reply-text';
import { assessRisk } from '../risk/risk-check';

/** The longest goal kept, after cleaning: long enough for a sentence, short enough for a list. */
export const maxGoalTextLength = 120;

/** A goal in the person's words, tidied, or why it cannot be used. */
export type GoalTextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'empty' | 'too-long' };

/** Upper-cases the first character only, so the person's own capitals ("NHS", "London") stay. */
function capitaliseFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

/** Trims, collapses runs of whitespace and drops trailing full stops, exclamation marks and spaces. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.!\s]+$/u, '');
}

/**
 * Tidies a goal typed by the person: trims, collapses whitespace, drops trailing `.` and `!`,
 * and capitalises the first letter ("sleep better." → "Sleep better"). `too-long` when the
 * tidied text is over `maxGoalTextLength` characters.
 */
export function parseGoalText(text: string | undefined): GoalTextResult {
  const cleaned = capitaliseFirst(tidy(text ?? ''));
  if (cleaned === '') return { ok: false, reason: 'empty' };
  if (cleaned.length > maxGoalTextLength) return { ok: false, reason: 'too-long' };
  return { ok: true, text: cleaned };
}

const apostrophe = "['’‘`]?";
const really = '(?:really\\s+|just\\s+|so\\s+)?';

/**
 * Ways of saying "I'd like to ..." at the start of a message; what follows is the goal. Matched on
 * the text as typed (case-insensitive) so the person's own capitals in the rest are kept.
 */
const wishLeadIns: readonly RegExp[] = [
  // I'd like to / I’d love to / Id like to / I would really like to
  new RegExp(`^i\\s*(?:${apostrophe}d|\\s+would)\\s+${really}(?:like|love)\\s+to\\s+`, 'iu'),
  // I want to / I really want to / I wanna
  new RegExp(`^i\\s+${really}(?:want\\s+to|wanna)\\s+`, 'iu'),
  // My goal is to / My main goal is
  /^my\s+(?:main\s+|big\s+|first\s+|next\s+)?goal\s+is\s*:?\s+(?:to\s+)?/iu,
  // I wish I could
  new RegExp(`^i\\s+${really}wish\\s+i\\s+could\\s+`, 'iu'),
  // I hope to
  new RegExp(`^i\\s+${really}hope\\s+to\\s+`, 'iu'),
  // I'm trying to / Im trying to / I am trying to
  new RegExp(`^i\\s*(?:${apostrophe}m|\\s+am)\\s+${really}trying\\s+to\\s+`, 'iu'),
];

/**
 * Wishes that are requests for something now rather than goals to work towards: talking to
 * someone, getting help, the person's data, working the companion itself, or stopping the chat.
 * Tested on the normalised wish.
 * A missed goal costs little (the person can still add it); a request taken as a goal would
 * leave someone who asked for help being asked to rate it.
 */
const notGoals: readonly RegExp[] = [
  // What is left of a lead-in with nothing after it ("my goal is to", "I want to do it").
  /^(?:to|do it|do that|do this|it|that|this)$/,
  // Talking to a person or the team: "talk to someone", "speak to my team", "contact my worker".
  /^(?:talk|speak|chat|chatting|talking|speaking)(?: (?:to|with) (?:someone|somebody|anyone|anybody|a (?:real )?(?:person|human)|a professional|a counsell?or|a therapist|a doctor|a nurse|(?:my|the|a) (?:team|gp|doctor|nurse|worker|support worker|care coordinator|key worker|keyworker|therapist|counsell?or|crisis team|service)|staff|you|living well|samaritans|someone real|somebody real)\b.*)?$/,
  /^(?:contact|call|phone|ring|message|email|text|reach|get in touch with|get hold of|hear from|see|speak) (?:someone|somebody|anyone|anybody|a (?:real )?(?:person|human)|a professional|a counsell?or|a therapist|a doctor|a nurse|(?:my|the|a) (?:team|gp|doctor|nurse|worker|support worker|care coordinator|key worker|keyworker|therapist|counsell?or|crisis team|service)|staff|living well|samaritans)\b/,
  // Getting help or support now.
  /^(?:get|find|have|ask for|receive) (?:some |more |extra |urgent |immediate )?(?:help|support)\b/,
  /^help(?: me)?$/,
  /^be (?:helped|supported)\b/,
  // A bare act with no object is not a goal and may be a risk said briefly: "I want to cut", "I want to go", "I wish I could disappear".
  /^(?:cut|cutting|bleed|burn|die|disappear|vanish|jump|hang|drown|overdose|od|starve|purge|hurt|harm|end|escape|sleep|go|leave|fall|scratch|punch|hit|kill|stab|sink|float|rest|give up|let go|stop|not|never)(?: (?:it|myself|me|away|off|out|already|now|forever|for good|again|tonight|please|so bad|so badly|really|today))*$/,
  // The person's data and account.
  /^(?:delete|erase|wipe)\b/,
  /^(?:remove|clear|see|view|download|export|check|change|update) (?:my |all my |the )?(?:data|information|info|details|record|records|account|history|goals?)\b/,
  /^(?:withdraw|take back) (?:my )?consent\b/,
  // Stopping the chat, messages or reminders (but "stop smoking" is a goal).
  /^(?:stop|quit|end|leave|unsubscribe|opt out|cancel)(?: (?:this|it|that|now|here|please|all this|this chat|the chat|chatting|talking|talking to you|the conversation|using this|using you|messages|texts|the messages|the texts|these messages|reminders|the reminders|check ins|the check ins|getting messages|getting texts|being contacted|hearing from you))*$/,
  /^(?:stop|quit) (?:getting|receiving) (?:messages|texts|reminders)\b/,
  // Working the companion itself, or asking about it: "set a goal", "see the menu", "know how this works".
  /^(?:set|add|make|create|start|change|edit|review|update|rate|see|look at|check|delete|remove|pause|finish) (?:(?:a|an|my|some|new|another|the|more|up) )*goals?\b/,
  /^(?:go (?:back )?to |see |get |open )?(?:the )?(?:main )?menu\b/,
  /^(?:know|find out|ask|understand) (?:how|what|why|when|where|who|which|if|whether|more about (?:you|this)|about (?:you|this))\b/,
  /^ask (?:you|a question|something)\b/,
  // Not eating is never a goal to save, whatever the risk check makes of it.
  /^(?:stop|quit) eating(?: (?:altogether|completely|entirely|at all|for good|for a while|for days|anything))?$/,
  /^(?:not|never) eat\b/,
];

/**
 * A goal stated in passing ("I'd like to sleep better" → "Sleep better"), tidied as
 * `parseGoalText` does, so the companion can offer to save it. Recognises "I'd like/love to",
 * "I would like to", "I (really) want to", "I wanna", "my goal is (to)", "I wish I could",
 * "I hope to" and "I'm trying to", in any case and with any apostrophe or none.
 *
 * Returns undefined for anything else, for a lead-in with nothing after it, for a wish over
 * `maxGoalTextLength`, for requests rather than goals (talking to someone, getting help, the
 * person's data, setting goals or seeing the menu, stopping), and for any message the risk
 * check flags: those get crisis support, never an offer to save them as a goal.
 */
export function goalFromFreeText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const typed = text.replace(/\s+/g, ' ').trim();
  const leadIn = wishLeadIns.map((pattern) => pattern.exec(typed)?.[0]).find((match) => match !== undefined);
  if (leadIn === undefined) return undefined;

  const wish = parseGoalText(typed.slice(leadIn.length).replace(/[.!?,;:\s]+$/u, ''));
  if (!wish.ok) return undefined;
  const words = normaliseReply(wish.text);
  if (words === '' || notGoals.some((pattern) => pattern.test(words))) return undefined;
  if (assessRisk(text).level !== 'none') return undefined;
  return wish.text;
}
