/**
 * Masks for false alarms of every kind, applied before any risk pattern runs (they are spread
 * into `figureOfSpeechMasks` in risk-patterns.ts): a clear past with recovery ("years ago I was
 * suicidal, counselling saved me"), negation ("no thoughts of suicide", "I won't harm him"), and
 * talk about a film, book, news story or course rather than the writer's own life.
 *
 * The rule every mask keeps: it never blanks a present risk in the same message. A past-and-
 * recovery span starts at the past clause, cannot reach across a word that brings the risk back
 * ("again", "it's back", "last night", "but now", "want to die"), and is dropped when such a word
 * follows it; a negation blanks only the negated phrase itself, so "I'm not ok, I want to die"
 * is untouched; a story's plot stops where the writer speaks of themself.
 *
 * This file imports only regex-helpers.ts, so risk-patterns.ts can import it without a cycle.
 * All masks run on the output of `normaliseText` and replace every match with " . ".
 */

import { gap, rx, rxAll, W } from './regex-helpers';

// ---------------------------------------------------------------------------------------------
// Past with recovery
// ---------------------------------------------------------------------------------------------

/** Words that are positive after "again" or "still": "eating properly again", "still doing well". */
const FINE_AGAIN =
  '(?:eating|eat|enjoying|enjoy|food|happy|myself|normal|well|living|life|work|laughing|laugh|smiling|smile|running|swimming|' +
  'dating|properly|meals|out|working|driving|singing|dancing|travelling|sleeping|friends)';
/**
 * What brings a past risk into the present: a recent time, a return, a present wish or plan.
 * A past-and-recovery mask never reaches across one, and is dropped when one follows it.
 */
export const NOW_AGAIN =
  `(?:again(?<!${FINE_AGAIN} again)|still(?! (?:doing|clean|well|recovered|in recovery|here|going strong|sober|free|alive and|happy|proud))|` +
  'lately|recently|currently|tonight|right now|at the moment|this week|this month|this morning|this evening|this year|' +
  'last night|last week|last month|yesterday|the other day|days ago|a few days|earlier today|today i (?:cut|want|tried|feel like|hurt|did it|took (?:an overdose|too many|pills|tablets|the lot|everything))|' +
  '(?:is|are|it is|its|they are|theyre|come|comes|came|coming|creeping|crept|crawling) back(?! (?:at|to|in|from|on|home|then)\\b)|' +
  'started (?:again|up again|back)|relaps\\w* (?:again|last|this|yesterday|recently|now|after)|but now|now i (?:want|feel like|am (?:thinking|scared|struggling|not|back)|keep|need|think about|can not)|' +
  '(?:want|wanting) to (?:die|end|kill|hurt|cut|disappear|harm|starve|not be|be dead|do it)|(?:a|the|my) plan|plans to|' +
  '(?:going|planning|plan|ready) to (?:do it|kill|end|hurt|cut|take|jump|overdose|harm|starve|purge)|' +
  'thinking (?:about|of) (?:it|doing|ending|killing|hurting|suicide|dying|harming)|struggling|unbearable|getting worse|worse than ever|not ok|not okay|' +
  'not safe|i am (?:finished|done|not ok|not okay|broken)|no more fight|(?:can not|could not) (?:go on|cope|do this|take (?:it|this|any more|anymore))|(?:the )?urges (?:are|have|keep)|scared (?:it|they|he|she) will|(?:he|she|they) (?:is|are|has|have) (?:found|back|messag\\w*|turned up)|' +
  '(?:the )?same (?:thing|things) (?:to|is happening|are happening|happening)|happening to (?:her|him|them|my)|(?:doing|done) (?:it|that|the same) to (?:her|him|them|my))';
/** Any word that is not one of NOW_AGAIN: the span a past-and-recovery mask may cross. */
const pastGap = (n: number): string => `(?:(?!${NOW_AGAIN}\\b)${W} ){0,${n}}?`;
/** Nothing in the next words brings it back ("doing well now but the urges are back"). */
const NOTHING_RETURNS = `(?! (?:${W} ){0,10}?${NOW_AGAIN}\\b)`;

/** A time well in the past: "years ago", "as a teenager", "back in 2016", "at uni", "used to". */
export const PAST_TIME =
  '(?:(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|a few|couple of|a couple of|several|many|some) (?:years?|yrs?) (?:ago|back)|' +
  'years ago|ages ago|a long time ago|long ago|a while ago|a while back|years back|back in (?:the day|uni|school|college|my|[0-9]{4})|' +
  'back when|back then|in (?:19|20)[0-9]{2}|when (?:i|she|he|they|we) (?:was|were) (?:younger|little|small|young|a (?:teen|teenager|kid|child|student|wean|bairn)|' +
  'at (?:school|uni|college|university)|in (?:school|my|year|care|foster)|[0-9]+)|as a (?:teen|teenager|kid|child|student|youngster|young (?:man|woman|lad|girl|mum))|' +
  'at (?:[0-9]+)|in (?:foster )?care|(?:when i was|while i was|back) at (?:school|uni|college|university)|in my (?:teens|twenties|20s|thirties|30s|youth|late teens|early twenties|early 20s)|' +
  `growing up|grew up|in the past|previously|after (?:my|the) (?:${W} )?(?:was born|birth|divorce|redundancy|breakup|break up)|` +
  `(?:when|after) (?:my|her|his|our) (?:${W} ){0,2}?(?:died|passed|passed away|was born|left)|after (?:losing|i lost) my (?:${W} )?${W}|` +
  '(?:during|in) (?:lockdown|covid|my divorce|the pandemic|my teens)|(?:that|it|this) was (?:in |back in )?(?:19|20)[0-9]{2}|' +
  '(?:in|at) (?:sixth form|secondary(?: school)?|high school|primary(?: school)?|year [0-9]+|(?:first|second|third|final) year)|used to|once upon a time|at one point|there was a time|' +
  'last year i would have|(?:that|it) was (?:[0-9]+|a few|many|several|two|three|ten) years ago|' +
  '(?:it has|it is|its) been (?:over |about |nearly |almost |more than )?(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|many) (?:years?|months))';
/** Who the past clause is about: the writer, or someone or something of theirs. */
const SUBJECT =
  `(?:i|he|she|they|we|my (?:${W} )?(?:ex|mum|mam|dad|husband|wife|partner|boyfriend|girlfriend|daughter|son|sister|brother|step ?dad|stepdad|uncle|family|` +
  'mental health|eating disorder|ed|depression|anxiety|self harm|drinking|nan|gran))';
/** A past-tense verb that opens a clause about the past. */
const PAST_VERB =
  '(?:used to|was|were|had|took|tried|attempted|survived|overdosed|thought|wanted|went through|struggled|suffered|got|grew up|' +
  'spent|lived|nearly|almost|self harmed|cut|starved|lost|did|left|escaped|got away from|got out of|hit|hurt|abused|groomed)';
/** Someone and a past verb, not inside a wish ("I wish I was dead") or a likeness ("I feel like I was..."). */
const CLAUSE = `(?<!\\b(?:wish|wished|wishing|if|like|hope|hoping|pretend|as if) )${SUBJECT} ${PAST_VERB}`;
/** Past verbs that describe a state, not the act itself: used where no date says how long ago. */
const STATE_VERB = '(?:used to|was|were|had|struggled|suffered|went through|grew up|lived|got|left|escaped|got away from|got out of|spent|thought|wanted|lost)';
const STATE_CLAUSE = `(?<!\\b(?:wish|wished|wishing|if|like|hope|hoping|pretend|as if) )${SUBJECT} ${STATE_VERB}`;
/** Acts taken now that a recovery story must never reach across: an overdose taken, a wish to die. */
export const ACUTE =
  '(?:took|taken|swallowed|necked|had|overdosed|think i took) (?:on |an |a |my )?(?:all|too many|too much|the lot|everything|loads|a (?:whole )?(?:box|packet|bottle|strip|tub)|[0-9]+|like [0-9]+|about [0-9]+|od|overdose)|' +
  '(?:about |around |over |like )?(?:[0-9]+|loads of|a handful of|all my|all of my) (?:pills|tablets|paracetamol|meds|sleepers|painkillers|ibuprofen|' +
  'co codamol|codeine|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|tramadol|insulin|antidepressants|sleeping pills|aspirin)|overdosed|' +
  '(?:want|wanna|going) to (?:die|end|kill)|kill myself|better off (?:dead|without me)|going to jump|i am going to|' +
  '(?:in|for) (?:[0-9]+|two|three|four|five|six|seven|ten) days';
/** After a clause's verb: not an overdose ("I took too many", "I had 30"). */
const NOT_ACUTE =
  '(?! (?:on |an |a |my )?(?:all|too many|too much|the lot|everything|loads|a (?:whole )?(?:box|packet|bottle|strip|tub)|[0-9]+|like [0-9]+|about [0-9]+|od|overdose)\\b)';
/** Any word that is neither a return of the risk nor an act taken now. */
const stateGap = (n: number): string => `(?:(?!(?:${NOW_AGAIN}|${ACUTE})\\b)${W} ){0,${n}}?`;
/** Other ways a past clause opens: the message's first words, thoughts that went, a habit named in the past tense. */
const OTHER_PAST_START =
  `(?:^(?:(?!(?:not|have|has|i|never)\\b)${W} )?(?:was|were|had|used to)|(?:i )?relapsed (?:with |on |into )?(?:${W} ){0,2}?(?:back )?(?:in (?:19|20)[0-9]{2}|years ago|[0-9]+ years ago|a few years (?:ago|back))|` +
  `(?:the|my|his|her) (?:${W} )?(?:stalking|abuse|violence|harassment|hitting|threats|self harm|cutting|drinking|bulimia|anorexia|eating disorder|urges|thoughts|voices) (?:stopped|ended|went away|eased|finally stopped)|` +
  `(?:the|my) (?:intrusive )?(?:thoughts|urges|feelings|voices)|(?:self harm|cutting|anorexia|bulimia|my eating disorder|my ed|my depression|` +
  'drinking|the abuse|suicidal thoughts|my suicide attempt|my overdose|my attempt|the voices|the thoughts) (?:was|were|nearly|used to|took over))';
/** Recovery that speaks of time passed or help taken; alone enough after a past clause. */
const RECOVERED =
  '(?:recovered|(?:in|my) recovery|(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|many|few) (?:days?|weeks?|months?|years?) (?:clean|free|sober|well)|' +
  'clean (?:now|for|of it|from it)|free (?:of it|from it|now)|been (?:well|stable|clean|free|fine|good|great|ok|okay|safe) (?:since|for|ever since|now)|' +
  'well since|stable (?:since|for)|for ages now|lifes? (?:is )?(?:good|great|different|completely different|so different|very different|totally different|brilliant|better)|' +
  '(?:therapy|counselling|counseling|cbt|dbt|emdr|the right meds|medication|meds|support|freedom programme|the programme|treatment) (?:really )?(?:helped|saved|worked|made sense)|' +
  '(?:years of|had|did|done|finished|having|went to) (?:therapy|counselling|cbt|dbt|emdr|the freedom programme)|saved (?:me|my life)|discharged|' +
  `a job i love|(?:my|her|his|their) own (?:flat|place|home|house)|thriving|(?:changed|turned around) (?:everything|my life|things)(?: for the better)?|(?:how |so )?different everything is now|(?:my )?life (?:looks|is|feels) (?:completely |so |very |totally )?different now|(?:i )?have not (?:for|in) (?:over |more than )?(?:[0-9]+|two|three|four|five|ten) years|everything is (?:so |very |completely )?different now|training (?:to be|as)|studying (?:to be|for)|started (?:a|my) (?:${W} )?(?:degree|course|job)|` +
  '(?:got|get|getting) out|escaped|(?:went|gone|have gone|has gone|had gone) away|never looked back|long (?:gone|behind me)|behind me|' +
  '(?:have not|not|never|no) (?:had|got|get|felt|done it|did it|thought about it|had them|had it|had the urge)(?: (?:them|it|that|one))? (?:in|for|since) (?:over |more than |about |nearly |almost )?(?:years|ages|a long time|[0-9]+ (?:years|months))|' +
  'thick as thieves|wake up call|never thought i would get here|(?:meds|medication|therapy|treatment|counselling) sorted|' +
  '(?:had|got|have had|been given) (?:loads of |lots of |a lot of |so much )?(?:support|help|therapy|counselling)(?: since)?|' +
  '(?:have|ive|i have) felt (?:safe|fine|ok|better|good) (?:since|ever since)|felt safe since|(?:stopped|ended) (?:after|when|once|years|in [0-9]{4})|' +
  '(?:have not|not|never) touched (?:them|it|one|any)|handed (?:them|it) (?:all )?(?:in|into|back)|gave (?:them|it) (?:all )?(?:back|in|to the pharmacy)|' +
  'got rid of (?:them|it)|i am now (?:a|an)|now (?:a|an) (?:peer |support )?(?:worker|volunteer|mentor|nurse)|got away|' +
  `(?:been|married|together) (?:for )?(?:${W} )?(?:years|yrs)|(?:he is|she is|hes|shes) (?:lovely|amazing|great|brilliant|kind)|lovely (?:husband|wife|partner|man|fella|woman)|` +
  `(?:have not|not|never) (?:had|got|felt|done) (?:one|any|them|it) (?:in|for) (?:over |more than |about |nearly |almost )?(?:a year|a couple of years|(?:two|three|four|five|six|[0-9]+) (?:years|months)))`;
/** Any recovery, weaker ones too: enough only with a past time in the same span. */
export const RECOVERY =
  `(?<!\\b(?:if|whether|asks?|asking|asked|wonder|wondering|see) )(?:${RECOVERED}|(?:doing|feeling|feel|am|i am|i feel) (?:really |so |very |much |loads |a lot |fully |pretty |quite )?(?:well|great|good|better|fine|brilliantly|ok|okay|steadier|stronger|strong|happy|happier|safe|grand|amazing)|` +
  'in a (?:good|better|great) place|grateful|glad i (?:did not|survived|stayed|am here|got help|reached out)|proud|(?:ok|fine|okay|safe|better|happy|well) now|' +
  'now i (?:just )?(?:use|run|go|do|work|help|volunteer|eat|live|cope|talk|walk|see|take|love|have (?:a|my|two|three|kids|a family|my own)(?! plan)|am (?:a|an|doing|happy|well|safe|training|studying|married))|' +
  'today i (?:baked|ate|ran|finished|got|started|passed|graduated|celebrated|am)|eat(?:ing)? (?:properly|normally|well|three meals)|enjoying (?:food|life)|moved on|over it|' +
  'remarried|happily married|married now|happily single|single now|loving life|(?:very|so|really|much) happy|happier than ever|(?:loads|a lot|much|so much) better|' +
  'these days (?:it is|its|i|im)|(?:more )?positive|like (?:myself|me|my old self) again|this year i (?:am|have|got|will)|today i (?:took|went|had|walked|met|spent)|' +
  'i (?:just )?see it as|(?:i am|im) (?:ok|okay|fine|good|well) now|i have good days|planning a wedding|' +
  '(?:i am|he is|she is|they are) (?:now )?[1-9][0-9]? now|do not get the urges|' +
  // The feelings passing and life put back in order: "they went once i got back to work".
  '(?:they|it|those|the (?:thoughts|urges|feelings)) (?:went|stopped|passed|faded|eased|lifted|disappeared|settled)(?: away| down| off)?|' +
  'sorted (?:my|myself|it|things)|got back (?:to|on|into) (?:work|my feet|track|uni|college|school|running|the gym))';

// ---------------------------------------------------------------------------------------------
// Negation
// ---------------------------------------------------------------------------------------------

/** Risky acts as they follow "no thoughts of", "not thinking about", "never considered". */
const RISK_ACT =
  '(?:suicide|killing|kill|ending|end|hurting|hurt|harming|harm|self harm\\w*|cutting|cut|dying|die|overdos\\w*|taking an overdose|' +
  'taking my (?:own )?life|take my (?:own )?life|jumping|jump|starving|starve|purging|purge|acting on (?:them|it)|act on (?:them|it)|doing anything|doing something|' +
  'do anything (?:stupid|silly|daft)|do something (?:stupid|silly|daft)|being dead|be dead|be gone|disappear|not be here|not exist|not wake up|' +
  'overdose|take an overdose|take (?:them|it) all|stab|stabbing|hit|hitting|attack|attacking)';
/** Risky things named as nouns: no object follows them. */
const RISK_NOUN = '(?:suicide|self harm\\w*|overdos\\w*|an overdose|being dead|dying|death)';
/** The object of such an act, if any. */
const RISK_OBJECT =
  '(?: (?:myself|anyone|anybody|someone|somebody|him|her|them|others|my (?:own )?life|it all|it|things|people|the baby|my (?:baby|kids|children|son|daughter)))?';
/** A disclosure after the negation that keeps the risk: "no thoughts of suicide, but I have a plan". */
const BUT_A_PLAN = `(?!(?: ${W}){0,3} (?:but|though|although|except|i have|i have got|i am) (?:a |the |some )?(?:plan|plans|method|means|date|intent|pills|rope)\\b)`;

// ---------------------------------------------------------------------------------------------
// Talk about a topic
// ---------------------------------------------------------------------------------------------

/** What a story, report or course is about: the topic words that would otherwise read as risk. */
export const TOPIC =
  '(?:suicid\\w*|self harm\\w*|overdos\\w*|abus\\w*|violen\\w*|rap(?:e|ed|es|ing|ist|ists)|groom\\w*|stalk\\w*|kill\\w*|murder\\w*|stab\\w*|shoot\\w*|shot|' +
  'knife crime|eating disorders?|anorexi\\w*|bulimi\\w*|neglect\\w*|traffick\\w*|exploit\\w*|county lines|coercive control|controlling|addict\\w*|drugs|' +
  'threat\\w*|attack\\w*|assault\\w*|hurt\\w*|harm\\w*|die|dies|dying|died|death|deaths|dead|jump\\w*|hang\\w*|cutting|starv\\w*|purg\\w*|bully\\w*|bullied|' +
  'paedophil\\w*|sexual\\w*|crime|crimes|mental health|depression|psychosis|schizophrenia|hallucinations|voices|poison\\w*|strangl\\w*|chok\\w*|' +
  'blood|bleeding|burns|first aid|crisis|neglected|survivors?)';
/** Words a story or service span never crosses: the writer, the reader, a return of the risk. */
const SPAN_STOP = '(?:i|my|me|myself|we|us|our|you|your|relaps\\w*|again|still|tonight|now)';
/** What services are for: nouns only, never an act that a following sentence might be about. */
const SERVICE_TOPIC =
  '(?:domestic (?:abuse|violence)|abuse|sexual (?:violence|abuse|assault)|violence|rape|addiction|homelessness|exploitation|trafficking|' +
  'eating disorders?|self harm|suicide|mental health|dementia|bereavement|grief|survivors?|victims?|refugees|carers|crisis)';
/**
 * A story's subject, up to its first topic word (and one more joined to it): never a free window,
 * since punctuation is gone and the next sentence may be the writer's own; and never across the
 * writer or the person they talk to.
 */
const topicSpan = (n: number): string =>
  `(?:(?!(?:${SPAN_STOP}|${TOPIC})\\b)${W} ){0,${n}}?${TOPIC}\\b(?! (?:myself|me|my|us)\\b)(?: (?:to |and |or |of |in )?${TOPIC}\\b(?! (?:myself|me|my|us)\\b))?(?!(?: ${W}){0,3} (?:again|every day|lately|constantly|all i think|is on my mind|are back|is back)\\b)`;
/** Words a title guard never crosses: the writer, an addressee, a target, an intent. */
const NOT_TITLE = '(?:i|my|me|we|us|you|him|her|them|someone|somebody|want|going|will|ill|to|and|but|so)';
/** Not when the story is the writer's own: "a film about a girl who self harms, just like me". */
const NOT_LIKE_ME = `(?!(?:${W} ){0,12}?(?:just like|like|same as|as|thats|that is|it was|its|it is) (?:me|i do|i did|i am|my life|my story)\\b)`;
/** Where a title starts: the message's start, or a word that introduces something watched, read or heard. */
const TITLE_LEAD =
  '(?:watched|watching|seen|saw|love|loved|loving|reading|read|finished|binged|binge watched|started|rewatching|rewatched|recommend|anyone seen|have you seen)';
/** Things that are written, filmed, broadcast or taught about. */
export const MEDIA =
  '(?:documentary|documentaries|film|movie|episode|series|programme|program|show|book|novel|memoir|biography|article|piece|report|' +
  'news report|news story|story|podcast|play|song|lyrics|drama|soap|storyline|plot|scene|chapter|essay|assignment|coursework|' +
  'dissertation|thesis|lecture|talk|seminar|module|workshop|webinar|campaign|leaflet|poster|exhibition|headline|feature|interview|bulletin|' +
  'assembly|session|presentation|class|lesson|training|course|game|level|mission|quest|quiz)';

/** Help or time that ends a past risk, said first: "my counsellor helped me get over the suicidal stuff". */
const GOT_OVER =
  '(?:helped|help|helping) (?:me|him|her|them) (?:to )?(?:get|got) (?:over|through|past)|(?:got|have got|gotten) (?:over|through|past)|' +
  '(?:beat|overcame|have overcome|recovered from|came through|come through|pulled through)';
/** A topic word's return to the present after a third person's recovery: "her recovery ... is going backwards". */
const NOT_BACKWARDS = `(?!(?: ${W}){0,10} (?:relaps\\w*|backwards|slipping|stopped eating|not eating|worse|again|still|struggling)\\b)`;
/** Roles and jobs: a topic named before one of these is a job title ("a domestic abuse advocate"). */
const ROLE =
  '(?:advocate|advocates|worker|workers|nurse|nurses|counsellor|counsellors|counselor|therapist|therapists|officer|officers|specialist|specialists|' +
  'practitioner|practitioners|caseworker|coordinator|co ordinator|trainer|trainers|lecturer|researcher|researchers|campaigner|campaigners|mentor|mentors|' +
  'volunteer|volunteers|advisor|adviser|advisers|advisors|lead|team|service|services|charity|champion|champions|ambassador|consultant|psychologist|first aider)';
/** Words a title never crosses: the writer's own life, the person addressed, a return to now. */
const NOT_IN_TITLE = '(?:my|me|we|us|you|your|tonight|now|again|still|really|so|because|cos|but|then|though|cause)';
/** A verdict on a work's craft, which only a title is followed by: "amazing riff", "the best thing in it". */
const MEDIA_PRAISE =
  `(?:(?:amazing|great|brilliant|class|banging|sick|epic|unreal|incredible|best|good|iconic|classic|favourite|fave|decent|awful|terrible|rubbish|beautiful|haunting|catchy|stunning) ` +
  '(?:riff|riffs|tune|song|album|track|chorus|lyrics|guitar|vocals|soundtrack|film|movie|book|episode|season|series|cast|acting|ending|show|band|bassline|drums|solo|voice|cover|intro|plot|writing|director)|' +
  '(?:is|was|are|were) (?:the )?(?:best|worst) (?:thing|bit|part|character|scene|song|one|track) (?:in|on|about) (?:it|the (?:film|movie|show|book|series|album))|' +
  '(?:such|what) a (?:tune|banger|classic|song|film|book|show|riff|album)|absolute (?:tune|banger|classic))';

/** A past time and a past clause, then any recovery: "a few years back i was suicidal ... im doing great now". */
const pastTimeWithRecovery = rxAll`(?:^(?:${PAST_TIME})|\bused to|\b${PAST_TIME} (?:and )?${CLAUSE}|\b${CLAUSE}${NOT_ACUTE} ${stateGap(6)}${PAST_TIME}|${OTHER_PAST_START} ${stateGap(6)}${PAST_TIME})\b ${pastGap(16)}${RECOVERY}\b${NOTHING_RETURNS}`;

/**
 * Masks that cannot match a text in which a cheaper regex finds nothing: that regex is tested
 * first. The past-with-recovery mask tries a past clause at every "i was", "my mum had" and reads
 * up to 16 words on from each; a long message with no recovery in it at all skips it whole.
 */
export const maskPreconditions: ReadonlyMap<RegExp, RegExp> = new Map([[pastTimeWithRecovery, rx`${RECOVERY}\b`]]);
/** Where a title starts: a word for watching, reading or listening. */
const MEDIA_LEAD =
  '(?:listening to|listened to|blasting|singing along to|humming|watching|watched|reading|finished|binging|binged|rewatching|rewatched|just seen|just saw)';

export const falseAlarmMasks: readonly RegExp[] = [
  // Devices and money, not people: "my tablet's about to die", "my Universal Credit got cut again".
  rxAll`\b(?:my |the |his |her |our )?(?:phone|mobile|tablet|ipad|laptop|battery|batteries|charger|kindle|computer|pc|console|controller|car battery|torch|headphones|airpods|watch|fitbit|hoover|printer|telly|tv)(?: is| s|s)? (?:${W} )?(?:about to|going to|gonna|is going to|will|might|has|just|nearly|almost) (?:die|died|dead|be dead)\b|\b(?:universal credit|uc|benefits?|pip|esa|dla|money|hours|pay|wages|salary|funding|budget|electric|electricity|gas|power|water|internet|wifi|broadband|phone|allowance|pension|tax credits|housing benefit|child benefit|payments?|overtime|shifts) (?:${W} )?(?:got|gets|get|getting|been|was|were|is|are|have been|has been) (?:cut|slashed|stopped|sanctioned)(?: (?:again|off|back|down|short))?\b`,
  // Pests and weeds, not people or pets: "threatening to kill the pigeons on the balcony with a water pistol".
  rxAll`\b(?:kill|kills|killing|killed|murder|murdering|poison|poisoning|poisoned|shoot|shooting|drown|drowning|exterminate|exterminating|get rid of|getting rid of) ${gap(2)}(?:the |those |these |all the |that |them |every |a )?(?:${W} )?(?:pigeons?|slugs?|snails?|wasps?|flies|fly|mice|mouse|rats?|spiders?|weeds?|ants?|moths?|midges?|mosquitos?|mosquitoes|bugs?|greenfly|aphids?|cockroach(?:es)?|squirrels?|seagulls?|gulls?|magpies?|fleas?|nits|woodlice|bed ?bugs?|caterpillars?|dandelions?|brambles?|moles?|vermin|pests?)\b`,
  // Laxatives for constipation after an operation or from painkillers: "given laxatives after the op because the codeine's bunged me up".
  rxAll`\b(?:given|prescribed|take|taking|took|on|need|needed|offered) (?:some |a |the )?(?:laxatives?|lactulose|senna|movicol|laxido|fybogel|stool softeners?) ${gap(8)}(?:after (?:the|my) (?:op|operation|surgery|section|c section|birth)|constipat\w*|bunged (?:me )?up|blocked (?:me )?up|backed up|codeine|morphine|oramorph|tramadol|co codamol|iron tablets|painkillers|the (?:doctor|gp|nurse|pharmacist|hospital)|my (?:doctor|gp|nurse|pharmacist))\b|\b(?:constipat\w*|bunged (?:me )?up|codeine|morphine|iron tablets|after (?:the|my) (?:op|operation|surgery)) ${gap(8)}(?:laxatives?|lactulose|senna|movicol|laxido|fybogel)\b`,
  // Asked and answered no, in other words: "asked if i was thinking of killing myself and i laughed because no", "the answer's still no".
  rxAll`\b(?:asked|asks|asking) (?:me )?(?:if|whether|about) (?:${W} ){0,10}?(?:and |but )?(?:i (?:laughed|said|told (?:them|her|him)|answered|replied|shook my head|ticked|circled|put|chose|picked)(?: because| that)?|the answer (?:is |was |s )?|the answers )(?:still |definitely |honestly |a (?:firm|definite|clear) )?(?:no|nope|never|not at all)\b(?!(?: ${W}){0,3} (?:but|though|lied|lie|lying|not true)\b)`,
  // Never, and never would: "I've never taken an overdose and never would", "there's no way I'd ever end my life".
  rxAll`\b(?:have never|never have|never) (?:taken|had|done|tried|attempted|thought about|considered) (?:${W} ){0,4}?(?:and|nor) (?:i )?(?:never would|would never|never will|will never|wouldnt|would not)\b|\bno way (?:i would|i d|id|i will|ill|i could) (?:ever )?(?:end my life|kill myself|take my (?:own )?life|hurt myself|harm myself|do (?:that|it))\b`,
  // No urges and no self-harm, listed: "nope, no voices, no wanting to hurt myself", "no self harm, no thoughts of it, just stress".
  rxAll`\bno (?:wanting|want|urge|urges|desire) to (?:hurt|harm|kill|cut) (?:myself|anyone)\b|\bno (?:self harm|suicidal thoughts|voices)(?: no ${W}(?: ${W}){0,3})? (?:just|only|it is just|its just)\b`,
  // Hung out to dry, an idiom: "I'm gonna hang myself out to dry if I keep saying yes to everything".
  rxAll`\b(?:hang|hanging|hung) (?:myself|yourself|himself|herself|themselves|me|him|her|them|us) out to dry\b`,
  // The last message of the evening, with the reason: "last message tonight, need my sleep, early start".
  rxAll`\blast (?:message|text|msg) (?:on here )?(?:for )?(?:tonight|today|for now|before bed|of the day)\b(?= (?:${W} ){0,2}?(?:need my sleep|need to sleep|going to bed|off to bed|bed|early start|night night|nighty night|speak tomorrow|talk tomorrow|see you tomorrow|speak soon|talk soon)\b)`,
    // Not feeling like it, said outright: "not feeling like I want to die or anything like that, just a bit lonely".
  rxAll`\bnot (?:feeling|feel) like i (?:want|wanna) to (?:die|end it|hurt myself|kill myself|disappear|be dead)\b(?: or anything(?: like that)?)?`,
  // Never done, never wanted: "self harm's not something I've ever done or wanted to do".
  rxAll`\b(?:self harm|suicide|cutting|overdosing|purging)(?: is| s)? not something (?:i|that i) (?:have |ve )?(?:ever )?(?:done|do|did|considered|thought about|would do|would consider|wanted)\b`,
  // Old baby clothes given away, and social media closed for a reason.
  rxAll`\bgiving (?:away )?(?:all )?(?:my |the |our )?(?:old )?(?:baby|kids|childrens|toddler|maternity) (?:clothes|things|stuff|toys|bits)\b`,
  rxAll`\b(?:closing|deleting|deleted|closed|coming off|quitting|leaving) (?:my )?(?:facebook|instagram|insta|tiktok|twitter|snapchat|social media)(?: account)?(?: down)?(?: for good)?\b(?= (?:${W} ){0,4}?(?:sick of|fed up|too much|drama|detox|waste of time|rather|addicted|doom ?scrolling|screen time)\b)`,
    // No voices: "I don't hear voices telling me to do things, it's more that my mind races".
  rxAll`\b(?:do not|never|no longer|not) (?:hear|hearing) (?:any )?voices(?: (?:telling|saying|that tell|that say) (?:me )?(?:to )?(?:do )?(?:things|anything|stuff|what to do))?\b(?! ${gap(3)}(?:anymore but|but|though|except|unless|now but|apart from)\b)`,
  // Craving, not violence: "I'd kill for a lie in".
  rxAll`\b(?:would|could|i d) (?:${W} )?kill for (?:a|an|some|one|another|decent|proper|a decent|a proper) ${W}\b`,
  // Asked about suicide and said no: "the counsellor asked if I'd thought about killing myself and honestly I haven't".
  rxAll`\b(?:asked|asks|asking) (?:me )?(?:if|whether) i (?:(?:had|have|would|was|am|ever|d) ${gap(6)})?(?:killing myself|kill myself|suicide|suicidal|self harm\w*|hurting myself|hurt myself|harming myself|ending (?:it|my life)|end (?:it|my life)) ${gap(4)}(?:and|but|i said) (?:honestly |truthfully |genuinely |i said |the answer is )?(?:i have not|i had not|i am not|i was not|no|not once|never|i do not|i did not)\b(?! (?:${W} ){0,3}?(?:but|until|till|except|yet)\b)`,
  // A past risk got over, said first (before the masks below blank its recovery), then a past time or recovery: "my counsellor helped me get over the suicidal stuff ... been good since".
  rxAll`\b(?:${GOT_OVER}) ${topicSpan(6)} ${pastGap(16)}(?:${PAST_TIME}|${RECOVERY})\b${NOTHING_RETURNS}`,
  // A past time and a past clause, then any recovery: "a few years back i was suicidal ... im doing great now".
  // It runs before the next mask, so the leftmost past clause wins.
  pastTimeWithRecovery,
  // A past state and recovery that needs no date: "I was suicidal after my redundancy but the counselling helped loads".
  rxAll`(?:\b${STATE_CLAUSE}|${OTHER_PAST_START}) ${stateGap(8)}${RECOVERED}\b${NOTHING_RETURNS}`,
  // Recovery counted in time: "clean from self harm for 1000 days", "reached one year without self harming".
  rxAll`\b(?:clean|free) (?:from|of) (?:${W} ){1,3}?for (?:${W} ){0,2}?(?:days?|weeks?|months?|years?)\b|\b(?:reached|made it to|hit|celebrating|marking|over|nearly|almost) (?:${W} ){0,2}?(?:days?|weeks?|months?|years?) (?:without|free of|free from|clean from|clean of) (?:${W} )?${W}\b`,
  rxAll`\b(?:been off|off|came off|come off|stopped|quit|given up|free of) (?:the )?(?:self harm\w*|cutting|drugs|the drink|booze|the pills|pills|it) (?:for|since) (?:over |more than |about |nearly |almost )?(?:${W} )?(?:days?|weeks?|months?|years?|ages)\b${NOTHING_RETURNS}`,
  rxAll`\b(?:got out of|escaped|escaped from|walked away from|left) (?:a |an |my |that |the )?(?:${W} ){0,2}?(?:controlling|abusive|violent|toxic|coercive) (?:${W} )?(?:relationship|marriage|home|partner|ex|husband|wife|boyfriend|girlfriend) ${pastGap(3)}${PAST_TIME}\b${NOTHING_RETURNS}`,

  // "No thoughts of suicide", "I haven't had the urge to hurt myself", "no plans to end my life".
  rxAll`\b(?:no|not|never|nor|without|have not had|had not had|have not got|has not got|do not have|does not have|did not have|not had|not got|never had|no longer (?:have|get)|not having) (?:any |the |real |actual |current |active |serious |such |more )*(?:thoughts?|urges?|urge|plans?|intention|intentions|intent|desire|wish|inclination|feelings?|ideas?|impulses?) (?:of|to|about|towards?|for|bout) (?:${RISK_NOUN}|${RISK_ACT}${RISK_OBJECT})\b${BUT_A_PLAN}`,
  // "Not thinking of hurting anyone", "definitely not wanting to die", "never thought about suicide".
  rxAll`\b(?:not|never|no longer|nae) (?:(?:really|actually|even|currently|ever|been|seriously) )?(?:thinking|planning|considering|wanting|going|trying|looking|think|thought|considered|consider|contemplated|plan|planned|want|wanted|feel like|feeling like|felt like) (?:of |about |to |on )?(?:${RISK_NOUN}|${RISK_ACT}${RISK_OBJECT})\b(?!(?: ${W}){0,2} (?:yet|tonight|today|until|till|but|right now|this time|on my own|without|now|here)\b)${BUT_A_PLAN}`,
  // "It's not that I want to die, I just feel stuck".
  rxAll`\b(?:it is|its|it was|that is|thats|this is) not (?:that|like|as if|because) (?:i (?:want to die|am suicidal|want to (?:kill|hurt|end|harm) (?:myself|anyone|someone|him|her|them|it all|my life)))\b`,
  // "The quiz asked if I had thoughts of suicide and I said no" (and not "...but I lied").
  rxAll`\b(?:asked|asks|asking) (?:me )?(?:if|whether|about) (?:${W} ){0,8}?(?:and |but )?i (?:said|told (?:them|her|him)|answered|say|ticked) no\b(?!(?: ${W}){0,3} (?:but|though|lied|lie|lying|not true)\b)`,
  // "No one is hitting me", "my ex isn't following me".
  rxAll`\b(?:no one|nobody|nothing|no body) (?:is |has |has been |was |ever )?(?:hitting|hurting|abusing|touching|threatening|following|stalking|harming|forcing|controlling|hit|hurt|abused|touched|threatened|followed) (?:me|us)\b|\b(?:is not|are not|was not|has not been|have not been|never|not) (?:(?!(?:stop|stopped|stops|quit|give up|leave off)\b)${W} )?(?:following|stalking|watching|hitting|hurting|abusing|threatening|controlling|forcing) (?:me|us)\b(?! (?:yet|now|at the moment|right now|today|as much|as often|anymore but)\b)`,
  // "I won't harm him, I just needed to rant" (but not "I won't hurt him unless he comes near me").
  rxAll`\b(?:will not|would not|never|could not|not going to|do not want to|have no intention of|no intention of) (?:ever |really |actually |even )?(?:hurt|harm|hit|touch|kill|attack|stab|hurting|harming|hitting|touching|killing|attacking|stabbing) (?:him|her|them|anyone|anybody|my (?:${W} )?${W})\b(?! (?:if|unless|as long as|until|till|yet|but|when|because|tonight|today|now|right now|this time|here|in front)\b)`,

  // What a game makes the player do: "the game has a level where you have to jump off a cliff".
  rxAll`\b(?:game|games|level|mission|quest|boss fight|boss|map|raid) ${gap(6)}(?:you|your character|the player|players|your guy) (?:have|has|need|needs|must|got|get) to ${topicSpan(4)}`,
  // A title and its verdict: "dead man walking is such a heavy film".
  rxAll`(?:^|\b${TITLE_LEAD} )(?:(?!${NOT_TITLE}\b)${W} ){1,5}?(?:is|was|has got to be|must be) (?:such |honestly |literally |genuinely |seriously )?(?:a|an|my|the|one of (?:the|my)) (?:${W} ){0,3}?(?:film|films|movie|movies|book|books|song|songs|show|series|documentary|novel|play|album|track|game|programme|episode|watch|read|listen)\b`,
  // The topic as a kind of story or course: "the overdose episode of that podcast", "the stalking storyline".
  rxAll`\b(?:the|that|this|a|an) (?:${W} ){1,2}?(?:storyline|scene|documentary|film|movie|chapter|module|lecture|plotline|special|drama|podcast episode)\b(?: (?:about|on|of|with|where|in which|in|from))? ?${NOT_LIKE_ME}${topicSpan(6)}`,
  rxAll`\b(?:the|that|this|an|a) (?:${W} ){1,2}?episode of (?:the|that|this|a|an)\b`,
  // A story, report or course about a topic: "the BBC piece about carers abusing residents", "a news report on the domestic abuse act".
  rxAll`\b(?:a|an|the|that|this|his|her|their|our|one|some|last nights|tonights) (?:${W} ){0,2}?${MEDIA} (?:about|on|covering|into|regarding|of|where|in which|called|titled|named|with) ${NOT_LIKE_ME}${topicSpan(6)}`,
  // The news and what it said: "just saw on the news about the overdose deaths", "the news said a man threatened to kill his neighbour".
  rxAll`\b(?:on|in|from|read|saw|seen|heard|watching|watched) (?:the )?(?:news|local news|paper|papers|local paper|headlines|bbc|itv|sky news|radio) (?:about|that|where|today|last night|this morning|says|said|reported)? ?${topicSpan(10)}|\b(?:the|local) (?:news|paper|papers|bbc|headlines) (?:said|says|reported|is saying|had|has) ${topicSpan(10)}`,
  // A reviewer's verdict on a character: "that stalker was terrifying".
  rxAll`\b(?:that|the) (?:stalker|killer|murderer|abuser|villain|psycho|serial killer|groomer|kidnapper|baddie|bad guy|predator) (?:was|is|were) (?:so |really |absolutely |proper |properly )?(?:terrifying|scary|creepy|chilling|brilliant|amazing|awful|evil|good|great|class|unreal|mental|horrible|disturbing|convincing|frightening|grim|played)\b`,
  // A talk or event by survivors: "a talk by a survivor of domestic abuse".
  rxAll`\b(?:talk|speech|event|book|memoir|podcast|story|interview|panel|session) (?:by|from|with) (?:a |an |two |some )?(?:survivors?|campaigners?|speakers?|authors?|mum|dad|woman|man|police officer|nurse) ${topicSpan(8)}`,
  // Recovery that is its own sentence: "in recovery from bulimia for 3 years", "it's been 4 years since I last hurt myself", "my old scars".
  rxAll`\b(?:in recovery|recovering|recovered|clean|free) from (?:${W} ){1,3}?for (?:over |about |nearly |almost |more than )?(?:${W} )?(?:years?|months?)\b|\b(?:it has|it is|its) been (?:over |about |nearly |almost |more than )?(?:${W} )?(?:years?|months?) since (?:i|my) (?:last |ever )?(?:${W} ){1,3}?(?=${W}\b)${W}\b${NOTHING_RETURNS}|\b(?:old|faded|white|silver) (?:self harm |sh )?scars\b`,
  // "Would never take my own life", "I don't purge anymore", "no pills saved up", "haven't been purging".
  rxAll`\b(?:would never|will never|never would|i would not|i will not|i never|never ever) (?:ever )?(?:take my (?:own )?life|kill myself|end my life|end it|hurt myself|harm myself|do anything (?:stupid|silly|daft)|try it again)\b(?!(?: ${W}){0,3} (?:but|unless|if|though|until)\b)|\b(?:do not|dont|never|no longer) (?:purge|cut|self harm|binge|starve myself|make myself sick|hurt myself|harm myself|take more than)\b(?: (?:anymore|any more|now))\b|\b(?:do not|dont|have not|havent|not) (?:got |have )?(?:any )?(?:pills|tablets|meds|medication) (?:saved|stashed|stockpiled|hidden|hoarded)(?: up)?\b|\b(?:have not|has not|not|never) been (?:purging|cutting|self harming|starving myself|making myself sick|bingeing|binging|hurting myself|harming myself)\b(?! (?:as much|as often|for (?:long|a few days|a week|a couple))\b)|\b(?:is not|isnt|not|never been|was not|wasnt|is never) (?:abusive|violent|controlling|aggressive|coercive|nasty to me)\b(?! (?:but|yet|anymore but|until)\b)|\bnot (?:feeling )?unsafe\b`,
  // Titles and broadcasts: "Suicide Squad is on ITV2 tonight", "the Louis Theroux one about domestic violence".
  rxAll`(?:^|\b${TITLE_LEAD} )(?:(?!${NOT_TITLE}\b)${W} ){1,4}?(?:is|was|are) on (?:itv\w*|bbc\w*|channel (?:[0-9]+|four|five)|netflix|sky\w*|prime|amazon|disney|iplayer|the telly|telly|tv|e4|dave|now tv|youtube)\b`,
  rxAll`\b(?:the|that) (?:${W} ){1,3}?one (?:about|on|where|with) ${topicSpan(10)}`,
  rxAll`\b(?:course|training|session|class|lecture|workshop|module|trainer|teacher|tutor) (?:${W} ){0,3}?taught us (?:what|how|about|to) ${topicSpan(10)}`,
  rxAll`\b(?:it|that|this|the ${W}(?: ${W})?(?: today)?) (?:was|is) (?:absolute |actual |literal |pure |social )?suicide\b(?! (?:attempt|note|watch|risk|thoughts))`,
  // Idle threats over food and clothes: "I'll kill my brother if he eats my yoghurt again", "she'll kill me if I spill anything on her top".
  rxAll`\b(?:kill|murder|strangle|throttle) (?:my (?:${W} )?(?:brother|sister|bro|sis|flatmate|housemate|husband|wife|partner|boyfriend|girlfriend|mum|dad|son|daughter)|him|her|them) if (?:he|she|they) (?:eats|takes|uses|borrows|breaks|nicks|steals|drinks|finishes|wears|reads|spoils|moves|loses|leaves|forgets|plays|puts|eat|take|use|borrow|break|nick|steal|drink|finish|wear|read|spoil|move|lose|forget|play|put) (?:my|the|our|his|her|their|it|that|this|one more|anything|any more)\b(?! (?:${W} )?(?:daughter|son|kids?|children|baby|mum|dad|sister|brother|wife|husband|girlfriend|boyfriend|partner|family|friend)\b)|\bkill me if i (?:spill|break|lose|forget|miss|eat|borrow|use|wear|ruin|scratch|crash|dent|spend|am late|get (?:home|back|in) late|drop|stain|finish|take her|take his|open|read|move|sit on|mess up|burn)\b`,
  // Letters and messages that are not farewells, and giving things up that are not food.
  rxAll`\bletters? (?:to|for) (?:my |our )?(?:${W} )?(?:grandkids|grandchildren|kids|children|son|daughter|niece|nephew|godson|goddaughter) to open (?:on|when|at|in)\b|\blast message\b ${gap(3)}then (?:i am|im|i will|ill) (?:revising|going to bed|off|going|logging off|signing off|studying|working)\b|\bstopped drinking (?:fizzy (?:pop|drinks)|pop|coke|cola|alcohol|booze|beer|wine|caffeine|coffee|energy drinks|fizzy)\b`,
  // What a service is for, in work and volunteering talk: "a refuge for women fleeing domestic abuse", "a charity supporting survivors".
  rxAll`\b(?:volunteer|volunteers|volunteering|volunteered|work|works|working|worked|job|shift|shifts|help out|helping out|run|runs|running|donate|donated|fundraise|fundraising|raised money|raising money|collection) (?:at|for|with|in|to|on)? ?(?:a |an |the |our |my |their |his |her )?(?:${W} ){0,2}?(?:refuge|refuges|shelter|charity|charities|helpline|hotline|service|services|project|group|centre|center|hostel|team|unit|ward|clinic|programme|organisation|organization) (?:for|supporting|helping|that (?:helps|supports|works with)|which (?:helps|supports)|working with) (?:(?!(?:${SPAN_STOP}|${TOPIC})\b)${W} ){0,5}?${SERVICE_TOPIC}\b(?: (?:of|from|with|affected by|fleeing|escaping) (?:${W} )?${TOPIC}\b)?(?!(?: ${W}){0,3} (?:again|every day|lately|constantly|all i think|is on my mind|are back|is back)\b)`,
  // "If I hear that song one more time I'm going to jump out the window".
  rxAll`\bif i (?:hear|see|listen to|watch|read|have to hear|have to listen to|have to watch|get) (?:that|this|the|one more) (?:${W} )?(?:song|advert|ad|tune|jingle|word|phrase|joke|noise|record|track|ringtone|story|episode|email|meeting) ${gap(4)}(?:one more time|again) ${gap(3)}(?:going to|gonna|will|ill|might) (?:scream|jump|kill|die|lose it|explode|throw|cry|murder|hit|smash)(?: (?:${W} ){0,4}?(?:window|someone|it|myself|him|her|them|the wall|something|my phone|the telly|the tv|the radio))?`,
  // Idle threats about lateness and chores: "she's gonna kill me for being late".
  rxAll`\bkill me (?:for|if i (?:am|keep)) (?:being late|being so late|forgetting|not (?:ringing|calling|texting|replying|coming|going|doing)|missing|breaking|losing|spending|eating|telling|this|that|leaving|the mess|it)\b`,
  // Laws, days and campaigns named after a topic: "the domestic abuse act", "stalking awareness week".
  rxAll`\b(?:domestic abuse|domestic violence|online safety|coercive control|stalking|child abuse|sexual abuse|suicide|self harm|eating disorders?|overdose) (?:act|bill|law|laws|legislation|policy|commissioner|strategy|month|week|day|awareness|prevention|statistics|figures|deaths|crisis)\b`,

  // A thing, not a person, that could hurt someone: "the branch could snap and hit someone".
  rxAll`\b(?:branch|branches|tree|trees|ball|balls|door|sign|roof|tile|tiles|wall|shelf|ladder|glass|window|pot|plant pot|brick|bricks|scaffolding|fence|gate|lorry|bike|scooter|horse|it|that|this) (?:${W} ){0,2}?(?:could|might|will|would|may|is going to|going to) (?:${W} )?(?:snap and |fall and |come down and |break and |blow over and )?(?:hit|hurt|kill|injure|fall on|land on) (?:someone|somebody|people|anyone|a child|a kid|the kids|kids|children)\b`,
  // A young child's grabbing and biting, and pets and toddlers who follow you about.
  rxAll`\b(?:toddler|son|daughter|baby|kid|little one|boy|girl|twins) ${gap(3)}(?:keeps |always )?(?:grabbing|grabs|hitting|hits|kicking|kicks|biting|bites|bit|pinching|pinches|scratching|scratches|slapping|slaps|headbutting|headbutts|pulls my hair|pulling my hair) me\b ${gap(6)}(?:when (?:he|she|they) (?:is|are|gets|get) (?:tired|overtired|hungry|teething)|tantrums?|teething|meltdowns?|terrible twos|(?:[0-9]+|one|two|three) (?:months|month|years|year) old|is it normal|is this normal|how do i (?:stop|get))\b`,
  rxAll`\b(?:cat|cats|kitten|dog|dogs|puppy|pup|hamster|rabbit|parrot|ferret|toddler|baby|little one|kids) ${gap(6)}(?:follows|following|followed) me (?:everywhere|around|round|about|to the (?:toilet|loo|bathroom))\b`,
  // Beaten at a game, and unafraid of someone: "beaten at chess by my 8 year old", "not scared of my husband".
  rxAll`\b(?:beaten|beat|battered|thrashed|destroyed|hammered|slaughtered|smashed|killed|murdered|annihilated|wiped) (?:${W} ){0,2}?(?:at|in) (?:the )?(?:chess|draughts|cards|poker|scrabble|monopoly|uno|quiz|pub quiz|fifa|cod|fortnite|mario kart|pool|darts|snooker|tennis|squash|badminton|golf|bowling|football|rugby|netball|hockey|game|match|race)\b(?: by)?|\b(?:not|never|no longer|not even) (?:scared|afraid|frightened|terrified) (?:of|by) (?:him|her|them|my (?:${W} )?${W})\b(?! (?:but|yet|anymore but)\b)`,
  // Petty reasons to dread going home, and kitchen nicks: "scared to go home cos i broke my mums vase".
  rxAll`\b(?:scared|afraid|frightened|terrified|dreading) (?:to go|of going) (?:back )?home (?:cos|because|as|since) i (?:broke|failed|lost|crashed|smashed|spent|forgot|ate|dented|scratched|got (?:a|an|my|detention|told off|bad))\b|\b(?:cut|nicked|burnt|burned) (?:myself|my (?:${W} )?${W}) on (?:it|them|that|this)\b(?= ${gap(4)}(?:just a nick|by accident|accidentally|dishwasher|washing up|plaster)\b)`,
  // Hopelessness about a small thing, not about life: "my life is pointless without coffee", "can't go on holiday",
  // "what's the point of anything at the weekend if it rains", "what's the point of me going if she's not there".
  rxAll`\b(?:my )?(?:life|it|everything|mornings?|the day|work) (?:is|are|would be|feels) (?:pointless|meaningless|not worth (?:it|living)) without (?:my |a |an |the |some )?(?:${W} )?(?:coffee|tea|cuppa|brew|wifi|internet|phone|chocolate|cake|netflix|music|football|the gym|caffeine|sugar|biscuits|crisps|wine|gin|beer|sleep|a lie in|naps?|sunshine|my dog|my cat|cheese|toast)\b|\b(?:can not|could not) go on (?:holiday|holidays|the trip|a trip|the school trip|the ride|rides|the bus|the train|a plane|planes|a date|the walk|the course|the rota|nights|strike|maternity|leave|the list|the waiting list|tiktok|facebook|instagram|social media|my phone|the computer|the laptop|the swings|the slide)\b|\bwhat is the point (?:of|in) (?:me|us) (?:going|coming)(?! on\b) (?:if|when) (?:she|he|they|you|it) (?:is|are|is not|are not|will not|does not|do not) (?:there|coming|going|open|on|raining|around|home)\b|\bwhat is the point of anything (?:at|on|this|next) (?:the )?(?:weekend|weekends|holiday|bank holiday|summer) if\b`,
  // Table kicks and bingo winnings.
  rxAll`\b(?:kicked|kicks|kicking|nudged) me under the table\b|\btakes? (?:all )?my money at (?:the )?(?:bingo|cards|poker|pool|darts|casino|monopoly|arcade)\b`,
  // Annoyances one "can't go on like this with": the noise, not life.
  rxAll`\b(?:can not|could not) (?:go|carry) on like this with (?:my|the|our|this|these|all (?:the|this)) (?:${W} ){0,2}?(?:neighbours?|noise|job|commute|landlord|damp|mould|building work|roadworks|traffic|boiler|heating|broadband|internet|wifi|council|hours|shifts|rota|printer|laptop|car)\b`,
  // Worrying about Christmas weight is not an eating disorder.
  rxAll`\b(?:scared|worried|afraid|nervous) (?:of|about) (?:putting on|gaining) (?:weight|a few pounds|a few lbs|a bit) (?:over|at|during|this) (?:christmas|the holidays|holiday|lockdown|winter|the festive|easter|the summer)\b`,
  // Time free of it, counted: "5 years self harm free today", "18 months purge free".
  rxAll`\b(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|many) (?:weeks?|months?|years?) (?:${W} ){1,3}?(?:free|clean)\b${NOTHING_RETURNS}`,
  // Negated suicidal or harmful thoughts named by their adjective: "not had any suicidal thoughts in a long time".
  rxAll`\b(?:no|not|never|without|have not had|had not had|not had|never had|no longer (?:have|get|having)|do not (?:have|get)|does not (?:have|get)|did not have|not having|free of|free from) (?:any |the |real |actual |current |active |serious |more )*(?:suicidal|self harm|self harming|harmful|dark) (?:thoughts?|urges?|feelings?|ideas?|ideation|plans?|intent|intentions)\b(?!(?: ${W}){0,6} (?:but|until|till|til|except|apart from|although|though|however|yet)\b)${BUT_A_PLAN}`,
  // Someone else's recovery: "a book about her recovery from bulimia".
  rxAll`\b(?:her|his|their|your) (?:own )?(?:recovery|recovering) (?:from|after) ${topicSpan(4)}${NOT_BACKWARDS}`,
  // A course or training and what it taught: "his first aid course, they learnt what to do if someone's taken an overdose".
  rxAll`\b(?:course|training|class|lesson|lecture|module|workshop|session|seminar|first aid|cpr|drill|induction) ${gap(6)}(?:taught|teach|teaches|teaching|learnt|learned|learn|learning|covered|covers|covering|showed|shows|practised|practiced|went over|talked about|explained) (?:us |them |him |her |you |me )?(?:what to do|how to|how you|about|to|when|if|why|that) ${topicSpan(10)}`,
  // A topic that names a job or service: "qualified as a domestic abuse advocate", "a suicide prevention trainer".
  rxAll`\b${SERVICE_TOPIC} (?:(?:prevention|support|awareness|recovery|liaison|specialist|outreach|crisis|response|training) )?${ROLE}\b`,
  // A title and a verdict on its craft: "listening to nirvanas i hate myself and i want to die amazing riff".
  rxAll`\b${MEDIA_LEAD} (?:(?!${NOT_IN_TITLE}\b)${W} ){1,9}?${MEDIA_PRAISE}\b`,
  // Change 11. Never taking too many, said outright: "I'd never take too many of my tablets, I've seen what it did".
  rxAll`\b(?:would never|will never|never would|would not ever) (?:ever )?(?:take|swallow) (?:too many|more than (?:i should|the dose|it says|prescribed)|an overdose|all (?:of )?my (?:tablets|pills|meds))\b(?!(?: ${W}){0,3} (?:but|unless|if|though|until)\b)`,
  // A risky journey called suicide: "it'd be suicide trying to drive over to Glossop in this snow".
  rxAll`\b(?:it would be|would be|it is|that is|that would be|be) (?:(?:absolute|pure|total|utter|complete) )?suicide (?:to|trying to|driving|going|cycling|walking|in this|out there|on (?:these|those|the) roads)\b`,
  // A film title: "watched Suicide Squad with my nephew".
  rxAll`\b(?:suicide squad|suicide is painless)\b`,
  // A body that cannot do it any more: "handed back the keys to my allotment, my knees can't do it anymore".
  rxAll`\bmy (?:knees|back|legs|hips|feet|eyes|hands|joints|shoulders|wrists|arthritis) (?:can not|could not|will not) (?:do|take|manage|cope with) (?:it|this|that)?(?: any ?more)?\b`,
  // Letters written for a celebration: "written letters to everyone in the family for my nan's 90th".
  rxAll`\bletters? to (?:${W} ){0,5}?for (?:my |our |her |his |their )?(?:${W} )?(?:[0-9]+(?:st|nd|rd|th)|birthday|wedding|anniversary|christening|retirement|party|scrapbook|memory box|reunion)\b`,
  // Change 16. Idioms and tellings: "shot myself in the foot", "the overdose scene", a flat one cannot face.
  rxAll`\bshot (?:myself|yourself|himself|herself|themselves) in the foot\b`,
  rxAll`\bthe (?:overdose|suicide|hanging|self harm|cutting|death|drowning) scenes?\b`,
  rxAll`\b(?:flat|house|room|kitchen|washing|ironing|paperwork|dishes|inbox|garden|post|laundry) ${gap(4)}(?:i )?can not face (?:it|them)\b`,
  // Asked and answered no: "the questionnaire asked if I'd be better off dead and I ticked 'not at all'", "I could honestly say no".
  rxAll`\basked (?:me )?(?:if|whether) ${gap(10)}(?:and|but) i (?:ticked|said|put|answered|circled|chose|could (?:honestly |truthfully )?say) (?:not at all|no|never|none)\b(?! ${gap(3)}(?:but|until|except|yet)\b)`,
  // A jump denied with what it was: "I'm not about to jump off anything, I'm just moaning about the trains".
  rxAll`\b(?:not|never) (?:about|going|planning) to (?:jump|throw myself) (?:off|in front of|under) (?:anything|something)\b(?= ${gap(2)}(?:i am )?just)`,
  // Someone who survived and now helps: "a woman who survived a suicide attempt and now runs a charity".
  rxAll`\b(?:a|the|this) (?:woman|man|lady|guy|bloke|speaker|mum|dad|lad|girl|chap) who (?:survived|attempted|lost|went through) ${gap(4)}(?:and now|now) (?:runs|works|helps|volunteers|speaks|talks|campaigns|trains)\b`,
  // A burden thought caught as homework: "notice when I think 'I'm a burden' and challenge it".
  rxAll`\bwhen i (?:think|notice|catch myself thinking) i am a burden\b(?= ${gap(3)}(?:and|then) (?:challenge|question|counter|test|check))`,
];
