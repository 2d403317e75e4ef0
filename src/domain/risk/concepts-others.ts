/**
 * Concepts for risks between people, written for paraphrase rather than for sentences:
 * harm to others (intent, weapons, plans, revenge, intrusive thoughts of hurting a child),
 * abuse of the writer (strangling, spiked drinks, coercion, threats, stalking, confinement,
 * control of money, medicine and phone) and a child or vulnerable adult at risk, told by a third
 * party (neglect, exploitation, grooming, drugs given to children, unexplained injuries, abuse
 * of elderly and disabled people).
 *
 * Each concept is a lexicon of who, what and how (persons, acts, tools, places, time and intent
 * words, in their inflections and UK and Scots forms) combined within bounded windows, so that
 * wording never seen before still falls inside one. All run on normalised, masked text (see
 * risk-check.ts) and are added to the broad net in broad-signals-others.ts.
 *
 * Levels: `urgent` for intent, a plan, a weapon at hand or an act in progress; `uncertain` (ask
 * "are you safe?") where a signal is genuinely ambiguous on its own; otherwise concern.
 */

import { gap, rx, W, type RiskPattern } from './regex-helpers';

const concern = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern });
const urgent = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, urgent: true });
const uncertain = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, uncertain: true });
/** Threat talk that a "lol" or "jk" turns into banter: "I'll do him lol". */
const urgentHyperbole = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, urgent: true, hyperbole: true });
const concernHyperbole = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, hyperbole: true });

/** As `gap`, but never across a negation: "I will not hurt him" is no threat. */
const gapNoNot = (n: number): string => `(?:(?!(?:not|never|no|nae|nothing) )${W} ){0,${n}}?`;
/** Not straight after a negation: "not going to", "never gonna". */
const NOT_NEGATED = '(?<!\\b(?:not|never|nae|no|wont|will not) )';

// ---------------------------------------------------------------------------------------------
// Lexicons: people
// ---------------------------------------------------------------------------------------------

/** People named by role, kinship or insult: who a threat can be aimed at (singular and plural). */
const WHO =
  '(?:man|men|woman|women|lad|lads|lass|guy|guys|bloke|blokes|fella|fellas|girl|girls|boy|boys|kid|kids|child|children|person|people|' +
  'neighbour|neighbours|manager|boss|supervisor|teacher|landlord|ex|exs|partner|husband|wife|boyfriend|girlfriend|dad|mum|father|mother|' +
  'brother|sister|son|daughter|baby|toddler|step dad|step mum|uncle|aunt|auntie|cousin|nan|gran|grandad|grandma|flatmate|housemate|' +
  'colleague|colleagues|coworker|workmate|mate|mates|pal|grass|bully|bullies|dealer|bastard|bastards|prick|twat|scumbag|paedo|nonce|' +
  'driver|ref|referee|customer|customers|students|pupils|staff|dog|cat|in laws|mother in law|father in law|lot|crew|gang|family|' +
  'bouncer|stepson|stepdaughter|fiance|fiancee|lodger|tenant|client|patient|doctor|nurse|copper|officer|stranger|strangers|someone|' +
  'bairn|bairns|wean|weans|missus|wifey|hubby|da|maw|old man|old lady|teachers|neighbours kid|lecturer|tutor|coach|ex wife|ex husband)';
/** Someone the writer could harm: a pronoun, or a person with a determiner ("my exs new fella", "the lad"). */
/** "her" as an object ("stab her in the face"), not a possessive ("cut her hair"). */
const OBJ_HER =
  '(?:her(?= *$| (?:in|on|at|with|to|for|and|but|so|if|when|until|till|down|again|now|tonight|today|tomorrow|properly|good|bad|badly|' +
  'hard|too|myself|i|cos|because|before|after|over|dead|senseless|unconscious|black|into|through|from|like|or|then|once|right|first|' +
  'lol|honestly|tbh|proper|for good|up (?:good|bad|badly|proper)|with)\\b))';
/** Not an object's own things or idioms: "cut him some slack", "kick him out", "hit him up". */
const NOT_IDIOM =
  '(?! (?:hair|nails|fringe|feelings|heart|pride|slack|some slack|a break|off|loose|short|free|out|up|down to size|a deal|a piece|' +
  'a slice|a cheque|a line|a text|a message|an email|a look|a favour|to the|with (?:a|the) (?:hose|water|pillow|snowball))\\b)';
const TARGET =
  `(?:him|${OBJ_HER}|them|someone|somebody|anyone|anybody|everyone|everybody|` +
  `(?:my|the|that|this|his|her|their|our|those|these|next doors|a|some|every|your) (?:${W} ){0,2}?${WHO}s?)`;
/** Someone a weapon is got ready for: pronouns and the people a grudge is held against. */
const FOE =
  `(?:him|${OBJ_HER}|them|(?:the|that|this|my|those|his|her|their) (?:${W} ){0,2}?(?:lad|lads|guy|guys|bloke|blokes|grass|bully|bullies|ex|exs|prick|twat|` +
  'bastard|bastards|man|men|neighbour|neighbours|dealer|fella|boss|manager|lot|gang|crew|step dad|boyfriend|girlfriend|husband|wife|partner))';
/** A part of someone else's body: "his face", "her teeth". */
const THEIR_BODY =
  '(?:his|her|their|your) (?:(?:stupid|ugly|fat|smug|little) )?(?:face|head|teeth|neck|throat|legs?|arms?|jaw|nose|body|skull|ribs|' +
  'kneecaps?|eyes?|knees?)';

/** Clearly a child: the words people use for young children and teenagers, with UK and Scots forms. */
const YOUNG =
  '(?:kid|kids|child|children|baby|babies|toddler|toddlers|infant|infants|newborn|bairn|bairns|wean|weans|tot|tots|' +
  'little one|little ones|wee one|wee ones|wee yin|wee boy|wee girl|wee lad|wee lass|little boy|little girl|little lad|' +
  'teen|teens|teenager|teenagers|youngster|youngsters|pupil|pupils|boy|boys|girl|girls|lad|lass|lassie)';
/** A child or young relative: YOUNG plus grandchildren, nieces, nephews, sons, daughters and siblings. */
const CHILD_WORD =
  `(?:${YOUNG.slice(3, -1)}|grandson|granddaughter|grandkids|grandchildren|grandchild|niece|nieces|nephew|nephews|` +
  'stepson|stepdaughter|step son|step daughter|son|sons|daughter|daughters|brother|sister|cousin|cousins|half sister|half brother|' +
  'step sister|step brother|foster (?:sister|brother|child|kid)|eldest|youngest|oldest|schoolgirl|schoolgirls|schoolboy|schoolboys|year [0-9]+s?)';
/** An age that makes someone a child: "13", "a 12 yr old", "12yo", "6 weeks old". */
const AGE_NUM = '(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
const CHILD_AGE =
  `(?:${AGE_NUM} ?(?:yo|yr old|yrs old|year old|years old)|[0-9]{1,2} ?(?:month old|months old|week old|weeks old|mo old)|` +
  `${AGE_NUM}yo|under ?${AGE_NUM}s?)`;
/** A child as the object of a verb: "the kids", "primary kids", "my 2 year old", "her". */
const CHILD_OBJ = `(?:(?:(?:the|my|our|his|her|their|those|these|some|a|primary|primary school|school|little|wee|young) )?(?:${W} )?${CHILD_WORD}|(?:a |my |the |her |his )?${CHILD_AGE})`;
/** An elderly, disabled or otherwise dependent adult, or the place they live. */
const VULNERABLE =
  '(?:elderly|old lady|old man|old woman|old gent|old fella|old people|pensioner|pensioners|nan|nana|nanna|gran|granny|grandma|grandmother|' +
  'grandad|grandpa|grandfather|great gran|residents?|service users?|disabled|disability|disabilities|learning disabilit(?:y|ies)|dementia|' +
  'alzheimers|care home|nursing home|day centre|sheltered housing|wheelchair|bed bound|bedbound|(?:[6-9][0-9]|100) (?:year old|years old|yo)|' +
  '(?:she is|he is|they are|i am|shes|hes) (?:[7-9][0-9]|100))';
/** Someone close to the writer who could be abusing them. */
const PARTNER =
  `(?:he|she|they|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|ex|fella|fiance|fiancee|son|daughter|carer|dad|mum|step dad|` +
  'step mum|brother|sister|family|parents|daughter in law|son in law|man|da|old man|bloke|missus|carer|ex wife|ex husband))';
/** "he'd", "she'll", "he will" after normalisation: a threat's future. */
const THEY_WILL =
  '(?:(?:he|she|they|it) (?:would|will|is going to|are going to|was going to|were going to|is gonna)|hed|shed|theyd|hell|shell|theyll)';

// ---------------------------------------------------------------------------------------------
// Lexicons: intent, acts and tools
// ---------------------------------------------------------------------------------------------

/** Future or decided action: "going to", "I'll", "next time I'm", "about to". */
const WILL =
  '(?:going to|gonna|about to|planning to|plan to|planned to|intend to|intending to|ready to|decided to|will|ill|i am|we are|' +
  'i will|next time i am|next time i will|fully intend to|am going to)';
/** Wishes and temptations: weaker than WILL, still more than temper. */
const WISH = '(?:want to|wanted to|wanting to|would love to|wish i could|tempted to|itching to|dying to|gagging to|need to|could easily|feel like)';
/** Violent verbs in their base form, with UK and street slang. */
const HARM_BASE =
  '(?:kill|murder|stab|knife|shank|shiv|glass|bottle|batter|leather|burst|deck|chin|floor|lamp|smack|slap|punch|kick|headbutt|' +
  'hit|strangle|throttle|choke|smother|suffocate|drown|poison|shoot|torch|scald|hurt|harm|maim|bash|slash|merk|murk|juk|' +
  'cripple|attack|assault|belt|thump|wallop|kneecap|cut|burn|jump|end|stamp on|spark out|kill off|twat|boot|clout|skelp|leather|panel|' +
  'brick|slice|chib|dunt|tan|nut|bottle|hammer)';
/** The same in -ing form: "I'm stabbing him". */
const HARM_ING =
  '(?:killing|murdering|stabbing|knifing|shanking|glassing|bottling|battering|leathering|bursting|decking|chinning|flooring|lamping|' +
  'smacking|slapping|punching|kicking|headbutting|strangling|throttling|choking|smothering|suffocating|drowning|poisoning|shooting|' +
  'torching|scalding|hurting|harming|bashing|slashing|merking|attacking|maiming)';
/** A violent act finished: used for harm already done to someone in the writer's care. */
const HARM_DONE =
  '(?:hit|kicked|bit|threw|shook|shaken|punched|slapped|smacked|grabbed|choked|strangled|throttled|pushed|shoved|dragged|yanked|' +
  'pinched|squeezed|battered|beat|headbutted|burnt|burned|scalded|hurt|stamped on|slammed|hurled|flung)';
/** Weapons, and things used as weapons. */
const WEAPON =
  '(?:knife|knives|blade|blades|machete|machetes|screwdriver|crowbar|hammer|baseball bat|cricket bat|golf club|bat|iron bar|metal bar|' +
  'brick|gun|guns|shotgun|shooter|firearm|pistol|rifle|crossbow|axe|hatchet|cleaver|scissors|acid|ammonia|petrol|lighter fluid|' +
  'rat poison|poison|antifreeze|taser|knuckle dusters?|sword|zombie knife|kitchen knife|stanley knife|box cutter|shank|nunchucks|' +
  'samurai sword|bayonet|spanner|wrench|tyre iron|wheel brace|pickaxe|pick axe|chain|broken bottle|lighter|can of petrol|jerry can|' +
  'petrol can|accelerant|blades?|the bat|a bat)';
/** Poisons and sedatives that can be slipped into food or drink. */
const POISON_AGENT =
  '(?:something|stuff|rat poison|poison|bleach|antifreeze|anti freeze|weedkiller|weed killer|arsenic|cyanide|slug pellets|laxatives|' +
  'sleeping pills|sleeping tablets|pills|tablets|drugs|ket|ketamine|rohypnol|roofies|ghb|eye drops|crushed (?:up )?(?:pills|tablets)|' +
  'his meds|her meds|my meds|diazepam|valium|insulin)';
/** What someone eats or drinks from. */
const FOOD_DRINK =
  '(?:drink|drinks|pint|pints|tea|coffee|cuppa|brew|dinner|food|meal|meals|lunch|breakfast|water|juice|cup|glass|bottle|wine|beer|' +
  'vodka|cocktail|bottle|sandwich|soup|curry|bottle|formula|milk)';
/** Recreational drugs, alcohol and sedatives that adults give children. */
const CHILD_DRUG =
  '(?:weed|cannabis|skunk|ket|ketamine|drugs|cocaine|coke|crack|heroin|ecstasy|mdma|pills|spice|valium|diazepam|xanax|vodka|alcohol|' +
  'booze|cider|whisky|nitrous|balloons|sleeping pills|sleeping tablets|gabapentin|pregabalin|vapes|vape|fags|cigs|edibles)';

/** A child by age: "13", "about 12", "can't be more than 13", "under 12s". */
const MINOR =
  `(?:(?:girl|boy|lass|lad|kid|child|she|he|daughter|son|niece|nephew|sister|brother|mate|friend|pal|i am|one of them|${YOUNG}) ` +
  `(?:${W} ){0,3}?(?:about |only |aged |barely |just |like |around )?(?:1[0-5]|[4-9]|eleven|twelve|thirteen|fourteen|fifteen)(?: ?yo| ?yr old| year old| years old)?\\b` +
  '(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|miles|times|am|pm|o clock|stone|kg|percent|pence|p|points|goals|nil)\\b)|' +
  '(?:can not|could not) be (?:more than|older than|over) (?:1[0-6]|[4-9]|twelve|thirteen|fourteen|fifteen|sixteen)|' +
  'under ?(?:1[0-6])s?\\b|underage|under age|a minor|minors|primary (?:school )?kids|year (?:[5-9]|1[01]) (?:girls?|boys?|kids|pupils)|' +
  '(?:1[0-5]|[4-9]|eleven|twelve|thirteen|fourteen|fifteen) ?(?:yo|yr old|yrs old|year old|years old)|(?:1[0-5]|[4-9])yo|' +
  '(?:is|s|aged|age|turned|just turned|daughters|sons|nieces|nephews|sisters|brothers|cousins|grandsons|granddaughters|girls|boys|kids) (?:only |just |about |like |barely |around )?(?:1[0-5]|[4-9]|eleven|twelve|thirteen|fourteen|fifteen)\\b(?! (?:minutes|mins|hours|days|weeks|months|pounds|quid|miles|times|am|pm|o clock|stone|kg|percent|out of|points|goals|nil)\\b)|' +
  'young (?:girls|boys|lads|kids)|(?:girls|boys|kids) in school uniform|school ?girls|school ?boys)';
/** Adults far older than a child they are with. */
const OLDER_ADULT =
  '(?:(?:much |way |a lot |loads )?older (?:man|men|bloke|blokes|guy|guys|fella|fellas)|grown (?:man|men|adult|adults)|' +
  '(?:a |some )?(?:man|bloke|guy|fella) (?:in his|of) (?:[2-6]0s|twenties|thirties|forties|fifties|sixties)|' +
  '(?:[2-6][0-9]|twenty|thirty|forty|fifty) ?(?:year old|yo|yr old) (?:man|mans|bloke|blokes|guy|guys|bf|boyfriend)|sugar dad|sugar dads|sugar daddy|sugar daddies)';
/** People known or said to be a danger to children. */
const OFFENDER =
  '(?:sex offenders?|sex offenders register|paedo|paedos|paedophile|paedophiles|pedo|pedophile|nonce|on the register|' +
  '(?:a |the )?(?:man|bloke|guy|someone|person|woman|fella) (?:who|that|whos) (?:has )?(?:hurt|abused|touched|harmed|assaulted|attacked|interfered with|been inside for) ' +
  '(?:a|another|other|his own|her own|some|two)? ?(?:child|children|kid|kids|little girl|little boy|girls|boys))';
const YOUNG_OR_AGE = `(?:${YOUNG}|${CHILD_AGE})`;

// ---------------------------------------------------------------------------------------------
// Harm to others
// ---------------------------------------------------------------------------------------------

/** Not when the fight is in a game: "I'll murder you at fifa", "going to shoot them all in cod". */
const NOT_A_GAME =
  '(?! (?:at|in|on) (?:the )?(?:fifa|cod|call of duty|fortnite|valorant|warzone|apex|halo|minecraft|roblox|among us|gta|overwatch|' +
  'battlefield|mario kart|smash bros|chess|pool|snooker|darts|cards|poker|scrabble|monopoly|quiz|pub quiz|football|rugby|tennis|' +
  'squash|badminton|golf|bowling|paintball|laser tag|the game|the match|training|the gym|parkrun|(?:the )?(?:first |second |third |next |last )?round|the ring|sparring)\\b)';

export const harmToOthersConcepts: readonly RiskPattern[] = [
  // Revenge promised: "I'm going back in on Monday and I'll make sure they all regret it". Asks: a tribunal says the same.
  uncertain(
    'make-them-regret-it',
    rx`\b(?:i will|ill|i am going to|im going to|gonna|going to) make (?:sure )?(?:they|he|she|them|him|her|the lot of them|everyone|all of them|them all|they all|that lot) (?:all )?(?:regret|pay for|suffer)\b`,
  ),
  // Declared intent to use violence on someone: "gonna leather him", "ah'm gonnae burst him", "ill shank that grass".
  urgentHyperbole(
    'intent-to-harm-someone',
    rx`${NOT_NEGATED}\b${WILL} ${gapNoNot(3)}${HARM_BASE} (?:${TARGET}|${THEIR_BODY})\b${NOT_IDIOM}${NOT_A_GAME}`,
  ),
  // Doing it now, or as good as: "if gary turns up again im stabbing him".
  urgentHyperbole('harming-someone-now', rx`\b(?:i am|we are|i will be|ill be) (?:just )?${HARM_ING} (?:${TARGET}|${THEIR_BODY})\b${NOT_IDIOM}${NOT_A_GAME}`),
  // Ganging up: "a lad at school i'm going to jump with my mates".
  urgentHyperbole('jump-him-with-mates', rx`${NOT_NEGATED}\b(?:${WILL}) ${gapNoNot(2)}(?:jump|rush|do|batter|kick in|get) (?:(?:him|her|them|${FOE}) )?(?:with|me and) (?:my|the) (?:mates|boys|lads|crew|gang|squad|cousins|brothers)\b`),
  // Wishing it, short of a plan: "i want to break every bone in his body", "tempted to lamp him".
  concernHyperbole('wish-to-harm-someone', rx`${NOT_NEGATED}\b${WISH} ${gapNoNot(3)}${HARM_BASE} (?:${TARGET}|${THEIR_BODY})\b${NOT_IDIOM}${NOT_A_GAME}`),
  // Breaking someone: "break every bone in his body", "knock her teeth down her throat", "kick his head in".
  concernHyperbole(
    'break-someone',
    rx`\b(?:break|snap|smash|crack|shatter|cave|kick|stamp on|knock|punch|rip) (?:every bone in |all the bones in )?${THEIR_BODY}(?: (?:in|down (?:his|her|their) throat|out|off|to bits|to pieces))?\b|\bknock (?:him|her|them) (?:out|spark out|unconscious|into next week|senseless)\b${NOT_A_GAME}|\bbeat (?:the (?:shit|crap|hell|living daylights) out of|(?:him|her|them) (?:up|to a pulp|senseless|black and blue))\b`,
  ),
  // A beating promised: "gonna give him a kicking he won't get up from".
  urgentHyperbole(
    'give-someone-a-beating',
    rx`${NOT_NEGATED}\b(?:${WILL}|${WISH}) ${gapNoNot(2)}(?:give|giving|gie) (?:him|her|${TARGET}) (?:a |an |the )?(?:good |proper |right |real |fucking |bloody )?(?:kicking|hiding|doing|doing over|going over|battering|beating|pasting|leathering|slap|slapping|smack|punch|seeing to|shoeing|belting|thumping|stabbing|glassing)\b${NOT_A_GAME}`,
  ),
  // "I'll do him" ending a clause or said with sincerity, not "I'll do her nails".
  urgentHyperbole(
    'do-him',
    rx`${NOT_NEGATED}\b(?:${WILL}|${WISH}) (?:properly |fucking |actually )?do (?:him|her|them|that ${W})(?: in| over| proper| properly| good)?(?= *$| (?:i (?:mean|swear)|swear|for real|properly|proper|good|over|on sight|trust me|mark my words|no joke|serious|dead serious)\b)`,
  ),
  // Finishing or sorting someone for good: "sort him out for good", "find the guy who hurt me and finish him".
  urgentHyperbole(
    'finish-someone',
    rx`\b(?:sort|sorting) (?:him|her|them|${TARGET}) out (?:for good|once and for all|properly|permanently|good and proper)\b|${NOT_NEGATED}\b(?:${WILL}) ${gapNoNot(10)}(?:sort|sorting) (?:him|her|them|${FOE}|that ${W}|this ${W}) out\b(?! (?:with|for|a|an|the|some)\b)|${NOT_NEGATED}\b(?:${WILL}|${WISH}|and) ${gapNoNot(6)}(?:finish|finish off) (?:him|${OBJ_HER}|them|${FOE})(?: off)?\b(?! (?:off|at|in|from|with|early|school|work|college|uni|the|a|his|her|their|my|it|by|before|after|now|later|today|tomorrow)\b)${NOT_A_GAME}`,
  ),
  // Threat idioms that name no act: "he's going to pay for what he did", "he'll learn tonight", "is a dead man".
  concernHyperbole(
    'threat-idiom',
    rx`\b(?:going to|gonna|will|is going to|are going to|shall) pay for (?:what (?:he|she|they) (?:did|done|has done|have done|said)|this|that|it all)\b|\b(?:he|she|they|you|hell|shell|theyll) (?:is |are |will |going to |is going to |are going to )?(?:pay|regret it|regret this|be sorry)(?= *$| (?:for (?:what|this|that)|i swear|i promise|mark my words|trust me|tonight|one day|big time|dearly|when i|next time)\b)|\b(?:he|she|they|you|hell|shell|theyll) (?:is |are |will |going to |is going to |are going to )?learn(?= *$| (?:tonight|i swear|mark my words|trust me|what happens (?:when|if))\b)|\bwhen i am (?:finished|done|through) with (?:him|her|them)\b|\bmake sure (?:he|she|they) (?:never|will not|does not|do not|can not) (?:walks?|wakes?|gets? up|sees?) again\b|\b(?:is|are) (?:a )?dead (?:man|men|meat)\b(?! (?:walking|fan|film)\b)|\bthere is (?:going to|gonna) be blood\b|\b(?:make|making) (?:him|her|them|${TARGET}) regret\b|\bregret the day (?:he|she|they|you) (?:met|crossed|touched|hurt)\b|\b(?:he|she|they) (?:is|are) (?:going|gonna go) (?:out|through) the window\b|\b(?:thinks?|reckons?) (?:he|she|they) (?:is|are) safe\b ${gap(6)}(?:is not|are not|not for long|think again|wait)\b|\b(?:his|her|their) (?:mum|mums|mam|mams|ma|family|mother|missus|kids) (?:is |are |will be )?(?:going to |gonna )?(?:be )?(?:crying|grieving|in tears|burying (?:him|her)|planning a funeral)\b|\b(?:going to get|gonna get|is getting|are getting|will get|gets|getting|get) (?:glassed|stabbed|bottled|shanked|merked|murked|wet|wet up|chinned|jumped|his head kicked in|her head kicked in|shanked up)\b(?! (?:at|in|on) (?:the )?(?:game|match|fifa|cod|fortnite|paintball|laser tag)\b)|\b(?:have|get|got) (?:him|her|them|${TARGET}) done(?: in| over)?\b ${gap(8)}(?:know (?:people|someone|a lad|lads|a guy)|pay|for a ton|for a grand|(?:[0-9]+|a few) (?:quid|grand|hundred))\b|\b(?:made|making|got|have|wrote|written) (?:a )?list of (?:everyone|everybody|people|names|the people) (?:who|that|whove) ${gap(3)}(?:wronged|hurt|bullied|crossed|screwed|mugged|grassed|laughed)\b|\b(?:visit|get|sort|deal with|do) (?:them|each of them|every one of them) one by one\b|\b(?:he|she|they|him|that ${W}) (?:is |are )?(?:getting|going to get|gonna get|will get|get) (?:glassed|stabbed|bottled|shanked|merked|murked|wet|wet up|chinned|decked|jumped|rushed|done in|leathered|battered|bodied|dropped|boxed|smoked|his head kicked in|her head kicked in)\b(?! (?:at|in|on) (?:the )?(?:game|match|fifa|chess|football|rugby|darts|pool)\b)|\b(?:he|she|they|him|that ${W}) (?:is |are )?(?:going to|gonna|will) get it (?:bad|good|proper|tonight|big time|when i see|next time)\b|\b(?:is|are) getting (?:a visit (?:tonight|from (?:me|us|the lads|my))|what is coming|what they deserve|what he deserves|what she deserves)\b|\bteach (?:him|her|them|that ${W}) a lesson\b ${gap(6)}(?:blood|hurt|hospital|forget|never|lads|knife|bat|round)\b|\b(?:round|over|up there|the lads|my mates|the boys) ${gap(6)}teach (?:him|her|them|that ${W}) a lesson\b`,
  ),
  // Putting someone in hospital or the ground: "im gonna put him in hospital".
  urgentHyperbole(
    'put-them-in-hospital',
    rx`${NOT_NEGATED}\b(?:${WILL}|${WISH}) ${gapNoNot(2)}put (?:him|her|them|${TARGET}) in (?:hospital|a and e|casualty|a wheelchair|the ground|a box|intensive care|a coma|the morgue|(?:his|her|their) grave|an early grave|traction)\b`,
  ),
  // Hunting someone down: "when i get out im going to find the grass who put me away", "following my ex's new bloke".
  concernHyperbole(
    'hunting-someone',
    rx`${NOT_NEGATED}\b(?:${WILL}|${WISH}) ${gapNoNot(2)}(?:find|hunt down|track down|get hold of|catch|hunt) ${FOE} (?:who|that|whos|what) ${gap(4)}(?:did|done|hurt|put me|grassed|touched|attacked|battered|stabbed|jumped|robbed|raped|killed|took|stole|bullied|cheated)\b|\b(?:been|keep|started|i am|im) following (?:my|his|her|the|that) (?:${W} ){0,3}?(?:bloke|man|boyfriend|girlfriend|fella|ex|guy|lad|wife|husband|partner|neighbour|boss)\b|\bwant (?:him|her|them) gone\b(?= *$| (?:for good|forever|permanently|from this earth|for good|i|and|like|whatever)\b)`,
  ),
  // A gun got and kept ready: "ive got my uncles shotgun in the boot".
  urgent(
    'gun-at-hand',
    rx`\b(?:got|have|took|taken|stole|borrowed|nicked|bought|hidden|hid|keeping|keep) (?:my |his |her |a |the |our |me )?(?:${W} )?(?:shotgun|gun|pistol|rifle|firearm|handgun|revolver)\b ${gap(3)}(?:in (?:the|my) (?:boot|bag|car|room|glovebox|coat|pocket|jacket|van)|under my (?:bed|pillow|seat)|loaded|on me|with me|ready)\b`,
  ),
  // Protective violence: "make sure my stepdad never touches my mum again, whatever it takes".
  concernHyperbole(
    'whatever-it-takes',
    rx`\bmake sure (?:he|she|they|${TARGET}) (?:never|does not|can not|will not|wont) (?:touches|touch|hurts|hurt|hits|hit|goes near|go near|lays a finger on) ${gap(4)}(?:again|whatever it takes|ever again)\b|\bwhatever it takes\b ${gap(4)}(?:hurt|kill|stop him|stop her|pay|end him|end her)\b`,
  ),
  // Copying a violent act heard of: "the news said a man stabbed his neighbour, I want to do the same to mine".
  concernHyperbole('do-the-same-to-them', rx`\b(?:want|wanna|going|gonna|tempted|planning|ready) to do the same (?:thing )?to (?:mine|him|her|them|my (?:${W} )?${W}|that ${W})\b`),
  // Wanting someone hurt: "I want him in hospital, actually worse", "want her in a box".
  concernHyperbole(
    'want-them-hurt',
    rx`\b(?:want|wanted|wish|hope) (?:him|her|them|${TARGET}) (?:in (?:hospital|a box|the ground|a wheelchair|intensive care|a coma)|dead|six feet under|to (?:suffer|bleed|die|hurt|feel pain|be in pain|feel what i feel|know what it feels like|pay))\b|\bworse than (?:hospital|a kicking|a beating)\b`,
  ),
  // A weapon got, carried or ready for a person: "bought a knife to sort out the lad", "screwdriver in my pocket for when i see him".
  urgent(
    'weapon-for-someone',
    rx`\b(?:got|have|carry|carrying|carried|bought|buy|buying|brought|bring|bringing|took|take|taking|grabbed|grab|picked up|sharpened|sharpening|keep|keeping|kept|hid|hidden|hiding|stashed|packed|put|get|getting|ordered) (?:a |an |my |the |his |her |dads |mums |some |this |me |our |a big |a little )?(?:${W} ){0,3}?${WEAPON}\b ${gap(16)}(?:for when (?:i see|he|she|they|i find|i catch)|to (?:sort|sort out|get|deal with|use on|scare|stab|hurt|kill|finish|go after|settle|shut up|do|teach) ${FOE}|use (?:it|them) on|(?:heading|going|driving|walking) (?:round|over|up|down|to) ${gap(4)}(?:his|her|their|them|him|where (?:he|she|they))|on my way (?:to|round)|waiting (?:for|outside) (?:him|her|them|his|her|their)|if (?:he|she|they) (?:comes|come|tries|try|turns up|turn up|steps|starts|touches)|when (?:he|she|they) (?:comes|come|gets|turns up|walks|finishes)|when i see (?:him|her|them)|thinking (?:about|of) (?:him|her|them|what|my ex)|(?:they|he|she|you) (?:will|are going to|is going to) (?:see|learn|find out|regret it|pay)|(?:will not|wont|not) be laughing|(?:will|ll) (?:be sorry|stop laughing)|theyll see|hell see|shell see|watch this space|wait and see|see what happens)\b`,
  ),
  // Fetching a weapon to use on someone: "going to get my dads gun and scare them".
  urgent(
    'fetching-a-weapon',
    rx`${NOT_NEGATED}\b(?:${WILL}|${WISH}) ${gapNoNot(2)}(?:get|grab|bring|take|fetch|use|pick up|go and get) (?:my |a |the |his |her |dads |mums |my dads |our |a big )?(?:${W} )?(?:gun|guns|shotgun|rifle|pistol|knife|knives|machete|blade|blades|axe|hammer|crowbar|baseball bat|bat|acid)\b ${gap(4)}(?:and|to) (?:scare|shoot|sort|get|deal with|find|go round|go after|use it|threaten|kill|stab|hurt|teach|finish|do|blow|end|wave it)\b`,
  ),
  // Setting out with a weapon: "going over there with the hammer", "going up there tomorrow with blades".
  urgent(
    'going-round-armed',
    rx`\b(?:going|gonna|heading|head|coming|come|go|went|off|driving|walking|on my way|be|will be) (?:straight )?(?:over|round|up|down|back)(?: (?:there|to (?:his|hers|her|their|the) (?:${W} )?(?:house|flat|place|pub|work|school|gym|door|street|estate|gaff)))?\b ${gap(3)}with (?:a |an |my |the |some |me |our |his |dads |a big )?(?:${W} )?(?:${WEAPON}(?! and (?:ball|balls|a ball))|something(?! (?:for|to (?:eat|drink|read|do)|nice|special|like|of|from|else|to say)\b))\b|\b(?:waiting|sat|sitting|parked|hiding|stood|standing|outside) (?:outside|near|by|at|round the corner from|across from|for) (?:his|her|their|the|him|her) ${gap(2)}(?:house|flat|work|place|door|school|pub|gym|car|home|gaff)?\b ?${gap(3)}with (?:a |an |my |the )?(?:${W} )?${WEAPON}\b|\b(?:got|have|carrying) (?:a |an |the |my )?${WEAPON} ${gap(6)}(?:and|so) (?:i am |im |we are )?(?:heading|going|off|on my way|driving) ${gap(4)}(?:where (?:he|she|they)|his|her|their|them|him|to find|to get|to sort)\b`,
  ),
  // "Bring the bat, we're going down the estate tonight", "next time he shouts at me I'm bringing something in to school".
  urgent(
    'bringing-a-weapon',
    rx`\b(?:bring|bringing|brought|take|taking|carry|carrying|grab) (?:the|a|my|his|some|your|me|our) (?:${W} )?(?:bat|bats|blade|blades|knife|knives|machete|hammer|gun|weapon|shank|strap|petrol|crowbar)\b ${gap(6)}(?:going (?:round|down|up|over)|heading|tonight|round (?:his|hers|theirs|there)|down the (?:estate|road|street)|up the (?:estate|road|street)|to (?:his|hers|theirs|the estate)|when (?:he|she|they) (?:comes|gets|turns))\b|\b(?:bringing|bring|take|taking|carrying) (?:something|a weapon|a blade|a knife|a bat|it|(?:my|his|her|a|the) (?:${W} )?(?:blade|knife|machete|bat|gun|hammer)) (?:in|into|in to|to)(?: (?:school|college|work|class|the office|uni|the pub|the club))?\b(?= *$| (?:school|college|work|class|tomorrow|monday|tonight|and|if|when|to)\b)|\b(?:waiting|sat|sitting|parked|hanging about|stood) (?:outside|near|by|round the corner from) (?:his|her|their) (?:${W} )?(?:work|house|flat|school|gym|pub|home|place)\b ${gap(3)}with (?:something|a (?:${W} )?${WEAPON})\b`,
  ),
  // Starting to carry a weapon: "I've started carrying a knife in my handbag".
  concern(
    'carrying-a-weapon',
    rx`\b(?:started|start|been|keep|always|now) (?:carrying|carry) (?:a |my |the )?(?:knife|blade|machete|shank|weapon|knuckle dusters?|screwdriver|hammer)\b|\bcarry (?:a |my )?(?:knife|blade|machete|shank|weapon) (?:now|everywhere|for protection|just in case|on me)\b`,
  ),
  // Poisoning or spiking someone: "going to put something in his drink", "rat poison ... going in my mother in law's dinner".
  urgent(
    'poison-someone',
    rx`\bpoison(?:ing)? (?:it|the dog|the cat|his dog|her dog) and (?:him|her|them)\b|\b(?:put|putting|puts|slip|slipping|slipped|crush|crushing|add|adding|lace|lacing|mix|mixing|sneak|sneaking|spike|spiking|tip|tipping|pour|pouring) ${gap(2)}${POISON_AGENT} (?:in|into) (?:his|her|their|(?:my )?(?:${W} ){0,3}?${WHO}s) (?:${W} )?${FOOD_DRINK}\b|\b(?:rat poison|poison|bleach|antifreeze|anti freeze|weedkiller|weed killer|arsenic|cyanide|slug pellets) ${gap(5)}(?:going|go|goes|went) (?:in|into) (?:his|her|their|my (?:${W} ){0,3}?${W}) (?:${W} )?${FOOD_DRINK}\b|\bspike (?:his|her|their) (?:${W} )?drinks?\b`,
  ),
  // Scalding or burning liquid thrown on someone: "throwing the kettle over him".
  urgentHyperbole(
    'scald-someone',
    rx`\b(?:throw|throwing|chuck|chucking|pour|pouring|tip|tipping) (?:the |a |some |boiling |hot )?(?:kettle|boiling water|hot water|acid|bleach|petrol|hot oil|chip pan|boiling oil) (?:over|at|on|in|into) (?:him|her|them|${TARGET}|${THEIR_BODY})\b`,
  ),
  // Burning a place with people inside: "torch the bookies with him inside", "petrol through the letterbox".
  urgent(
    'fire-with-them-inside',
    rx`\b(?:torch|torching|burn|burning|set fire to|set light to|firebomb|petrol bomb|burn down|smash|smashing|brick|bricking|put through|petrol) ${gap(5)}(?:with (?:him|her|them|the family|everyone|the kids|people) (?:inside|in it|in there|asleep|in the (?:house|flat|car|room|bed))|while (?:he|she|they) (?:is|are|sleeps|sleep) (?:asleep|inside|in))\b|\b(?:petrol|lighter fluid|a rag|fireworks?|burning rag) (?:through|in|into) (?:the|his|her|their) letter ?box\b|${NOT_NEGATED}\b${WILL} ${gapNoNot(2)}(?:torch|firebomb|petrol bomb|burn down|set fire to|set light to) (?:the |his |her |their |that )?(?:${W} ){0,2}?(?:house|flat|place|car|shop|bookies|pub|office|door|van|home|gaff|caravan)\b`,
  ),
  // Running someone off the road: "ill run my exs new fella off the road".
  urgentHyperbole('run-off-the-road', rx`\b(?:run|running|drive|driving|ram|ramming|force|forcing) (?!me\b|us\b|you\b|off\b)(?:${W} ){1,4}?off the road\b|\b(?:ram|ramming) (?:his|her|their) (?:car|van|bike)\b`),
  // Strangling someone else: "put my hands round his neck and squeeze".
  urgentHyperbole(
    'hands-round-their-neck',
    rx`\bmy hands? (?:were |was |are |went |got )?(?:round|around|on|over) (?:his|her|their|your) (?:neck|throat)\b|\bsqueeze (?:his|her|their) (?:neck|throat)\b|\bsqueeze (?:til|till|until) (?:he|she|they) (?:stops|stop|goes|go|turns|turn|passes|pass)\b`,
  ),
  // Damage and ambush: "gonna do his tyres then wait for him to come out".
  concern(
    'damage-and-ambush',
    rx`\b(?:do|slash|let down|smash|key|torch|brick) (?:his|her|their) (?:${W} )?(?:tyres|windows|car|windscreen|van)\b ${gap(6)}(?:wait|waiting|then|and see|when (?:he|she|they))\b`,
  ),
  concernHyperbole('make-them-pay', rx`\b(?:make|making|made) (?:${TARGET}) pay(?= *$| (?:for (?:what|this|that|everything|it all|hurting|touching|what)|i|and|tonight|big time|dearly|one day|so|if|trust|mark|properly|good)\b)`),
  // Revenge with a reason: "get that lot back for jumping our kid".
  concernHyperbole(
    'payback',
    rx`\b(?:get|getting|got) (?:him|her|them|that lot|the lot of them|those ${W}|${TARGET}) back (?:for (?:what|jumping|hurting|attacking|battering|beating|stabbing|grassing|touching|everything|(?:that|this)(?= *$| (?:i|and|if|tonight|soon|one day)\b))|good and proper)\b`,
  ),
  // "If I can't have them no one can": a threat to a family.
  urgent(
    'nobody-else-has-them',
    rx`\bmake sure (?:nobody|no one|neither of (?:us|them)|none of them) (?:has|gets|will have|else has|ever has|can have|ever sees|sees) (?:them|the kids|her|him|the children|my (?:kids|children|son|daughter))\b|\bif i can not have (?:them|her|him|the kids|the children|my (?:kids|children)) (?:nobody|no one) (?:can|will|else)\b|\btake (?:the kids|the children|them|the baby|my (?:kids|children|son|daughter|baby)) with me\b ${gap(6)}(?:all of us|the lot of us|all together|together|none of us|we will all|forever|for good)\b`,
  ),
  // Pushing someone into traffic, off a height, or driving at them: "nearly shoved an old man in front of a bus".
  concern(
    'push-or-drive-into-danger',
    rx`\b(?:shove|shoved|shoving|push|pushed|pushing|throw|threw|throwing|trip|tripped) (?:him|her|them|someone|somebody|an? (?:${W} ){0,2}?(?:man|woman|kid|person|lad|girl|stranger|lady|bloke)|${TARGET}) (?:in front of|under|onto|off) (?:a|an|the) (?:${W} )?(?:bus|train|tube|car|lorry|tram|tracks|platform|bridge|road|balcony|stairs|roof|cliff)\b|\b(?:drive|driving|drove|plough|ploughing|ram|ramming|steer|steering) (?:my|the|a|his|her) (?:${W} )?(?:car|van|truck|lorry) (?:into|through|at) (?:his|her|their|my exs|the|a) (?:${W} )?(?:front window|window|house|front door|car|crowd|people|him|her|them|school|office)\b`,
  ),
  // Harm already done to a child or partner, with force or wish to repeat: "threw my 2 year old onto the bed hard".
  concern(
    'harmed-someone-in-my-care',
    rx`(?<!\b(?:toddler|son|daughter|brother|sister|kid|baby|dog|cat|puppy|he|she|it) )\b${HARM_DONE} (?:my (?:${W} ){0,2}?(?:toddler|baby|son|daughter|kid|kids|child|children|boy|girl|little one|girlfriend|boyfriend|wife|husband|partner|mum|dad|nan|gran|${CHILD_AGE})(?:s (?:arm|arms|leg|legs|wrist|wrists|face|head|neck|hand|hands|ear|ears|hair|cheek|cheeks|bottom|bum|shoulder|shoulders))?|the (?:baby|toddler|kids?|child|children|little one)|(?:him|her) (?:so |too |that |really )?hard)\b ${gap(8)}(?:hard|so hard|too hard|bled|bleed|bleeding|blood|bruise\w*|marks?|black eye|in the (?:stomach|face|head|ribs|back|mouth|belly|tummy)|across the (?:room|face|head)|against the|into the (?:wall|door|floor|cot)|onto the (?:bed|floor|ground|sofa)|down the stairs|liked it|enjoyed it|(?:do|doing) it again|do worse|lost it|lost my temper|snapped|could not stop|would not stop|(?:until|till|til) (?:he|she|they) (?:cried|screamed|stopped|bled|went)|scared of me|frightened of me|scared i will|scared ill)\b`,
  ),
  // Nearly hurting a child: "i nearly hit my toddler with the remote".
  concern(
    'nearly-hurt-a-child',
    rx`\b(?:nearly|almost|came close to|so close to|about to) (?:hit|hitting|smacked|smacking|slapped|slapping|shook|shaking|threw|throwing|punched|punching|hurt|hurting|kicked|kicking|strangled|smothered) (?:my (?:${W} ){0,2}?(?:toddler|baby|son|daughter|kid|kids|child|children|boy|girl|little one|${CHILD_AGE})|the (?:baby|toddler|kids?|child|children|little one))\b`,
  ),
  // Intrusive thoughts or urges to harm a dependant: "keep imagining holding him under in the bath", "urges to shake the baby".
  concern(
    'thoughts-of-harming-a-dependant',
    rx`\b(?:think|thinking|thought|thoughts|imagine|imagining|imagined|picture|picturing|pictured|visualise|visualising|see myself|seeing myself|keep seeing|urge|urges|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|intrusive thoughts?|can not stop thinking|keep thinking|(?:scared|afraid|terrified|worried|frightened|petrified) (?:that )?i (?:will|might|could|would|am going to|ill)|how easy|could easily|what if i) ${gapNoNot(4)}(?:(?:smother|smothering|suffocate|suffocating|drown|drowning|strangle|strangling|stab|stabbing|hurt|hurting|harm|harming|kill|killing|poison|poisoning|shake|shaking|scald|scalding) (?:${W} )?(?:${TARGET}|${CHILD_OBJ})(?! (?:feelings|pride|chances|confidence|career|reputation)\b)|(?:put|putting|hold|holding|held|press|pressing) (?:a |the )?pillow over|pillow over (?:${TARGET}|${CHILD_OBJ}|his|her)|(?:hold|holding|held|push|pushing|keep|keeping) (?:him|her|them|${CHILD_OBJ}) (?:under|down) (?:the water|in the bath|under the water)?|(?:throw|throwing|drop|dropping|push|pushing) (?:him|her|them|${CHILD_OBJ}) (?:down the stairs|off (?:the|a)|out of (?:the|a) window|over (?:the|a)|from (?:the|a)|against (?:the|a)))`,
  ),
  // Dwelling on hurting many: "daydreaming about going into my old workplace and hurting everyone there".
  concern(
    'thoughts-of-hurting-many',
    rx`\b(?:think|thinking|thought|daydream|daydreaming|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|imagine|imagining|picture|picturing|plan|planning) (?:about |of )?${gap(8)}(?:hurting|killing|stabbing|shooting|attacking|bombing) (?:everyone|everybody|them all|all of them|people|the lot of them|the whole (?:class|office|school))\b`,
  ),
  // Knowing where someone will be, with harm in mind: "got his address now, tonight im going round".
  urgent(
    'tracking-someone-down',
    rx`\b(?:(?:got|have|found|know|found out|worked out|tracked down) (?:his|her|their|the lads|the guys) (?:home )?address|(?:know|found out|worked out) where (?:he|she|they) (?:lives|live|drinks|drink|works|work|is staying|are staying|sleeps|parks))\b ${gap(8)}(?:(?:i|ive|i have) (?:got|have) (?:petrol|a knife|a blade|a bat|a gun|${WEAPON})|tonight|going round|go round|coming for|on my way|heading|waiting|sort (?:him|her|them)|get (?:him|her|them))\b|\b(?:drew|drawn|draw|drawing|sketched) (?:a |up a )?(?:plan|map|drawing) of (?:his|her|their) (?:house|flat|place|street|route)\b|\bwhich (?:window|room) is (?:his|hers|her|theirs|their) (?:bedroom|room)\b|\b(?:got|have|found|know) (?:his|her|their) (?:car )?(?:reg|registration|number plate)\b ${gap(8)}(?:know where|parks|lives|finishes|waiting|tonight)\b|\b(?:been|keep|started|i am) following (?:her|him|them|my ex) (?:home|from|to|around|everywhere)\b`,
  ),
  // Waiting for someone's release, uncertain: "i'll be waiting for him at the gate when he gets out".
  uncertain(
    'waiting-for-release',
    rx`\b(?:gets|get|getting|comes|coming|is|released|out) (?:out )?(?:of )?(?:prison|jail|the nick|inside)\b ${gap(14)}(?:waiting for (?:him|her|them)|be waiting|be there (?:for|waiting))\b`,
  ),
  // Poison got ready for someone's food or drink: "got some antifreeze for his tea".
  urgent(
    'poison-for-their-food',
    rx`\b(?:got|get|getting|bought|buying|buy|have|saved|kept) (?:some |a bottle of |the )?(?:rat poison|poison|bleach|antifreeze|anti freeze|weedkiller|weed killer|arsenic|cyanide|slug pellets) (?:for|to go in|in) (?:his|her|their) (?:${W} )?${FOOD_DRINK}\b`,
  ),
  // Change 11. The answer to "yourself or someone else?": "no, not myself. him." Asks.
  uncertain(
    'not-me-them',
    rx`^(?:no |nah |not really )?not (?:me|myself)\b (?:${W} ){0,2}?(?:him|her|them|someone else|somebody else|my (?:${W} )?(?:dad|mum|ex|partner|husband|wife|boss|neighbour|brother|sister|son|daughter|boyfriend|girlfriend))$`,
  ),
  // Change 12. Commands from a screen or a set: "the TV is giving me instructions to burn the house down".
  concern(
    'screen-gives-harmful-orders',
    rx`\b(?:tv|telly|television|radio|adverts?|the news|my phone|the walls|the neighbours) (?:is|are|keeps|keep) (?:giving|sending|telling) (?:me )?(?:instructions |orders |messages |commands )?(?:to|me to) (?:burn|kill|hurt|stab|attack|poison|set fire|harm|strangle|drown)\b`,
  ),
  // Blood demanded back: "The angel says I have to give my blood back and showed me how".
  concern('blood-demanded-back', rx`\b(?:says|said|told me|tells me|wants me|want me) ${gap(4)}(?:give|giving|offer|spill|let out) (?:my|all my|some of my) blood (?:back|away|to (?:them|him|her|god|it))\b`),
  // Change 16. A voice that wants blood: "the voice is back. It wants blood".
  concern('voice-wants-blood', rx`\b(?:voice|voices|it|they) (?:is |are )?(?:wants?|needs?|demands?|demanding|asking for|asks for) (?:my |his |her |their |some )?blood\b`),
];

// ---------------------------------------------------------------------------------------------
// Abuse of the writer (and of an adult they speak for)
// ---------------------------------------------------------------------------------------------

/** Adults who press themselves on someone: not "he", who may be a toddler. */
const ADULT_MAN =
  `(?:boyfriend|husband|partner|uncle|step dad|step father|dad|father|man|guy|bloke|lodger|boss|manager|teacher|coach|landlord|` +
  `friend|mate|cousin|brother in law|father in law|neighbour|fella|grandad|da|stepdad|stepfather|mums (?:${W} )?(?:boyfriend|partner|fella|husband))`;

export const abuseConcepts: readonly RiskPattern[] = [
  // Contact kept from someone who watches: "messaging from my friend's phone because he reads all of mine", "please don't ring back. he came home early".
  concern(
    'contact-kept-from-him',
    rx`\b(?:messaging|texting|writing|typing|on) (?:from|on) (?:my )?(?:friends|a friends|mums|my mums|sisters|work|a work|someone elses|a borrowed|a spare|a secret|a hidden|my secret) (?:phone|mobile|laptop|computer)\b ${gap(6)}(?:because|as|cos|so) (?:he|she|they|my (?:${W} )?(?:partner|husband|wife|boyfriend|girlfriend|ex))\b|\b(?:do not|please do not|never) (?:reply|ring|call|text|message|phone)(?: me)? (?:back )?(?:on |to )?(?:my|this|the) (?:number|phone|mobile)\b ${gap(10)}(?:he|she|they|him|her)\b|\b(?:do not|please do not) (?:ring|call|text|phone|message) (?:me )?(?:back|today|tonight)\b ${gap(6)}(?:he|she|they) (?:is|s|are|came|come|comes|got|gets) (?:home|back|in|here)\b|\b(?:i will|ill) (?:message|text|ring|call|get in touch)(?: you)? (?:when|once) (?:it is|its) safe\b`,
  ),
  // Strangling and smothering, the strongest predictor of domestic homicide.
  concern(
    'strangled-or-smothered',
    rx`\b(?:his|her|their|both) (?:hands?|fingers|forearm|belt) (?:round|around|tight round|across|against|over) my (?:neck|throat)\b|\b(?:grabbed|grabs|grabbing|squeezed|squeezes|squeezing|gripped|grips|pressed|presses) my (?:neck|throat)\b|\b(?:grab(?:bed|s)?|had|held|has|holds|pinned|pins) me (?:up )?(?:by|round|against (?:the|a) ${W} by) the (?:neck|throat)\b|\bpillow over my (?:face|head|mouth)\b|\b(?:hand|hands) over my (?:mouth|nose|face) ${gap(4)}(?:could not|can not|breathe|scream|struggl\w*|stopped|pass)|\b(?:held|holds|pushed|pushes|forced) my head (?:under|down)\b`,
  ),
  // Head or face driven into something: "my partner put my head through the wall".
  concern(
    'head-into-the-wall',
    rx`\b${PARTNER} ${gap(2)}(?:put|puts|putting|smashed|smashes|slammed|slams|banged|bangs|bashed|bashes|pushed|shoved|threw|throws|rammed|cracked|knocked) my (?:head|face) (?:through|into|against|off|on|onto|in|down on) (?:the|a|my)\b|\b(?:dragged|drags|dragging|pulled|pulls) me (?:down|up|across|along|out|through|by (?:my|the) (?:hair|neck|arm|throat|feet|legs))\b`,
  ),
  // Spiked drinks, and waking somewhere without clothes or memory.
  concern(
    'drink-spiked',
    rx`\b(?:drinks?|pint|glass|bottle|cocktail) (?:was |were |got |had been |has been |been |being )?spiked\b|\b(?:i|we|she|he|they|friend|mate) (?:was|were|got|had been|has been|have been|been|being|getting|think i was|think i got|must have been) spiked\b(?! (?:a|with a) (?:fever|temperature|temp)\b)|\bspik(?:ed|ing|es?) (?:my|her|his|our|their|peoples) (?:${W} )?(?:drinks?|pint|glass|bottle|cocktail)\b|\b(?:who|that|he|she|they|someone|somebody) spiked (?:me|her|us|my mate|my friend)\b(?! (?:a|with a) (?:fever|temperature|temp)\b)|\b(?:put|putting|slipped|slip|added|dropped) ${gap(2)}(?:something|stuff|a pill|pills|drugs|ket|rohypnol|roofies|ghb) (?:in|into) my (?:${W} )?(?:drink|pint|glass|bottle|food|coffee|tea)\b`,
  ),
  concern(
    'woke-up-undressed',
    rx`\b(?:woke up|came round|came to|wake up|waking up) ${gap(4)}(?:at|in) (?:his|her|their|someones|a strangers|some|a|this|that) (?:${W} ){0,2}?(?:flat|house|place|bed|room|car|hotel) ${gap(6)}(?:no clothes|naked|with(?:out)? (?:my|any) (?:clothes|knickers|pants|underwear|trousers|jeans|bra)|clothes off|undressed|knickers off|no memory|no idea how)\b|\b(?:woke up|came round|came to) ${gap(6)}(?:no clothes|naked|clothes off|undressed|knickers off) ${gap(8)}(?:no memory|can not remember|do not remember|no idea)\b`,
  ),
  concern(
    'hit-with-an-object',
    rx`\b(?:hits|hit|hitting|beats|beat|beating|whips|whipped|whipping|belts|belted|smacks|smacked|thrashes|thrashed|lashes|lashed) (?:me|us|her|him|them) with (?:a|his|her|the|their) (?:belt|lead|stick|cable|wire|shoe|slipper|spoon|wooden spoon|hanger|coat hanger|rope|cord|buckle|bat|hose|iron|bottle|phone|plate|chair|remote|hammer|kettle lead)\b`,
  ),
  concern(
    'stalked-and-pressed',
    rx`\b(?:driving|drives|drove|walking|walks|walked|cycling) (?:past|by|round) my (?:house|flat|work|home|window|school|mums) ${gap(4)}(?:slowly|at night|every|again|all the time|keeps|over and over|loads)\b|\b(?:sit|sitting|sat) on (?:his|her) (?:knee|lap)\b ${gap(8)}(?:${MINOR}|i am 1[0-7]|asks|asking|makes|made|wants|keeps)\b|\b(?:${MINOR}|i am 1[0-7]) ${gap(12)}(?:sit|sitting|sat) on (?:his|her) (?:knee|lap)\b`,
  ),
  uncertain('no-memory-of-the-night', rx`\b(?:woke up|came round) ${gap(10)}no (?:memory|recollection|idea how i got)\b`),
  // No consent: "told him no loads of times and he didn't stop", "held me down while he did it".
  concern(
    'no-was-ignored',
    rx`\b(?:said|told (?:him|her|them)|kept saying|saying|screamed|begged (?:him|her|them)?) no (?:(?:loads of|so many|several|many|a few|multiple|about [0-9]+|[0-9]+) times |over and over |repeatedly |again and again )?(?:and |but )?(?:he|she|they) (?:did not stop|would not stop|kept going|carried on|did it anyway|still did it|went ahead|ignored me|forced|held me|pinned me|would not listen|did not listen|did not care)\b|\b(?:held|holds|holding|pinned|pins|pinning) me down\b(?! (?:and|to) (?:tickl\w*))|\b(?:forced|forces|forcing) (?:himself|herself|themselves) on (?:me|her|him)\b|\btook advantage of me\b|\bwithout my consent\b|\bi (?:did not|never|could not) consent\b`,
  ),
  concern(
    'sex-while-unable-to-consent',
    rx`\b(?:while|when) i was (?:asleep|sleeping|passed out|unconscious|out of it|drunk|too drunk|off my face|blacked out|wasted)\b ${gap(8)}(?:sex|did (?:it|stuff|things)|touch\w* me|undress\w* me|on top of me|inside me|took (?:photos|pictures|videos)|filmed me|raped)\b|\b(?:had sex with me|did (?:it|stuff|things) to me|touched me|undressed me|was on top of me|filmed me) (?:while|when) i was (?:asleep|sleeping|passed out|unconscious|out of it|drunk|too drunk|off my face|blacked out)\b`,
  ),
  concern(
    'woke-to-abuse',
    rx`\b(?:woke up|woke|wake up|waking up) (?:and|to|with|to find) (?:he|she|him|her|them|they|someone|somebody|a man|my ${W}) (?:was |were |is |had |has )?(?:having sex|on top of me|inside me|touching me|undressing me|taking (?:photos|pictures|videos)|filming me|in my bed|with (?:his|her) hands?)\b`,
  ),
  concern(
    'walks-in-on-me',
    rx`\b${ADULT_MAN} ${gap(3)}(?:walks|walked|walking|comes|came|coming|barges|barged|bursts|burst) in on me (?:in the (?:shower|bath|bathroom|toilet)|getting (?:changed|undressed|dressed)|when i am (?:changing|in the (?:shower|bath)|getting changed|naked))\b`,
  ),
  concern('trying-it-on', rx`\b${ADULT_MAN} ${gap(3)}tr(?:ying|ies|ied|y) it on with (?:me|her|him|my ${W})\b`),
  concern(
    'reproductive-coercion',
    rx`\b(?:forced|forces|forcing|made|makes|making|pressured|pressuring|pressures|pushed|pushing|bullied|coerced) me (?:to |into )?(?:get rid of (?:it|the baby|my baby)|getting rid of (?:it|the baby)|have an abortion|having an abortion|abort|terminate|get pregnant|getting pregnant|have (?:his|her|another) baby|stop taking my pill|come off (?:the|my) pill)\b`,
  ),
  concern(
    'groped-at-work',
    rx`\b(?:boss|manager|supervisor|colleague|teacher|coach|landlord|customer|client|man|guy|bloke|uncle|step dad) ${gap(2)}keeps? (?:grabbing|groping|touching|feeling|rubbing|brushing against|pinching|slapping) (?:me|my (?:bum|arse|ass|breasts?|boobs|chest|legs?|thighs?))\b|\b(?:lose|losing) my job if i (?:complain|say anything|tell|report|refuse|say no|speak up)\b`,
  ),
  // Threats tied to leaving, telling or reporting, in either order.
  concern(
    'threat-tied-to-leaving',
    rx`\bif i (?:ever |even |so much as )?(?:try to |dare to |tried to )?(?:leave|left|go|went|tell|told|ring|rang|call|called|phone|phoned|contact|report|speak|talk|say (?:anything|owt|a word)|complain|split up|break up|end it|get help|move out|take the kids|see (?:my|anyone)|finish with (?:him|her))\b ${gap(8)}${THEY_WILL} ${gap(2)}(?:kill|hurt|harm|batter|beat|stab|hit|slap|punch|ruin|destroy|find (?:me|us)|burn|(?:post|share|send|leak) (?:my|the|our|those) (?:${W} )?(?:pics|photos|pictures|videos|nudes|messages)|take (?:the|my) (?:kids|children|baby|son|daughter)|tell (?:social services|the police|everyone|my work|my family|my boss|the council) (?:lies|that|i)|(?:break|smash|snap) my (?:legs|arms|neck|fingers|jaw|face|knees)|come after|end (?:me|us|my life)|put me|do something|make me pay|make my life hell|hunt me|track me|get me|smash|throw me|kick me|drown|strangle|leave me with nothing)\b|(?<!\b(?:it|this|that|reality|grief|life|sadness|the pain|pain) )\b(?:hits?|beats?|batters?|slaps?|punches?|kicks?|strangles?|chokes?|thumps?|belts?) (?:me|us)(?: up)? (?:if|when|whenever|every time) i (?:ever )?(?:say|said|ask|asked|answer back|argue|complain|speak|talk|look|cry|leave|go out|do not|did not|try)\b|\b${PARTNER} ${gap(2)}(?:kills?|hurts?|hits?|beats?|batters?|slaps?|punches?|stabs?|kicks?|ruins?|destroys?|strangles?|chokes?|locks?|starves?) (?:me|us|my life)(?: up| in| out)? (?:if|when|whenever|every time) i (?:ever )?(?:leave|left|go|say|tell|told|ring|call|report|speak|talk|complain|argue|answer back|ask|did not|try)\b|\b(?:said|says|told me|tells me|threatened|threatens|keeps saying|swore|swears) ${THEY_WILL} ${gap(2)}(?:kill|hurt|batter|beat|stab|strangle|burn|drown|put me in|break|smash) (?:me|us|my)\b`,
  ),
  // Stalking and harassment after a separation, by phone or at the door.
  concern(
    'lose-the-kids-threat',
    rx`\bso (?:i|that i) (?:lose|will lose|would lose|never see) (?:the|my) (?:kids|children|baby|son|daughter)\b|\b(?:make sure|says|said|swears|threatens) (?:that )?(?:i|i will|ill) (?:never see|lose) (?:the|my) (?:kids|children|baby|son|daughter) (?:again|if)\b`,
  ),
  concern(
    'harassed-after-leaving',
    rx`\b(?:since|after|ever since) (?:i|we) (?:left (?:him|her|them|my (?:${W} )?(?:ex|husband|wife|partner|boyfriend|girlfriend))|split(?: up)?|broke up|ended (?:it|things)|finished with (?:him|her)|got away|blocked (?:him|her|them))\b ${gap(12)}(?:keep finding|keeps? turning up|turns up|turned up|showing up|shows up|outside (?:my|the)|on my doorstep|following|follows me|withheld|private numbers?|fake accounts?|new numbers?|watching (?:me|the house)|sat outside|parked outside|dead flowers|threat\w*|tracking|tracker|will not leave me alone|(?:rings|calls|texts|messages|messaging|ringing|calling|texting) (?:me )?(?:constantly|all the time|every day|non stop|nonstop|day and night|all night))\b|\bleft (?:him|her|them|my (?:${W} )?(?:ex|husband|wife|partner|boyfriend|girlfriend))\b ${gap(10)}(?:but|and) (?:he|she|they) ${gap(3)}(?:rings|calls|texts|turns up|follows|watches|tracks|withheld|knows where)\b`,
  ),
  concern(
    'relentless-contact',
    rx`\b(?:withheld|private|unknown|blocked|different|new|fake) (?:numbers?|accounts?)\b ${gap(8)}(?:times a day|times a night|times an hour|all day|all night|constantly|non stop|nonstop|hundreds|dozens)\b|\b(?:rings|calls|texts|messages|phones|rang|called|texted|messaged) (?:me )?${gap(4)}(?:[0-9]+|loads of|hundreds of|dozens of|about [0-9]+|over [0-9]+) times (?:a|an|every|each) (?:day|night|hour)\b`,
  ),
  concern(
    'stalker-found-me',
    rx`\b(?:will not|never) leave me alone\b ${gap(10)}(?:found (?:my|out)|my address|where i live|turned up|turns up (?:at|outside))\b|\b(?:found|tracked down|worked out|knows|got) (?:out )?(?:my (?:new )?address|where i (?:live|work|am staying|moved to))\b ${gap(10)}(?:will not leave me alone|turns up|turned up|outside|following|messag\w*|threat\w*|scared|hiding)\b|\b(?:non molestation|restraining|protection|occupation) order\b ${gap(10)}(?:keeps|still|turns up|turned up|breaking|broke|breached|breaches|ignores|ignoring|outside|following|messaging|contacting)\b|\bfound (?:a |an )?(?:tracker|tracking device|airtag|air tag)\b|\b(?:he|she|they|my ex) ${gap(2)}(?:put|puts|hid|planted|installed) (?:a |an )?(?:tracker|tracking device|airtag|air tag|tracking app|spyware)\b`,
  ),
  concern(
    'turning-up-uninvited',
    rx`\b(?:keeps?|kept|been|always) (?:turning up|showing up|coming round|waiting|hanging around|sitting|parking) (?:at|outside|near|by) (?:my|our|the) (?:work|house|flat|door|school|uni|job|mums|home|gym|car|window)\b ${gap(8)}(?:even though|blocked|told (?:him|her|them) to|restraining|scared|frightened|terrified|uninvited|will not leave|left (?:him|her)|my ex|not welcome)\b|\b(?:makes|making|made|creates|creating|set up|sets up|new|fake|different) (?:new |fake |different |another )?(?:accounts?|numbers?|profiles?) (?:to|so (?:he|she|they) can|and) (?:message|contact|text|find|follow|watch|harass|message me|keep messaging)\b|\b(?:blocked|changed my number|deleted) (?:him|her|them|my ex)?\b ${gap(8)}(?:new number|another account|new account|fake account|different number|still (?:messages|texts|rings|finds)|keeps (?:finding|messaging|texting|ringing|turning up)|turns up|turned up)\b`,
  ),
  concern(
    'hiding-from-someone',
    rx`\b(?:staying|hiding|stopping|sleeping|living|hiding out) (?:at|with|in) ${gap(4)}(?:(?:${W} )?(?:sisters|mums|dads|brothers|friends|mates|nans|aunties|cousins|place|flat|house)\b|for now|for a bit|for the moment|at the moment|until|till|so (?:he|she|they) can not|to get away|away from)\b ${gap(8)}(?:he|she|they) ${gap(4)}(?:knows where|found (?:me|us|out where)|will find (?:me|us)|is looking for (?:me|us)|is trying to find|keeps (?:turning up|coming round|ringing)|knows (?:the|her|his|their) address|(?:asking|asked|asks|wants to know|trying to find out|demanding to know) (?:${W} )?where i (?:am|live|am staying|have gone|went))\b|\b(?:sleeping|living|staying|hiding) in (?:my|the|a) car ${gap(3)}(?:to get away|away) from (?:him|her|them|my)\b`,
  ),
  // Confinement: locked in or out, keys taken.
  concern(
    'locked-in-or-out',
    rx`\block(?:s|ed|ing)? me (?:out|outside)\b(?! (?:of (?:my|the) (?:account|app|phone|email|online|bank|laptop|computer|ipad|portal|system|car)|by (?:accident|mistake)|accidentally)\b)|\block(?:s|ed|ing)? (?:the|all the|both) (?:doors?|windows?) ${gap(4)}(?:taken|took|hid|hidden|has|kept|keeps|got) (?:the|my|all the) keys\b|\b(?:can not|could not) (?:get out|leave)\b ${gap(8)}(?:locked|keys|took (?:my|the) keys)\b|\b(?:taken|took|hid|hides) (?:my|the) keys\b ${gap(6)}(?:can not|could not) (?:get out|leave|go)\b|\b${PARTNER} ${gap(2)}keeps? me (?:locked )?(?:in|inside) (?:my|the|a|her|his) (?:room|bedroom|house|flat|shed|cupboard)\b`,
  ),
  // Coercive control: what she eats and wears, money, medicine, permission.
  concern(
    'controls-my-life',
    rx`\b(?:what|who|where) i (?:eat|wear|see|speak to|talk to|go|spend|text) ${gap(2)}(?:what|who|where) i (?:eat|wear|see|speak|talk|go|spend|text)\b|\b${PARTNER} ${gap(2)}(?:decides|controls|dictates|chooses|picks|tells me) (?:what|who|where|how much|when) i (?:can )?(?:eat|wear|see|speak|talk|text|go|spend|sleep|weigh)\b`,
  ),
  concern(
    'watches-my-every-move',
    rx`\b${PARTNER} ${gap(2)}(?:listens to|records|reads|goes through|checks|screenshots|monitors) (?:all )?my (?:calls|texts|messages|emails|phone|post|letters|whatsapps|dms)\b|\b(?:will not|wont|does not|never|refuses to) (?:let|allow) me (?:to )?(?:work|get a job|go to work|learn to drive|have friends|wear (?:make ?up|what i want)|go to college|study|learn english|have a bank account)\b`,
  ),
  concern(
    'withholds-my-medicine',
    rx`\b(?:will not|does not|never|refuses to) (?:let|allow) me (?:to )?(?:take|have|get) (?:my )?(?:tablets|meds|medication|medicine|insulin|inhaler|pills|prescription|antidepressants)\b|\b(?:hides|hid|hiding|flushed|flushes|withholds|withholding) my (?:tablets|meds|medication|medicine|insulin|inhaler|pills|prescription|antidepressants)\b ${gap(6)}(?:unless|until|from me|to punish|if i|so i can not)\b|\bunless i (?:do what (?:he|she|they) (?:wants?|says)|sleep with (?:him|her)|have sex|do as i am told|give (?:him|her|them) (?:my|the) (?:money|card|pin))\b`,
  ),
  concern(
    'documents-and-allowance',
    rx`\b(?:will not|wont|refuses to|never|does not) give me (?:my |back my )?(?:passport|id|documents|papers|visa|bank card|birth certificate|brp)\b|\b(?:has|kept|keeps|took|taken|hides|hid|holds|burnt|burned|ripped up) (?:my|all my) (?:passport|documents|papers|visa|birth certificate|brp|id)\b ${gap(4)}(?:so i|and|i can not|i cant|since|from me|wont|will not|back)?\b|\b(?:has|puts|put|keeps|kept) me on (?:an|a) (?:allowance|budget|tiny allowance|pocket money)\b|\bchecks? every (?:receipt|penny|transaction|text|message|call)\b`,
  ),
  concern(
    'controls-the-money-and-i-must-ask',
    rx`\b(?:controls|control|controlled|has|keeps|took|takes) (?:all )?(?:the|my|our) (?:money|finances|bank (?:card|account|cards)|cards|wages|benefits|pension)\b ${gap(8)}(?:have to|has to|got to|must) (?:ask|beg)\b|\b(?:have to|got to|must) (?:ask|beg) (?:him|her|them|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend)) for (?:bus fare|the bus fare|a fiver|my (?:own )?money|every penny)\b|\b(?:have to|got to|must) (?:ask|beg) my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend) for (?:money|cash|food)\b`,
  ),
  uncertain('controls-the-money', rx`\b${PARTNER} ${gap(1)}(?:controls|takes) (?:all|every penny of) (?:the|my|our) (?:money|finances|bank card|cards|wages|benefits|pension)\b`),
  // A weapon used to frighten: "he gets a knife out when we argue".
  concern(
    'weapon-at-me',
    rx`\b${PARTNER} ${gap(3)}(?:gets|got|pulls|pulled|brings|brought|takes|took|waves|waved|holds|held|grabs|grabbed|picks up|picked up) (?:a |the |his |her |their )?(?:${W} )?(?:knife|knives|blade|machete|gun|hammer|bat|axe|scissors|screwdriver|weapon)\b(?: out)? ${gap(8)}(?:argue|argues|arguing|row|rows|rowing|fight|fights|fighting|at me|on me|to me|to my|threaten\w*|scare me|holds it|waves it|points it|pointed it|in front of me|next to me|kill me|hurt me|use it|use it on me)\b|\b(?:pulled|pulls|held|holds|put|puts|pointed|points) (?:a |the |his |her |their )?(?:knife|blade|gun|scissors|machete) (?:to|on|at|against) (?:me|my)\b`,
  ),
  // Forced marriage.
  concern(
    'forced-to-marry',
    rx`\b(?:making|make|makes|made|forcing|force|forces|forced|pressuring|pressure|pressured|pushing) me (?:to )?(?:marry|get married|go (?:back )?(?:home|abroad) (?:to|and) (?:marry|get married))\b|\bmarry (?:someone|a man|a woman|my cousin|him|her|a stranger) ${gap(6)}(?:do not want|against my will|not want|never met)\b|\bif i (?:do not|will not|refuse to|won t) marry\b|\b(?:arranged|promised) (?:me )?(?:a )?marriage ${gap(6)}(?:do not want|against my will|scared|refuse|not want)\b`,
  ),
  // Images shared to shame or control.
  concern(
    'images-shared',
    rx`\b(?:my ex|ex|he|she|they|someone|somebody|people|boyfriend|girlfriend|husband|partner) ${gap(2)}(?:shared|posted|sent|leaked|spread|uploaded|showed|showing|sharing|posting|sending|put up) (?:a |the |my |some |our |those |these )?(?:${W} )?(?:video|videos|pics|pictures|photos|photo|pic|nudes|images|image|clips?|recording|sex tape) (?:of me|of us)\b ${gap(10)}(?:everyone (?:has|have|at|in|saw|seen)|whole (?:of )?(?:college|school|class|year|town|estate|street|family)|group chat|online|without (?:my )?(?:consent|permission|knowing|asking)|seen it|naked|nude|in bed|having sex|porn)\b|\b(?:shared|posted|sent|leaked|spread|uploaded) (?:a |the |my |some )?(?:${W} )?(?:video|videos|pics|pictures|photos|images) of me (?:naked|nude|in bed|having sex|undressed|in the shower|getting changed)\b`,
  ),
  concern(
    'recorded-and-threatened',
    rx`\b(?:recorded|filmed|videoed|photographed|recording|filming) (?:me|us|her) (?:having sex|naked|in the shower|undressed|getting changed|in bed|doing stuff)\b|\b(?:send|post|share|show|leak|put) (?:it|them|the (?:video|videos|pics|photos|pictures)|my (?:pics|photos|nudes|videos)) (?:to|on|round|with) (?:my (?:work|boss|family|mum|dad|parents|kids|friends|husband|wife|college|school|church)|everyone|the internet|online|facebook|social media)\b`,
  ),
  // Notes, flowers, being watched: "someone keeps leaving notes on my car saying they're watching me".
  concern(
    'being-watched',
    rx`\b(?:leaving|left|leaves|leave|putting|put|pushing|pushed) (?:notes|letters|flowers|dead flowers|things|messages|presents|cards|photos) (?:on|at|through|under|in) my (?:car|door|window|doorstep|letterbox|windscreen|desk|locker)\b ${gap(8)}(?:watching|know where|scared|again|every|keeps|creepy|threat\w*)\b|\b(?:saying|said|says|wrote|writing) (?:that )?(?:they are|they re|he is|she is|someone is|i am being) (?:watching|following|coming for) me\b`,
  ),
  // Attacked and hurt by someone close: "he's had a go at me again and I've got a cut on my head".
  concern(
    'attacked-and-hurt',
    rx`\b${PARTNER} (?:is |has |had |have )?(?:had a go at|gone for|went for|kicked off at|lost it with|flew at|laid into|set about|turned on) (?:me|us)\b ${gap(12)}(?:cut|bruise|bruises|bruised|black eye|blood|bleeding|split lip|burst lip|lump|marks|swollen|stitches|hospital)\b|\b(?:gone for|went for|flew at|laid into|set about) (?:me|us) again\b|\b(?:spat|spit|spits|spitting|gobbed) (?:in|on|at) (?:me|my face)\b|\b(?:sending|sends|sent|showing|shows|showed) me (?:${W} )?(?:pictures|photos|videos|pics|snaps) of (?:his|her|their|a|the) (?:${W} )?(?:knife|knives|gun|guns|weapon|machete|blade|blades)\b|\bbruises (?:from|where) (?:he|she|they) (?:grabbed|held|hit|kicked|squeezed|punched|pinned|dragged)\b|\bmy (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|ex) (?:bit|bites|burnt|burns|burned) me\b`,
  ),
  // Hiding, too scared to go in, or someone at the door now: "im hiding in the bathroom from him".
  concern(
    'hiding-or-afraid-to-go-in',
    rx`\b(?:hiding|hid|locked myself|barricaded (?:myself|us)|hiding out) (?:in|at|under|behind) ${gap(3)}from (?!(?:my |the |our )?(?:${W} )?(?:kids|children|baby|toddler|son|daughter|dog|cat|family|boss|mum|emails|work|in laws)\b)(?:him|her|them|my (?:${W} )?${W})\b(?! for (?:a |five |ten |two |some )?(?:minutes?|mins|peace|a bit|a while|quiet))|\b(?:too )?(?:scared|afraid|frightened|terrified|petrified) to go (?:in|inside|back in|back inside|indoors|back|home|into the house)\b|\b(?:outside|at) (?:the|my|our) (?:front |back )?(?:door|window) ${gap(3)}(?:banging|kicking|shouting|screaming|trying to get in|will not go|will not leave|threatening)\b|\b(?:sleeping|staying|stopping|kipping) (?:at|with|in) ${gap(3)}(?:because|cos|as|since) (?:he|she|they|my ${W}) (?:is|are|keeps|has been|been) ${gap(1)}(?:kicking off|going mad|violent|drunk|hitting|raging|angry|off (?:his|her) head|on one)\b`,
  ),
  // Intimidation: a fist through the door beside one's head, a photo of the front door, "you'll regret leaving".
  concern(
    'intimidated',
    rx`\b(?:punched|punches|kicked|kicks|smashed|smashes|hit|hits|put (?:his|her) fist through) ${gap(4)}(?:wall|door|window|table|mirror|cupboard) ${gap(3)}(?:next to|beside|by|near|behind|inches from|right by|an inch from) (?:my|me)\b|\b(?:photo|picture|pic|video) of my (?:front )?(?:door|house|flat|car|window|street|work|kids?)\b|\b(?:you|ill make you|you will) (?:regret|be sorry (?:for|about)) (?:leaving|going|this|telling|reporting|it)\b|\b(?:saying|said|says|text\w*|messag\w*) (?:that )?(?:they|he|she) (?:know|knows) where (?:i|we) (?:live|am|work|are)\b|\b(?:smashed|broke|destroyed|trashed|wrecked|ripped up|burnt|burned) (?:all )?(?:my|the) (?:stuff|things|phone|belongings|room|house|flat|clothes|photos|laptop)(?: up)? (?:again|when|because|cos|so)\b|\b(?:sold|smashed|broke|took|hid|hidden|binned|snapped|threw away) my (?:phone|sim|laptop|charger)\b ${gap(3)}so i (?:can not|could not) (?:ring|call|phone|text|message|contact|talk to) (?:anyone|anybody|for help|the police|my|people)\b`,
  ),
  // Controlled by the phone: "rings every 10 mins when im out and if i miss one theres trouble".
  concern(
    'monitored-and-punished',
    rx`\b(?:he|she|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|ex|fella|bf|gf)) (?:rings|calls|texts|messages|facetimes|checks on me) (?:me )?every (?:[0-9]+|five|ten|fifteen|twenty|few) (?:mins|minutes|min)\b ${gap(6)}(?:when i am out|when im out|if i|where i am|who i am with|or (?:he|she)|trouble)\b|\bif i (?:miss|do not answer|dont answer|ignore) (?:one|a call|his call|her call|a text)\b ${gap(4)}(?:trouble|hell|he goes mad|she goes mad|kicks off|punish\w*|hits me|pay for it)\b|\b(?:got|getting|broke|hacked|hacks|logged) into my (?:emails?|facebook|accounts?|phone|instagram|insta|icloud|snapchat|whatsapp|bank|messages)\b ${gap(8)}(?:messag\w* (?:people|my|everyone)|pretend\w*|as me|posting|reading|tracking|changed)\b`,
  ),
  // Assaulted, attacked, spiked: violence done to the writer, said without the doer.
  concern(
    'assaulted',
    rx`\b(?:got|been|was|were|being|i was|get|getting) (?:sexually |physically )?(?:assaulted|attacked|mugged|groped|beaten up|jumped|glassed|stabbed|strangled|choked)\b(?! (?:out|by (?:a |the |some |that |this |our |my |his |her |their )?(?:dog|dogs|swan|seagull|seagulls|wasp|wasps|bee|bees|cat|goose|geese|cow|cows|horse|smell|stench|noise|sound|music|lights|heat|cold|wind|rain|ads|adverts|prices|midges|mosquitoes)|in (?:the|a) (?:game|match|dream|class|session|round|sparring))\b)(?! ${gap(6)}(?:mma|bjj|jiu jitsu|judo|wrestling|sparring|boxing|class|training|paintball)\b)|\b(?:battered|leathered|lamped|twatted|booted|belted|clouted|skelped|strangled|choked|headbutted|beat|beaten) (?:me|us) (?:again|last night|black and blue|senseless|unconscious|when he|when she|every|till|until|with)\b|\b${PARTNER} ${gap(2)}(?:lamps|lamped|twats|twatted|boots|booted|clouts|clouted|skelps|skelped|leathers|leathered|batters|battered|belts|belted|decks|decked|nuts|nutted|wallops|walloped|thumps|thumped|slaps|slapped|punches|punched|kicks|kicked|hits) (?:me|us)\b|\b(?:gets|got|is|was|gets really|getting) rough with me\b|\b(?:is |been )?(?:stealing|steals|stole) (?:from me|my (?:money|pension|benefits|cards?))\b|\b(?:dv|domestic|domestic violence|domestic abuse) (?:at home|again|last night|tonight|happening|kicking off)\b|\b(?:face|eye|lip|nose) is (?:a mess|all bruised|swollen|cut|bleeding|black)\b`,
  ),
  // Stalking in person: waiting by the car, sat outside every night, turning up again despite a block.
  concern(
    'watched-and-followed',
    rx`\b(?:keeps|kept|always|been|again|keep) (?:waiting|sat|sitting|parked|standing|stood|hanging around|lurking) (?:by|at|outside|near|across from|opposite) my (?:car|house|flat|door|work|home|window|school|gym|uni|building)\b|\b(?:sat|sitting|parked|waiting) outside my (?:flat|house|work|home|window|door|building) ${gap(5)}(?:every|all|again|night|for hours|in (?:his|her) car)\b|\b(?:my ex|ex|he|she) ${gap(2)}(?:turned|turns|showed|shows|keeps turning|keeps showing|kept turning) up (?:at|outside) (?:my|our|the) (?:${W} )?(?:work|house|flat|door|school gates?|school|uni|job|mums|home|gym|car|window)\b ${gap(6)}(?:again|even though|even tho|blocked|when i|every|uninvited|scared)\b|\b(?:my ex|ex) ${gap(2)}(?:keeps|kept|always) (?:turning|showing) up\b|\bkeeps? sending me (?:${W} )?(?:pictures|photos|pics|videos) of (?:himself|herself|his (?:${W} )?(?:privates|dick|body|knife))\b|\b(?:filmed|recorded|videoed|photographed|filming|recording) (?:me|us|her) ${gap(3)}without (?:me|my|her|us) (?:knowing|consent|permission|knowledge)\b|\bsent it (?:round|to) (?:his|her|their) (?:mates|friends|group)\b`,
  ),
  // A cover story for injuries: "bruises all up my arms and told work I fell off a stepladder".
  concern(
    'cover-story',
    rx`\b(?:bruises|bruised|black eye|marks|cuts|burns|a cut|a lump|cracked rib|broken (?:${W} )?(?:arm|wrist|nose|finger|rib))\b ${gap(10)}(?:told|tell|telling|said to) (?:work|them|people|everyone|my (?:${W} )?${W}|the (?:doctor|nurse|school|hospital|gp)|her|him|my boss) (?:that )?(?:i|she|he) (?:fell|walked into|tripped|slipped|bumped|banged|did it)\b`,
  ),
  // Sex as a duty or a trade: "I have to sleep with him or he gets angry", "made me sell sex".
  concern(
    'sex-as-a-duty',
    rx`\b(?:have to|has to|got to|must|make me|makes me|made me) (?:have sex|sleep) with (?:him|her|them|his (?:mates|friends)) (?:or|otherwise|else|because|to pay|for)\b|\btraffick(?:ed|ing)\b|\b(?:made|makes|forced|forces|forcing) (?:me )?to (?:sell|have) sex\b`,
  ),
  // Control of someone's life listed: "my partner controls my movements, finances and communication".
  concern(
    'control-of-my-life',
    rx`\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|ex|bf|gf) ${gap(2)}(?:controls|controlled|controlling|monitors|monitored|tracks|tracked|checks|checked|decides|dictates|has control of|takes) (?:all (?:of )?)?(?:my|where i|who i|what i) (?:${W} ){0,2}?(?:movements|finances|money|bank|communication|phone|messages|location|go|see|wear|spend|eat|passport)\b ${gap(6)}(?:and|my|abuse|scared|allowed|let me)\b`,
  ),
  // Change 11. Documents or money kept from the writer: "he's got my passport locked away".
  concern(
    'documents-kept-from-me',
    rx`\b(?:he|she|they|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee)) (?:is |has |have |s |keeps |kept |took |has taken |takes )?(?:got |taken |hidden |locked )?(?:my|our) (?:passport|passports|documents|papers|id|visa|birth certificate|bank cards?|cards|wages|benefits|money) (?:locked (?:up|away)|hidden|away|in (?:a|his|her) (?:safe|drawer)|from me)\b`,
  ),
  // Found by an ex: "my ex found my new address. there was a dead bird left on the doorstep".
  concern(
    'found-by-an-ex',
    rx`\bmy (?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|abuser|stalker|old partner) (?:has |have )?(?:found|got hold of|tracked down|worked out|found out) (?:my )?(?:new )?(?:address|where i live|where i am staying|where we live|flat|the refuge|number)\b`,
  ),
  // Change 12. A phone he answers and rages at: "can you not ring my mobile, he answers it and goes mental if it's about me".
  concern(
    'phone-watched-and-raged',
    rx`\b(?:he|she|my (?:${W} )?(?:husband|partner|boyfriend|wife|girlfriend)) (?:answers|checks|reads|goes through|listens to|picks up) (?:it|my phone|my messages|my calls|my texts)\b ${gap(8)}(?:goes mental|goes mad|kicks off|loses it|goes off on one|gets angry|flips|hits me|goes crazy)\b`,
  ),
  // Change 16. Bruises placed where nobody sees: "the bruises are on my back so nobody sees. he's clever like that".
  concern('bruises-where-nobody-sees', rx`\bbruises (?:are )?(?:on|where) ${gap(3)}(?:so|where) (?:nobody|no one|noone|people (?:can not|do not)) (?:sees?|can see|will see|notices?)\b`),
];

// ---------------------------------------------------------------------------------------------
// A child or vulnerable adult at risk, told by a third party
// ---------------------------------------------------------------------------------------------

export const childAtRiskConcepts: readonly RiskPattern[] = [
  // An adult going out with a child: "my daughter's boyfriend is 28 and she's 14".
  concern(
    'adult-partner-of-a-child',
    rx`\b(?:boyfriend|bf|fella|girlfriend|gf) (?:is |s )?(?:[2-9][0-9]|in his (?:twenties|thirties|forties)|in her (?:twenties|thirties))\b ${gap(6)}(?:she|he) (?:is|s) (?:only |just )?(?:1[0-5]|[0-9]|twelve|thirteen|fourteen|fifteen)\b|\b(?:she|he) (?:is|s) (?:only |just )?(?:1[0-5]|twelve|thirteen|fourteen|fifteen)\b ${gap(6)}(?:boyfriend|bf|fella|girlfriend|gf) (?:is |s )?(?:[2-9][0-9]|in his (?:twenties|thirties|forties))\b`,
  ),
  // Men collecting children: "a man keeps picking up girls from the school in a different car every week".
  concern(
    'men-collecting-children',
    rx`\b(?:man|men|guy|guys|bloke|blokes|lads|older (?:man|men|lads|guys)) (?:keeps |kept |keep |is |are |has been |have been )?(?:picking up|collecting|giving (?:lifts|rides) to|driving off with|waiting outside (?:the )?school for) (?:the |young |school |some |these |teenage )?(?:girls|boys|schoolgirls|schoolboys)\b`,
  ),
  // Criminal exploitation: children used to run drugs.
  concern(
    'child-exploited-to-carry',
    rx`\b(?:using|use|uses|used|getting|get|gets|got|making|make|makes|made|paying|pay|pays|paid|grooming|groomed|forcing|forced) (?:(?:local|young|little|the|some|these|those|primary|school) )*(?:kids|children|lads|boys|girls|youngsters|teenagers|teens|(?:[0-9]+|ten|eleven|twelve|thirteen|fourteen) year olds|him|her|them|${CHILD_OBJ}) (?:to )?(?:deliver|run|sell|deal|carry|hold|move|stash|drop off|courier)\b(?! (?:the |some )?(?:leaflets|newspapers|papers|flyers|cards|presents|cakes|post|letters|invitations|meals|food|shopping|the register)\b)|\b(?:sell|selling|sold) (?:her|him|them) to (?:his|her|their) (?:mates|friends|pals)\b|\bpimp(?:ed|ing|s)? (?:her|him|them|me|out)\b|\b(?:going|gone|goes|went|keeps going) missing\b ${gap(10)}(?:cash|money|new phone|new trainers|police|another city|older|days|nights|taxis|gifts)\b|\bpicked up by (?:${W} )?(?:lads|men|man|guys|blokes|older|strangers) in (?:cars|a car|vans|a van|taxis)\b|\bcomes? back in taxis\b`,
  ),
  concern(
    'child-running-drugs',
    rx`\b(?:used|made|forced|groomed|paid|recruited|getting|got|asked|told|using|makes|make|making) (?:him |her |them |kids |children )?to (?:run|sell|deal|carry|hold|move|stash|drop off|deliver) (?:drugs|gear|weed|packages|parcels|bags|county lines)\b|\b(?:involved in|doing|caught up in|part of|working|groomed into|pulled into|dragged into|mixed up in) county lines\b|\brunning (?:drugs|county lines|packages|parcels) for\b|\b(?:second|another|burner|extra|secret) phone\b ${gap(10)}(?:new trainers|wads? of cash|older (?:lads|boys|men)|drugs|coming home late|going missing|designer)\b|\bnew (?:trainers|clothes) ${gap(10)}(?:second|burner|extra|secret) phone\b`,
  ),
  // Drugs or alcohol given to children, or medicine to sedate them.
  concern(
    'drugs-given-to-a-child',
    rx`\b(?:give|gives|giving|gave|given|sell|sells|selling|sold|pass|passes|passing|offer|offers|offering|offered|feed|feeds|feeding|fed) ${CHILD_OBJ} (?:${W} )?${CHILD_DRUG}\b(?! ${gap(6)}(?:18th|eighteenth|21st|is 18|turned 18|at uni|(?:she|he) is (?:18|19|2[0-9])))|\b${CHILD_DRUG} ${gap(4)}to (?:make|get|keep) (?:them|him|her|the kids|the baby|${CHILD_OBJ}) (?:to )?(?:sleep|quiet|shut up|go to sleep|settle|calm)\b|\b(?:vodka|alcohol|whisky|brandy|gin|wine|beer|cider|rum|booze|weed|valium|diazepam|sleeping (?:pills|tablets)) (?:in|into) (?:the|her|his|their|my) (?:${W} )?(?:babys|baby|kids|childs|toddlers)? ?(?:bottle|milk|juice|formula|cup|beaker|sippy cup)\b`,
  ),
  // A child with a much older adult, a "sugar daddy", or a known sex offender.
  concern(
    'child-with-older-adult',
    rx`\b(?:${MINOR}) ${gap(14)}${OLDER_ADULT}\b|\b${OLDER_ADULT} ${gap(14)}(?:${MINOR})|\b${OFFENDER} ${gap(14)}(?:babysit\w*|looks? after|looking after|alone with|sleep(?:s|ing)? over|stay(?:s|ing)? over|living with|lives with|moved in with|around|near|with) (?:the |my |our |his |her |their )?(?:${W} )?(?:${CHILD_WORD}|${CHILD_AGE})\b|\b(?:${CHILD_WORD}|${CHILD_AGE}) ${gap(14)}${OFFENDER}\b`,
  ),
  // Gifts for access, the grooming bargain: "a man pays her in vapes to go to his flat".
  concern(
    'gifts-for-access',
    rx`\b(?:pays|paid|paying|gives|gave|giving|buys|bought|buying|sends|sent|sending|offers|offered|offering) (?:her|him|them|me|${CHILD_OBJ}) (?:in )?(?:${W} )?(?:vapes|vape|money|cash|drugs|weed|alcohol|booze|top ups?|robux|vbucks|v bucks|fags|cigs|cigarettes)\b ${gap(6)}(?:to (?:go|come) (?:to|round|over|back)|to meet (?:him|her|up)|to send|for (?:pics|photos|nudes|sex|favours)|to keep (?:quiet|it (?:a )?secret|secrets)|not to tell)\b|\b(?:money|cash|gifts|presents|sweets|vapes|sweeties) (?:to|so (?:i|she|he|they)) (?:will )?keep (?:quiet|it (?:a )?secret|secrets|our secret)\b|\b(?:older|adult|grown up|grown) (?:friend|mate|man|guy|lad|bloke|woman|boyfriend)\b ${gap(6)}(?:buys|bought|buying|gives|gave|giving|pays|paid|drives|drove|driving|picks|picked) (?:him|her|them) (?:up from|${W})\b|\bbeing (?:sent|paid|given) (?:money|cash|gifts|vapes) by (?:a |an |some )?(?:${W} )?(?:man|men|guy|bloke|adult|stranger)\b`,
  ),
  // Asking a child for images, or pretending to be a child: "asking her to send photos in the bath".
  concern(
    'child-asked-for-images',
    rx`\b(?:asking|asks|asked|wants|wanted|told|tells|pressuring|pressured|getting|got|paying|pays|paid|begging|begs|to get) (?:her|him|them|${CHILD_OBJ}) (?:to )?(?:send|sending) (?:him |her |them |me )?(?:(?:nudes|nude|naked) ?(?:pics|photos|pictures|images|videos)?|(?:pics|pictures|photos|videos|selfies|a pic|a photo|a picture|a video) (?:in (?:the|her|his) (?:bath|shower|bed|underwear|pants|bra|knickers|pyjamas)|of (?:her|him|them)sel(?:f|ves)|of (?:her|his|their) (?:body|chest|bum|privates)|naked|with no|without))|\bto send (?:him|her|them) (?:nudes|nude (?:pics|photos)|naked (?:pics|photos|pictures))\b|\bpretending to be (?:a )?(?:1[0-7]|[6-9]|kid|child|teen|teenager|schoolgirl|schoolboy|younger|her age|his age|their age)\b|\b(?:messag\w*|texting|chatting|dming|snapchat\w*|online|app|game|girls|boys) ${gap(8)}pretending to be (?:a |an )?(?:boy|girl|lad|teenager|kid|someone younger|young)\b|\b(?:sent|sending|sends|been sent|getting|shown|showing|shows) (?:her |him |them |me )?(?:${W} )?(?:pics|pictures|photos|videos|images|a pic|a photo) of (?:a |his |an |the )?(?:${W} ){0,2}?(?:privates|private parts|dick|penis|willy|cock|naked|nude|bits)\b|\b(?:coach|teacher|tutor|leader|man|adult|stranger|guy|uncle|instructor) ${gap(3)}(?:keeps |always )?(?:messaging|dming|texting|snapchatting|sending|messages|dms|texts) me\b ${gap(8)}(?:i am|im) (?:1[0-5]|[4-9]|eleven|twelve|thirteen|fourteen|fifteen)\b`,
  ),
  // A child told to keep quiet about an injury or what happened: "split lip and says she's not allowed to talk about it".
  concern(
    'child-sworn-to-secrecy',
    rx`\b(?:${YOUNG_OR_AGE}|${MINOR}) ${gap(14)}(?:not allowed to|is not allowed to|been told not to|told not to|made to promise not to|promised not to|can not|scared to) (?:talk|tell|say|speak|mention) (?:about it|anyone|to anyone|what happened|where (?:the|those|it))\b|\b(?:split lip|black eye|bruises|burns|marks|cuts|a cut) ${gap(10)}(?:not allowed to|been told not to|told not to|will not|wont|would not) (?:talk|tell|say|speak) (?:about it|anyone|what happened|how)\b`,
  ),
  // An adult shutting children in: "invites the neighbourhood kids in and locks the door".
  concern(
    'children-shut-in-by-adult',
    rx`\b(?:invites?|invited|inviting|lets?|letting|brings?|bringing|takes?|took|gets?) (?:the )?(?:${W} ){0,2}?(?:kids|children|girls|boys|youngsters|teenagers) (?:in|into|round|back|inside) ${gap(8)}(?:locks|locked|locking|shuts|shut|closes|closed) (?:the )?(?:door|doors|curtains|blinds)\b`,
  ),
  // A bang and then silence from a home with a crying baby.
  concern(
    'bang-then-silence',
    rx`\b(?:heard|hear|hearing) (?:a |the )?(?:bang|thud|smack|slap|crash|scream|thump)s? ${gap(3)}(?:then|and then|followed by|and) (?:silence|nothing|it went quiet|the crying stopped|no crying|quiet)\b|\bshouts? (?:shut up|be quiet) at (?:it|the baby|him|her)\b ${gap(8)}(?:bang|thud|smack|silence|slap)\b`,
  ),
  // Sexualised messages to a child: "sends her messages saying she's sexy, she's 12".
  concern(
    'child-sexualised',
    rx`\b(?:saying|says|said|calling|calls|called|tells|told|telling) (?:(?:her|him|me|them) )?(?:she is |he is |i am |they are |shes |hes |im |is |how |s )?(?:so |really )?(?:sexy|hot|fit|gorgeous|beautiful|pretty|mature for)\b ${gap(10)}(?:${MINOR})|\b(?:${MINOR}) ${gap(10)}(?:saying|says|said|calling|calls|called|tells|told|telling) (?:(?:her|him|me|them) )?(?:she is |he is |i am |they are |shes |hes |im |is |how |s )?(?:so |really )?(?:sexy|hot|fit|gorgeous|beautiful|pretty|mature for)\b`,
  ),
  // Sexual contact with a child, or exposing them to it.
  concern(
    'child-touched',
    rx`\b(?:touches|touched|touching|fiddles with|fiddled with|fiddling with|feels up|felt up|feeling up|gropes|groped|groping|molests|molested|interferes with|interfered with|interfering with) (?:her|him|them|${CHILD_OBJ})\b(?: up)? ${gap(4)}(?:in the (?:toilets?|bath|shower|bedroom|bed|car|night|changing rooms?)|at night|inappropriately|down there|under (?:her|his|their)|privates|private|between (?:her|his|their) legs|on (?:her|his|their) (?:bum|chest|privates|leg|legs|thigh|thighs)|and (?:says|tells|said) (?:not to|to keep|it is)|secret)\b|\b(?:touches|touched|touching|fiddles with|fiddled with|feels up|felt up|gropes|groped) (?:her|him|them|me|${CHILD_OBJ}) ${gap(2)}when (?:he|she|they) (?:babysits|baby sits|looks after|stays|visits|is drunk|drinks|comes round|bathes|puts (?:her|him|me) to bed|gets (?:her|him|me) alone)\b|\b(?:${ADULT_MAN}|uncle|step ?dad|stepdad|lodger) ${gap(2)}(?:touches|touched|touching|fiddles with|fiddled with|gropes|groped|feels up) (?:her|him|me|them)\b(?! (?:on the|on her|on his|on my) (?:shoulder|arm|hand|back|head)\b)|\b(?:makes|made|making|forces|forced) (?:her|him|them|me) (?:do|doing) (?:stuff|things|sexual (?:things|stuff)|what he wants|things (?:she|he|i) (?:does not|do not) want)\b|\b(?:does|did|doing|done) (?:stuff|things|sexual things) (?:to|2|with) (?:me|her|him)\b ${gap(4)}(?:at night|when|while|in (?:my|her|his) (?:room|bed))\b|\b${ADULT_MAN} ${gap(2)}(?:keeps|kept|always|been|started|tries|tried|trying) (?:to )?(?:touching|touch|rubbing|rub|stroking|stroke|grabbing|grab|feeling|feel) my (?:leg|legs|thigh|thighs|bum|bottom|chest|boobs|breasts|privates|knee|waist)\b|\b${ADULT_MAN} ${gap(3)}(?:keeps|keep|kept|trying|tries|tried|wants|wanted|always) (?:trying )?to (?:get|come|climb) in(?:to)? (?:the )?(?:shower|bath|bed) with (?:her|him|them|me|my ${W})\b|\b(?:his|her|their) hand (?:down|up|in|inside|under) (?:the (?:back|front) of )?(?:her|his|their) (?:jeans|trousers|knickers|pants|skirt|top|shirt|dress|leggings|shorts)\b`,
  ),
  concern(
    'adult-in-a-childs-bed',
    rx`\b(?:pal|mate|friend|uncle|boyfriend|fella|lodger|cousin|man|bloke|guy|mates|pals|friends) (?:${W} )?(?:sleeps|slept|sleeping|gets|got|climbs|climbed|lies|lay|lays) in(?:to)? (?:her|his|their|my (?:${W} )?(?:daughters|sons|sisters|brothers|nieces|nephews|kids|childs)) bed\b`,
  ),
  concern(
    'porn-shown-to-a-child',
    rx`\b(?:watch|watches|watching|watched|show|shows|showing|showed|shown|puts on|put on) (?:porn|porno|pornography|dirty (?:films|videos)|sex videos) ${gap(6)}(?:in front of (?:her|him|them|${CHILD_OBJ})|(?:with|to) ${CHILD_OBJ})\b|\b(?:makes|made|making) (?:him|her|them|${CHILD_OBJ}) watch (?:porn|it|too|them|with him|with her)\b|\bshow(?:s|ed|ing)? (?:him|her|them|${CHILD_OBJ}) (?:porn|pictures of (?:his|her|naked)|videos of (?:naked|people having sex))\b`,
  ),
  concern(
    'step-parent-in-her-room',
    rx`\b(?:step ?dad|stepdad|step father|stepfather|uncle|lodger|mums (?:${W} )?(?:boyfriend|partner|fella)|mams (?:${W} )?(?:boyfriend|partner|fella)|grandad|cousin|(?:her|his) dads (?:mate|friend|pal)) ${gap(3)}(?:comes|came|coming|goes|went|going|gets|got|creeps|crept|sneaks|snuck) (?:in|into|in to) (?:her|his|their) (?:room|bedroom|bed|bath|shower)\b ${gap(8)}(?:at night|in the night|scared|frightened|cries|crying|when|while|asleep|sleeping|locks|changing|after)\b|\b(?:always|keeps|been) (?:going|getting|coming) in (?:my|her|his|their) (?:${W} ){0,2}?(?:brothers?|sisters?|sons?|daughters?|kids?)? ?(?:bath|shower)\b`,
  ),
  concern(
    'adult-in-a-childs-room',
    rx`\b(?:lodger|uncle|step dad|step father|dad|father|boyfriend|partner|fella|brother|cousin|grandad|man|he|someone|mums (?:${W} )?(?:boyfriend|partner|fella)) ${gap(4)}(?:going|goes|went|gone|coming|comes|came|sneaking|sneaks|sneaked|snuck|creeping|creeps|crept|getting|gets|got) (?:in|into|in to) (?:my|her|his|their|our) (?:${W} ){0,2}?(?:daughters?|sons?|kids|childs|childrens|girls?|boys?|sisters?|brothers?|nieces?|nephews?) (?:room|bedroom|bed|bath|shower|bathroom)\b ${gap(8)}(?:when i am (?:at work|out|away|asleep|in bed|working|on nights)|while i am (?:at work|out|away|asleep)|at night|in the night|she told me|he told me|she said|he said|when she is|when he is|asleep|sleeping|changing|locks the door|shuts the door|closes the door|scared|frightened)\b`,
  ),
  // Shut in, shut out, cruelly punished: "locked in his room for hours with no food", "kneel on rice".
  concern(
    'child-shut-in-or-out',
    rx`\b(?:locked|locks|locking|shut|shuts|shutting|puts|put|putting|kept|keeps|keeping) (?:him|her|them|${CHILD_OBJ}) (?:in|inside|up in) (?:his|her|their|the|a|one) (?:${W} )?(?:room|bedroom|cupboard|cellar|shed|bathroom|garage|cage|wardrobe|loft|box)\b ${gap(10)}(?:hours|all day|all night|overnight|days|punish\w*|no food|without (?:food|tea|dinner)|when (?:he|she|they) (?:wets|wet|cries|cry|misbehaves|goes out)|under the stairs|in the dark|lock on the outside|bucket|no toilet)\b|\b(?:puts|put|putting|locks|locked|shuts|shut|keeps|kept) (?:him|her|them|${CHILD_OBJ}) in (?:the |a |his |her )?(?:dog )?(?:cage|kennel|crate|dog crate)\b|\b(?:locks|locked|locking|shuts|shut|puts|put|kicks|kicked|throws|threw) (?:him|her|them|${CHILD_OBJ}) out (?:in|into|of)? ?(?:the )?(?:garden|cold|rain|snow|street|dark|back garden|yard)\b|\b(?:ties|tied|tying) (?:him|her|them|${CHILD_OBJ}) (?:to|up (?:to|in)) (?:the|a|her|his|their) (?:chair|bed|radiator|cot|table)\b|\b(?:${CHILD_OBJ}(?: (?:next door|upstairs|downstairs|across the (?:road|street)|over the road|down the road|in the flat (?:below|above)|below|above))?|he|she|they) (?:gets|get|got|is|was|are|were|being|been) (?:locked|shut|pushed|kicked|thrown) (?:in|inside|out|outside)\b ${gap(8)}(?:in (?:his|her|their) (?:pants|nappy|pyjamas|pjs|underwear|vest|nightie)|no (?:coat|shoes|clothes)|raining|rain|freezing|cold|snow|dark|at night|all night|hours|for hours|no food|punish\w*|door is locked|doors locked|door locked)\b|\bpunish(?:es|ed|ing)? ${gap(4)}(?:by|with) (?:making (?:them|him|her) (?:kneel|stand|sit|sleep)|locking|hitting|beating|burning|starving|not feeding|tying)\b|\bkneel on (?:rice|salt|glass|stones|peas)\b`,
  ),
  // Children without food, warmth or care.
  concern(
    'child-not-fed-or-cared-for',
    rx`\b(?:not|never|nobody|no one|are not|is not|were not|was not|do not|does not|did not|barely|hardly|(?:do not|does not) think (?:they are|they were|she is|he is|they|she|he)|doubt (?:they are|she is|he is)) (?:properly )?(?:feeding|feed|fed|changing|changed|washing|washed|bathing|bathed|clothing|clothed|looking after|checking on|checked on|caring for) (?:her|him|them|${CHILD_OBJ}) (?:properly|enough|at all|for (?:days|hours|ages|a day))\b|\b${CHILD_OBJ} ${gap(4)}(?:go|goes|going|went|gone|have gone|has gone) without (?:food|tea|dinner|meals|breakfast|lunch|eating|a meal|anything to eat)\b|\b(?:${YOUNG_OR_AGE}|infants?) ${gap(14)}(?:no food|nothing to eat) (?:at home|in the house|in (?:the|their|his|her) (?:flat|house))\b|\b${YOUNG_OR_AGE} ${gap(10)}(?:has not|have not|had not) (?:eaten|had (?:any )?(?:food|anything to eat|a meal)) (?:since|for|in) (?:yesterday|days|a day|two days|[0-9]+ days|ages)\b`,
  ),
  concern(
    'child-left-alone-or-cold',
    rx`\b(?:baby|babies|toddler|child|kid|kids|little one|bairn|wean|infant) (?:next door|upstairs|downstairs|across the (?:road|street|landing|hall)|over the road|in the flat (?:below|above)|below|above) ${gap(6)}(?:cries|crying|screams|screaming|scream|cry) (?:all day|all night|for hours|constantly|non stop|every night)\b|\bin (?:just|only) (?:a|his|her|their) (?:nappy|nappies|vest|pants|underwear|pyjamas|pjs|t shirt)\b ${gap(10)}(?:freezing|cold|all hours|at night|raining|snow|no one|nobody)\b|\b(?:sleeping|sleeps|slept) in (?:a|the) (?:drawer|box|car|cupboard)\b ${gap(6)}(?:no heating|cold|freezing|no bed|no cot|damp|mould)\b|\b(?:nits|lice|nappy rash|sores|rotten teeth) ${gap(4)}(?:bleeding|for weeks|for months|nobody|no one)\b`,
  ),
  // A carer drunk or high while in charge of a child.
  concern(
    'carer-out-of-it',
    rx`\b(?:mum|mums|mother|dad|dads|father|parents?|she|he|they|carer|nan|gran|foster (?:mum|dad|carer)) (?:${W} )?(?:turns|turned|turning|comes|came|shows|showed) up (?:${W} )?(?:drunk|high|wasted|smashed|hammered|pissed|off (?:her|his|their) (?:face|head|tits)|out of it|stoned|mashed)\b ${gap(8)}(?:collect|pick|school|nursery|kids|him|her|them|baby|drove|driving)\b|\b(?:drove|drives|driving|drive) (?:off |away )?with (?:him|her|them|the kids|the baby|${CHILD_OBJ}) ${gap(6)}(?:drunk|high|pissed|off (?:her|his) face|over the limit|wasted)\b|\b${YOUNG_OR_AGE} ${gap(14)}(?:mum|mums|mother|dad|dads|parents?|she|he|carer)(?: is| are| was| were| has been| gets| got)? (?:always |often |constantly |completely |totally |usually |just |on (?:her|his) own )?(?:out of it|off (?:her|his|their) (?:face|head|tits|nut)|passed out|wasted|smashed|hammered|paralytic|stoned|using again|on the gear|on heroin|on crack|on drugs|on smack|on spice|on meth)\b|\b(?:living|lived|been living) (?:on|off) (?:crisps|sweets|biscuits|nothing|chocolate|dry bread|cereal)\b ${gap(4)}(?:for (?:a week|days|weeks)|every day)?`,
  ),
  // Injuries that tell a story: finger-shaped bruises, a baby's broken bone, marks on a neck.
  concern(
    'telling-injuries',
    rx`\b(?:bruises|bruising|marks|burns) (?:shaped like|in the shape of|like) (?:fingers|fingertips|finger marks|hands?|a hand|handprints?|a belt|belts|a buckle|teeth|a cigarette|cigarettes)\b|\b(?:finger ?tip|finger shaped|finger|hand ?print|hand shaped|belt|buckle|grip|cigarette|cig) (?:shaped )?(?:bruises?|burns?)\b|\b(?:finger|hand ?print|belt|buckle|grip) marks (?:on|round|around|all over) (?:her|his|their|my)\b|\bmarks (?:on|round|around) (?:her|his|their) (?:neck|throat)\b|\b(?:welts|weals|belt marks|strap marks|lash marks)\b|\blooks like (?:a|his|her|their) (?:belt|hand|fingers|buckle|cigarette|bite)\b|\b(?:${YOUNG_OR_AGE}|${MINOR}) ${gap(14)}(?:black eye|bruises|bruised|burns|marks|injuries|cuts|broken (?:${W} )?(?:arm|wrist|leg|nose)|a cast) ${gap(4)}(?:again|every week|all the time|(?:second|third|fourth) time|another one|always)\b|\bholds? (?:his|her|their|my) (?:hand|hands|arm|fingers) (?:on|against|over|under) (?:the )?(?:cooker|hob|oven|iron|fire|kettle|hot tap|radiator|stove)\b|\b(?:baby|newborn|infant|[0-9]+ (?:week|weeks|month|months) old|only [0-9]+ (?:weeks|months)) ${gap(8)}(?:broken|fractured|fracture|snapped) (?:${W} )?(?:arm|leg|ribs?|skull|collarbone|wrist|bone|bones|femur)\b|\b(?:broken|fractured) (?:arm|leg|ribs?|skull|collarbone|wrist|bone)\b ${gap(12)}(?:is only|only) [0-9]+ (?:weeks|months)\b|\b(?:baby|newborn|infant|[0-9]+ (?:week|weeks|month|months) old) ${gap(6)}(?:bruises|bruised|bruising|burns|burn marks|a black eye|bite marks|fractures?)\b(?! (?:from|after) (?:the |her |his )?(?:jab|jabs|vaccine|vaccination|injection|heel prick|blood test|birth|delivery|forceps)\b)|\b(?:bruises|bruising|burns|marks) ${gap(6)}(?:(?:she|he) is|shes|hes|only) (?:only )?[0-9]+ (?:weeks|months)\b|\bsent (?:him|her|them) home with (?:${W} )?(?:bruises|marks|bite marks|injuries|burns|cuts|a black eye|scratches)\b ${gap(4)}(?:no explanation|again|every|nobody|no one|unexplained|and no)\b`,
  ),
  // Someone hurting those who depend on them: "is hurting his daughter", "hit my nana again".
  concern(
    'hurting-a-dependant',
    rx`\b(?:is|are|has been|have been|keeps|been|was|were|always) (?:${W} )?(?:hurting|hitting|beating|abusing|harming|slapping|punching|kicking|battering|strangling|choking|starving|neglecting|pinching) (?:his|her|their|the) (?:${W} )?(?:son|daughter|kids|child|children|baby|babies|toddler|wife|partner|girlfriend|boyfriend|husband|mum|dad|nan|gran|grandma|grandad|mother|father|residents|patients|pupils)\b${NOT_A_GAME}|\b(?:grandad|grandpa|grandfather|dad|father|step dad|husband|partner|boyfriend|uncle|son|he) ${gap(2)}(?:hit|hits|hitting|beat|beats|beating|punched|punches|kicked|kicks|slapped|slaps|pushed|pushes|shoved|strangled|choked|battered) (?:my |his |the )?(?:${W} )?(?:nan|nana|nanna|gran|granny|grandma|mum|mam|mother|auntie|aunt|wife)\b ${gap(6)}(?:again|every|all the time|always|black eye|bruise\w*|marks|blood|bleeding|scared|terrified|says she|she is [0-9]+)\b`,
  ),
  // Rough handling of a baby or toddler by an adult: "held her baby under the cold tap", "shook the baby".
  concern(
    'baby-handled-roughly',
    rx`\b(?:hold|holds|holding|held|put|puts|putting|dunk|dunks|dunked|dunking|pushed|pushes|forced|forces) (?:him|her|them|${CHILD_OBJ}) (?:head |face )?under (?:the )?(?:cold |hot |freezing |running )?(?:tap|water|shower|bath)\b|\b(?:she|he|they|mum|dad|neighbour|partner|boyfriend|girlfriend|husband|wife|step dad|carer|childminder|nanny) ${gap(2)}(?:shook|shakes|shaking|threw|throws|throwing|slapped|slaps|slapping|punched|punches|yanked|yanks|dragged|drags|smacked|smacks|squeezed|squeezes) (?:the|her|his|their|a) (?:${W} )?(?:baby|toddler|newborn|little one|infant)\b`,
  ),
  // A child hurt by an adult, told by someone who saw or heard it.
  concern(
    'child-hurt-by-adult',
    rx`\b(?:drags|dragged|dragging|yanks|yanked|pulls|pulled|shakes|shook|slaps|slapped|punches|punched|kicks|kicked|hits|hit|hitting|beats|beat|beating|whips|whipped|belts|belted|throws|threw|pushes|pushed|smacks|smacked|strangles|chokes|burns|burnt|burned) (?:her|his|their|the|those|these) (?:${W} ){0,2}?(?:${CHILD_WORD}|${CHILD_AGE})\b ${gap(4)}(?:by the|across|into|against|so hard|hard|again|all the time|every|with (?:a|his|her|the) (?:belt|lead|stick|shoe|slipper|spoon|wooden spoon|hand|cable|wire|hanger|lighter|cigarette|iron|kettle|knife)|until|till|screaming|crying|bleeding|when (?:he|she|they) tried|when (?:the )?(?:parents|mum|dad|nobody|no one) (?:are|is|were|was) not)\b|\b(?:hitting|hits|hit|beats|beating|beat|whips|whipping|whipped|belts|belting|belted|smacks|smacking|smacked|lashes) (?:him|her|them|${CHILD_OBJ}|the (?:eldest|oldest|youngest|little one|baby)) with (?:a|the|his|her|their) (?:belt|lead|stick|cable|wire|shoe|slipper|wooden spoon|spoon|hanger|coat hanger|rope|cord|buckle|bat|hose)\b|\b(?:says|said|told me|tells me|told (?:my|her|his|the) ${W}|telling (?:staff|teachers|people)) (?:that )?(?:her|his|their) (?:${W} ){0,2}?(?:mum|mam|dad|da|parents?|step ?dad|step ?mum|stepdad|uncle|nan|gran|brother|boyfriend|fella) ${gap(2)}(?:hits|beats|batters|throws (?:things|stuff)|punches|kicks|slaps|burns|locks|hurts|touches|strangles|chokes|whips|belts|smacks|starves|holds)\b|\b(?:hits|beats|batters|slaps|punches) (?:her|him|them) if (?:she|he|they) (?:refuses|says no|does not|will not|tells|cries)\b|\b(?:kicked|punched|hit|slapped|beat|battered|hurt|attacked) (?:their|his|her|the) (?:${W} )?(?:dog|cat) and (?:then )?(?:their|his|her|the) (?:${W} )?(?:${CHILD_WORD}|${CHILD_AGE})\b|\b(?:shakes|shook|shaking|shake) (?:the|her|his|their|my|a) (?:${W} )?(?:baby|newborn|infant|toddler)\b(?!s? (?:bottle|rattle|milk|toy|formula)\b)`,
  ),
  // Violence to a mother, sister or friend by her partner, heard or seen: "mum's new fella hits her".
  concern(
    'her-partner-hurts-her',
    rx`\b(?:mums|mams|maws|sisters|nans|grans|aunties|aunts|friends|mates|daughters|(?:my|her|his) (?:${W} )?(?:mum|mam|sister|nan|gran|auntie|aunt|friend|mate|daughter|neighbour)s?) (?:new |current |ex )?(?:fella|boyfriend|partner|husband|bf|man|bloke) ${gap(2)}(?:hits|beats|batters|punches|slaps|kicks|hurts|chokes|strangles|knocks|smacks|leathers|lamps|throws things at|pushes|shoves|drags) (?:her|my mum|my mam|my sister|my nan|my gran|my daughter)\b`,
  ),
  // Abuse of elderly or disabled people, at home or in care.
  concern(
    'vulnerable-adult-mistreated',
    rx`\b(?:staff|carers?|care workers?|nurses?|night nurse|support workers?) ${gap(3)}(?:are|were|is|was|being|been|get|gets)? ?(?:rough|cruel|nasty|violent|abusive|aggressive|horrible) (?:with|to|towards) (?:the )?(?:residents|patients|her|him|them|my ${W}|kids|children|service users|old people|clients)\b|\b(?:nurse|carer|carers|staff|care worker|support worker|son|daughter in law|son in law|night nurse) ${gap(3)}(?:pushes|pushed|shoves|shoved) (?:her|him|them|my ${W}) down (?:when|if|and|onto|on|into)\b|\b(?:ties|tied|tying|straps|strapped) (?:her|him|them|my ${W}) (?:to|into) (?:the|a|her|his|their) (?:chair|bed|radiator|wheelchair)\b|\b(?:shouts|screams|swears|yells) at (?:her|him|them|my ${W}) (?:till|until) (?:she|he|they) (?:cries|cry|cried|screams)\b|\b(?:leave|leaves|left|leaving) (?:her|him|them|my ${W}|the residents|residents|patients) (?:in|lying in|sat in|sitting in) (?:soiled|dirty|wet|filthy|her own|his own|their own|urine|poo) ${gap(2)}(?:sheets|bed|pads|pad|nappy|clothes|mess|urine|wee|poo|faeces)\b|\b(?:carers?|staff|care workers?|nurses?|home) ${gap(4)}(?:leave|leaves|left|leaving) (?:him|her|them|my ${W}|residents) (?:in (?:bed|his room|her room|their rooms?|a chair|the chair|the dark)|alone|unwashed|without (?:food|water|a drink|meals)) (?:all day|for hours|all night|for days|without)\b|\b(?:broken|fractured) (?:${W} )?(?:wrist|arm|hip|leg|ribs?) ${gap(6)}(?:did not|never|not|nobody|no one) (?:report|reported|tell|told|explain|explained)\b|\b(?:pinching|pinches|pinched) (?:her|his|their) (?:arms?|legs?|hands?|skin)\b|\b(?:does not|doesnt|never|will not|refuses to|forgets to|stopped) giv(?:e|es|ing) (?:her|him|them) (?:her|his|their|any) (?:tablets|meds|medication|medicine|insulin|food|dinner|meals|water|drinks)\b|\b(?:keeps|kept|locks|locked) (?:my |his |her )?(?:${W} )?(?:gran|nan|nana|granny|grandma|grandad|mum|dad|wife|husband|her|him) (?:locked )?(?:in|inside) (?:the|her|his|their) (?:house|room|flat|bedroom)\b`,
  ),
  concern(
    'vulnerable-adult-robbed',
    rx`\b(?:borrowing|borrowed|borrows|taking|taken|takes|had|getting|gets) (?:money|cash|loans?) (?:off|from|out of) (?:her|him|them|my (?:${W} )?${W}) ${gap(6)}(?:for (?:months|years|ages|weeks)|can not pay|cant pay|no money left|never pays|never paid|every week)\b|\b(?:will not|wont|does not) let (?:him|her|them) (?:eat|have food|have (?:his|her|their) (?:money|meals|tablets))\b|\b(?:taking|takes|took|has taken|been taking|stealing|steals|stole|been stealing|helping (?:himself|herself) to) (?:money|cash) (?:from|out of) (?:her|his|their|my (?:${W} )?${W}s) (?:purse|wallet|account|bank|handbag|pension|savings)\b|\b${VULNERABLE} ${gap(14)}(?:son|daughter|grandson|granddaughter|carer|carers|neighbour|lodger|nephew|niece|man|woman|someone|family|in law|boyfriend|girlfriend) ${gap(3)}(?:takes|taking|has taken|been taking|steals|stole|stealing|uses|using) (?:all )?(?:her|his|their) (?:${W} )?(?:money|bank card|cards|card|pension|benefits|savings|pin)\b|\b(?:takes|took|taking|has taken|steals|stole|stealing) (?:all )?(?:her|his|their) (?:${W} )?(?:money|bank card|cards|pension|benefits|savings)\b ${gap(14)}(?:shouts|screams|cries|scared|locks|hits|pushes|${VULNERABLE})\b`,
  ),
  // A child left alone, in a car, for days: "leaves her toddler in the car while she goes to the pub".
  concern(
    'child-left-alone',
    rx`\b(?:leaves?|left|leaving) (?:me and my (?:${W} )?${W}|us|him|her|them|${CHILD_OBJ}) (?:${W} )?(?:alone|on (?:their|his|her|our|my) own|in the car|home alone|unattended|by themselves|by (?:himself|herself)|with no (?:one|adult|food)|locked in|locked up|shut in)\b ${gap(8)}(?:for (?:days|hours|the night|the weekend|ages|over an hour|an hour)|all (?:night|day|weekend)|overnight|no food|(?:while|when) (?:she|he|they) (?:goes|go|went) (?:out|to the pub|drinking|clubbing|to work|away)|at the pub|drinking)\b`,
  ),
  concern(
    'child-out-unsupervised',
    rx`\b${CHILD_OBJ} ${gap(6)}(?:outside|out|on the streets?|wandering|roaming) (?:late at night|all night|at night|till (?:late|midnight|[0-9]+)|at [0-9]+ (?:am|in the morning))\b ${gap(8)}(?:no coat|no shoes|no one|nobody|alone|on (?:their|his|her) own|never home|never in|no adult|not been fed|hungry)\b|\b(?:mum|dad|parents?|mother|father) (?:is|are) never (?:home|in|around|there)\b|\b${CHILD_OBJ} ${gap(10)}(?:wandering|roaming|walking|out|outside|playing|on the streets?) ${gap(3)}(?:at midnight|late at night|all night|in the middle of the night|at [0-9]+ ?am|at [0-9]+ in the morning) ${gap(4)}(?:on (?:his|her|their) own|alone|by (?:himself|herself|themselves)|no coat|no shoes|nobody)\b`,
  ),
  concern(
    'child-left-in-danger',
    rx`\b(?:baby|babies|toddler|toddlers|child|children|kid|kids|little one|bairn|infant|${CHILD_AGE}) (?:was|were|is|are|been|being|got|gets|left) (?:left )?(?:alone |on (?:its|their|his|her) own )?(?:in (?:the|a) (?:hot )?car|in the car park|outside (?:the|a) (?:pub|shop|bookies|club|bar))\b|\b(?:${YOUNG_OR_AGE}) ${gap(14)}(?:(?:nobody|no one|nobodys|nobody is|no adult) (?:is |s )?ever (?:home|in|there|around|about)|(?:nobody|no one) ever (?:answers|comes))\b|\b(?:${YOUNG_OR_AGE}) ${gap(8)}(?:out|outside) (?:till|at|after|past) (?:midnight|[0-9]+ ?am|[0-9]+ in the morning|2am|3am|4am)\b|\b(?:lock|locks|bolt|bolts|latch) on the outside\b|\b(?:have not|has not|not) been (?:to|in) school (?:in|for) (?:weeks|months|ages|days)\b ${gap(14)}(?:screaming|banging|curtains|never see|shouting|crying|bruises|locked)\b|\bheard (?:the|their|her|his) (?:${W} )?(?:dad|mum|step dad|boyfriend|fella|parents) (?:screaming|shouting|yelling|raging) at (?:them|him|her|the kids|the baby)\b`,
  ),
  // A child kept somewhere cruel: "makes her kids sleep in the shed".
  concern(
    'child-made-to-sleep-outside',
    rx`\b(?:makes?|made|making|forces?|forced) (?:him|her|them|me|${CHILD_OBJ}) (?:sleep|stay|stand|kneel|sit|wait|live) (?:in|on|outside|out in) (?:the )?(?:shed|garden|cold|cupboard|floor|car|garage|cellar|rain|snow|hallway|bath|dark)\b|\b(?:makes?|made|making|forces?|forced) (?:him|her|them|me|${CHILD_OBJ}) (?:stand|kneel|sit|stay|face the wall) ${gap(4)}(?:for hours|all day|all night|without (?:food|eating|tea|a drink|water)|till (?:midnight|morning)|no food)\b|\b(?:makes?|made|making|forces?|forced) (?:him|her|them|${CHILD_OBJ}) (?:fight|beg|steal|shoplift|nick stuff)\b|\b(?:makes?|made|making) (?:him|her|them|me|us|${CHILD_OBJ}) go without (?:food|tea|dinner|meals|eating|breakfast|lunch)\b|\b(?:makes?|made|making) (?:her|him|them|me) hand over (?:${W} )?(?:money|benefits|pension|wages|card|bank card|pin|cash)\b|\bas (?:a )?punishment\b ${gap(6)}(?:dark|no food|no tea|locked|cupboard|cage|cold|hours|tablets)\b|\b(?:dark|no food|no tea|locked|cupboard|cage) ${gap(6)}as (?:a )?punishment\b|\bstarv(?:es|ed|ing) (?:him|her|them|${CHILD_OBJ})\b|\beats? (?:out of|from) (?:the )?bins\b`,
  ),
  // A stranger luring a child: "gave my son sweets and asked him to come to his car".
  concern(
    'child-lured',
    rx`\b(?:asked|told|wanted|tried to get|trying to get|tried to make|offered|asking|asks) (?:him|her|them|${CHILD_OBJ}) (?:to )?(?:come|get|go|a lift) (?:in|into|to|back to|with him to|round to)? ?(?:his|her|their|the|a) (?:${W} )?(?:car|van|house|flat|place)\b|\b(?:man|men|stranger|guy|bloke|woman|someone) ${gap(6)}(?:gave|gives|giving|give|offered|offers|offering|offer) (?:him|her|them|${CHILD_OBJ}) (?:sweets|money|cash|a lift|cigarettes|vapes|alcohol)\b ${gap(4)}(?:to (?:get in|come|go)|into his|in his|car|van)|\b(?:sweets|money|a lift|a present|presents|vapes|a puppy|a kitten) to (?:go|come) (?:with|back to|home with) (?:him|her|them|his)\b|\b(?:filming|photographing|taking (?:photos|pictures|videos) of|watching) (?:${W} )?(?:little )?(?:kids|children|girls|boys) (?:on|in|at|through) (?:the )?(?:swings|park|playground|pool|changing rooms?|school gates|toilets|window)\b`,
  ),
  // A child with an adult partner: "my niece is 14 and her boyfriend is 25".
  concern(
    'child-with-adult-partner',
    rx`\b(?:${MINOR}) ${gap(12)}(?:boyfriend|girlfriend|bf|gf|partner|fella|man|guy|he|she)(?: who)? (?:is|s|aged|who is) (?:1[89]|[2-9][0-9]|nineteen|twenty|thirty|forty)\b|\b(?:is|s|aged) (?:only |just )?(?:16|17|sixteen|seventeen)\b ${gap(8)}(?:boyfriend|girlfriend|bf|gf|partner|fella|man|guy)(?: who)? (?:is|s|aged|who is) (?:2[2-9]|[3-9][0-9]|thirty|forty|fifty)\b`,
  ),
  // Drugs given to a child by others: "my 13 year old is being given drugs by older boys".
  concern(
    'child-given-drugs',
    rx`\b(?:being|been|getting|gets|got|was|were) (?:given|sold|offered|fed|supplied|slipped) (?:${W} )?${CHILD_DRUG} (?:by|from)\b|\b(?:${MINOR}) ${gap(14)}(?:given|sold|offered|fed|supplied|gives (?:her|him|them)|giving (?:her|him|them)) (?:${W} )?(?:weed|cannabis|ket|ketamine|drugs|cocaine|coke|crack|ecstasy|mdma|spice|vodka|alcohol|booze|cider|pills|nitrous)\b|\b(?:given|sold|offered|gives (?:her|him|them)|giving (?:her|him|them)) (?:${W} )?(?:weed|cannabis|ket|ketamine|drugs|cocaine|coke|vodka|alcohol|booze|cider|pills) ${gap(10)}(?:${MINOR})`,
  ),
  // A child visibly neglected: filthy and hungry.
  concern(
    'child-visibly-neglected',
    rx`\b${CHILD_OBJ} ${gap(8)}(?:filthy|dirty|smelly|smells|stinks|stinking|unwashed|in the same clothes|soiled|crawling with (?:nits|lice))\b ${gap(6)}(?:starving|hungry|every day|always|all the time|no coats?|no lunch|no shoes|for (?:days|weeks)|asking for food)\b|\b${CHILD_OBJ} ${gap(6)}(?:covered in|full of|all over) (?:${W} )?(?:sores|bruises|scratches|bites|burns|welts|flea bites)\b|\b(?:${YOUNG_OR_AGE}) ${gap(12)}(?:asking for food|begging for food|eating from (?:the )?bins|no electricity|no heating|no food in)\b`,
  ),
  // Injuries no one will explain in a vulnerable adult.
  concern(
    'unexplained-injuries',
    rx`\b${VULNERABLE} ${gap(10)}(?:bruises|bruising|marks|injuries|broken|cuts|sores|burns|black eye|scratches|a fracture|fractured)\b ${gap(10)}(?:will not|would not|do not|did not|does not|nobody|no one|no explanation|can not|refuse to|refused to) (?:tell|say|explain|explained|report|reported|know how|account)\b`,
  ),
  // Children sleeping rough or in stairwells.
  concern(
    'child-sleeping-rough',
    rx`\b(?:${MINOR}|${CHILD_OBJ}) ${gap(18)}(?:sleeps|sleeping|slept|sleep) (?:in|on|at) (?:the |a )?(?:stairwell|stairs|street|streets|doorway|shop doorway|bus shelter|bins|garages|rough)\b|\b(?:${MINOR}|${CHILD_OBJ}) ${gap(14)}sleeping rough\b`,
  ),
  // Adults in a position of trust contacting children privately.
  concern(
    'adult-messaging-children',
    rx`\b(?:teacher|coach|youth worker|tutor|leader|scout leader|man|men|adult|grown man|older man|stranger|guy|bloke|priest|vicar|instructor) ${gap(6)}(?:adding|adds|added|follows|following|friending|friend requesting) (?:kids|children|pupils|students|girls|boys|teens|young (?:girls|boys|people)|year [0-9]+s?) on (?:instagram|insta|snapchat|snap|tiktok|facebook|discord|whatsapp)\b|\b(?:teacher|coach|youth worker|tutor|leader|man|adult|grown man|older man|stranger|priest|instructor) ${gap(6)}(?:messaging|messages|messaged|texting|texts|texted|dming|dms|snapchatting|contacting|chatting to|talking to) (?:kids|children|pupils|students|girls|boys|teens|them|her|him|my ${W}) ${gap(4)}(?:at night|late at night|privately|in private|secretly|in secret|not to tell|to meet)\b`,
  ),
  // A child living among a carer's drug use: "she's back on heroin and her little one is in the flat with needles everywhere".
  concern(
    'child-among-drug-use',
    rx`\b(?:back on|using|injecting|smoking|on) (?:the )?(?:heroin|smack|gear|crack|meth|spice|brown)\b ${gap(12)}${YOUNG_OR_AGE}\b|\b${YOUNG_OR_AGE} ${gap(12)}(?:needles|syringes|crack pipes?|foils?|drugs) (?:everywhere|all over|lying (?:about|around)|on the (?:floor|table|sofa))\b|\b(?:needles|syringes|crack pipes?) (?:everywhere|all over|lying (?:about|around)|on the (?:floor|table|sofa))\b ${gap(12)}${YOUNG_OR_AGE}\b`,
  ),
  // The signs of criminal exploitation: going missing and coming back with things no one bought them.
  concern(
    'child-exploitation-signs',
    rx`\b(?:going|goes|gone|went|keeps going|been going) missing\b ${gap(12)}(?:new (?:phones?|trainers|clothes|jacket|money)|(?:loads of |rolls of )?cash|older (?:lads|men|boys|guys)|county lines|drugs|hotel|cars? picking)\b|\b(?:sexually|criminally) exploit(?:ed|ing)\b|\bbeing exploited by\b`,
  ),
  // A child heard screaming and a thud, again and again; marks that look like fingers.
  concern(
    'child-screams-and-thuds',
    rx`\b${YOUNG_OR_AGE} ${gap(8)}(?:screaming|crying|yelling|wailing|sobbing) ${gap(6)}(?:thud|bang|smack|slap|crash|thump|wallop)\b|\b(?:thud|bang|smack|slap|thump) ${gap(6)}${YOUNG_OR_AGE} ${gap(4)}(?:screaming|crying|yelling|wailing|sobbing)\b|\b(?:marks|bruises|bruising) ${gap(6)}(?:look|looks|looked|that look|shaped) like (?:finger ?prints|finger ?marks|fingers|fingertips|a hand|hand ?prints|bite marks|a bite|belt marks|cigarette burns|a belt)\b`,
  ),
  // Change 11. Children not fed for days or weeks: "the kids next door haven't been fed properly in weeks".
  concern(
    'children-not-fed',
    rx`\b(?:kids|children|child|baby|babies|toddler|little ones|youngest|wee ones|bairns|weans)\b ${gap(3)}(?:have not|has not|had not|are not|is not|were not|was not|never) (?:been )?(?:fed|given (?:any )?(?:food|tea|dinner|breakfast)|eating|eaten|washed|bathed|changed)\b (?:properly |right )?(?:in|for) (?:days|weeks|ages|a week|a fortnight|[0-9]+ days)\b`,
  ),
  // A child asking a neighbour for food: "the youngest asked me for bread through the fence".
  concern(
    'child-asking-for-food',
    rx`\b(?:kid|kids|child|children|youngest|eldest|little one|wee one|little boy|little girl|wee boy|wee girl|boy|girl) (?:next door |upstairs |downstairs |over the road |from next door )?(?:asked|asks|asking|begged|begging|keeps asking) (?:me|us|my ${W}) for (?:food|bread|something to eat|money for food|a sandwich|biscuits)\b`,
  ),
  // Change 16. A child's injury not talked about: "today he had a black eye he wouldn't talk about".
  concern(
    'child-injury-unspoken',
    rx`\b(?:kid|child|boy|girl|lad|lass|son|daughter|nephew|niece|pupil)\b ${gap(30)}(?:black eye|bruises?|burns?|marks|cuts) (?:that )?(?:he|she|they) (?:would not|will not|refused to|did not want to|could not) (?:talk|say|speak|tell)\b`,
  ),
];
