/**
 * Risk words held at a distance from now: a past with recovery ("I tried to kill myself in 2015.
 * I'm in a much better place now") or a work talked about ("the song Suicide Is Painless came on
 * the radio"). The masks in false-alarm-masks.ts blank the exact shapes they know; this looser
 * reading is only a second opinion. risk-check.ts lets it lower a rules concern to none only when
 * the learned model, which reads the message independently, also scores it low, and never when
 * anything in the message brings the risk into the present or names an act taken now.
 */

import { ACUTE, NOW_AGAIN, PAST_TIME, RECOVERY, TOPIC } from './false-alarm-masks';
import { rx, testCompiled, W } from './regex-helpers';

/** A time in the past, more loosely than the masks need it: "last winter", "then", "in the past". */
const LOOSE_PAST =
  `(?:${PAST_TIME}|last (?:winter|summer|spring|autumn|year|christmas|time)|(?:years?|months?) since|then|before|once|used to|` +
  '(?:have|had) been (?:suicidal|self harming|anorexic|bulimic|in a bad place)|tried to|attempted|survived|' +
  // An illness or a life stage now over: "when I was really ill", "after my baby", "I spent 10 years in a controlling marriage".
  'when i was (?:really |very |so |properly )?(?:ill|unwell|poorly|at my worst|at my lowest|using|drinking|in care|in hospital|sectioned|[0-9]+)|' +
  'after (?:having )?(?:my|the) (?:first |second )?(?:baby|son|daughter|divorce)|(?:i )?spent (?:[0-9]+|a few|many|several|two|three|ten) years|' +
  'had a (?:spell|phase|period|bout) of|the (?:dark|bad|rough|worst) (?:patch|spell|time|phase|period|years)|' +
  // "5 years today since", "a decade ago", "my old diary from 2016", "back in the 2020 lockdown".
  '(?:years?|months?) (?:ago )?today since|(?:a|one|two|three) decades? ago|decades ago|from (?:19|20)[0-9]{2}|(?:back )?in the (?:19|20)[0-9]{2} lockdown|during lockdown|in lockdown)';

/** Recovery in more words than the masks need: "in a much better place", "therapy has helped", "scars have faded". */
const LOOSE_RECOVERY =
  `(?:${RECOVERY}|in a (?:much |far |way |lot |really )?(?:good|better|great|happier|safer|healthier) place|` +
  '(?:have|has|had) (?:really |massively |hugely |so |honestly )?(?:helped|worked)|(?:faded|healed)|' +
  '(?:do not|never|no longer|not) (?:get|have|feel|had) (?:the |any |those )?(?:urges?|thoughts?)(?: (?:anymore|any more|now|these days))?|' +
  '(?:is|feels|are|things are) (?:so |really |very |completely )?different|(?:out|better|clean|sober|stable|well) now|' +
  '(?:doing|getting) (?:ok|okay|alright|fine|well|better|good)|(?:i will|ill) be (?:ok|okay|fine|alright)|(?:a )?different person|' +
  'celebrat\\w*|tattoo over|(?<!\\b(?:not|nothing|never|no longer) )(?:actually |really |finally |so )?(?:looking forward to|excited (?:about|for))|' +
  'now (?:i am|im|i have|ive) (?:actually |really |finally |so )?(?:enjoying|engaged|settled|back at work|working|training|studying|a (?:mum|dad|nurse|volunteer))|' +
  // Giving back and thanks for coming through: "I volunteer with them now", "a lot of gratitude".
  'volunteer\\w*|give (?:something|a bit|some|it) back|giving (?:something |a bit )?back|gratitude|thankful|' +
  // The feeling gone: "I don't feel like that anymore", "they've been gone two years", "4 years self harm free".
  '(?:do not|never|no longer) feel (?:like )?(?:that|this)(?: way)? (?:anymore|any more|now|these days)|' +
  '(?:have|has|have been|has been|been) (?:gone|quiet|silent) (?:for )?(?:over |about |nearly |almost )?(?:[0-9]+|a|one|two|three|four|five|six|a few|several|many) (?:years?|months?)|' +
  '(?:self harm|cutting|purging|bingeing|voices|drink|drug) free|' +
  // Food and life back: "I eat what I fancy", "I don't even own scales", "rebuilt everything since and I'm genuinely happy".
  'eat (?:what|whatever|anything) i (?:fancy|like|want)|(?:do not|no longer) (?:even )?(?:own|have|use) (?:a |the |any )?(?:scales?|weighing scales)|' +
  '(?:threw|thrown|binned|got rid of) (?:out |away )?(?:my|the) scales|rebuilt (?:everything|my life|things)|(?:genuinely|truly|actually|really) happy|' +
  // A life since: "I'm a grandad now", "I'm 45 and I burned it", "a different woman now", "planning my holiday".
  '(?:i am|im) (?:now )?(?:a|an) (?:grandad|grandma|granny|nan|gran|grandfather|grandmother|mum|mam|dad|mother|father|teacher|nurse|volunteer|mentor|peer worker|support worker)|' +
  '(?:i am|im) [1-9][0-9] (?:now|and)|(?:he|she|they) (?:is|s|are) [1-9][0-9]? now|different (?:woman|man|person|lad|girl)|felt amazing|got (?:me|us) through|the right (?:meds|medication|help|support)|' +
  '(?:planning|booked|booking) (?:my|a|our) (?:holiday|wedding|trip)|never (?:have )?(?:believed|thought) i (?:would|d) (?:be|get) here|' +
  `(?:i )?(?:do not|never) anymore|not any ?more|divorced|my own (?:flat|money|life|place|home)|(?:been )?(?:with|married to) (?:my|a) (?:${W} ){0,2}?(?:husband|wife|partner|fella|boyfriend|girlfriend)|wonderful|` +
  '(?:done|did|doing) (?:a lot of |loads of |lots of |so much )?(?:work|therapy) on (?:it|that|this|myself)|made (?:my )?peace|(?:a lot of|lots of|years of) therapy|' +
  '(?:[0-9]+|twenty|ten|many|a few|two|three) years (?:on|later)|(?:i am|im|i will be|ill be|turning|turned) [1-9][0-9] (?:on|this|next|now|and|in|today)|' +
  '(?:how far|a long way|so far) (?:i have|ive) come|come (?:such |so )?a long way|(?:feel|feeling|am|i am|im) (?:${W} )?safe now|' +
  '(?:this|next) (?:christmas|year|summer|time) (?:i am|im) (?:cooking|hosting|going|doing|running|working|off|taking)|' +
  '(?:i am|im|i feel|feeling|doing) (?:genuinely|properly|totally|completely|truly|really) (?:well|good|great|ok|okay|fine|safe|happy)|' +
  '(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a few|many) (?:years?|months?) (?:sober|clean|free|well)|(?:sober|clean) (?:for )?(?:[0-9]+|a few|many|several) years|got my (?:kids|children|son|daughter|life) back)';

/**
 * A work or a subject of study: "the song", "my module", "this documentary". Not the places a
 * disclosure happens ("in class", "a lesson", "a game"), which false-alarm-masks.ts's MEDIA includes.
 */
const TITLED =
  '(?:song|film|movie|book|novel|album|track|documentary|podcast|article|episode|series|' +
  'play|poem|opera|musical|sitcom|module|essay|dissertation|thesis|reading list|syllabus|exam question|headline|news story|' +
  'thriller|crime novel|true crime|drama|soap|storyline|box ?set|audiobook|biography|memoir|' +
  // Word games: "the crossword answer was OVERDOSE".
  'crossword|wordle|scrabble|anagram|word search|spelling test|pub quiz|quiz question|countdown conundrum|hangman)';
/** Where a subject is studied; distancing only together with work or study talk (a course is also where disclosures happen). */
const STUDIED = '(?:course|lecture|seminar|webinar|workshop|training|module|placement|lesson)';
const WORK = `(?:the|a|an|this|that|my|our|his|her|their|new|old) (?:${W} ){0,2}?${TITLED}`;

/**
 * Work or study that names the subject: a professional talking shop ("I'm a nurse and we had an
 * update on paracetamol overdose management"), a course or a training ("it came up in my
 * counselling course", "safeguarding training at work today").
 */
/** Adult relatives, friends and people nearby: one list for the readings below that name someone else. */
const KNOWN_ADULT =
  'sister|brother|mum|dad|partner|husband|wife|boyfriend|girlfriend|friend|mate|best mate|neighbour|cousin|aunt|auntie|uncle|flatmate|housemate|colleague';
/** Adults whose work a writer talks about (grown-up children too: "my daughter is a nurse in A&E"). */
const OTHER_ADULT = `${KNOWN_ADULT}|mam|son|daughter`;
const PROFESSION =
  '(?:nurse|student nurse|doctor|gp|paramedic|teacher|teaching assistant|social worker|support worker|care worker|carer|pharmacist|' +
  'police officer|pcso|counsellor|therapist|psychologist|midwife|health visitor|youth worker|first aider|mental health first aider|trainee \\w+|student)';
const WORK_OR_STUDY =
  `(?:i am|im|i work as|working as|i trained as|training to be) (?:a|an) ${PROFESSION}|` +
  // Someone else's job: "my sister's a mental health nurse and deals with overdoses on her ward".
  `(?:my|our|her|his) (?:${W} )?(?:${OTHER_ADULT})(?:s| is| s| was| works as| worked as) (?:a|an) (?:${W} ){0,3}?${PROFESSION}|` +
  // A talk or event about it: "went to a talk at the library about eating disorders in men".
  `(?:went to|been to|attended|going to|go to) (?:a|an|the) (?:${W} ){0,2}?(?:talk|lecture|seminar|webinar|workshop|event|exhibition|screening|conference|fundraiser|awareness (?:day|week|walk|event))|` +
  `(?:came|comes|come) up (?:in|on|at) (?:my|the|our|a) (?:${W} )?(?:${TITLED}|${STUDIED})|` +
  `(?:training|course|lecture|seminar|webinar|workshop|update|cpd|team meeting|staff meeting) (?:${W} )?(?:at work|on|about|today|this week|through work|for work|for (?:the|my|a) (?:new )?(?:job|role|course|placement))|` +
  // Information from a school or a service: "my son's school sent a letter home about online grooming".
  `(?:sent|sends|had|gave|gives|did|got) (?:us |me |him |her )?(?:a |an )?(?:letter|leaflet|email|talk|assembly|lesson|session|newsletter|video) (?:home )?(?:about|on)|` +
  // Fundraising: "our church is raising money for the local domestic abuse refuge".
  `(?:raising money|fundraising|a fundraiser|cake sale|sponsored|donating|collecting) (?:${W} ){0,6}?(?:for|to) (?:the |a |our |my )?(?:local )?(?:${W} ){0,3}?(?:refuge|charity|helpline|samaritans|hospice|mind|shelter|food bank)|` +
  'at work (?:today|this week) (?:we|they) (?:had|did|learned|learnt|covered)';
const workOrStudy = rx`\b(?:${WORK_OR_STUDY})\b`;
/** Asked about a work: "have you read The Suicide House?", "the suicide house, it is a thriller". */
const askedAboutAWork = rx`\b(?:have you|did you|has anyone|anyone) (?:ever )?(?:read|seen|watched|heard|listened to|played)\b(?: ${W}){0,6}? ${TOPIC}\b|\b${TOPIC}\b(?: ${W}){0,6}? (?:it is|its|is|was) (?:a|an|the) (?:${W} ){0,2}?${TITLED}\b`;

/** The past, then recovery within 40 words (bounded, so a long message cannot make it slow). */
const pastWithRecovery = rx`\b${LOOSE_PAST}\b(?: ${W}){0,40}? ${LOOSE_RECOVERY}\b`;
/** A work, then what it is about within a few words: "the song suicide is painless", "my module ... on suicide". */
const aWork = rx`\b(?:${WORK}|${TITLED} (?:called|named|titled)|durkheim|hamlet|shakespeare|sylvia plath|virginia woolf)\b(?: ${W}){0,8}? ${TOPIC}\b`;
/** A title playing: "listening to Suicide Blonde on the radio". */
const aTitlePlaying = rx`\b(?:listening to|listened to|heard|playing|played|blasting|singing|sang) (?:${W} ){0,3}?${TOPIC}(?: ${W}){0,3} (?:on (?:the radio|spotify|repeat|youtube|the telly|tv|netflix|iplayer|vinyl|the jukebox|radio ${W}|${W} fm)|at (?:the )?(?:gig|concert|karaoke)|by ${W})\b`;
/** A film asked about for the family: "my son wants to see Suicide Squad, is it a 15?". */
const aFilmAskedAbout = rx`\b(?:see|watch|seen|watched|play|playing) (?:${W} ){0,3}?${TOPIC}\b(?: ${W}){0,6}? (?:is it|rated|a (?:12|12a|15|18|pg)|too (?:violent|scary|old|young)|age rating|at the cinema|on netflix|on disney)\b`;
/** None of it for years: "haven't had an urge to hurt myself since 2019". */
const noneSince = rx`\b(?:have not|had not|has not|not|never) (?:had|felt|done|been|self harmed|harmed|cut|hurt)\b(?: ${W}){0,10}? since (?:(?:19|20)[0-9]{2}|(?:[0-9]+|a few|several|many) years)\b`;
/** The writer's own wish or urge, which no work or course can distance: "I'm a nurse and I want to overdose". */
const ownUrge = rx`\b(?:i|im|i am|i have|ive|i do|i still|i just)\b(?: ${W}){0,3}? (?:suicidal|want|wanted|wanna|going to|gonna|plan|planning|tempted|thinking|think|thought|keep|kept|urges?|feel like|felt like|wish|wished|could|might|will|can not stop)\b`;
/** The subject itself, anywhere in the message (a profession or course alone distances nothing). */
const topicNamed = rx`\b${TOPIC}\b`;
/**
 * A return to now, or an act taken now: not "tried to kill myself", and not an act dated in the
 * past beside it ("I overdosed in 2015", "in 2015 I took 40 tablets").
 */
const present = rx`\b(?:(?<!\b(?:spell|phase|period|bout|episode|stage|patch|time|times|years|months|weeks|full) of )(?:${NOW_AGAIN})|(?<!\b(?:tried|attempted|wanted|used|nearly|almost) to |\b${PAST_TIME}(?: ${W}){0,5} )(?:${ACUTE})(?!(?: ${W}){0,3} ${PAST_TIME}\b))\b`;

/** An adult the writer knows: someone else's crisis, told by a friend or relative (never a child: that may be safeguarding). */
const ADULT_THEY =
  `(?:my|our|a|her|his|the) (?:${W} ){0,2}?(?:leader|speaker|guest|author|presenter|man|woman|bloke|lady|fella|` +
  `${KNOWN_ADULT}|best friend|pal|coworker|nan|gran|grandad|ex|sister in law|brother in law|friends|mates)`;
/** Said of them afterwards: safe, mended, being looked after. */
const THEY_ARE_OK =
  '(?:he|she|they) (?:is|s|are|re|was|were|has been|have been|seems|seem|is now|are now) (?:now |doing |home and |back home and |so much |much |loads |a lot )?(?:really |so |much )?(?:fine|ok|okay|alright|better|well|safe|recovering|recovered|home|out of hospital|getting (?:help|better|support|treatment)|in recovery|on the mend|doing (?:really |so )?(?:fine|well|ok|okay|great|better|brilliantly|brilliant|amazing|so well))|' +
  // A life since, or a cause taken up: "she's a teacher now", "married to a lovely bloke", "runs a support group", "campaigns".
  `(?:he|she|they) (?:is|s|are|has|have)? ?(?:now |been )?(?:a|an) ${W}(?: ${W})? now|(?:he|she|they) (?:is|s|are) (?:so )?(?:inspiring|amazing|brilliant)|(?:married|engaged)(?: to)?|loving it|out for years|` +
  '(?:he|she|they) (?:runs|run|started|set up|campaigns|campaign|has written|is written|wrote|speaks|talks) ';
/**
 * Another adult's crisis that is over: "my mate overdosed last month but he's doing fine now and
 * getting help". Not a child, and never when the writer says an urge of their own.
 */
const someoneElsesCrisisOver = rx`\b${ADULT_THEY}\b(?: ${W}){0,14}? (?:${TOPIC}|(?:take|took|taken|ended|end) (?:her|his|their) (?:own )?life)\b(?: ${W}){0,20}? ${THEY_ARE_OK}\b`;
/** Someone else's death by suicide or overdose: "lost someone to suicide", "my mate's dad passed from an overdose", "in his memory". */
const bereavement = rx`\b(?:died|dying|death|deaths|passed|passed away) (?:by|from|through|of) (?:suicide|an overdose|a overdose|overdose)\b|\bin (?:his|her|their) memory\b|\b(?:lost|losing|loss of)(?: ${W}){0,3}? to suicide\b|\bbereave\w*\b`;
/** Work or volunteering where the subject is the job: "I volunteer at a refuge", "I work on a crisis line". */
const helpingRole = rx`\b(?:i|we|(?:my|our) (?:${W} )?(?:${OTHER_ADULT})|(?:he|she|they)) (?:volunteer|volunteers|volunteered|volunteering|work|works|worked|am volunteering|am working|help out|helps out|helped out) (?:as (?:a|an) ${W}(?: ${W})? )?(?:at|for|with|on|in) (?:a|an|the|our|my) (?:${W} )?(?:refuges?|helplines?|help line|crisis line|samaritans|hospice|food bank|shelter|charity|ward|a and e|support group|recovery college|listening service|phone line|(?:${W} ){0,3}?(?:unit|team|service|services|department))\b`;

/**
 * The writer says the risk words are not meant that way: "not in a dangerous way, just blah", "I don't
 * feel unsafe tonight at all", "sorry if my last message sounded dark, I'm fine, I meant the rain".
 */
const saidNotThatWay = rx`\b(?:was not|wasnt|am not|not) saying i (?:want|wanted|meant)\b|\bi meant (?:gone|dead|done|finished|over it) (?:from|with|by)\b|\bnot (?:in )?(?:a|that) (?:kind of |sort of )?(?:dangerous|bad|scary|suicidal|harmful|worrying|risky|serious) way\b|\b(?:do not|never) feel (?:at all )?(?:unsafe|at risk|in danger)\b|\b(?:sounded|came across|came out|seemed|read) (?:a bit |really |too |so )?(?:dark|bad|worrying|scary|wrong|alarming)\b(?: ${W}){0,4}? (?:i am|im) (?:fine|ok|okay|alright|safe)\b`;
/** A work being read, sung or discussed: "for book club", "the book group's next one", "the theme tune to mash". */
const aWorkInHand = rx`\b(?:for|at|in) (?:my |our |the )?(?:book club|book group|reading group|film club)\b|\b(?:book club|book group|reading group)s? (?:${W} ){0,3}?(?:next one|pick|choice|book)\b|\btheme (?:tune|song)\b|\bsoundtrack\b`;

/**
 * Whether a message talks of risk at a distance from now (a past with recovery, or a work or
 * subject) with nothing that brings it into the present.
 *
 * @param normalised - the message as `normaliseText` gives it
 */
export function heldAtDistance(normalised: string): boolean {
  const has = (regex: RegExp): boolean => testCompiled(regex, normalised);
  const ownWords = has(ownUrge);
  if (!ownWords && (has(someoneElsesCrisisOver) || has(bereavement) || has(saidNotThatWay))) return true;
  if (has(present)) return false;
  if (has(helpingRole) && !ownWords) return true;
  if (has(pastWithRecovery) || has(noneSince) || has(aWork) || has(aTitlePlaying) || has(aWorkInHand) || has(aFilmAskedAbout)) return true;
  if (ownWords) return false;
  return has(askedAboutAWork) || (has(workOrStudy) && has(topicNamed));
}
