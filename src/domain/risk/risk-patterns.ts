/**
 * Pattern lists for the risk check, written against the output of `normaliseText`:
 * lowercase ASCII words, single spaces, contractions expanded ("do not", "i am", "can not"),
 * txt-speak spelled out. Gaps between words are bounded (`gap(n)`) so no pattern can
 * backtrack catastrophically on long input.
 *
 * Adding a pattern? Add the message that needs it to tests/fixtures/risk-corpus.tsv first,
 * with lookalikes that must stay safe, then run the corpus test.
 */

import { selfHarmLookalikeMasks } from './concepts-self-harm';
import { falseAlarmMasks } from './false-alarm-masks';
import { gap, gapWithoutI, rx, rxAll, W, type RiskPattern } from './regex-helpers';

export type { RiskPattern } from './regex-helpers';

const concern = (pattern: RegExp): RiskPattern => ({ pattern });
const urgent = (pattern: RegExp): RiskPattern => ({ pattern, urgent: true });
const hyperbole = (pattern: RegExp): RiskPattern => ({ pattern, hyperbole: true });

export const SELF = '(?:myself|herself|himself|themselves|themself)';
export const SUBSTANCE =
  '(?:pills?|tablets?|meds|medication|medications|medicines?|paracetamol|ibuprofen|aspirin|co codamol|cocodamol|codeine|' +
  'sertraline|citalopram|fluoxetine|amitriptyline|mirtazapine|diazepam|valium|zopiclone|tramadol|insulin|' +
  'antidepressants?|painkillers?|sleeping pills|sleeping tablets|sleepers|lithium|quetiapine|propranolol|morphine|' +
  'oxycodone|heroin|prescription|capsules|benzos?|xanax|dose|doses|night nurse|nytol|sleepeasy|nurofen|anadin|lemsip|benadryl|' +
  'piriton|antihistamines?|naproxen|diclofenac|pregabalin|gabapentin|olanzapine|venlafaxine|temazepam|lorazepam|clonazepam|' +
  'promethazine|dihydrocodeine|co dydramol|fentanyl|methadone)';
const POISON =
  '(?:bleach|antifreeze|anti freeze|rat poison|poison|weed ?killer|cleaning (?:stuff|products?|fluid|liquid|spray)|' +
  'disinfectant|dettol|domestos|detergent|washing up liquid|paraquat|screenwash|methanol|white spirit|toilet cleaner|oven cleaner)';
export const RELATIVE =
  'mum|mother|dad|father|brother|sister|partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|baby|kid|kids|children|child|' +
  'family|nan|gran|grandad|uncle|aunt|cousin|carer';
export const OTHERS =
  `(?:him|her|them|someone|somebody|some one|people|everyone|everybody|anyone|anybody|others|other people|children|kids|` +
  `a child|a baby|my (?:${W} )?(?:${RELATIVE}|neighbour|neighbours|flatmate|housemate|boss|manager|teacher|` +
  `colleague|colleagues|friend|friends|mate|landlord)|the (?:baby|kids|kid|children|child|people|person|guy|man|woman|lad|` +
  `bloke|girl|boy|teacher|neighbours?|bullies)|his (?:${W} )?(?:wife|girlfriend|kids|mum)|her (?:${W} )?(?:husband|boyfriend|kids)|` +
  `that (?:guy|man|woman|girl|lad|bloke|person)|the lot of them|all of them|them all|(?:the next|every) (?:person|one|guy|man|woman|lad)|whoever)`;
export const ABUSER =
  `(?:he|she|they|mum|dad|mums (?:boyfriend|partner|husband)|dads (?:girlfriend|partner|wife)|someone|somebody|a man|a woman|` +
  `an older (?:man|woman|guy|lad)|this (?:guy|man|woman|lad|bloke)|a (?:guy|lad|bloke)|people|my (?:${W} )?(?:partner|husband|` +
  `wife|boyfriend|girlfriend|ex|dad|father|mum|mother|uncle|aunt|auntie|brother|sister|cousin|grandad|grandpa|grandfather|nan|gran|` +
  `grandma|carer|son|daughter|teacher|coach|neighbour|landlord|flatmate|housemate|parents?|family|babysitter|childminder|tutor))`;
const VIOLENCE =
  '(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|smacks|smacked|' +
  'chokes|choked|choking|strangles|strangled|strangling|throttled|shoves|shoved|shoving|pushes|pushed|grabs|grabbed|grabbing|' +
  'bites|burns|burned|burnt|attacks|attacked|batters|battered|hurts|hurt|hurting|abuses|abused|abusing|rapes|raped|raping|' +
  'molests|molested|headbutted|whipped|belts|belted)';
const BODY_PART =
  '(?:wrists?|arms?|legs?|knees?|ankles?|back|head|foot|feet|hands?|fingers?|neck|shoulders?|hips?|toes?|elbows?|face|nose|eyes?|teeth|tooth|thumb|own|feelings)';
/** "hurt her" is someone else; "hurt her wrist" is her own accident. */
const VICTIM = `(?:me|us|(?:her|him)(?! ${BODY_PART}\\b)|my (?:${W} )?(?:child|children|kid|kids|son|daughter|baby|sister|brother|mum))`;
const HARM_VERB =
  '(?:hurt|harm|stab|shoot|batter|beat|attack|punch|hit|poison|knife|slash|choke|drown|smother|suffocate|torture|bash|glass|rape)';
export const HARMING =
  '(?:killing|murdering|hurting|harming|stabbing|shooting|strangling|battering|beating|attacking|punching|hitting|poisoning|' +
  'knifing|slashing|choking|drowning|smothering|suffocating|burning|torturing|bashing|raping|shaking)';
const INTENT =
  '(?:(?:want|wants|wanted|wanting|going|about|planning|plan|plans|intend|intending|urges?|tempted|ready|decided|need|needs|' +
  'trying|try|like|telling me|tell me|told me) to|will|ill|could|might)';
/** "I could kill him" is usually temper, "I'm going to kill him" is not. */
export const STRONG_INTENT =
  '(?:(?:want|wants|wanted|wanting|going|about|planning|plan|plans|intend|intending|urges?|tempted|ready|decided|need|needs|' +
  'trying|try|telling me|tell me|told me) to|will|ill)';
export const WEAPON = '(?:knife|knives|gun|blade|machete|bat|baseball bat|hammer|axe|weapon)';
const TOPIC_WORD =
  '(?:suicide|suicidal|self harm(?:ing)?|eating disorders?|anorexia|bulimia|overdoses?|overdosing|domestic (?:abuse|violence)|' +
  'child abuse|sexual abuse|abuse|rape|grooming|wants? to die|(?:kills?|killing|killed) (?:himself|herself|themselves)|' +
  '(?:controlling|violent|abusive) (?:husband|partner|wife|boyfriend|girlfriend|relationship|man|woman|marriage|parents?|mother|father))';

/**
 * Figures of speech, negations and talk *about* a topic, blanked out before the risk
 * patterns run. The blank (" . ") also stops a bounded gap from reaching across it.
 */
export const figureOfSpeechMasks: readonly RegExp[] = [
  ...falseAlarmMasks, // false-alarm-masks.ts: past with recovery, negation, talk about a film, the news or a course
  ...selfHarmLookalikeMasks, // concepts-self-harm.ts: cooking cuts, bites, habit relapses, recovery stories, negations
  // dyeing hair, "to die for", dying of laughter, bored to death
  rxAll`\b(?:die|dye|dying|dyeing|died|dyed|dies|dyes) (?:my|your|her|his|their|the|our|it|them) (?:own )?(?:hair|roots|fringe|beard|eyebrows|clothes|jeans|top|shirt|shoes|fabric|wool|eggs|blue|red|pink|purple|green|black|blonde|brown|grey|silver)\b`,
  rxAll`\b(?:(?<!\b(?:want|wanna|wanted|wanting|going|ready|deserve|deserved|need|needed|like|able|about|meant|trying|try|tried|have|has|had|prefer|rather|wish|wished|choose|chose) )to die for(?! (?:real|good|sure|certain|definite|it|them|him|her|my|a reason|nothing)\b)|dying (?:for|to)|(?:nearly|almost|practically|literally|just) died|(?:die|died|dying) (?:of|from|with) (?:embarrassment|laughter|laughing|boredom|shame|cringe|thirst|hunger)|(?:died|dying|die) laughing)\b`,
  rxAll`\b(?:bored|scared|worried|frightened|sick|tickled|done|love|loved|loves|freezing|frozen|starving) ${gap(2)}to death\b`,
  rxAll`\b(?:bored|embarrassed|tired|hungry|happy|cringed?) ${gap(2)}could (?:have )?(?:just )?die\b`,
  rxAll`\brather (?:die|be dead) than (?!go on|carry on|live|keep going|be here|wake up|feel like this|go back|go through)`,
  rxAll`\b(?:kill|kills|killing|killed) (?:myself|me) (?:laughing|with laughter)\b|\b(?:work|working|worked|run|running) (?:myself|me) (?:to death|into the ground)\b`,
  // accidents: "I cut myself shaving", "burnt myself on the oven", "hurt myself falling off my bike"
  // (not after "need to", "told me to": "voices say I need to burn my hands on the hob" is a command, not an accident)
  rxAll`(?<!\b(?:need|needs|have|has|got|want|wants|told me|tell me|tells me|telling me) to )\b(?:cut|cuts|burnt|burned|burn|hurt|scratched|bit|bruised) (?:${SELF}|my (?:${W} )?${W}) (?:shaving|on (?:the|a|an|some|my) (?!${BODY_PART}|thighs?|stomach|skin|tummy|belly)|chopping|cooking|falling|playing|at (?:the gym|football|rugby|netball|gymnastics|training)|lifting|by accident|accidentally|when i fell|running|ironing|laughing)\b(?![a-z0-9 ]{0,60}\b(?:on purpose|deliberately|to punish myself|to feel (?:something|better|it)|because i (?:wanted to|deserve|hate myself)))`,
  rxAll`\bcut(?:ting)? ${SELF} (?:some slack|off|a break|a slice|a piece)\b`,
  rxAll`\bstarv(?:e|es|ing|ed) ${SELF} of (?!food|meals|calories)`,
  // idioms with harm verbs; "not joking" is the opposite of a joke marker
  rxAll`\b(?:not|no|never) (?:even )?(?:joking|kidding|joke)\b`,
  rxAll`\bhurt (?:my|his|her|their|your|our|someones) feelings\b`,
  rxAll`\bshoot (?:me|him|her|them|you|us) (?:a|an) (?:${W} )?(?:text|message|email|e mail|line|dm|msg|note|call|link)\b`,
  rxAll`\bhit (?:me|him|her|them|you|us) up\b`,
  // skin care and pets: "I scratch my legs when my eczema flares", "cut my legs when I shave", "my cat scratches my arms"
  rxAll`\b(?:cut|cuts|cutting|nick\w*|scratch\w*|pick\w*|razors?|blades?) ${gap(6)}(?:shave|shaving|shaved|eczema|itch\w*|rash|hives|psoriasis|mosquito|chickenpox|sunburn\w*|spots|scabs|splinter|ingrown)\b`,
  rxAll`\b(?:eczema|itchy|itching|rash|psoriasis|hives|mosquito bites|chickenpox) ${gap(6)}(?:scratch\w*|pick\w*)(?: (?:at )?my ${W})?`,
  rxAll`\b(?:cat|cats|kitten|kittens|dog|dogs|puppy|puppies|hamster|rabbit|parrot|ferret) ${gap(3)}(?:scratch\w*|bit|bites|biting|bitten|nips?|nipped)\b`,
  // play fights: "my little brother hits me with his pillow"
  rxAll`\b(?:hits?|hitting|whacks?|whacked|thumps?|thumped|kicks?|kicked) (?:me|us|him|her) with (?:a|his|her|their|the|my) (?:pillows?|cushions?|ball|toy|snowballs?|nerf gun|water pistol|balloon|sock|teddy)\b`,
  rxAll`\bstab(?:bed|bing|s)? (?:me|him|her|them|you|us|my ${W}) in the back\b`,
  rxAll`\b(?:have|had|take|took) a stab at\b`,
  rxAll`\bbeat(?:s|en)? (?:me|him|her|them|you|us|everyone|my (?:${W} )?${W}) (?:at|in) ${gap(1)}(?:game|games|chess|scrabble|cards|pool|darts|tennis|football|golf|race|quiz|monopoly|board games?|fifa|poker|snooker|running|arm wrestling|mario kart|uno|squash|badminton|bowling|cluedo|draughts|sudoku|wordle)\b|\bbeat (?:me|him|her|them|you|us) to it\b`,
  rxAll`\btouch(?:ed|es|ing)? me (?:on|upon) (?:the|my) (?:shoulder|arm|hand|back)\b`,
  rxAll`\bkill me if i (?:fail|forget|am late|miss|lose|break|crash|spend|get (?:a|another|bad|low|fat))\b`,
  rxAll`\b(?:mum|dad|mother|father|parents|nan|gran|grandma|teacher|boss|coach|sister|brother) would kill me if (?:(?:she|he|they) (?:found out|knew|saw|heard)|i told (?:her|him|them) (?:i|that|about|what))\b`,
  // returning medicines: "I took a box of tablets back to the pharmacy"
  rxAll`\b(?:took|taken|take|taking|brought|bring|returned|return) (?:${W} ){0,3}?(?:box|boxes|packet|packets|bottle|bottles|pack|packs|bag) of (?:${W} ){0,2}?${SUBSTANCE} (?:back|to the (?:pharmacy|chemist|doctors?|gp|hospital|surgery))\b`,
  rxAll`\boverdos(?:e|ed|es|ing) on (?:${W} )?(?:chocolate|coffee|caffeine|sugar|sweets|cake|crisps|tv|telly|netflix|carbs|cheese|christmas|love|cuteness|sunshine|sun|fun|nostalgia|work|exercise|podcasts|memes|tiktok|football|reality tv)\b`,
  // negations: "I'm not suicidal", "I would never hurt myself", "he has never hit me"
  rxAll`\b(?:not|never|no longer) (?:(?:been|ever|really|actually|feeling|feel|felt|am|was|were|be|currently|remotely|even|at all) ){0,2}(?:suicidal|self harm(?:ing|ed)?|anorexic|bulimic)\b`,
  rxAll`\b(?:would not|will not|could not|never|not|do not|does not) (?:ever |even |really )?(?:want to |going to )?(?:hurt|harm|kill|hit|touch) (?:a fly|anyone|anybody|someone|somebody|myself|a soul|my (?:${W} )?(?:kids|children|baby|son|daughter|partner|wife|husband))\b`,
  rxAll`\b(?:do not|does not|never|not) (?:have|had|got) (?:an |any )?(?:eating disorder|anorexia|bulimia)\b`,
  rxAll`\b(?:do not|never) (?:really )?want to die\b`,
  rxAll`\b(?:never|not|has not|have not|did not|does not|would not) (?:ever )?(?:hit|hurt|touched|abused|beat|beaten|harmed) (?:me|us|the kids|my (?:${W} )?(?:kids|children))\b`,
  // talk about a topic, not a disclosure: "a documentary about eating disorders", "suicide prevention course"
  rxAll`\b(?:documentary|film|movie|scene|programme|program|show|series|episode|book|novel|article|podcast|course|training|lecture|talk|lesson|class|leaflet|campaign|charity|module|workshop|research|essay|dissertation|study|story|song|play|storyline) (?:${W} )?(?:about|on|for|around|into|regarding|covering) ${gapWithoutI(5)}${TOPIC_WORD}\b`,
  rxAll`\b${TOPIC_WORD} (?:prevention|awareness|training|course|charity|support worker|worker|workers|statistics|research|helpline|hotline|services?|team|nurse|counsellor|specialist|module|campaign|officer|clinic|ward)\b`,
  rxAll`\b(?:substance|drug|drugs|alcohol|solvent) abuse\b`,
  rxAll`\babus(?:e|ed|es|ing) (?:drugs|alcohol|substances|the system|his power|her power|their power|my position)\b`,
];

/** "lol", "jk": marks hyperbole such as "I'm gonna kill my sister, she took my charger lol". */
export const jokeMarker: RegExp = /\b(?:lol|lols|lmao|lmfao|haha\w*|hehe\w*|jk|joking|kidding|rofl)\b/;

/** Anywhere in a message that already has a risk signal, these make it urgent. */
export const urgentCues: readonly RegExp[] = [
  rx`\b(?:tonight|right now|as we speak|this evening|in a minute|in a few minutes|about to)\b`,
  rx`\b(?:going to|will|ill|decided to|ready to|about to) ${gap(2)}(?:kill|end|jump|hang|overdose|take|stab|shoot|drown|do it|batter|attack|hurt)\b`,
];

const suicideAndSelfHarm: readonly RiskPattern[] = [
  concern(rx`\bsuicid(?:e|al|ality)\b`),
  concern(rx`\b(?:kill|killing|killed|kills|hang|hanging|hanged|drown|drowning|shoot|shooting|suffocate|suffocating|strangle|strangling|gas|gassing|electrocute|electrocuting|stab|stabbing|end|ending) ${SELF}\b`),
  concern(rx`\bself (?:harm|harming|harmed|harms|injury|injuring|injure|injured|mutilation)\b`),
  concern(rx`\b(?:cutting|burning|hurting|harming|scratching|hitting|punching|bruising|carving|slashing|stabbing|biting) (?:${SELF}|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|body|hips?))\b`),
  concern(rx`\b(?:cut|cuts|burn|burns|burnt|burned|hurt|hurts|harm|harms|harmed|hit|hits|punch|punches|punched|scratch|scratches|scratched|bite|bites|bruise) ${SELF}\b`),
  concern(rx`\b(?:cutting|cut) again\b|\bbeen cutting\b(?! (?:down|back|out|up|the|my hair|hair|grass|costs|carbs|sugar|ties|corners|off|in|through|class|school|lessons|my portions|portions|my food|my hours|hours|my spending|spending)\b)`),
  concern(rx`\b(?:slit|slitting|cut|cutting|slash|slashing) (?:my|his|her) (?:wrists?|throat)\b`),
  concern(rx`\b(?:cut|burnt|burned|burn|slashed|scratched|carved) (?:my|her|his) (?:arms?|legs?|wrists?|thighs?|stomach|hips?|skin)\b`),
  concern(rx`\b(?:till|until|so) (?:it|i|they) (?:bleeds?|bled)\b|\bmake ${SELF} bleed\b`),
  concern(rx`\b(?:stash|stashed|hidden|hide|hiding|hid|keep|keeping|collecting|saved) ${gap(3)}(?:razors?|razor blades?|blades)\b|\b(?:razors?|razor blades?|blades) ${gap(3)}(?:for when|to cut|hidden)\b`),
  // wanting to be dead
  concern(rx`\b(?:want|wants|wanted|wanting|need|needs|deserve|deserves|wish|wishing|hope|hoping|like|longing|ready|trying|tried) to (?:just )?(?:die|be dead|not be alive|not be here|not exist|stop existing|not wake up|kill ${SELF}|end (?:it all|my life|everything|my own life))\b`),
  concern(rx`\bwish (?:that )?i (?:was|were|could be) dead\b|\bwish i (?:was not|were not|could just not|could not|did not) (?:here|alive|around|exist|born)\b|\bnever been born\b`),
  concern(rx`\b(?:could|can|to) (?:just )?(?:not exist|stop existing|disappear forever)\b|\bstop existing\b|\bnot exist anymore\b`),
  concern(rx`\bbetter off dead\b|\b(?:better|happier) off without me\b|\b(?:better|happier|easier) ${gap(3)}if i (?:just |only )?(?:was|were) (?:not (?:here|around|alive)|gone|dead)\b`),
  concern(rx`\b(?:care|bothered|matter|notice|mind) (?:if|whether) i (?:live or die|lived or died|died|was dead|was gone|was not here|disappeared)\b|\bgiv(?:e|ing) up on (?:life|living|being alive)\b`),
  concern(rx`\b(?:bath|bathtub)\b ${gap(6)}(?:razor|razor blade|blade|knife)\b|\b(?:razor|razor blade|blade|knife) ${gap(6)}bath\b`),
  urgent(rx`\b(?:writing|wrote|written|write|leaving|left) (?:a |some )?(?:letters?|notes?) (?:to|for) (?:my |each of my |all my )?(?:family|kids|children|parents|mum|dad|partner|husband|wife|friends|everyone|loved ones) ${gap(2)}(?:explain why|to explain|saying goodbye|to say goodbye|saying sorry|for after|for when i am gone|in case)\b`),
  concern(rx`\bno way out\b(?! of (?:the|this|my) (?:contract|lease|deal|maze|car park|building|queue|traffic)\b)|\b(?:except|other than|apart from|but) (?:dying|death|to die|killing myself|suicide)\b`),
  concern(rx`\bwhy (?:am i|am i even|is i) still (?:alive|here)\b|\bwhy (?:do|should) i (?:even )?(?:bother )?(?:living|stay alive|keep going)\b`),
  concern(rx`\b(?:i am|i feel like|feel like|i feel) (?:such |just |only |nothing but |a )*burden\b(?= *$| (?:to|on|for) (?:everyone|everybody|them|people|my (?:${W} )?(?:family|kids|children|partner|friends|mum|dad|husband|wife|parents))\b| (?:and|so|because|i|my)\b)|\bdeserve better than me\b`),
  concern(rx`\b(?:nobody|no one) (?:would|will|is going to) (?:even |really )?miss me\b(?! (?:at|from|in|on|for|when i (?:leave|left|go))\b)`),
  concern(rx`\b(?:nobody|no one) (?:would|will|is going to) (?:even |really )?(?:care|notice|mind)\b(?= *$| if i (?:was|were|am|died|disappeared|killed|did not|just disappeared|left for good))`),
  concern(rx`\bpoint (?:in |of )?(?:me )?(?:living|being alive|being here|existing|life|going on|carrying on|staying alive|trying anymore|anything anymore|anything|in going on)\b(?! (?:about|holiday|insurance|with (?:the|this|it)|at|to the|the|a|an|that|this)\b)`),
  concern(rx`\b(?:can not|could not|not able to|unable to) (?:go|carry) on\b(?! (?:holiday|holidays|the|a|an|my|that|this|about|with|to|at|for|trips?|tour|stage|air|line|social|facebook|insta|instagram|tiktok|twitter|snapchat|it|them|there|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|time|leave)\b)`),
  concern(rx`\bcan not keep going\b(?! (?:to|with|out|back|on about)\b)|\bcan not (?:keep|carry on|go on) living\b(?! (?:in|with|at|here|there|on)\b)`),
  concern(rx`\b(?:do not|does not|not|never) (?:really )?want to (?:live|be alive|be here|exist|wake up|go on|carry on|keep going|keep living)\b(?! (?:in|with|near|at|on|there|like that|by|without|somewhere|abroad|together|alone|here|early|late|before)\b)`),
  concern(rx`\b(?:sleep|asleep) and (?:never|not|not ever|did not|do not|would not|will not) wake(?: up)?\b|\b(?:hope|hoping|wish|want|pray|praying|rather) ${gap(3)}(?:never|not|do not|will not) wake up\b(?! (?:early|late|on time|in time|too|at|before|with|for work|the)\b)`),
  concern(rx`\b(?:want|wants|wanting|going|ready|about|planning|plan|decided|deciding|trying|tried|try|need|needs|tempted|think|thinking|thought|thoughts|how|way|ways|like) (?:to |about |of |on )?(?:just )?(?:end|ending) (?:it all|it|things|everything|my life|my own life|this life|${SELF})\b(?! (?:with|between|for|on|at|early|here|by|there|off|properly|nicely|politely|amicably)\b)`),
  concern(rx`\bend(?:ing)? it all\b|\bwant (?:it all|everything|it|all this|all of this|my life) to (?:end|stop|be over)\b(?! (?:at|by|soon|early|so|on)\b)|\bwant (?:it|it all|everything|this|my life) (?:to be )?over\b(?! (?:with|and done|quickly|soon)\b)`),
  concern(rx`\b(?:want|wish|wanting|going|ready|need) to (?:go to )?sleep (?:forever|for good|permanently)\b|\bknock ${SELF} out for good\b`),
  concern(rx`\b(?:pain|it|everything|this|the hurt) (?:to )?(?:stop|end) (?:forever|for good|permanently)\b|\bbleed(?:ing)? out\b|\brather (?:be dead|die|not be alive|not exist|not wake up)\b`),
  concern(rx`\bcan not be bothered (?:to )?(?:live|living|being alive|existing|exist)\b|\b(?:my )?life is (?:pointless|meaningless|not worth (?:it|living))\b(?! without\b)|\bi (?:just )?want out\b(?= *$| of (?:life|everything|this life|this world)\b)`),
  concern(rx`\b(?:not|do not see myself|can not see myself|doubt i will|do not think i will|do not think ill) ${gap(2)}(?:be|being) (?:here|around|alive) (?:much longer|for much longer|for long|this time next (?:week|month|year))\b`),
  concern(rx`\b(?:going to|want to|will|ill|about to|thinking about|thinking of|planning to) (?:just )?(?:walk|walking|swim|swimming|wade|wading) (?:out )?(?:into (?:the )?(?:sea|river|canal|lake|ocean|waves|water)|out to sea)\b`),
  concern(rx`\b(?:do not think|not sure|doubt) (?:i will|ill|i am going to) (?:be|still be) (?:here|around|alive)\b(?! (?:for (?:the|a|group|session|class|meeting)|at)\b)`),
  concern(rx`\b(?:end|ending|ended|take|taking|took) (?:my|my own|his own|her own|their own) life\b(?! (?:back|in|into|seriously)\b)`),
  concern(rx`\b(?:done|finished) with (?:life|living|being alive|it all|existing)\b|\b(?:tired|sick|exhausted|weary) of (?:being alive|living|life|existing|being here)\b(?! (?:in|with|at|near|on|here|there)\b)`),
  concern(rx`\b(?:do not|not) deserve to (?:live|be alive|be here|exist)\b|\bno (?:reason|reasons|point) (?:for me )?(?:to|for) (?:live|living|stay alive|be alive|keep going|keep living|go on|be here|staying alive)\b|\bnothing (?:left )?(?:to live for|worth living for)\b|\bnot worth living\b|\blife is not worth it\b`),
  concern(rx`\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|obsessed) (?:about|of) (?:dying|death|being dead|my (?:own )?death|my (?:own )?funeral|not being (?:here|alive|around)|killing ${SELF}|ending it|ending my life|suicide|jumping|hanging ${SELF}|taking my (?:own )?life)\b`),
  concern(rx`\b(?:ways?|methods?|how) to (?:die|kill ${SELF}|end (?:my|your) life|commit suicide)\b|\bpainless (?:way|ways|death|method|methods|suicide)\b`),
  // plans, preparations and means at hand
  urgent(rx`\b(?:planning|planned|plan|worked out|decided|figured out|thinking about|thought about) (?:how|when|where) (?:i will |ill |i would |i am going to |i can |to )?do it\b(?! (?:up|again|better|properly|right|for|with|myself|yourself|on|at|in)\b)`),
  urgent(rx`\b(?:how|when|where) (?:i will|ill|i would|i am going to) do it\b|\bfor when i do it\b`),
  urgent(rx`\b(?:have|got|bought|buy|buying|get|getting|found|tied|ready|made) (?:a |the |some )?(?:rope|noose|ligature)\b(?! (?:swing|ladder|bridge|course|light|lights|for the|to tie)\b)|\bnoose\b|\brope (?:is )?ready\b`),
  // a farewell note; not a sign-off ("my last message tonight, off to bed") or a leaving card
  urgent(rx`\b(?:suicide|goodbye|good bye|last|final|farewell) (?:notes?|letters?|messages?|videos?)\b(?! (?:from me )?(?:tonight|today|for (?:today|tonight|now))(?= *$| (?:night|nite|bye|x+|thanks|thank|off|see|speak|talk|love|all)\b))(?! ${gap(8)}(?:bed|holiday|holidays|night night|goodnight|good night|see you|speak soon|talk soon|speak tomorrow|talk tomorrow|back (?:in|on|next|soon|tomorrow|after)|before (?:i|we) (?:go (?:on|to|away|out)|head|log off)|of the (?:day|night|evening)|for (?:today|now|a while|the day|the night)|off to|thanks for the chat|leaving|retirement|colleagues?)\b)`),
  urgent(rx`\bsaid (?:all )?my goodbyes\b(?! (?:at|to the|before|and left|and went)\b)|\bgiven away (?:all )?my (?:things|stuff|belongings|possessions|pets)\b`),
  urgent(rx`\bdecided (?:that )?(?:tonight|today) is the (?:night|day)\b`),
  urgent(rx`\b(?:standing|stood|sitting|sat|am|i am) (?:on|at) (?:the )?(?:edge of (?:the |a )?)?(?:bridge|roof|rooftop|ledge|cliff|cliff edge|railway line|train tracks|tracks)\b`),
  concern(rx`\b(?:jump(?:ing|ed)?|throw(?:ing)? ${SELF}|threw ${SELF}) (?:off|from|in front of|under|out of|onto) ${gap(3)}(?:bridge|building|roof|rooftop|cliff|train|tube|bus|lorry|car park|multi storey|balcony|window|tower|motorway|flats|block|tracks|overpass|ledge)\b|\bjump(?:ing)? (?:in|into) (?:the )?(?:river|canal|thames|forth|clyde|mersey|reservoir|quarry)\b`),
  urgent(rx`\b(?:going to|about to|want to|will|ill|can|could|ready to|decided to) jump\b(?= *$| (?:tonight|now|right now|today|soon|off|from)\b)`),
  concern(rx`\b(?:step|stepping|stepped|walk|walking|jump|jumping|throw ${SELF}|throwing ${SELF}|lie|lying|lay|run|running|drive|driving) (?:out )?in front of (?:a|the|an) (?:${W} )?(?:train|bus|lorry|truck|car|tube|van|coach|tram)\b`),
  urgent(rx`\bengine running in (?:the|a|my) garage\b|\bin the (?:car|garage) with the engine (?:running|on)\b|\bhose(?:pipe)? (?:from|to|on) the exhaust\b`),
  urgent(rx`\bwriting (?:my|a) (?:last |final )?(?:note|letter)\b(?= *$| (?:and|now|for everyone|to everyone|to my family)\b)`),
  concern(rx`\b(?:drive|driving|drove|steer|steering) (?:my car |the car )?(?:into|off) (?:a|the) (?:wall|tree|lorry|truck|bridge|cliff|river|motorway|oncoming)\b`),
];

/** "a whole box of", "like 15 of my mums", "all my": the words that may sit around a quantity. */
const LEAD = '(?:(?:a|an|the|like|about|around|over|maybe|nearly|almost|roughly|just|at least|another|half|literally|basically|my|her|his|their) ){0,3}';
const QUANTITY =
  '(?:too many|too much|all|everything|loads|load|lots|handful|handfuls|box|boxes|bottle|bottles|packet|packets|pack|packs|' +
  'strip|strips|tub|whole|entire|double|triple|[1-9][0-9]+|[2-9] (?:boxes|packets|packs|bottles|strips)|twenty|thirty|forty|fifty|' +
  'sixty|hundred|dozen|bunch|heaps|the lot|more and more)';
const FILLER =
  '(?:(?:of|my|the|a|an|her|his|their|your|those|these|mums|nans|dads|mates|friends|sisters|brothers|partners|whole|entire|' +
  'box|boxes|packet|packets|pack|packs|strip|strips|bottle|bottles|tub|sleeping|extra|prescribed|[0-9]+|mg|remaining|own|other|' +
  'left|at once|in one go) ){0,4}';

const overdose: readonly RiskPattern[] = [
  urgent(rx`\b(?:took|taken|swallowed|necked|popped|had|downed|eaten|ate|injected|mixed|crushed) ${LEAD}${QUANTITY} ${FILLER}(?:${W} )?${SUBSTANCE}\b|\b(?:took|taken|swallowed|necked|had) the lot\b`),
  concern(rx`\b(?:take|taking|swallow|swallowing|neck|pop|popping|inject|injecting|mix|mixing|crush|crushing) ${LEAD}${QUANTITY} ${FILLER}(?:${W} )?${SUBSTANCE}\b`),
  concern(rx`\b(?:take|taking|took|taken|swallow|swallowed|neck|necked) (?:every|all the|all of the) (?:single )?${SUBSTANCE} (?:in|i have|i can find|we have|i own|i have got|left)\b`),
  urgent(rx`\b(?:took|taken|swallowed|necked) (?:everything|all|whatever|anything) (?:in|from) (?:the|my|our) (?:medicine (?:cabinet|cupboard|box)|bathroom cabinet|first aid (?:box|kit))\b`),
  concern(rx`\b(?:take|taking|swallow|swallowing|neck|eat) (?:everything|all|whatever|anything) (?:in|from) (?:the|my|our) (?:medicine (?:cabinet|cupboard|box)|bathroom cabinet|first aid (?:box|kit))\b`),
  concern(rx`\b${SUBSTANCE} ${gap(3)}(?:to knock ${SELF} out|to not wake up|so i (?:do not|never|will not) wake up|to end it|to die)\b|\b${SUBSTANCE} (?:lined up|counted out|laid out)\b`),
  concern(rx`\boverdos(?:e|es|ing)\b`),
  urgent(rx`\boverdosed\b|\b(?:taken|took|had|done) (?:an|a massive|a big) overdose\b`),
  urgent(rx`\b(?:drank|drunk|swallowed|had|taken|took|ate|eaten|necked) ${gap(3)}${POISON}\b|\bpoisoned ${SELF}\b`),
  concern(rx`\b(?:drink|drinking|swallow|swallowing|take|taking|eat|eating|neck) ${gap(3)}${POISON}\b|\bpoison(?:ing)? ${SELF}\b`),
  concern(rx`\b(?:hoard|hoarding|hoarded|stockpile|stockpiling|stockpiled|saving up|saved up|save up|stash|stashing|stashed|storing up|stored up) ${gap(3)}${SUBSTANCE}\b|\b${SUBSTANCE} (?:saved|stashed|stockpiled|hoarded|stored) up\b`),
  concern(rx`\b(?:lethal|fatal|deadly|toxic|overdose) (?:dose|amount|quantity|level)\b|\bhow (?:many|much) ${gap(4)}(?:to die|would kill|will kill|to kill me|kill me|does it take to (?:die|kill)|to overdose|is fatal|is lethal)\b`),
];

const harmToOthers: readonly RiskPattern[] = [
  hyperbole(rx`\b${STRONG_INTENT} ${gap(4)}(?:kill|murder|strangle|throttle) ${OTHERS}\b`),
  concern(rx`\b${INTENT} ${gap(4)}${HARM_VERB} ${OTHERS}\b`),
  concern(rx`\b(?:kill|murder|hurt|stab|batter|attack|get|sort) (?:him|her|them|${OTHERS}) ${gap(12)}(?:got|have|has|grabbed|holding|bought) (?:a |my |the |his |her )?${WEAPON}\b|\b(?:got|have|has|grabbed|holding|bought) (?:a |my |the )?${WEAPON} ${gap(12)}(?:kill|murder|hurt|stab|batter|attack|use it on) (?:him|her|them|${OTHERS})\b`),
  concern(rx`\b(?:want|wanna|love|like|going|wish|hope) to (?:see|watch) (?:him|her|them|${OTHERS}) (?:bleed|suffer|die|hurt|in pain|dead)\b`),
  concern(rx`\bpush(?:ing)? ${OTHERS} (?:onto|under|in front of|off|down the stairs|into the (?:road|river|canal))\b`),
  concern(rx`\b(?:thoughts?|thinking|thought|urges?|imagining|imagine|imagined|fantasi[sz]ing|fantasi[sz]e|dreams?|dreaming|feel like|feeling like|keep|kept|scared of|afraid of|obsessed with) (?:about |of )?(?:${W} )?${HARMING} ${OTHERS}\b`),
  concern(rx`\bi ${gap(5)}(?:hit|punched|slapped|kicked|beat|battered|shook|shaken|strangled|choked|stabbed|smacked|hurt|attacked|burned|burnt) (?:my (?:${W} )?(?:wife|husband|partner|girlfriend|boyfriend|kid|kids|children|child|son|daughter|baby|mum|mother|dad|father|ex|nan|gran|carer)|the (?:baby|kids|kid|child|children)|her|him)\b`),
  concern(rx`\bmake (?:him|her|them|people|everyone|${OTHERS}) (?:suffer|bleed)\b`),
  concern(rx`\b(?:smash|kick|cave|punch|bash) (?:his|her|their|your|someones) (?:face|head|teeth) in\b|\b(?:beat|batter|kick) ${gap(2)}(?:to death|black and blue|to a pulp|senseless|unconscious)\b|\brun (?:him|her|them|my ${W}) over\b`),
  concern(rx`\b(?:burn|burning|burnt|set fire to|torch|torching) (?:their|his|her|my neighbours|next doors|my exs) (?:house|flat|car|home|place)\b|\bset (?:their|his|her|my neighbours|next doors|my exs) (?:${W} )?(?:car|house|flat|home|place|door|shed) (?:on fire|alight|ablaze)\b`),
  concern(rx`\b(?:threatened|threaten|threatening|went for|attacked|chased) ${OTHERS} with (?:a |my |the |his |her )?${WEAPON}\b`),
  urgent(rx`\b(?:bring|bringing|brought|take|taking|took|carry|carrying|carried) (?:a |my |the )?(?:knife|blade|gun|weapon|machete|hammer|bat) (?:to|into) (?:school|college|work|uni|class|the party|town|his|her|their)\b`),
  urgent(rx`\b(?:knife|blade|gun|weapon|machete|bat|hammer|axe) and (?:i am |i will |ill )?(?:going to |gonna )?(?:use it|get him|get her|sort him|sort her|go round|find him|find her|stab|kill|hurt)\b`),
];

const abuseAndSafeguarding: readonly RiskPattern[] = [
  concern(rx`\b${ABUSER} ${gap(4)}${VIOLENCE} ${VICTIM}\b`),
  concern(rx`\b${ABUSER} ${gap(2)}(?:slammed|slams|smashed|smashes|banged|bangs|threw|throws|pushed|pushes|shoved|dragged|drags) (?:me|my head|my face) (?:into|against|down|across|on|onto|off|by)\b`),
  concern(rx`\b(?:scared|afraid|terrified|frightened) (?:that )?(?:he|she|they|my ${W}) (?:will|would|is going to|might|ill) (?:${W} )?(?:kill|hurt|hit|beat|batter) me\b`),
  concern(rx`\b(?:records|recorded|recording|films|filmed|filming|photographs|photographed) me (?:in the (?:shower|bath|bathroom|toilet)|getting (?:changed|undressed)|naked|undressed|without my (?:consent|permission|knowing)|having sex|while i sleep)\b`),
  concern(rx`\b(?:man|men|guy|adult|bloke|neighbour|stranger|older ${W}) ${gap(4)}(?:messaging|messages|texting|texts|contacting|following|watching|photographing|filming) my (?:${W} )?(?:[0-9]|1[0-5]|child|kid|son|daughter|little)\b`),
  concern(rx`\b(?:does not|do not|will not|never) (?:feed|wash|change|clean) (?:me|us|the kids|the children|the baby|my (?:${W} )?(?:kids|children|child|son|daughter|baby|mum|dad))\b|\bleaves? (?:me|us|the kids|the baby) (?:in bed all day|without food|hungry|in (?:my|our|their) own mess|locked in)\b`),
  concern(rx`\b${ABUSER} ${gap(2)}(?:pinned|pins|pinning|held|holds|holding) me down\b|\b(?:makes|made|making) me (?:sit on (?:his|her) (?:lap|knee)|kiss (?:him|her)|sleep in (?:his|her) bed|get in (?:his|her) bed|undress|take (?:my )?clothes off|keep (?:it a )?secrets?)\b`),
  concern(rx`\bso i (?:can not|could not|am not able to) (?:go anywhere|leave|get out|go out|see anyone|call anyone|contact anyone|get help)\b`),
  concern(rx`\b${ABUSER} ${gap(2)}(?:broke|broken|fractured|cracked|bruised) my (?:arms?|nose|ribs?|jaw|wrist|fingers?|legs?|collarbone|cheekbone|eye socket|teeth)\b`),
  concern(rx`\b(?:he|my (?:${W} )?(?:dad|father|uncle|brother|cousin|grandad|grandpa)|mums (?:${W} )?(?:boyfriend|partner|husband)|(?:a|this) (?:man|guy|lad|bloke)) ${gap(2)}(?:comes|came|coming|creeps|creeping|crept|gets|getting|walks|walking) (?:in|into|in to) (?:the|my) (?:room|bed|bedroom|bathroom|shower)\b ${gap(2)}(?:at night|when i|while i|when mum|and)\b`),
  concern(rx`\b(?:do not|did not) like (?:what|how) (?:he|she|they) (?:does|did|touches|makes me)\b|\b(?:says|said|told me|tells me|wants me|asked me|asks me) (?:not to|to not|never to) tell\b|\b(?:wants|want|asked|asks|told|tells) me to ${gap(4)}(?:and )?(?:not|never) tell (?:my )?(?:parents|mum|dad|anyone|anybody|teacher)\b|\bour (?:little )?secret\b`),
  concern(rx`\bnot allowed to (?:see|leave|talk to|speak to|contact|have) (?:my )?(?:family|friends|mum|dad|anyone|the house|my own money|money|a phone)\b|\b(?:will not|does not|never) (?:let|allow) me (?:go )?out (?:without|on my own|alone|of his sight)\b`),
  concern(rx`\b(?:i (?:get|got|am|was|have been|keep getting)|getting|being|been) (?:${W} )?(?:hit|beaten|battered|punched|kicked|slapped|strangled|choked|abused|raped|molested|assaulted|attacked|hurt|touched|groomed|stalked|threatened) ${gap(2)}(?:by (?:my|him|her|them|his|a man|an older|someone|somebody|people|he|she)|at home|every day|all the time|at night)\b`),
  concern(rx`\b(?:raped|rape|raping|rapes|sexually (?:assaulted|abused|abusing|assaulting|harassed)|sexual (?:assault|abuse)|molest(?:ed|ing|s)?|groped|groping|grooming|groomed|indecently)\b`),
  concern(rx`\b(?:abused|abusing|abusive)\b|\b(?:sexual|physical|emotional|domestic|child|psychological|financial) abuse\b|\bdomestic violence\b`),
  concern(rx`\b(?:touch|touches|touched|touching) (?:me|my (?:${W} )?(?:child|kids?|son|daughter|baby|sister|brother|privates|private parts|body|chest|boobs|bum|breasts))\b(?= *$| (?:inappropriately|down there|when|where|at night|in (?:my|the) (?:bed|room|bedroom|bath|shower|night)|and|but|under|while|if|sexually|every|all)\b)|\b(?:touched|touches|touching|feeling|felt) me up\b`),
  concern(rx`\b(?:forced|forces|forcing|force|makes|made|making|pressured|pressures|pressuring) me (?:to )?(?:have sex|sleep with|do (?:sexual )?(?:things|stuff)|do sexual|touch (?:him|her|them|his|their)|watch porn|send (?:nudes|pics|photos|pictures)|perform)\b`),
  // coercive control
  concern(rx`\b(?:will not|does not|do not|never) (?:let|allow) me (?:to )?(?:leave|go anywhere|go outside|out of (?:the|my|his|her) (?:house|flat|home|room|sight)|see (?:my )?(?:friends|family|mum|dad|anyone|people|sister|brother)|talk to (?:my )?(?:friends|family|anyone|people)|speak to (?:my )?(?:friends|family|anyone|people)|contact (?:my )?(?:friends|family|anyone)|have (?:my own|any|a bank|access to|a phone|my phone|my passport|money|my money)|use (?:my|the|a) phone|get a job|see a doctor|go to the doctors?|see my gp|go to (?:the )?hospital|get help)\b`),
  concern(rx`\b${ABUSER} ${gap(2)}(?:checks|checking|goes through|reads|tracks|tracking|monitors|monitoring) my (?:phone|messages|texts|location|emails|bank|spending|every move)\b`),
  concern(rx`\b${ABUSER} ${gap(2)}(?:takes|took|taking|steals|stole|stealing|controls|keeps|kept|has taken) (?:all )?my (?:money|pension|benefits|wages|salary|bank card|cards|passport|phone|keys|documents)\b`),
  concern(rx`\bcontrols? (?:everything|all|what|who|where|how) (?:i|i am|about me)\b|\b${ABUSER} (?:is|was|can be|has been|gets|getting) (?:${W} )?(?:controlling|violent|abusive|aggressive)\b|\b(?:controlling|violent) (?:relationship|partner|husband|boyfriend|wife|girlfriend|ex|marriage|home)\b`),
  concern(rx`\block(?:s|ed|ing)? me (?:in|up|inside)\b|\b${ABUSER} ${gap(2)}(?:threw|throws|throwing|thrown) ${gap(3)}at me\b|\b(?:make|makes|made|making) me (?:work for (?:no|free|nothing)|work without pay|sleep (?:outside|on the floor))\b`),
  // threats, stalking, blackmail
  concern(rx`\bthreat(?:en|ens|ened|ening) (?:to )?(?:${W} )?(?:kill|hurt|harm|stab|beat|batter|hit|attack|rape|burn|shoot|share|post|leak|send|expose|take (?:my|the) (?:kids|children|baby|son|daughter)|throw me out)\b|\bthreat(?:en|ens|ened|ening) me\b`),
  concern(rx`\b(?:said|says|told me|tells me|keeps saying|texted|messaged|saying) (?:that )?(?:he|she|they) (?:will|would|is going to|are going to|was going to|ill) ${gap(3)}(?:kill|hurt|harm|stab|beat|batter|hit|attack|rape|shoot|burn|find) (?:me|us|my)\b|\b(?:kill|hurt|stab|hit|beat|batter) me if i\b|\b(?:he|she|they|my (?:${W} )?(?:partner|husband|wife|boyfriend|girlfriend|ex)) (?:would|will|is going to|going to) (?:${W} )?(?:kill|hurt|batter|beat) me if (?:he|she|they) (?:knew|found out|finds out|saw|sees|heard|hears)\b`),
  concern(rx`\b(?:tried|trying|try) to (?:kill|strangle|drown|stab|poison|suffocate) me\b`),
  concern(rx`\bstalk(?:ing|ed|s|er)\b|\b(?:someone|somebody|a man|a woman|he|she|they|my ex|a guy|this guy|people) ${gap(2)}(?:follows|following|followed) me\b`),
  concern(rx`\bblackmail\w*\b|\bsextort\w*\b|\b(?:share|sharing|post|posting|leak|leaking|send|sending|spread|spreading) (?:my )?(?:nudes|nude pics|nude photos|private (?:pics|photos|pictures|videos)|intimate (?:pics|photos|images))\b`),
  // children and young people
  concern(rx`\b(?:older (?:man|guy|lad|woman|bloke)|grown man|adult|stranger|man online|guy online|someone online|man i met online) ${gap(8)}(?:pics|photos|pictures|nudes|meet|send)\b`),
  concern(rx`\bi am (?:1[0-5]|[4-9]|twelve|thirteen|fourteen|fifteen)\b ${gap(8)}(?:is|he is|she is|they are) (?:1[89]|[2-9][0-9])\b`),
  concern(rx`\bforc(?:ed|ing|e|es) (?:me )?(?:to|into) marr(?:y|iage)\b|\bforced marriage\b`),
  concern(rx`\b(?:mum|dad|parents?|mother|father|she|he|they) (?:has not|have not|had not) been (?:home|back) ${gap(2)}(?:for|in) (?:${W} )?(?:days|nights|weeks|a week|ages)\b|\b(?:kids|children|child|baby|toddler|little ones|kid) ${gap(4)}(?:left|are left|is left|being left) (?:on (?:their|his|her) own|alone|home alone|unsupervised|by themselves)\b`),
  concern(rx`\bneglect(?:ed|ing|s)? (?:me|us|the kids|the children|the baby|my (?:${W} )?(?:kids|children|child|son|daughter|baby))\b|\b(?:is|are|am|was|were|being|been) neglected\b`),
  // fear of someone at home
  concern(rx`\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be) (?:back )?home\b|\b(?:scared|afraid|terrified|frightened) (?:of|to go back to|to leave) my (?:${W} )?(?:husband|partner|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|brother|uncle|carer|son)\b|\b(?:do not|never|not) feel safe (?:at home|with (?:him|her|my)|in my (?:own )?(?:home|house))\b`),
];

const eatingDisorder: readonly RiskPattern[] = [
  concern(rx`\b(?:make|makes|making|made|force|forcing|forced) (?:myself|herself|himself|themselves) (?:be )?(?:sick|throw up|vomit|puke|purge)\b`),
  concern(rx`\b(?:throw|throwing|threw|thrown|bring|bringing|brought) (?:it|them|everything|food|my food|what i eat|meals|my meals|my dinner|my tea|all my food) (?:back )?up\b|\b(?:throw|throwing|threw|thrown|bring|bringing) up (?:my |all my |all of my |everything i |what i )?(?:food|meals?|dinner|tea|lunch|breakfast|eat|ate|have eaten)\b`),
  concern(rx`\b(?:binge|binging|bingeing|binged) ${gap(3)}(?:throw up|throwing up|threw up|purge|purging|sick|vomit|vomiting|starve|starving|fast|fasting|restrict|restricting)\b|\bbinge (?:eat|eating|eater)\b`),
  concern(rx`\b(?:sick|throw up|throwing up|threw up|vomit|vomiting|vomited|purge|purging) ${gap(6)}(?:on purpose|deliberately)\b|\b(?:have to|need to|must|got to) (?:be sick|throw up|vomit|purge) after (?:every |each )?(?:meal|meals|eating|i eat|food|dinner|tea)\b`),
  concern(rx`\bstarv(?:e|ing) (?:for|myself for) (?:days|a week|weeks)\b|\b(?:till|until) i (?:am|get|look|become) (?:thin|skinny|thinner|smaller|bony)\b`),
  concern(rx`\b(?:weight|losing weight|lost weight|thin|underweight|skinny) ${gap(6)}(?:still|always) (?:feel|look|am) (?:so |really |too )?(?:fat|huge|massive|gross|big)\b`),
  concern(rx`\b(?:eat|eating|have|having) (?:only |less than |under |no more than )(?:[1-9][0-9]{0,2}) (?:calories|cals|kcal|a day)\b`),
  concern(rx`\bpurg(?:e|es|ed|ing)\b(?! (?:my|the|our|your|his|her) (?:wardrobe|inbox|emails|email|files|cupboards|house|flat|clothes|stuff|room|phone|contacts|photos|camera roll)\b)`),
  concern(rx`\b(?:fingers?|toothbrush) down my throat\b`),
  concern(rx`\blaxatives?\b ${gap(4)}(?:lose weight|weight|thin|thinner|skinny|after (?:i eat|eating|every meal|meals|food|i have eaten|anything|i ate)|every day|everyday|get rid|so i)\b|\b(?:diet pills|abusing|abuse|loads of|lots of|handfuls of|boxes of|packets of|[1-9][0-9]*) (?:${W} )?laxatives?\b|\blaxatives? and diet pills\b`),
  concern(rx`\bstarv(?:e|es|ing|ed) (?:myself|herself|himself|themselves)\b`),
  concern(rx`\b(?:not eaten|not eating|not eat|not had (?:anything|food|a meal)|skip|skipping|skipped|stopped eating|stop eating|fast|fasting|fasted|restrict|restricting|barely eat|barely eating|barely eaten|only eating|only eat) ${gap(6)}(?:lose weight|losing weight|be (?:skinny|thin|thinner|smaller)|get (?:skinny|thin|thinner)|on purpose|deliberately|do not deserve|not deserve|want to be (?:skinny|thin|thinner))\b|\b(?:do not|not) deserve (?:to eat|food|to have food|a meal)\b`),
  concern(rx`\b(?:feel|feeling|am|look) (?:so |too |really )?(?:fat|huge|disgusting|gross|massive) ${gap(4)}(?:not eaten|not eat|not eating|can not eat|will not eat|stop eating|skip|throw up|be sick|purge)\b|\b(?:feel|feeling) (?:so )?(?:fat|disgusting|gross|huge) after (?:i eat|eating|every meal|meals|i have eaten|food)\b`),
  concern(rx`\b(?:only|under|less than|no more than|max|maximum|barely) (?:eat |eating |have |having |allow myself |let myself have )?(?:[1-9][0-9]{0,2}|one|two|three|four|five) ?(?:calories|cals|kcal|kcals)\b|\b[1-9][0-9]{0,2} ?(?:calories|cals|kcal) a day\b`),
  concern(rx`\b(?:anorexia|anorexic|bulimia|bulimic|eating disorders?|pro ana|pro mia|thinspo|thinspiration|bonespo|meanspo|arfid|ednos|osfed)\b|\bana (?:tips|buddy|coach)\b|\b(?:relaps\w*|recovery|recovering|struggling) (?:with|from) (?:my )?ed\b|\bmy ed (?:is|has|voice|thoughts|brain)\b`),
  concern(rx`\bchew(?:ing)? and spit(?:ting)?\b`),
  concern(rx`\b(?:eat|ate|eating|meals?|food|dinner|tea|lunch|binge) ${gap(6)}(?:get|got|getting) rid of (?:it|them|everything|the food|what i ate)\b`),
  concern(rx`\b(?:eating|food|meals?|restricting|starving|not eating) ${gap(6)}(?:feel|feels|makes me feel) (?:in control|like i have control|more in control)\b`),
  concern(rx`\b(?:stopped|stop|refuses to|refusing to|will not|not) eat(?:ing)?\b(?! (?:meat|dairy|sugar|gluten|bread|carbs|fish|pork|beef|chocolate|crisps|takeaways?|junk|sweets|veg|vegetables|fruit|out|late|after)\b) ${gap(6)}(?:fat|huge|too big|weight|skinny|thin|calories)\b`),
  concern(rx`\b(?:that is all|all) (?:i am |i )?(?:allowing|allow|letting|let) myself\b`),
  concern(rx`\b(?:have to|need to|must|got to|make myself) (?:run|exercise|work out|walk|go to the gym|do) ${gap(4)}after (?:every|each) (?:meal|thing i eat|snack)\b`),
  concern(rx`\b(?:pinch|pinching|pinched) my (?:fat|thighs|stomach|belly|waist|arms|rolls)\b|\b(?:ribs|hip ?bones?|collar ?bones?|spine) ${gap(3)}(?:showing|sticking out|visible|poke out|poking out)\b|\b(?:still not|never) (?:thin|skinny|small|light) enough\b`),
  concern(rx`\b(?:taking|take|took|using|use|on|bought|buying|started|order|ordered) ${gap(3)}(?:slimming|diet|weight loss|fat burning|appetite suppressant) (?:pills|tablets|capsules|teas?|gummies)\b`),
  concern(rx`\b(?:exercise|exercising|run|running|work out|working out|gym|walk|walking) ${gap(4)}(?:burn off|work off|burn) (?:everything|all|every calorie|every bit|anything)\b`),
  concern(rx`\bpunish(?:ing)? myself (?:for|by not|after) (?:eating|having eaten|food)\b`),
  concern(rx`\b(?:hide|hiding|hid|hidden) (?:my |the |all my )?food\b|\bhid(?:e|ing) (?:my )?(?:weight loss|not eating|how little i eat)\b`),
  concern(rx`\bweigh (?:myself|in) (?:[0-9]+|ten|loads of|lots of|twenty|several|so many) (?:times|x)\b`),
  concern(rx`\b(?:scared|afraid|terrified|frightened) (?:to eat|of eating|of food|of gaining weight|of putting on weight|of getting fat|of being fat|to put on weight|to gain weight)\b`),
  concern(rx`\b(?:lost|losing|lose) ${gap(5)}by (?:not eating|starving|skipping meals|purging|barely eating|making myself sick)\b`),
  concern(rx`\b(?:will not|do not|can not|not|never|barely) (?:let|allow) myself (?:to )?(?:eat|have (?:food|a meal|anything|more than))\b|\bonly (?:let|allow) myself (?:to )?(?:eat|have)\b(?! (?:one |a |two |1 |2 )?(?:glass|glasses|drink|drinks|pint|pints|cigarettes?|coffees?|cup|beers?|takeaways?|treat|cheat day|day off|lie in)\b)`),
];

/** Patterns per category; the keys are the categories of `RiskCategory` in risk-check.ts. */
export const riskPatternsByCategory = {
  suicide_self_harm: suicideAndSelfHarm,
  overdose,
  harm_to_others: harmToOthers,
  abuse_safeguarding: abuseAndSafeguarding,
  eating_disorder: eatingDisorder,
} as const;
