/**
 * Concepts for risks to the writer's own body: self-harm, overdose and eating disorders.
 *
 * Each signal is a concept, not a memorised sentence: lexicons of acts, tools, wounds, medicines,
 * quantities and bodily effects, combined within bounded windows (`gap(n)`), so wording never
 * seen before is still caught ("jabbing my leg with a needle till it bleeds", "swallowed about
 * 30 of my mirtazapine", "hair coming out and cold all the time, still won't eat more").
 *
 * Where they go (one-line edits elsewhere):
 * - `selfHarmConcepts`, `overdoseConcepts`, `eatingDisorderConcepts`: the broad net lists in
 *   broad-signals-self.ts, so the broad guards (films, news) apply; 'concern' unless marked
 *   urgent (an overdose taken or about to be) or uncertain ('check');
 * - `selfHarmLookalikeMasks`: the figure-of-speech masks in risk-patterns.ts, which blank everyday
 *   lookalikes (a cut finger while cooking, scratching midge bites), clear past with recovery
 *   ("used to self harm, 10 years clean now") and negations ("no thoughts of hurting myself").
 *
 * This file imports only regex-helpers.ts, so risk-patterns.ts can import it without a cycle.
 * All patterns run on the output of `normaliseText` (see normalise-text.ts).
 */

import { gap, rx, rxAll, W, type RiskPattern } from './regex-helpers';

const concept = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern });
/** A weak signal: on its own the person is asked directly whether they are safe. */
const uncertain = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, uncertain: true });
const urgent = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, urgent: true });

// ---------------------------------------------------------------------------------------------
// Lexicons
// ---------------------------------------------------------------------------------------------

const SELF = '(?:myself|herself|himself|themselves|themself)';
const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|couple of|several|[0-9]+)';
const SPAN = '(?:days?|weeks?|months?|years?|yrs?)';

/** The parts of the body people injure and hide; hands, face and head are kept apart (accidents, idioms). */
const HIDDEN_BODY =
  '(?:arms?|forearms?|upper arms?|wrists?|legs?|upper legs?|thighs?|inner thighs?|stomach|tummy|belly|hips?|chest|ankles?|' +
  'skin|sides?|ribs|breasts?|boobs|calves|shins?|body)';
const MY_BODY = `my (?:left |right |own |upper |inner |lower )?${HIDDEN_BODY}`;
const MY_ANY_BODY = `(?:the (?:backs?|tops?|insides?|sides?|fronts?|palms?|soles?) of )?my (?:left |right |own |upper |inner |lower )?(?:${HIDDEN_BODY}|hands?|palms?|knuckles|fingers?|face|head|feet|foot|neck|scalp|lips?)`;

/** Acts of injuring oneself (not "hurt" or "harm", which other patterns read, and which cover sprains). */
const INJURE =
  '(?:cut|cuts|cutting|slice|sliced|slicing|slash|slashed|slashing|carve|carved|carving|burn|burns|burnt|burned|burning|' +
  'scald|scalded|scalding|scratch|scratched|scratches|scratching|scrape|scraped|scraping|pick|picked|picking|dig|digging|' +
  'dug|jab|jabbed|jabbing|stab|stabbed|stabbing|punch|punched|punching|hit|hitting|bang|banged|banging|bash|bashed|bashing|' +
  'slam|slammed|slamming|smash|smashed|smashing|bite|biting|bit|bitten|pinch|pinched|pinching|rub|rubbed|rubbing|' +
  'bruise|bruised|bruising|prick|pricked|pricking|stick|sticking|poke|poked|poking|squeeze|squeezing|pull|pulling|rip|ripping|' +
  'stub|stubbed|stubbing|grate|grated|grating|gouge|gouged|gouging)';

/** Things used to injure oneself. */
const TOOL =
  '(?:blades?|razors?|razor blades?|sharpeners?|pencil sharpeners?|scissors|compass|knife|knives|stanley knife|craft knife|' +
  'scalpel|lighter|lighters|matches|cigarettes?|cigs?|fags?|hot tap|boiling water|kettle|iron|straighteners|hair straighteners|' +
  'needles?|pins?|safety pins?|drawing pins?|broken glass|glass|shards?|pieces|screwdriver|sandpaper|my nails|nails|' +
  'fingernails|ruler|elastic bands?|hair bobbles?|ice|tweezers|paperclips?|staples?|broken bottle|a bottle|wire|belt|' +
  'hot spoon|spoon|curling tongs|tongs|cheese grater|grater|hob|cooker|candle|hot water|hot wax|bread knife|kitchen knife|' +
  'stanley blade|pencil sharpener blade|sharpener blade|can lid|tin lid|rubber band|hair grip|pen knife|penknife)';

/** What is left behind: wounds, scars, marks. */
const WOUND = '(?:cuts|scars|wounds|burns|burn marks|blisters|gashes|slashes|scratches|marks|lines|scabs)';

/**
 * A sign that an injury was deliberate or repeated rather than an accident: purpose, frequency,
 * coping, bleeding, hiding, a cover story.
 */
const DELIBERATE =
  '(?:on purpose|deliberately|purposely|every (?:night|day|time|morning|evening)|(?:when|whenever|if) (?:i|i am|im|it|everything|things|the (?:bad )?(?:feelings?|thoughts|voices|urges?)) ' +
  '(?:can not|cant|get|gets|feel|am|is|are|come|comes|start|starts|overwhelm\\w*|panic\\w*|stressed|upset|angry|sad|low|anxious|numb|too much|bad)|' +
  'till|until|til|to (?:feel|cope|punish|calm|stop|numb|get through|make (?:it|the|myself|me))|so (?:i can|i could|i feel|that i|no one|nobody|noone)|' +
  'bleeds?|bled|bleeding|blood|blisters?|blistered|scars?|black and blue|the urges?|relief|release|the only (?:thing|way)|' +
  `i deserve|hate myself|punish\\w*|cope|coping|told (?:${W} ){0,2}it was|nobody (?:knows|notices|sees)|no one (?:knows|notices|sees)|` +
  'hide|hiding|hid|sleeves|deeper|deep|again and again|every single)';
/** Weaker signs, only read for the hidden parts of the body ("cutting my thighs again"). */
const REPEATED = '(?:again|every (?:night|day)|all the time|most nights|some nights|more and more|worse|more often)';

// ---------------------------------------------------------------------------------------------
// Self-harm (category suicide_self_harm)
// ---------------------------------------------------------------------------------------------

export const selfHarmConcepts: readonly RiskPattern[] = [
  // An act of injuring oneself with a sign that it was deliberate: "jabbing my leg with a needle till it bleeds".
  concept(
    'self-injury-deliberate',
    rx`\b${INJURE} (?:at |into |in to |in )?(?:${SELF}|${MY_ANY_BODY}) ${gap(10)}${DELIBERATE}\b|\b${INJURE} (?:at |into )?(?:${SELF}|${MY_BODY}) ${gap(6)}${REPEATED}\b`,
  ),
  // The same act with a tool: "burning my arm with a lighter", "been at them wi the blade again".
  concept(
    'self-injury-with-tool',
    rx`\b(?:${INJURE}|been at|go at|went at|going at|did (?:something|things|stuff)(?: (?:bad|stupid|awful|terrible|silly|dumb))? (?:to|on)) (?:${SELF}|${MY_ANY_BODY}|them|it) ${gap(4)}(?:with|using) (?:a |an |the |my |some |this |that |old |new |broken |hot )*${TOOL}\b`,
  ),
  // A hot or sharp thing held to the body, or marks carved into it: "pressed the hot iron onto my arm", "carved a word into my leg".
  concept(
    'tool-held-to-body',
    rx`\b(?:pressed|press|pressing|held|hold|holding|put|putting|stuck|sticking|dragged|drag|dragging|ran|run|running|used|use|using) (?:the |a |my |some |an )?(?:hot |lit |red hot |boiling |broken |old |new )?${TOOL} (?:on|onto|against|into|in to|to|across|along|down|over) (?:${MY_BODY}|myself|my skin)\b|\b(?:carve|carved|carving|cut|cutting|scratch|scratched|scratching|etch|etched|etching|burn|burned|burnt|burning|slash|slashed) ${gap(3)}(?:into|in to|onto|across) ${MY_BODY}\b`,
  ),
  // "I did something bad to my arm": an unnamed act done to one's own body.
  concept(
    'did-something-to-myself',
    rx`\b(?:did|done|do|doing) (?:something|things|stuff)(?: (?:bad|stupid|awful|terrible|silly|dumb|horrible))? (?:to|on) (?:${SELF}|${MY_BODY})\b(?! ${gap(4)}(?:playing|football|rugby|at the gym|training|running|lifting|fell|falling|by accident|accidentally)\b)`,
  ),
  // A blade in use or being got ready: "used the blade", "broke a razor apart to get the blade out", "tin with the blades in".
  concept(
    'blade-in-use',
    rx`\b(?:used|using|use) (?:the|my|a|an|some|those|these|that|them) (?:(?!(?:lawn ?mower|mower|saw|fan|craft|stanley|skate|ice|wiper|windscreen|blender|food)\b)${W} ){0,2}?(?:blade|blades|razor blade|razor blades|sharpener blade|pieces|shards?|broken glass)\b(?! ${gap(6)}(?:to (?:scrape|open|cut (?:the|open|up|out|card|paper|some|it)|trim|shave|fix|make|paint)|card|paper|wood|fabric|cardboard|craft|scrapbook|carpet|lino|wallpaper|paint|lawn|grass|hedge|tape|diy)\b)|\b(?:get|got|getting|take|took|taking|prise|prised|prising|pry|pried|pull|pulled|pop|popped|snap|snapped) ${gap(3)}(?:the |a |my )?(?:blades?|sharpener|razor) out\b|\b(?:broke|broken|breaking|break|snapped|snap|smashed|dismantled|unscrewed|unscrewing|took|take|taking) ${gap(3)}(?:razors?|sharpeners?|pencil sharpeners?) ${gap(2)}(?:apart|open|to get)\b|\b(?:tin|box|pencil case|bag|kit|stash|pouch|case|sock) (?:with|of|full of|for) (?:the |my |some |all my |all the )?(?:blades|razor blades)\b`,
  ),
  // A blade on the mind and used: "cant stop thinking about the razor in the bathroom cabinet, i used it twice today".
  concept(
    'blade-used-again',
    rx`\b(?:razor|blade|blades|sharpener|lighter)\b ${gap(10)}i (?:have )?used (?:it|them) (?:again|twice|today|last night|tonight|[0-9]+ times|three times|every)\b|\b(?:can not stop|cant stop|keep|always) thinking about (?:the |my )?(?:razor|razors|blades?|sharpener|lighter)\b`,
  ),
  // Buying or keeping blades with a sign of what for: "bought new blades today, haven't used them yet but I will".
  concept(
    'blades-got-ready',
    rx`\b(?:bought|buy|buying|got|getting|ordered|order|stole|nicked|new|fresh|spare|more) ${gap(3)}(?:blades|razor blades|razors|sharpeners|scalpels?)\b(?! ${gap(10)}(?:shav\w*|beard|lawn\w*|mower|hedge|fan|saw|stanley|craft|diy|wallpaper|skates?|for my (?:dad|husband|partner|boyfriend|son|legs))\b) ${gap(10)}(?:not used|have not used|use them|used them|but i will|i will|tonight|she knew|he knew|they knew|looked at me|asked (?:me )?(?:why|what)|hide|hid|hidden|in case|for later|for when|ready)\b`,
  ),
  // Relapse after a clean spell, with no other habit named: "relapsed after 6 months clean", "94 days down the drain".
  concept(
    'relapse-after-clean-streak',
    rx`\b(?:relapsed|relapse|relapsing|slipped up|broke (?:it|my streak|the streak)|broken (?:it|my streak)|lost my streak|reset my (?:streak|counter)|started again|back to (?:doing )?it)\b ${gap(4)}(?:after|of|at) (?:about |over |nearly |almost |like )?${NUMBER_WORD} ${SPAN}\b(?! ${gap(4)}(?:off|without|of no) (?:the )?(?:gym|running|work|smoking|fags|cigarettes|vaping|vape|drinking|drink|booze|alcohol|weed|drugs|coke|gambling|diet)\b)|\b${NUMBER_WORD} ${SPAN} (?:clean|free|self harm free|streak)\b ${gap(6)}(?:gone|down the drain|ruined|wasted|over|broken|broke|lost|reset|relapsed|i (?:just )?(?:broke|ruined|relapsed|did it|cut|burned|slipped))\b|\b(?:relapsed|relapse)\b ${gap(4)}${NUMBER_WORD} ${SPAN} (?:down the drain|wasted|gone|ruined|for nothing)\b|\b(?:clean|free) (?:for )?${NUMBER_WORD} ${SPAN} ${gap(4)}(?:i (?:just )?(?:broke|ruined|relapsed|did it|cut)|broke it|ruined it)\b`,
  ),
  // An unnamed relapse on its own: "hey so i relapsed". Could be drink or drugs, so it asks.
  uncertain(
    'relapsed-unnamed',
    rx`(?:^|\b(?:i|i have|i just|just|so i|and i|i think i|i kind of) )(?:relapsed|had a relapse)\b(?! (?:with|into|on|in|back into|from|of)\b| ${gap(4)}(?:ago|back in|in (?:19|20)[0-9]{2}|years|last year)\b)`,
  ),
  // A wound that needs care and is being hidden or kept from help: "needs stitches but i cant go to a&e, theyll know".
  concept(
    'wound-needs-care-in-secret',
    rx`\b(?:needs?|needed|needing|should have had|might need|probably needs) (?:stitches|stitching|steri strips|stitched|gluing|glued)\b ${gap(10)}(?:can not|will not|do not want to|too scared|scared|they will|they would|they ll|nobody|no one|hide|know|find out|ask|again|myself)\b|\b(?:stitches|steri strips|a and e|hospital)\b ${gap(12)}(?:i have done it again|i did it again|done it again|did it again|cut again|started again)\b`,
  ),
  // Going deeper than meant, or a wound that will not stop: "gone deeper than usual", "cut too deep this morning".
  concept(
    'cut-too-deep',
    rx`\b(?:cut|cuts|cutting|went|gone|going) (?:in )?(?:too|way too|so|really|a bit too) deep\b(?! ${gap(4)}(?:into )?(?:the |a |my )?(?:cake|bread|meat|wood|hedge|tree|soil|ground|hole|onion|topic|conversation|thumb|finger|hair|fringe)\b)|\b(?:gone|went|cut|going|cutting) deeper than (?:usual|normal|before|last time|i meant|i wanted|i planned|ever|i should)\b`,
  ),
  uncertain(
    'bleeding-will-not-stop',
    rx`\b(?:blood|bleeding|it|they|the cuts?|this one|my (?:arms?|legs?|wrists?|thighs?))\b (?:just )?(?:will not|wont|is not|are not|has not|have not|not|does not|can not get it to) (?:stop|stopping|stopped)(?: bleeding)?\b(?<!\b(?:nose|nosebleed|gums|period|tooth|teeth) ${gap(6)}(?:will not|wont|is not|are not|has not|have not|not|does not|can not get it to) (?:stop|stopping|stopped)(?: bleeding)?)`,
  ),
  // Wounds on the body, many, worse or infected: "about 30 cuts on my left arm and i want more", "the cuts on my stomach are getting infected".
  concept(
    'wounds-on-body',
    rx`\b(?:[0-9]+|loads of|lots of|so many|dozens of|hundreds of|fresh|new|more|deep) (?:cuts|scars|burns|gashes|slashes|lines)\b(?! ${gap(6)}(?:from|after) (?:the |my |an |a )?(?:operation|surgery|op|c section|caesarean|accident|fall|crash|chickenpox|acne|fire|brambles|cat|dog|garden\w*)\b) ${gap(4)}(?:on|all over|across|along|up|down|in) ${MY_BODY}\b|\b${WOUND} (?:on|all over|across|up|down) ${MY_BODY} ${gap(4)}(?:infected|septic|oozing|weeping|pus|not healing|will not heal|getting worse|want more|need more|now|this time|too)\b|\b(?:cuts|scars|burns|it is|its) (?:are |is )?(?:all )?over ${MY_BODY}\b(?! ${gap(4)}(?:from|after) (?:the |my |an |a )?(?:operation|surgery|accident|fall|crash|chickenpox|fire|brambles|cat|dog|garden\w*)\b)`,
  ),
  // Marks moved to where no one looks, or kept from being seen: "on my hips now because my arms are too obvious".
  concept(
    'hiding-the-marks',
    rx`\b(?:scars|cuts|burns|marks|do it|doing it|did it|cutting|burning)\b ${gap(4)}(?:on|to|in) my (?:hips|thighs|stomach|legs|upper arms|ankles|feet|sides|chest|breasts|tummy) ${gap(3)}(?:now|instead|so|because|this time|where)\b|\bmy (?:arms|wrists) (?:are|were|got) (?:too |so )?(?:obvious|noticeable|visible)\b|\b(?:where|so) (?:my )?(?:socks|sleeves|clothes|shorts|uniform|bra|underwear|pants|knickers|watch|bracelets?|jumper|hoodie) (?:cover|covers|hide|hides|will cover|can cover) (?:it|them)\b|\bso (?:that )?(?:no one|nobody|noone|people|my (?:mum|mom|dad|parents|family|partner|husband|wife|boyfriend|girlfriend)|mum|dad|they) (?:can not |will not |does not |do not |would not |will |can |could |never )?(?:see|sees|notice|notices|spot|spots|ask about) (?:the |my )?(?:cuts|scars|marks|burns|wounds|scratches|bandages|plasters)\b|\b(?:long sleeves|sleeves|hoodie|hoodies|jumper|jumpers|plasters|bandages|wristbands?|bracelets|a watch|my watch)\b ${gap(10)}(?:so|where|because|cos|in case) (?:that )?(?:no one|nobody|noone|people|anyone|my (?:mum|mom|dad|parents|family|partner|husband|wife|boyfriend|girlfriend|teachers?|friends)|mum|dad|they|others) (?:can not |will not |does not |do not |would not |will |can |could |would |does |never )?(?:see|sees|notice|notices|know|knows|find out|finds out|ask|asks|spot|spots)\b|\b(?:hide|hiding|hid|hidden|cover|covering|covered|covers) (?:up )?(?:the |my |all the |all my )?(?:cuts|scars|marks|burns|wounds|scratches|plasters|bandages)\b(?! ${gap(3)}(?:from|with) (?:the )?(?:sun|tattoo|tattoos|make up|concealer)\b)`,
  ),
  // Fresh marks and a reason they will be seen: "Ive got fresh scars and a PE lesson tomorrow, what do i tell the teacher".
  concept(
    'fresh-marks-to-explain',
    rx`\b(?:fresh|new|recent|raw) (?:cuts|scars|burns|marks|wounds)\b ${gap(10)}(?:pe|p e|swimming|the beach|changing|get changed|what do i (?:tell|say)|how do i (?:hide|explain|cover)|what (?:should|can) i (?:tell|say))\b`,
  ),
  // Clothes or plans avoided because of the marks: "my arms are that bad i cant wear t shirts", "meant to go swimming".
  concept(
    'marks-stop-me',
    rx`\b(?:cuts|scars|marks|burns|that bad|too bad|so bad|a mess|in a state|in a right state|covered in)\b(?! ${gap(6)}(?:old|faded|healed|proud|without (?:thinking|worrying)|confident)\b) ${gap(8)}(?:can not|could not|will not|do not|never|can no longer) (?:wear|go in|put on|get changed|go swimming|do pe|do p e)\b|\b(?:cuts|scars|marks|burns)\b(?! ${gap(4)}(?:from|after) (?:the |my |an |a )?(?:operation|surgery|op|c section|caesarean|accident|fall|crash|fire)\b) ${gap(12)}(?:meant to|have to|got to|supposed to|scared|worried|dreading|panicking|can not|do not want to) ${gap(4)}(?:swimming|pe|p e|the beach|changing rooms?|get changed|getting changed|the pool|wear shorts|wear a t shirt|short sleeves)\b`,
  ),
  // A body part "in a state" beside a blade or blood: "knife blood again last night arms are a mess".
  concept(
    'body-in-a-state',
    rx`\b(?:blade|blades|razor|knife|blood|cut|cutting|cuts|sharpener|again)\b ${gap(8)}(?:my |ma )?(?:arms?|wrists?|thighs?|legs?|stomach) (?:are|is|were|was|look|looks) (?:a mess|in a (?:right )?state|shredded|cut up|wrecked|ruined|covered)\b|\b(?:my |ma )?(?:arms?|wrists?|thighs?|legs?|stomach) (?:are|is|were|was) (?:a mess|in a (?:right )?state|shredded|cut up|wrecked|ruined) ${gap(8)}(?:blade|blades|razor|knife|blood|cut|cutting|cuts|sharpener|again)\b`,
  ),
  // A body covered in wounds: "my arms are covered in fresh cuts".
  concept(
    'body-covered-in-wounds',
    rx`\b(?:my |ma )(?:${HIDDEN_BODY}) (?:are|is|were|was|have been|has been|got) (?:all |completely |just )?(?:covered|full) (?:in|of|with) (?:fresh |new |deep |old |little )?(?:cuts|scars|burns|slashes|lines|blood|scratches|burn marks)\b(?! ${gap(4)}(?:brambles|cat|dog|kitten|puppy|garden\w*|paint|mud|bites|mosquito\w*|midges|hives|rash|eczema|chickenpox|sunburn|rugby|football|the fall|falling|fell)\b)`,
  ),
  // Blades or a stash found by someone: "my flatmate found my razor blades and now shes asking questions".
  concept(
    'blades-found',
    rx`\b(?:found|saw|seen|discovered|finds|find|took|confiscated) (?:my |the |all my )?(?:razor blades|blades|stash|sharpener blades|scalpels?|tin of blades|box of blades)\b ${gap(10)}(?:asking|asked|questions|knows|know|told|tell|upset|crying|worried|going to|cutting|hide|hid|hidden|angry|shouted|found out)\b`,
  ),
  // A bare "I cut" with a time, or the first time in a while: "i cut last night for the first time in 2 years".
  concept(
    'cut-again-recently',
    rx`\bi (?:cut|burned|burnt|self harmed) (?:again|last night|tonight|today|this morning|yesterday|earlier)\b(?! (?:${W} )?(?:session|class|classes|lesson|short|corners|the|my hair|his|her)\b)|\b(?:cut|burned|burnt|self harmed|did it|relapsed) ${gap(4)}(?:for )?the first time (?:in|since) (?:${NUMBER_WORD} )?(?:${SPAN}|ages|forever|school)\b`,
  ),
  // A cover story for an injury: "found the blood on my sheets, I told her it was a nosebleed".
  concept(
    'self-injury-cover-story',
    rx`\b(?:blood|cuts|cut|scratches|scratched|scars|marks|burns|burnt|burned|arms?|wrists?|legs?|thighs?|face|sheets|plasters|bandages)\b ${gap(12)}(?:told|tell|telling|say|said|saying|pretend\w*|lied|lie|lying) ${gap(3)}(?:it was|they were|it is|they are|that it was|that they were) (?:just )?(?:from |off )?(?:the |a |an |my |our )?(?:dog|cat|kitten|puppy|accident|bush|brambles|rose bush|nosebleed|nose bleed|fall|door|hamster|rabbit|pet)\b`,
  ),
  // The urge to injure, or giving in to it: "the urge to cut is unbearable and i gave in".
  concept(
    'urge-to-self-injure',
    rx`\b(?:urge|urges|craving|cravings|itch|itching|desperate|dying|tempted) to (?:cut|burn|bleed|slice|carve|self harm|hurt myself|harm myself|hit myself|punch myself|scratch myself)\b|\b(?:want|wanted|wanting|wanna|need|needed|needing) to (?:cut|burn|bleed|slice|carve)(?= *$| (?:again|so bad|so badly|badly|deeper|tonight|right now|now|myself|my (?:arms?|legs?|wrists?|thighs?|stomach|skin|hips?|body)|but|and|i|so|really|it is|is)\b)`,
  ),
  // Punching walls, banging one's head, with a sign it is a way of coping: "punch walls till my knuckles split".
  concept(
    'hitting-walls-or-head',
    rx`(?<!\blike )\b(?:punch|punched|punches|punching|headbutt|headbutted|headbutting|headbutts) (?:the |a |my )?(?:walls?|doors?|mirrors?|bathroom wall|bedroom wall)\b ${gap(10)}(?:when|whenever|till|until|til|on purpose|deliberately|again|so hard|knuckles|bleed\w*|bled|blood|cope|every (?:time|night|day)|i do it|to feel|punish|hate myself|split|broke|broken|glass|black and blue|bruised)\b|(?<!\blike )\b(?:hit|hits|hitting|bang|banged|bangs|banging|smash|smashed|smashing|slam|slammed|slams|slamming|bash|bashed|bashing|punch|punched|punching) my (?:head|fists?|hands?|knuckles|face) (?:off|against|into|in to|through|on|in) (?:the |a )?(?:walls?|doors?|mirror|floor|radiator)\b ${gap(10)}(?:when|whenever|till|until|til|on purpose|deliberately|again|so hard|bleed\w*|bled|blood|saw stars|see stars|cope|every (?:time|night|day)|i do it|to feel|punish|hate myself)\b`,
  ),
  // Injuring oneself as a punishment or to look ugly: "I self punish by cutting", "cutting my eyebrows so I look ugly".
  concept(
    'self-punishment',
    rx`\bself punish\w*\b|\bpunish(?:ing|ed|es)? (?:myself|me) (?:by|with|for) (?:cutting|burning|hitting|scratching|hurting|starving|not eating|making myself sick|punching|harming)\b|\b(?:pull|pulling|pulled|cut|cutting|scratch|scratching|burn|burning|rip|ripping|shave|shaving) ${gap(8)}so (?:that )?i (?:look|will look|am|feel) (?:ugly|hideous|disgusting|gross|worse)\b`,
  ),
  // Injury as the only way to cope: "a few cuts and then it's quiet", "the only thing that works".
  concept(
    'injury-as-coping',
    rx`\b(?:the only (?:thing|way)|only way i (?:can|could)|helps me|stops the (?:panic|thoughts|noise)|to stop the (?:panic|thoughts|noise))\b ${gap(10)}(?:cutting|burning|scratching|hitting|punching|hurting) (?:myself|${MY_ANY_BODY})\b|\b(?:cuts|cutting(?! (?:out|down|back))|blade|blades|razor|burning myself|burns)\b ${gap(8)}(?:the only (?:thing|way)(?: that)? (?:works|helps|i can|makes|to cope|i get|stops)|only way i (?:can )?(?:cope|sleep|get to sleep|feel|calm)|then (?:it is|its|everything is|my head is|i am|i feel) (?:quiet|calm|better|okay|ok|fine|still|numb)|makes? (?:it|the noise|everything|my head|the thoughts) (?:quiet|stop|go away|better|calm))\b|\b(?:the only (?:thing|way)(?: that)? (?:works|helps|i can cope)|only way i (?:can )?(?:cope|sleep|get to sleep|calm down))\b ${gap(8)}(?:cuts|cutting(?! (?:out|down|back))|the blade|a blade|burning myself)\b`,
  ),
  // Doing "it" again, with the place it is done: "back to doing it after my dad died, on my legs this time".
  concept(
    'doing-it-again-on-body',
    rx`\b(?:back to doing it|started doing it again|doing it again|done it again|did it again|started again|starting again)\b ${gap(10)}(?:on|to|all over|across) my (?:arms?|legs?|wrists?|thighs?|stomach|hips?|skin|ankles|chest|body)\b|\b(?:it is|its) all over my (?:arms|legs|wrists|thighs|stomach|hips)\b`,
  ),
  // First aid kept secret and needed often: "hid the first aid kit in my room cos ive been needing it every night".
  concept(
    'first-aid-in-secret',
    rx`\b(?:hid|hide|hiding|hidden|stash\w*|keep|kept|keeping|took|nicked) (?:the |a |my |some )?(?:first aid kit|first aid box|plasters|bandages|dressings|steri strips|antiseptic|savlon) ${gap(8)}(?:every (?:night|day)|needing (?:it|them)|need (?:it|them) (?:every|all the time|again)|again)\b`,
  ),
  // A tool used on, or a body part put to, something that injures: "used a hot spoon on my arm last night, it's blistered",
  // "stubbed a fag out on my hand to feel something", "took my wrist to the cheese grater".
  concept(
    'tool-on-body-with-result',
    rx`\b${TOOL} (?:out )?(?:on|onto|against|into|in to|across|along|over|under) ${MY_ANY_BODY}\b ${gap(10)}(?:${DELIBERATE}|${REPEATED}|last night|tonight|this morning|blistered|blistering|burnt|scarred|raw|it is fresh|its fresh|i know how)\b|\b(?:took|put|held|hold|holding|pressed|press|ran|run|dragged|shoved|stuck) ${MY_ANY_BODY} (?:to|against|on|onto|under|over|across|along|in|into) (?:the |a |my )?${TOOL}\b|\b(?:pour|pouring|poured|pours|tip|tipping|tipped) (?:the |some |a )?(?:boiling|hot|scalding) (?:water|kettle|oil|tea) (?:on|onto|over) ${MY_ANY_BODY}\b(?! ${gap(3)}(?:by (?:accident|mistake)|accidentally)\b)`,
  ),
  // Scratching or cutting with a sharp thing, no body named: "been scratching with a compass at school under the desk".
  concept(
    'injuring-with-a-sharp',
    rx`\b(?:scratching|scratch|scratched|cutting|cut|carving|carved|burning|burnt|scraping|scraped) (?:myself |me )?with (?:a |the |my )(?:compass|blade|razor|razor blade|sharpener|sharpener blade|pencil sharpener|lighter|needle|pin|safety pin|broken glass|piece of glass|stanley knife|craft knife|scalpel)\b`,
  ),
  // Picking or reopening wounds: "cant stop picking at the wounds til they open up again".
  concept(
    'reopening-wounds',
    rx`\b(?:pick|picking|picked|rip|ripping|ripped|reopen|reopening|reopened|open|opening|opened|tear|tearing|tore) (?:at |open |up )?(?:the |my |all the |all my )?(?:wounds|cuts|burns|scars)\b`,
  ),
  // Wounds deeper than before: "the cuts are deeper than before".
  concept(
    'wounds-getting-deeper',
    rx`\b(?:cuts|cut|wounds?|burns?|it|they|lines) (?:are|is|were|was|getting|got|go|went|going|keep getting) (?:a lot |much |even |way |so much )?(?:deeper|worse|bigger|longer|more) (?:than (?:before|last time|ever|usual|normal)|every (?:time|night|day)|each time|now)\b`,
  ),
  // A wound on the body going bad: "the wound on my thigh has gone yellow round the edges and it smells".
  concept(
    'wound-going-bad',
    rx`\b(?:wound|cut|burn|gash|cuts|wounds|burns) (?:on|across|up|down) ${MY_BODY}\b ${gap(6)}(?:infected|septic|oozing|weeping|pus|yellow|green|smells|smelly|stinks|hot|swollen|red raw|not healing|will not heal|opened up|split open)\b`,
  ),
  // A clean spell broken: "havent cut for 8 months but tonight i sat with the razor", "its been 14 months and i slipped up last night".
  concept(
    'clean-spell-broken',
    rx`\b(?:have not|had not|not|never) (?:cut|self harmed|burned|burnt|done it|hurt myself) (?:for|in) ${NUMBER_WORD} ${SPAN} (?:but|and|until|till) (?:then )?(?:tonight|today|last night|yesterday|this morning|now|i|it)\b|\b(?:it has been|its been|been|it was) ${NUMBER_WORD} ${SPAN} (?:and|but) ${gap(3)}(?:slipped|relapsed|did it|cut|broke|gave in|caved)\b|\b(?:slipped up|slipped|relapsed|gave in|caved) ${gap(4)}with (?:a|the|my) (?:knife|blade|razor|sharpener|lighter|compass|scissors|glass)\b|\b(?:razor|blade|blades|lighter|sharpener|knife)\b ${gap(10)}(?:and then|then) (?:i )?(?:did it|used it|cut|went for it|gave in)\b|\b(?:cut|burned|burnt|self harmed|did it|relapsed|started) (?:again|last night|tonight) ${gap(3)}(?:after|for the first time in) ${NUMBER_WORD}? ?(?:${SPAN}|ages)\b`,
  ),
  // Started again, with the body part or tool named: "i've started again, forearm this time", "with a stanley knife this time".
  concept(
    'started-again-this-time',
    rx`\b(?:started|starting|doing it|did it|done it|cut|cutting|burning|back to it|at it) (?:again|back up)\b ${gap(4)}(?:my |on my |to my )?(?:forearm|arm|arms|legs?|thighs?|wrists?|stomach|hips?|ankles?|chest|face|hands?|feet)(?: this time| now| instead)\b|\bwith (?:a|the|my) (?:blade|razor|stanley knife|craft knife|lighter|compass|sharpener|scalpel|broken glass) this time\b|\b(?:started|starting|gone back to|going back to|back to) (?:doing )?what i (?:did|used to do)\b ${gap(8)}(?:knife|blade|razor|lighter|this time|again|teenager|at school)\b`,
  ),
  // Injury as easier than talking: "cutting is easier than talking about it".
  concept(
    'injury-easier-than-talking',
    rx`\b(?:cutting|self harming|burning myself|hurting myself|harming myself|scratching myself) (?:is|was|feels|seems) (?:so much |much |a lot |way )?(?:easier|better|safer|simpler) than (?:talking|crying|feeling|telling|asking|dealing|thinking|being|saying)\b`,
  ),
  // Covering up in the heat and unable to say why: "told off for wearing a jumper in the heat, can't tell them why";
  // someone nearly seeing or touching fresh wounds: "someone grabbed my arm and i nearly cried, it's fresh".
  concept(
    'covering-up-in-the-heat',
    rx`\b(?:jumper|hoodie|long sleeves|cardigan|sleeves|coat|leggings|tights)\b ${gap(8)}(?:heat|summer|hot|boiling|july|august|sun|sunny|heatwave)\b ${gap(8)}(?:can not|cant|could not|will not|wont|do not want to) (?:tell|explain|say|show) (?:them|anyone|her|him|people|why|anybody)\b|\b(?:sleeves|jumper|hoodie|arm|arms|wrist|leg|thigh|stomach)\b ${gap(12)}(?:it is|its|they are|theyre|it was|they were) (?:still |really |so )?fresh\b`,
  ),
  // Marks seen by someone who may tell: "my school nurse saw my arm and now I'm scared she'll tell my parents".
  concept(
    'marks-seen-fear-of-telling',
    rx`\b(?:saw|seen|noticed|found|spotted|looked at) (?:my |the )(?:arms?|wrists?|legs?|thighs?|stomach|cuts|scars|marks|burns|plasters|bandages)\b ${gap(10)}(?:scared|worried|terrified|frightened|going to|will|might|is going to|threatened to|wants to) ${gap(3)}(?:tell|ring|call|report|phone|inform) (?:my )?(?:parents|mum|dad|mam|family|school|teachers?|social|camhs|the police|everyone)\b`,
  ),
  // A blade or lighter kept for later: "I keep a lighter under my pillow for when it gets bad".
  concept(
    'keeping-a-tool-for-later',
    rx`\b(?:keep|keeps|keeping|kept|hide|hides|hiding|hid|hidden|stash\w*|carry|carrying|sleep with) (?:a |my |the |some )?(?:lighter|blade|blades|razor|razors|sharpener|sharpener blade|compass|scalpel|pins|needle|broken glass|piece of glass)\b ${gap(6)}(?:for when|when it gets|for bad (?:days|nights|times)|just in case|for emergencies|under my (?:pillow|bed|mattress))\b|\b(?:keep|keeps|keeping|kept|hide|hides|hiding|hid|hidden|stash\w*|carry|carrying) (?:a |my |the |some )?(?:blade|blades|razor blade|razor blades|sharpener blade|scalpel|broken glass|piece of glass)\b ${gap(4)}in my (?:pencil case|purse|wallet|sock|socks|bra|phone case|room|drawer|school bag)\b`,
  ),
  // Knuckles bleeding from punching walls: "my knuckles are bleeding from punching the brick wall outside".
  concept(
    'knuckles-from-walls',
    rx`\b(?:knuckles|hands?|fists?)\b ${gap(3)}(?:bleeding|bloody|bled|bruised|split|swollen|cut up|busted|broken|raw) ${gap(3)}(?:from|after) (?:punching|hitting|smashing|banging|thumping) (?:the |a |my )?(?:brick )?(?:walls?|doors?|mirrors?|myself|things|windows?)\b|\bhead ?bang\w* (?:against|on|off|into) (?:the |a |my )?(?:walls?|doors?|floor|desk)\b`,
  ),
  // Needing hospital "for this one": "i think i need a&e for this one but im scared of getting a lecture".
  concept(
    'needs-treatment-this-one',
    rx`\b(?:need|needs|needed|should go to|should get|might need) (?:a and e|stitches|hospital|the hospital|a doctor|steri strips|a nurse|gluing) ${gap(2)}(?:for )?this one\b|\b(?:a and e|stitches|hospital)\b ${gap(10)}(?:a lecture|lectured|judge|judged|tell my|ring my|call my|they will know|they will ask|section)\b`,
  ),
  // "Every time i get a bad mark i cut one line", "i cut through my tattoo".
  concept(
    'cutting-lines-or-through',
    rx`\bi (?:cut|carve|burn|scratch) (?:one|a|another|two|three|four|five|[0-9]+) (?:more )?(?:line|lines|cut|cuts|mark|marks)\b(?! (?:of|from|in|out|off|on the|to)\b)|\b(?:cut|cutting|scratched|burnt|burned|carved) (?:through|into|over|across) (?:it|the tattoo|my tattoo|the scars|my scars|my old scars)\b|\b(?:every time|whenever|each time) i ${gap(6)}i (?:cut|burn)(?: (?:myself|one|a|another|[0-9]+))?\b(?! (?:the|my hair|out|down|back|it|them|class|corners|ties|up|through|across|in)\b)`,
  ),
  // Blood found where someone hurt themself: "saw the blood on the bathroom floor". Could be anything, so it asks.
  uncertain(
    'blood-found',
    rx`\b(?:saw|found|see|seen|noticed|cleaned|cleaning|wiped|wiping|mopped|mopping) (?:up )?(?:the |all the )?blood (?:on|in|all over) (?:the |my )?(?:bathroom|floor|sheets|towel|towels|sink|bed|carpet|tissues|sleeves|clothes|tiles)\b`,
  ),
  // "Used to do it once a month, now it's every night": an unnamed act getting more frequent.
  uncertain(
    'unnamed-act-more-often',
    rx`\b(?:used to|use to) (?:do it|do that|cut|burn) (?:once|twice|every|a couple of times|a few times|about once) ${gap(4)}now (?:it is |its |i do it |i am doing it )?(?:every (?:night|day)|daily|all the time|twice a day|(?:[0-9]+|three|four|five) times a day)\b`,
  ),
  // Hiding the blood: "how to get blood out of bedsheets without my mum noticing".
  concept(
    'hiding-the-blood',
    rx`\b(?:get|getting|got|clean|cleaning|wash|washing|hide|hiding|scrub|scrubbing) (?:the )?blood (?:out of|off|from|stains? (?:out of|off|from)) (?:my )?(?:${W} )?(?:sheets|bedsheets|sheet|bedding|duvet|mattress|carpet|towels?|clothes|sleeves?|jumper|hoodie|school shirt|uniform|tissues?)\b ${gap(8)}(?:without|before|so (?:my|no one|nobody)|notic\w*|find out|finding out|seeing|sees)\b`,
  ),
  // Back to it after a long stop: "used to cut, stopped for ages, did it again after court today".
  concept(
    'self-harm-started-again',
    rx`\b(?:used to|stopped|quit|gave up) (?:cut|cutting|self harm|self harming|burn|burning|hurt myself|hurting myself)\b ${gap(8)}(?:did it again|done it again|doing it again|started again|back to it|relapsed|again (?:today|tonight|last night|yesterday|this week))\b`,
  ),
  // Wounds gone bad and hidden from help: "my cuts are getting infected and I'm too ashamed to go to the GP".
  concept(
    'wounds-going-bad-hidden',
    rx`\bmy (?:${W} )?(?:cuts|wounds|burns|self harm) ${gap(4)}(?:infected|septic|gaping|need stitches|needs stitches|will not stop bleeding|keep opening|keeps opening|oozing|pus|gone green)\b ${gap(10)}(?:ashamed|embarrassed|scared|hide|hiding|nobody|no one|too (?:scared|ashamed|embarrassed)|do not want (?:anyone|them) to)\b`,
  ),
  // A clean streak lost and a wound shown: "day 1 again. ruined my streak. arm's a mess".
  concept(
    'streak-lost-and-a-wound',
    rx`\b(?:day (?:1|one|0|zero) again|back to day (?:1|one|0|zero)|(?:ruined|broke|broken|lost|reset|restarted) (?:my|the) (?:streak|counter|clean (?:days|streak|count)|days? clean)|streak (?:is )?(?:gone|over|broken|reset|ruined))\b ${gap(10)}(?:arms?|legs?|thighs?|wrists?|stomach|skin|hips?|ankles?)(?: is| are| s)? (?:a mess|in a state|bleeding|cut up|wrecked|ruined|bad|sore|covered)\b`,
  ),
  // Healing undone on purpose: "i pulled my stitches out", "keep picking my cuts open". Asks: it can be an accident.
  uncertain(
    'healing-undone',
    rx`\b(?:pulled|pull|pulling|ripped|rip|ripping|picked|pick|picking|tore|tear|tearing|took|cut) (?:out )?(?:my|me) (?:own )?(?:stitches|steri strips|staples)(?: out)?\b|\b(?:reopened|re opened|reopen\w*|opened up|opening up|picking|picked|pick) (?:my|the|me) (?:old )?(?:cuts|wounds|scars|scabs|burns)(?: open| back open| up)?\b(?! ${gap(3)}(?:on the (?:bike|trampoline|climbing)|playing|at (?:football|rugby|the gym))\b)`,
  ),
  // Change 11. A streak without it, failed: "going a week without cutting and I didn't even manage 2 days".
  concept(
    'streak-without-it-failed',
    rx`\bwithout (?:cutting|self harming|harming myself|hurting myself|burning myself|scratching myself|making myself sick|purging)\b ${gap(10)}(?:did not|could not|never|failed to|not even) (?:even )?(?:manage|make it|last|get (?:to|past|through))\b`,
  ),
  // The wounds owned: "yeah the burns are from me", "I did them myself".
  concept(
    'wounds-are-from-me',
    rx`\b(?:the |my |these |those )?(?:cuts|scars|burns|burn marks|wounds|slashes|gashes) (?:on my ${W} )?(?:are|were) (?:from|by|all) me\b|\bi (?:did|made|done) (?:them|those|these|the (?:cuts|burns|marks|scars)) (?:myself|to myself|on purpose)\b`,
  ),
  // Change 12. Relief at blood: "the relief when i see blood is the only good bit of my day".
  concept('relief-at-blood', rx`\b(?:relief|release|calm|buzz|rush) (?:when|once|as|the second) i (?:see|saw) (?:the )?blood\b`),
  // Change 16. Scratches blamed on a cat there is not: ""cat scratches" again last night lol. i dont have a cat".
  concept('cat-scratches-no-cat', rx`\bcat scratch(?:es)?\b ${gap(8)}(?:do not|dont|never) (?:have|had|own) a cat\b`),
];

// ---------------------------------------------------------------------------------------------
// Overdose
// ---------------------------------------------------------------------------------------------

/** Medicines by name, class or street name, and the words people use for "my tablets". */
const MEDICINE =
  '(?:pills?|tablets?|tabs|meds|medication|medications|medicines?|capsules|painkillers?|pain killers|paracetamol|ibuprofen|' +
  'aspirin|co codamol|cocodamol|co dydramol|codeine|dihydrocodeine|tramadol|morphine|oramorph|liquid morphine|oxycodone|' +
  'fentanyl|methadone|buprenorphine|subutex|naproxen|diclofenac|nurofen|anadin|solpadeine|migraleve|sertraline|citalopram|' +
  'escitalopram|fluoxetine|paroxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline|nortriptyline|trazodone|' +
  'antidepressants?|diazepam|valium|lorazepam|clonazepam|temazepam|alprazolam|xanax|benzos?|zopiclone|zolpidem|' +
  'sleeping (?:pills|tablets)|sleepers|nytol|sleepeasy|promethazine|phenergan|antihistamines?|piriton|benadryl|' +
  'quetiapine|olanzapine|risperidone|aripiprazole|haloperidol|clozapine|lithium|lamotrigine|valproate|sodium valproate|' +
  'carbamazepine|pregabalin|gabapentin|propranolol|atenolol|bisoprolol|amlodipine|ramipril|metformin|warfarin|digoxin|' +
  'insulin|levothyroxine|iron tablets|ferrous sulphate|methylphenidate|ritalin|concerta|elvanse|adhd meds|heart pills|' +
  'heart tablets|blood pressure (?:pills|tablets|meds)|anti sickness (?:pills|tablets)|migraine (?:pills|tablets|ones)|' +
  'night nurse|lemsip|prescription|script|doses?|drugs|dosette box|dosette|blister packs?|weeks? supply|months? supply|' +
  'repeat prescription|repeat)';
/** Whose medicine: "my", "my nan's", "the", "those". */
const WHOSE =
  '(?:(?:my|the|her|his|our|their|those|these|some|all (?:of )?(?:my|the|her|his|their|those|these)|all|' +
  `my (?:${W} )?(?:mums?|dads?|nans?|grans?|sisters?|brothers?|partners?|husbands?|wifes?|boyfriends?|girlfriends?|sons?|daughters?|dogs?|cats?|mates?)) )?`;
/** Drink taken with tablets. */
const ALCOHOL = '(?:vodka|gin|wine|cider|whisky|whiskey|rum|alcohol|booze|spirits|prosecco|tequila|brandy|lager|beer|drink)';
/** A large amount: never "two paracetamol". */
const LOTS =
  '(?:too many(?: of)?|the (?:whole )?lot of|a load of|a shedload of|shedloads of|a ton of|tons of|a bunch of|a pile of|loads of|a lot of|lots of|a handful of|handfuls of|a massive (?:load|amount|handful) of|a large (?:amount|number|quantity|dose) of|' +
  'a big (?:handful|load|amount) of|a whole (?:box|packet|pack|strip|bottle|tub|blister pack|sheet) of|the whole (?:box|packet|pack|strip|bottle|tub|blister pack|sheet) of|' +
  'a full (?:box|packet|bottle|strip) of|the full (?:box|packet|bottle|strip) of|(?:two|three|four|five|several|[2-9]|[1-9][0-9]) (?:boxes|packets|packs|strips|bottles|tubs|blister packs|sheets) of|' +
  '(?:about |around |like |maybe |over |nearly |almost |at least |roughly )?(?:1[0-9]|[2-9][0-9]|[1-9][0-9]{2}|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)(?![0-9]| ?(?:mg|ml|mcg|g|milligrams?|micrograms?|minutes?|mins?|hours?|hrs?|years?|days?|weeks?|am|pm|percent|o clock)\\b)(?: of)?)';
const TAKEN = '(?:took|taken|swallowed|necked|downed|popped|injected|had)';
const TO_TAKE = '(?:take|swallow|neck|down|pop|inject|od on|overdose on)';
/** Someone else as the subject: a film's plot, a news story ("a man hides pills to take them all"). */
const NOT_ME = '(?<!\\b(?:he|she|they|who|man|woman|character|guy|girl|lad|someone|somebody|it|film|mum|dad) (?:[a-z]+ ){0,2})';

export const overdoseConcepts: readonly RiskPattern[] = [
  // --- taken, or about to be taken: urgent ---
  // A large amount of a medicine taken: "took a lot of my olanzapine", "swallowed about 30 of my sertraline".
  urgent('overdose-large-amount-taken', rx`\b${TAKEN} ${gap(8)}${LOTS} ${WHOSE}(?:${W} )?${MEDICINE}\b(?! (?:back|to the (?:pharmacy|chemist|doctors?|gp|hospital))\b)`),
  // A whole medicine taken, or all of it: "took my dad's oxycodone, all of it", "took all my risperidone at once".
  urgent(
    'overdose-all-of-it-taken',
    rx`\b${TAKEN} ${WHOSE}(?:${W} )?${MEDICINE} ${gap(6)}(?:all of (?:it|them)|the lot|every (?:single )?one|the whole (?:lot|box|packet|bottle|strip)|in one go|all at once)\b(?! ${gap(3)}(?:by (?:mistake|accident)|accidentally)\b)|\b(?:took|taken|swallowed|necked|downed|popped) (?:all|every one) (?:of )?(?:my|the|her|his|those|these) (?:${W} )?${MEDICINE} (?:at once|in one go|together)\b`,
  ),
  // A whole box or everything, with no medicine named: "took the whole box about 20 mins ago", "took everything i had, sorry".
  urgent(
    'overdose-whole-box-taken',
    rx`\b(?:took|taken|swallowed|necked|downed|popped) (?:the|a) (?:whole|full|entire) (?:box|packet|pack|strip|bottle|tub|blister pack)(?= *$| (?:about|around|like|just|earlier|tonight|last night|this morning|this afternoon|an hour|[0-9]+ (?:mins|minutes|hours)|ago|sorry|now|i|im|and now)\b)|(?<!\b(?:it|that|this|which|he|she|they) )\b(?:took|taken|swallowed) everything (?:i had|i have|i could find|i got|in the (?:house|cupboard|cabinet|drawer|box))(?= *$| (?:sorry|now|tonight|and|i|so|just)\b)|\b(?:taken|took|swallowed|necked) the rest(?: of (?:them|it|my ${W}|the ${W}))?(?= *$| (?:now|too|as well|tonight|and now|sorry)\b)`,
  ),
  // Medicine taken, then a number: "since I took the tablets this morning. About 30 I think."
  urgent(
    'overdose-count-after-taking',
    rx`\b(?:took|taken|swallowed|necked|had) (?:the|my|those|these|some|them|all the) ${MEDICINE}\b ${gap(8)}(?:about|around|like|maybe|over|nearly|at least|roughly|probably) (?:1[0-9]|[2-9][0-9]|[1-9][0-9]{2}|twenty|thirty|forty|fifty|a hundred)\b(?! ?(?:mg|ml|minutes|mins|hours|am|pm)\b)`,
  ),
  // About to take them all: "gonna swallow the lot after I finish this message", "going to take all of these tonight".
  urgent(
    'overdose-about-to-take-all',
    rx`${NOT_ME}\b(?:going to|about to|will|ill|planning to|plan to|ready to|decided to|want to|i am going to) (?:just )?${TO_TAKE} (?:all (?:of )?(?:these|those|them|my|the|it)|the (?:whole )?lot|them all|every (?:single )?one|the whole (?:box|packet|pack|bottle|strip|tub)|${LOTS})(?: ${W}){0,3}?(?: ${MEDICINE})?(?= *$| (?:after|once|when|tonight|now|at once|in one go|and|so|then|before|while|i|if)\b)(?! ${gap(3)}(?:back|to the (?:pharmacy|chemist|doctors?|gp|hospital)|with me|on holiday|away|out)\b)`,
  ),
  // Means at hand with intent: "sat with a bag of pills and vodka and im going to do it".
  urgent(
    'overdose-means-and-intent',
    rx`\b(?:bag|box|boxes|pile|bottle|handful|load|stash|packets?|strips?) of ${MEDICINE}\b ${gap(8)}(?:going to do it|gonna do it|am doing it|do it tonight|doing it tonight|ready to do it|in front of me|next to me|lined up|counted out|counting them)\b`,
  ),
  // Medicine laid out, counted or emptied out ready: "ive lined up all the tablets on the table", "Counted out 40 tablets. Glass of water ready."
  urgent(
    'overdose-laid-out-ready',
    rx`\b(?:lined up|lined|laid out|piled up|put) (?:all )?(?:of )?(?:the |my |these |those )?(?:${W} )?${MEDICINE} ${gap(4)}(?:on (?:the|my) (?:table|bed|desk|floor|side)|in front of me|in a (?:row|pile|line)|ready)\b(?! (?:for (?:the |my )?(?:morning|tomorrow|week|nan|mum|dad)))|\b(?:counted|counting|popped|popping|pressed|pushed|emptied|emptying|tipped|poured) (?:out )?(?:all |about |over )?(?:(?:[1-9][0-9]|twenty|thirty|forty|fifty) )?(?:of )?(?:the |my |these |those )?(?:${W} )?${MEDICINE}\b ${gap(6)}(?:glass of water|ready|into my hand|in my hand|and swallowed|swallowed them|just need to|going to do it|do it|tonight)\b|\b(?:all (?:of )?)?(?:my |the )${MEDICINE} (?:are )?(?:in|into) (?:a )?(?:pile|heap|row|line|bowl)\b`,
  ),
  // A number of boxes, or "the lot", taken: "i took 4 boxes, please dont be angry", "popped the lot. whole box."
  urgent(
    'overdose-boxes-taken',
    rx`\b(?:took|taken|swallowed|necked|downed|popped) (?:[2-9]|two|three|four|five|six|several|loads of) (?:boxes|packets|packs|strips|bottles|blister packs|sheets)\b(?! (?:to|into|up|down|out|back|home|round|over|off|from|with|of (?!${MEDICINE}))\b)|\b(?:took|taken|swallowed|necked|downed|popped) the (?:whole )?lot\b(?! (?:to|of (?!${MEDICINE})|back|in|into|out|home|up|down|for|with)\b)`,
  ),
  // --- concern and check ---
  // Buying from shop after shop, or having enough now: "bought paracetamol from 3 different shops so ive got enough for tonight".
  concept(
    'overdose-collecting-enough',
    rx`\b${MEDICINE}\b ${gap(4)}from (?:[2-9]|two|three|four|five|six|several|loads of|different|multiple) (?:different )?(?:shops|chemists|pharmacies|supermarkets|places|boots)\b|\b(?:[2-9]|two|three|four|five|six|several|different|multiple) (?:different )?(?:shops|chemists|pharmacies|supermarkets) ${gap(4)}(?:for|to get|buying) ${MEDICINE}\b|\b${MEDICINE}\b ${gap(12)}(?:got|have|now|nearly|almost|near) enough\b(?! (?:for (?:the (?:week|month|holiday)|a week|a month|my holiday)|to last)\b)`,
  ),
  // Tablets washed down with a quantity of drink: "necked my sertraline with a bottle of vodka".
  concept(
    'overdose-pills-with-drink',
    rx`\b(?:necked|downed|swallowed|took|taken|popped|had) ${gap(4)}${MEDICINE} ${gap(2)}(?:with|and|washed down with|on top of) (?:(?:a|half a|the|a whole|the whole|two|three|[0-9]+|a couple of) (?:bottles?|litres?|pints|cans|shots|glasses) of (?:${W} )?|loads of |a load of )${ALCOHOL}\b|\b(?:do|doing|did|had|have|going to have|take|taking|took) a (?:mix|mixture|cocktail|combo) of ${WHOSE}(?:${W} )?${MEDICINE} (?:and|with) (?:${W} )?${ALCOHOL}\b`,
  ),
  // More than the dose, for days or weeks: "taking loads more than the prescribed dose", "double my sertraline all week".
  concept(
    'overdose-more-than-the-dose',
    rx`\b(?:taking|took|taken|take|been taking|having|had) ${gap(2)}more than (?:the |my )?(?:prescribed|recommended|maximum|max|stated|safe|allowed|normal) (?:dose|amount)\b(?! (?:of )?(?:${W} ){0,2}?(?:vitamin\w*|iron|fish oil|supplements?|multivitamins?|magnesium|zinc|melatonin|caffeine|protein)\b| ${gap(8)}(?:by (?:accident|mistake)|accidentally|is that ok|is that okay|is that bad|should i worry)\b)|\b(?:taking|took|taken|been taking|having) (?:double|twice|triple|three times|four times) (?:my |the )?(?:dose|prescribed dose|${MEDICINE})\b(?! ${gap(4)}(?:because|as|the (?:doctor|gp|consultant|psychiatrist)|my (?:doctor|gp|consultant|psychiatrist)|on (?:the )?(?:gp|doctors?) advice)\b)`,
  ),
  // Taking medicine to see what happens or not to wake: "extra paracetamol all week, about 12 a day, to see what happens".
  concept(
    'overdose-to-see-what-happens',
    rx`\b${MEDICINE}\b ${gap(12)}(?:to see what (?:happens|would happen|it does)|and see what happens|see what happens|to see if i (?:wake up|die|survive)|and hope i (?:do not|never) wake up|and not wake up|and never wake up|hopefully (?:i )?(?:do not|will not|never) wake(?: up)?|so i (?:do not|never|will not) wake up)\b`,
  ),
  // Strange effects since taking "the pills": "my vision's gone blurry since i took the pills". Could be a side effect, so it asks.
  uncertain(
    'overdose-effects-after-taking',
    rx`\b(?:blurry|spinning|drowsy|dizzy|can not (?:see|stand|breathe|feel|move|stay awake)|heart (?:is )?(?:racing|pounding)|ringing|shaking|numb|floaty|being sick|vomiting|throwing up|confused|out of it|passing out)\b ${gap(6)}(?:since|after) (?:i )?(?:took|taking|taken|swallowed|necked|downed) (?:the|those|these|them|all (?:the|my|of them)) ${MEDICINE}?\b|\b(?:since|after) (?:i )?(?:took|taking|taken|swallowed|necked|downed) (?:the|those|these|them|all (?:the|my|of them)) ${MEDICINE}?\b ${gap(6)}(?:blurry|spinning|drowsy|dizzy|can not (?:see|stand|breathe|feel|move|stay awake)|heart (?:is )?(?:racing|pounding)|ringing|shaking|numb|floaty|being sick|vomiting|throwing up|confused|out of it|passing out)\b`,
  ),
  // The tablets taking hold with strange effects: "the pills are kicking in, feel really floaty". Could be a normal dose.
  uncertain(
    'overdose-kicking-in',
      rx`\b${MEDICINE} (?:are |is |have |has |started |starting )?(?:kicking in|kicked in|taking effect|taking hold)\b ${gap(6)}(?:floaty|spinning|heavy|weird|drowsy|sleepy|numb|dizzy|can not (?:see|stand|move|feel|breathe)|blurry|out of it|shaking|sick)\b(?! ${gap(6)}(?:better|relief|pain (?:has )?gone|helping)\b)`,
  ),
  // Several times the dose, day after day: "taking 3x my dose of codeine every day to feel nothing".
  concept(
    'many-times-the-dose',
    rx`\b(?:taking|took|taken|been taking|necking|swallowing|having) (?:${W} )?(?:[2-9] ?x|double|triple|treble|twice|three times|four times|five times|ten times) (?:my|the|what is|what i am|the prescribed|my prescribed) (?:${W} )?(?:dose|doses|dosage|amount|prescription|prescribed)\b`,
  ),
  // Change 11. Tablets counted as they go down: "taking paracetamol every hour or so since this morning, about 30 now".
  urgent(
    'count-taken-so-far',
    rx`\b(?:taking|taken|took|swallowed|swallowing|necked|necking|downed|downing|popping|popped) ${gap(3)}${MEDICINE}\b ${gap(12)}(?:about |around |over |like |nearly |almost |maybe )?(?:[2-9][0-9]|1[2-9]|[1-9][0-9][0-9]) (?:now|so far|in total|altogether|all together)\b`,
  ),
  // Downers mixed: "I mixed my tramadol with the codeine and had a few cans on top".
  concept(
    'downers-mixed',
    rx`\b(?:i|i have|just|been|am|i am|i been) mix(?:ed|ing) (?:my |the |some |all my )?(?:tramadol|codeine|co codamol|dihydrocodeine|morphine|oramorph|oxycodone|fentanyl|methadone|diazepam|valium|benzos?|xanax|pregabalin|gabapentin|zopiclone|sleeping pills|sleepers) (?:with|and) (?:the |my |some )?(?:tramadol|codeine|co codamol|morphine|diazepam|valium|benzos?|xanax|pregabalin|gabapentin|zopiclone|sleeping pills|sleepers|vodka|alcohol|booze|drink|cans|wine|gin|whisky)\b`,
  ),
  // Change 16. A week of tablets at once: "Emptied my dosette box for the week into my mouth".
  urgent('dosette-emptied', rx`\bemptied (?:my |the )?(?:dosette(?: box)?|pill box|pill organiser|blister packs?|weeks? tablets|week of tablets)\b ${gap(6)}(?:into my mouth|down my throat|swallowed|all (?:of )?(?:it|them|7|seven))\b`),
  // All of one's medicine going down: "downing my lithium, all of it. bye".
  urgent('all-of-my-medicine', rx`\b(?:downing|necking|swallowing|popping|taking|took|downed|necked|swallowed) (?:all )?(?:of )?my ${MEDICINE} (?:all of (?:it|them)|the lot|every one|every last one)\b`),
];

// ---------------------------------------------------------------------------------------------
// Eating disorders
// ---------------------------------------------------------------------------------------------

/** What starving and purging do to a body. */
const STARVED_BODY =
  '(?:dizzy|dizziness|light headed|lightheaded|faint|fainted|fainting|passed out|pass out|passing out|black out|blacked out|' +
  'blacking out|goes black|went black|collapsed|collapse|heart (?:races|racing|raced|skips|skipping|skipped|flutters|fluttering|pounding|pounds|is pounding|beats fast)|' +
  'palpitations|hairs? (?:is |are |has been )?(?:falling out|coming out|thinning|in clumps)|fluffy hairs?|lanugo|cold all the time|always cold|' +
  'freezing all the time|periods? (?:has |have )?(?:stopped|gone|not come)|not had a period|no periods?|bruises? (?:everywhere|easily)|' +
  'bruise easily|teeth (?:are )?(?:rotting|crumbling|eroding|sensitive)|swollen (?:jaw|cheeks|glands|face)|throat (?:is )?(?:raw|bleeding)|' +
  'threw up blood|lips (?:are )?(?:all )?cracked|bones (?:dig|digging|stick|sticking)|clothes (?:are )?(?:hanging off|falling off)|' +
  'skin (?:has )?(?:gone )?(?:grey|gray|yellow|orange)|shaking all the time|shaky|no energy|body had nothing left|' +
  'heart rate (?:was |is |of )?(?:[2-4][0-9])|can not (?:concentrate|think straight|stay warm)|' +
  '(?:finger)?nails (?:go|are|turn|turning|gone|going) (?:blue|purple)|blue (?:nails|fingers|lips)|no energy|' +
  '(?:have not|not) got the energy|legs (?:give|gave|giving) way|always (?:freezing|cold)|flutter\\w*|heart (?:is )?under strain)';
/** Not eating, restricting, purging, weighing: what turns a symptom into an eating disorder sign. */
const RESTRICTING =
  '(?:not (?:eating|eaten|eat|ate)|never eat|barely (?:eat|eating|eaten|ate)|hardly (?:eat|eating|eaten|ate)|will not eat|' +
  'wont eat|stopped eating|skip(?:ping|ped)? meals|starv\\w*|restrict\\w*|fasting|fasted|purg\\w*|laxatives|calories|cals|' +
  `the number|the scales|weigh (?:myself|in)|lost (?:${W} ){0,2}(?:stone|pounds|lbs|kilos|kg|weight)|losing weight|` +
  'counting|count every|only had|only eaten|only eat|nothing (?:to eat|all day)|no food|empty stomach|' +
  '(?:trying|want|need|have) to lose (?:more )?weight|still losing|lose more|diet pills|' +
  'skip\\w* (?:breakfast|lunch|dinner|tea|meals|everything)|not (?:even )?(?:that )?thin (?:enough|yet)|my goal|goal weight|' +
  'making myself sick|made myself sick|make myself sick|thin enough|skinny enough|' +
  // Living on next to nothing: "since I cut down to just black coffee".
  'cut (?:down|back) to (?:just |only )?(?:black coffee|coffee|water|one meal|an apple|fruit|soup|diet coke|[0-9]+ (?:calories|cals))|just black coffee|living on (?:black coffee|coffee|water|diet coke|apples?))';

export const eatingDisorderConcepts: readonly RiskPattern[] = [
  // A starved body beside restricting: "heart races when i lie down ... still won't eat more", "fluffy hair ... from not eating".
  concept(
    'starved-body-and-restricting',
    rx`\b${STARVED_BODY}\b ${gap(16)}${RESTRICTING}\b|\b${RESTRICTING}\b ${gap(16)}${STARVED_BODY}\b`,
  ),
  // Two signs of a starved body together: "hair thinning, skin gone grey, cold all the time". Other illnesses do this too.
  uncertain('starved-body-signs', rx`\b${STARVED_BODY}\b ${gap(10)}${STARVED_BODY}\b`),
  // Restricting drink as well as food, or fearing the scales: "restricting drinks as well", "in case it shows on the scales".
  concept(
    'restricting-drink-too',
    rx`\b(?:restrict\w*|cutting (?:down|out)|cut (?:down|out)|stopped|stop|limiting|not having|refusing|refuse) (?:on )?(?:drinks|water|fluids|drinking (?:water|anything|fluids))\b ${gap(4)}(?:as well|too|and food|as well as (?:food|eating))\b|\b(?:in case|because|so) (?:it|that|they|the water|the food) (?:shows?|show up|adds?|registers?) (?:up )?on the scales\b|\brestrict\w* (?:again|everything|food|my food|my eating|calories|cals|my intake|more and more)\b`,
  ),
  // Days without food or with next to none: "havent had solid food in 10 days", "only had a coffee in 2 days".
  concept(
    'days-without-food',
    rx`\b(?:not|never|barely|hardly) (?:had|eaten) (?:any )?(?:solid food|proper food|a proper meal|a meal|real food|food)\b ${gap(3)}(?:in|for|since) ${gap(2)}(?:${NUMBER_WORD} )?(?:days|a week|weeks|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b|\bonly (?:had|eaten|drank|drunk|have|eat) (?:a |one |half a |some )?(?:coffee|black coffee|tea|cup of tea|cuppa|apple|banana|yoghurt|yogurt|biscuit|cracker|rice cake|slice of toast|piece of fruit|diet coke|water|soup|few bites|mouthful) (?:in|for) (?:the (?:last|past) )?(?:${NUMBER_WORD} )?(?:days|a week|weeks)\b`,
  ),
  // A long fast with nothing but drinks: "been on a 'fast' for 9 days. only water and black tea".
  concept(
    'long-fast',
    rx`\b(?:fast|fasting|fasted|water fast|juice cleanse|cleanse) (?:for|of) (?:[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten|a week|weeks)(?: days)?\b(?! ${gap(6)}(?:ramadan|lent|blood test|colonoscopy|procedure|operation|surgery|religious)\b)|\b(?:[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten) day (?:fast|water fast|juice cleanse|cleanse)\b`,
  ),
  // Only tea or coffee all day, beside a body giving out: "went to bed at 5pm cos my body had nothing left. only had a cup of tea all day".
  uncertain(
    'only-a-drink-all-day',
    rx`\bonly (?:had|drank|drunk) (?:a |one |some )?(?:coffee|black coffee|tea|cup of tea|cuppa|diet coke|water) (?:all day|today|since yesterday)\b`,
  ),
  // Nothing but smoke, coffee or gum instead of food; killing the hunger: "drink black coffee all day to kill the hunger".
  concept(
    'instead-of-eating',
    rx`\b(?:smoking|smoke|vaping|vape|chewing gum|gum|coffee|black coffee|diet coke|water|sleeping|exercise|running|drinking) instead of (?:eating|food|meals|lunch|dinner|breakfast|having (?:lunch|dinner|breakfast|a meal|tea))\b|\b(?:kill|stop|curb|numb|suppress|ignore|cheat|trick) (?:the|my) (?:hunger|appetite|hunger pangs)\b|\bappetite suppress\w*\b|\b(?:diet|slimming|weight loss) (?:pills|tablets|jabs) ${gap(8)}(?:palpitations|heart|scared to stop|too scared|off (?:a girl|someone|insta|instagram|tiktok|the internet|online|facebook))\b`,
  ),
  // Exercising or starving to undo food: "ate a sandwich so i ran 15k till i nearly collapsed", "didnt eat for 2 days to make up for it".
  concept(
    'undoing-what-i-ate',
    rx`\b(?:ate|eaten|eat|had|binge|binged|bingeing|binging|meal|food|dinner|lunch|breakfast|sandwich|snack|chocolate|cake|chips|pizza)\b ${gap(10)}(?:run|ran|running|exercise\w*|gym|walked|walking|cycled|cycling|worked out|treadmill|bike|swim|swam) ${gap(8)}(?:till|until|til|so) i (?:nearly |almost )?(?:faint\w*|pass out|passed out|collapse\w*|black out|blacked out|was sick|threw up|could not (?:stand|walk|breathe))\b|\b(?:to make up for it|to compensate|to cancel it out|to undo it|so it does not count|so they do not count|so it will not count)\b|\b(?:have to|need to|must|got to|make myself|so i can) (?:burn|work|run|walk|cycle|exercise) (?:it |them )?off (?:every|everything|all|what|anything|each)\b`,
  ),
  // Laxatives used to get rid of food: "took a whole pack of dulcolax after christmas dinner", "taking 10 laxatives a day".
  concept(
    'laxative-misuse',
    rx`\b(?:laxatives?|dulcolax|senna|senokot|bisacodyl|movicol|lactulose|ex lax|exlax|laxido)\b(?! ${gap(8)}(?:constipat\w*|colonoscopy|bowel prep|procedure|iron tablets|codeine|morphine|pregnan\w*|piles)\b) ${gap(6)}(?:after (?:i eat|eating|meals?|every meal|(?:${W} )?dinner|tea|food|a binge|bingeing|christmas)|so it (?:does not|will not) count|to (?:get rid|flush|empty|lose)|a day|every day|everyday|before (?:weigh|weighing|the scales))\b|\b(?:took|taken|take|taking|had|swallowed|necked) (?:${LOTS}|(?:1[0-9]|[4-9]|[2-9][0-9]) )(?:${W} )?(?:laxatives?|dulcolax|senna|senokot|bisacodyl)\b|\b(?:a |the )?(?:whole|full) (?:pack|packet|box|bottle) of (?:laxatives|dulcolax|senna|senokot|bisacodyl)\b`,
  ),
  // Weight falling fast: "lost a stone in 3 weeks", "lost 20 pounds in 2 weeks", "went from a size 12 to a 4".
  concept(
    'weight-falling-fast',
    rx`\blost (?:(?:about|over|nearly|almost|like) )?(?:a|one|1) stone (?:in|within) (?:(?:a|one|two|three|four|[1-4]) (?:weeks?|fortnight)|a month|(?:[0-9]+|a few) days)\b|\blost (?:(?:about|over|nearly|almost|like) )?(?:two|three|four|[2-9]) stones? (?:in|within) (?:(?:a|one|two|three|four|five|six|seven|eight|[1-8]) (?:weeks?|fortnight)|a month|(?:[0-9]+|a few) days)\b|\blost (?:(?:about|over|nearly|almost|like) )?(?:1[0-9]) (?:pounds|lbs|lb) (?:in|within) (?:(?:a|one|two|three|[1-3]) (?:weeks?|fortnight)|(?:[0-9]+|a few) days)\b|\blost (?:(?:about|over|nearly|almost|like) )?(?:[2-9][0-9]) (?:pounds|lbs|lb) (?:in|within) (?:(?:a|one|two|three|four|five|six|[1-6]) (?:weeks?|fortnight)|a month|(?:[0-9]+|a few) days)\b|\blost (?:(?:about|over|nearly|almost|like) )?(?:[5-9]|[1-9][0-9]) (?:kilos|kg|kgs) (?:in|within) (?:(?:a|one|two|three|[1-3]) (?:weeks?|fortnight)|(?:[0-9]+|a few) days)\b|\bfrom (?:a )?size (?:1[0-9]|[2-9]) (?:to|down to) (?:a )?(?:size )?(?:[0-6]|zero)\b(?! ${gap(2)}(?:months|weeks|years|shoes?|feet)\b)`,
  ),
  // Lost a lot and still not satisfied or wasting: "lost 3 stone since september ... i still feel massive", "clothes hanging off me".
  concept(
    'lost-weight-and-wasting',
    rx`\blost (?:(?:${W} ){0,3})(?:stone|stones|pounds|lbs|kilos|kg|weight) ${gap(12)}(?:still (?:feel|look|am|see) (?:so |really |too )?(?:massive|huge|fat|big|gross|disgusting)|clothes (?:are )?(?:hanging off|falling off)|want (?:it )?lower|want to lose more|need to lose more|can see (?:my )?(?:ribs|bones))\b|\b(?:the number|my weight|the scales) (?:keeps|is|are) (?:dropping|going down|falling) ${gap(4)}(?:so i keep going|keep going|not enough|want it lower|still)\b`,
  ),
  // Wanting to see bones; bones that dig in: "want to get to where i can see every rib", "my bones dig in".
  concept(
    'wanting-bones-showing',
    rx`\b(?:see|feel|count) (?:every|each|all (?:of )?my|my) (?:single )?(?:rib|ribs|bone|bones|hip bones?|hipbones|collar ?bones?|vertebrae|spine)\b|\b(?:my )?(?:bones|hip bones|spine|tailbone|ribs) (?:dig|digging|dug) (?:in|into)\b`,
  ),
  // Purging, by its signs and its secrecy: "knuckles have got marks on from where my teeth catch them when i'm sick", "jaw all swollen from being sick".
  concept(
    'purging-signs',
    rx`\b(?:knuckles|fingers|hand)\b ${gap(10)}(?:teeth|throat)\b ${gap(8)}(?:sick|throw up|being sick|purg\w*|vomit\w*)\b|\b(?:jaws?|cheeks|glands|face|throat|teeth|gums)\b ${gap(4)}(?:swollen|puffy|raw|sore|rotting|ruined|bleeding|burning|eroded|sensitive) ${gap(4)}(?:from|because of|with|after) (?:being sick|throwing up|making myself sick|purg\w*|vomiting|sicking)\b(?! ${gap(4)}(?:with|from|because of)? ?(?:the )?(?:flu|bug|virus|covid|norovirus|pregnan\w*|morning sickness|chemo\w*|migraine|food poisoning|hangover|tummy bug|stomach bug)\b)|\b(?:did not|didnt|do not|never) eat (?:anything|a thing|much)? ?${gap(8)}(?:went and|then|and) (?:threw|throw) up\b|\bwent and (?:threw|was) (?:up|sick) (?:the|my|what|everything|all)\b`,
  ),
  // Bingeing then purging or fasting, by name or as "b/p": "had a binge last night ... then didnt eat for 2 days".
  concept(
    'binge-and-compensate',
    rx`\b(?:binge|binged|bingeing|binging|overate|ate too much|pigged out)\b ${gap(12)}(?:(?:did not|didnt|do not|will not|not) eat (?:for|until|till|the next|all)|starv\w*|fasted|fast for|skip(?:ped)? (?:meals|the next)|sick|threw up|purg\w*|laxatives|(?:threw|throw|throwing|brought|bring|bringing) (?:it|them|everything|the lot|all of it)? ?(?:all )?(?:back )?up)\b|\bbinge and purge\b`,
  ),
  // Limits and punishment: "if i go over 400 i punish myself", "if i eat more than an apple i have to punish myself".
  concept(
    'limits-and-punishment',
    rx`\b(?:eat|ate|eating|eaten|have|had|food|meal|calories|cals|snack|bite)\b ${gap(10)}(?:punish|punishing) (?:myself|me)\b|\b(?:go|went|going|gone) over (?:[0-9]{3,4}|my (?:limit|calories|number|target))\b ${gap(6)}(?:punish|make myself|have to|burn|run|starve|skip|not eat|sick|hate|fast)\w*|\bcount(?:ing|s)? (?:every|each) (?:single )?(?:thing|bite|mouthful|crumb|calorie)\b|\bcount everything i (?:eat|drink|put in my mouth)\b`,
  ),
  // Fooling the scales or the people who check: "drink loads of water before the dietitian weighs me", "mam thinks im eating at me mates".
  concept(
    'hiding-not-eating',
    rx`\b(?:water load\w*|drink (?:loads of|lots of|litres of|a lot of|so much) water|weights in (?:my|the) (?:pockets|bra|clothes)|coins in my pockets)\b ${gap(8)}(?:weigh\w*|scales|dietitian|nurse|doctor|gp|clinic)\b|\bso (?:she|he|they) (?:thinks?|think|believes?) (?:i am|im|i have) (?:heavier|gained|put on|eating)\b|\b(?:thinks?|believes?|assumes?) (?:that )?(?:i am|i have been|i) (?:eating|eaten|ate|having (?:lunch|dinner|tea|meals))\b ${gap(10)}(?:not eating|not|never|do not|have not|did not)\b|\b(?:pretend|pretending|pretended|lie|lying|lied) (?:about )?(?:that )?(?:i (?:have|had|am|already) )?(?:eaten|eating|ate|already ate|had (?:lunch|dinner|tea|breakfast))\b|\b(?:scared|afraid|terrified|worried|frightened|panicking) ${gap(3)}(?:make|making|force|forcing) me (?:to )?eat\b`,
  ),
  // Nothing but drinks: "i drink only black coffee and diet coke now, no food at all".
  concept(
    'drinks-instead-of-food',
    rx`\b(?:drink|drinking|have|having) only (?:water|black coffee|coffee|tea|diet coke|diet drinks|squash)\b ${gap(8)}(?:no food|not eating|instead of (?:food|eating)|nothing (?:else|to eat))\b|\bno (?:food|solid food|solids) (?:at all|whatsoever|for (?:days|a week|weeks))\b ${gap(6)}(?:only|just) (?:water|coffee|black coffee|tea|diet coke)\b|\bonly (?:water|black coffee|coffee|tea|diet coke)\b ${gap(4)}no (?:food|solid food|solids) (?:at all|whatsoever|for (?:days|a week|weeks))\b`,
  ),
  // A very low weight, and still seeing fat: "down to 6 stone and still think i look fat".
  concept(
    'low-weight-still-fat',
    rx`\b(?:down to|only|weigh|weighing|under|below|at) (?:[4-7]|four|five|six|seven)(?: and a half)? (?:stone|st)\b ${gap(8)}(?:still|always|but) (?:${W} ){0,3}?(?:fat|huge|massive|big|gross|disgusting|heavy|lose more|want (?:it )?lower)\b|\b(?:still|always) (?:think|feel|see|look|am) (?:i (?:look|am) |myself as )?(?:so |really |too )?(?:fat|huge|massive|gross|disgusting) ${gap(6)}(?:lost|weigh|stone|bmi|size [0-9]|kilos|kg|not eating|skipping|starving)\b`,
  ),
  // Purging in secret: "i throw up in the shower after tea so my family cant hear".
  concept(
    'purging-in-secret',
    rx`\b(?:throw|throwing|threw|thrown|be|being|been|make myself|made myself|get) (?:up|sick) ${gap(8)}so (?:that )?(?:no one|nobody|noone|my (?:family|mum|mam|parents|partner|husband|wife|flatmate|flatmates|housemates?)|they|people|mum|dad) (?:can not|will not|does not|do not|would not|cant|wont|never|doesnt|dont) (?:hear|know|notice|see|find out|smell)\b`,
  ),
  // Weighing around every meal; earning food with exercise: "i weigh myself before and after every meal", "walk 5 hours so i can eat dinner".
  concept(
    'weighing-and-earning-food',
    rx`\bweigh (?:myself|me) (?:before and after|after|before) (?:every|each|all my) (?:meal|meals|time i eat|bite|snack|drink)\b|\b(?:walk|walked|walking|run|ran|running|exercise|exercised|gym|cycle|cycled|swim|swam|work out|worked out) ${gap(10)}so (?:that )?i (?:can|am allowed to|deserve to|earn|have earned) (?:eat|have (?:dinner|lunch|tea|breakfast|a meal|food|something))\b|\b(?:earn|earned|earning) (?:my |the right to )?(?:food|dinner|meals|lunch|tea|breakfast|eat)\b`,
  ),
  // Disgust at eating anything at all: "i feel disgusting if i eat anything so i just dont".
  concept(
    'disgust-at-eating',
    rx`\b(?:feel|felt|feeling) (?:so |really |absolutely )?(?:disgusting|gross|dirty|ashamed|huge|like a failure|like a pig) (?:if|when|whenever|every time|after) (?:i )?(?:eat|ate|eating|have eaten|have|put) (?:anything|something|food|at all|even|a thing)\b`,
  ),
  // Scales made to fall by not drinking: "cut out drinking water so the scales go down".
  concept(
    'making-the-scales-drop',
    rx`\bso (?:that )?(?:the scales|the number|my weight) (?:go|goes|will go|drop|drops|stay|stays|read|reads|show|shows|is) (?:down|lower|low|less)\b`,
  ),
  // One tiny thing a day: "i eat one rice cake a day", "only let myself have one glass a day".
  concept(
    'one-tiny-thing-a-day',
    rx`\bonly (?:let|allow) myself (?:to )?(?:have|drink|eat) (?:one|a|half a|1) (?:glass|cup|bottle) (?:of water )?(?:a|per|each) day\b|\b(?:scared|afraid|terrified|worried) of water weight\b|\b(?:only|just|nothing but|no more than) (?:eat|eating|have|having|allow myself|let myself have)? ?(?:one|a|an|half a|half an|1) (?:rice cake|apple|banana|cracker|yoghurt|yogurt|slice of toast|piece of fruit|biscuit|cereal bar|satsuma|orange|carrot|cup of soup|crispbread)s? (?:a|per|each) day\b|\b(?:eat|eating|have|having) (?:one|a|half a|1) (?:rice cake|cracker|crispbread|cup of soup)s? (?:a|per|each) day\b`,
  ),
  // Bones sticking out, and liked: "my collarbones stick out and i love it".
  concept(
    'bones-showing-liked',
    rx`\b(?:ribs|hip ?bones|collar ?bones|spine|shoulder blades|cheekbones|bones) ${gap(2)}(?:stick|sticking|stuck|poke|poking|jut|jutting|show|showing) (?:out )?${gap(4)}(?:love|like|proud|want|good|finally|more|best|happy)\b`,
  ),
  // A body sign kept secret: "periods stopped 5 months ago. GP doesn't know and i'm not telling her".
  concept(
    'starved-body-kept-secret',
    rx`\b${STARVED_BODY}\b ${gap(10)}(?:not telling|do not want (?:her|him|them|anyone) to know|does not know|do not know|doesnt know|nobody knows|no one knows|hiding it|hide it|keep it secret|lying about)\b`,
  ),
  // Cold in summer, layers in the heat: "i wear 3 jumpers cause im always freezing, even in july". Other illnesses do this too.
  uncertain(
    'cold-in-summer',
    rx`\b(?:always|constantly|so|really|permanently) (?:cold|freezing)\b ${gap(4)}(?:even )?(?:in )?(?:july|august|june|summer|the heat|a heatwave|when it is warm)\b(?! ${gap(8)}(?:thyroid|anaemi\w*|anemi\w*|raynaud\w*|circulation|menopause|iron)\b)`,
  ),
  // Exercise owed for food: "do 500 sit ups if i eat anything with sugar", "if i go over my limit i stay up doing star jumps til 3am",
  // "make myself do 20000 steps a day and if i dont i skip dinner", "eat a whole family pack then do a 2 hour run to get rid".
  concept(
    'exercise-owed-for-food',
    rx`\b(?:[0-9]+|hundreds of|loads of) (?:sit ups|situps|crunches|star jumps|burpees|squats|press ups|jumping jacks|laps|steps|lunges) ${gap(4)}(?:if|after|when|whenever|every time|for every) (?:i )?(?:eat|ate|have eaten|have|eating|calorie|bite)\b|\b(?:if|after|when|whenever|every time) i (?:eat|go over|have eaten|ate|have) ${gap(8)}(?:star jumps|sit ups|situps|crunches|burpees|squats|press ups|jumping jacks|cold showers)\b|\bif i (?:do not|dont|did not|didnt|have not|havent|can not|cant) ${gap(6)}i (?:skip|do not eat|dont eat|can not eat|cant eat|will not eat|wont eat|am not allowed|starve|fast)\b|\b(?:eat|ate|eaten|binge|binged|had) ${gap(12)}(?:to get rid(?: of (?:it|them|the calories|what i ate|everything))?|to burn it off|to work it off)\b|\b(?:exercise|run|running|exercising|work out|working out|gym|train|training|walk|walking) ${gap(3)}(?:til|till|until) (?:i am|im|i) (?:nearly |almost )?(?:sick|faint|dizzy|shaking|collapse|pass out|throw up|can not stand|cant stand)\b`,
  ),
  // Burning more without food: "having cold showers to burn more and standing up all day so i never sit".
  concept(
    'burning-more',
    rx`\b(?:cold showers?|ice baths?|standing|stand up|never sit|fidget\w*|shiver\w*|pacing|chewing gum) ${gap(6)}(?:to|so i|so i can) burn (?:more|calories|extra|fat|energy|it off)\b|\bburn (?:more|extra) ${gap(6)}(?:standing|never sit|cold showers?|shiver\w*|fidget\w*)\b`,
  ),
  // Bones seen, and liked: "my mum cried when she saw my collarbones. i felt good".
  concept(
    'bones-seen-and-liked',
    rx`\b(?:saw|seen|see|noticed|looked at|feel|felt|touch) my (?:collar ?bones|ribs|hip ?bones|spine|bones|shoulder blades|cheekbones)\b ${gap(10)}(?:felt good|feel good|felt proud|proud|happy|pleased|love|liked it|like it|best|whats wrong with me)\b(?<!\b(?:x ?ray|xray|scan|doctor|ultrasound|gp|nurse|physio)\b(?: [a-z0-9]+){0,10} [a-z]+)`,
  ),
  // Fooling the clinic's scales: "i take water tablets before my weigh-ins at the clinic so they dont see".
  concept(
    'fooling-the-weigh-in',
    rx`\b(?:water tablets|water pills|diuretics|laxatives|senna|water|weights|coins|heavy clothes) ${gap(6)}(?:before|ahead of) (?:my |the )?(?:weigh ins?|weighing|weigh in|appointment|clinic|scales|dietitian|gp|nurse)\b|\b(?:weigh ins?|weighing|clinic|dietitian|nurse) ${gap(8)}so (?:they|she|he|nobody|no one) (?:do not|dont|does not|doesnt|will not|wont|can not|cant) (?:see|know|notice|find out)\b`,
  ),
  // The scales decide the next day's eating: "if it goes up i dont eat the next day", "put on a pound so im not eating tomorrow".
  concept(
    'scales-decide-eating',
    rx`\bif (?:it|the number|the scales|my weight) (?:goes up|go up|has gone up|is up|went up|says|said|shows) ${gap(6)}(?:i )?(?:(?:do not|dont|will not|wont|can not|cant|not|am not allowed to) (?:eat|have (?:anything|food|dinner|lunch|breakfast|tea))|skip|fast|starve|restrict)\b|\b(?:put on|gained|gain|up) (?:a |half a |one |[0-9]+ )?(?:pound|pounds|lb|lbs|kilo|kg|stone) ${gap(6)}(?:so|now) (?:i am|im|i will|ill|i) (?:not eating|not going to eat|skip|skipping|fasting|starving|not allowed|restricting|cutting)\b|\bweigh (?:myself|me) (?:like |about |at least |over |up to )?(?:[0-9]+|ten|twenty|loads of|so many|several) times\b|\bweigh (?:myself|me) (?:naked )?(?:after every (?:meal|snack|drink|bite)|every hour|before and after (?:every |each )?(?:meal|eating|food|i eat))\b`,
  ),
  // Laxatives nightly or by the half box: "been taking senna every night, about half the box each time".
  concept(
    'laxatives-by-the-box',
    rx`\b(?:laxatives?|dulcolax|senna|senokot|bisacodyl|movicol|lactulose|ex lax|laxido)\b ${gap(6)}(?:every night|each night|every morning|half (?:the|a) (?:box|packet|bottle)|the (?:whole )?(?:box|packet)|each time|every time)\b(?! ${gap(8)}(?:constipat\w*|colonoscopy|bowel prep|procedure|iron tablets|codeine|morphine|pregnan\w*|piles)\b)|\bfound ${gap(3)}(?:laxatives|diet pills|slimming pills|senna|water tablets|appetite suppressants?)\b ${gap(8)}(?:hidden|hiding|in (?:her|his|their|my) (?:room|bag|drawer|wardrobe|bedroom))\b`,
  ),
  // Skipping meals and exercising hard; skipping everything: "skipping meals at uni and running twice a day", "i skip everything".
  concept(
    'skipping-and-exercising',
    rx`\bskip(?:ping|ped)? (?:all (?:my )?|most |every )?meals\b ${gap(8)}(?:run|running|exercise|exercising|gym|working out|work out|walking|training) ${gap(3)}(?:twice a day|three times a day|every day|all day|for hours|[0-9]+ hours)\b|\bi skip (?:everything|every meal|all my meals|all meals)\b`,
  ),
  // Ana as a companion or an achievement: "ana is the only thing im actually good at".
  concept(
    'ana-as-a-person',
    rx`\b(?:ana|mia) (?:is|was|has been) (?:the only thing|my (?:friend|best friend|only friend|coach|everything)|all i have|what keeps me|the only one)\b`,
  ),
  // Making food last or hiding it: "cut it into 8 bits to make it last", "spitting food into tissues at school dinners".
  concept(
    'making-food-last-or-vanish',
    rx`\b(?:cut|cutting|chop|chopping|break|breaking|split|splitting) (?:it|them|my food|each ${W}|the ${W}) (?:up )?into (?:[0-9]+|tiny|small|little|loads of) (?:bits|pieces|slices)\b ${gap(4)}(?:to make it last|so it lasts|so it takes longer|to make it look)\b|\bspit(?:ting)? (?:my |the |out )?(?:food|dinner|lunch|meals?|it) (?:out )?(?:into|in) (?:tissues|napkins|the bin|a bag|serviettes|my hand)\b|\b(?:hiding|hide|hid|keep|keeping|kept) (?:the )?(?:sick|vomit|puke) (?:in|under) \b|\bsick (?:bags|in bags|in a bag)\b ${gap(6)}(?:wardrobe|room|hid|hiding|hidden|under)\b`,
  ),
  // Safe when empty: "i feel safe when im empty. full feels like panic".
  concept(
    'safe-when-empty',
    rx`\b(?:feel|feels|feeling) (?:safe|clean|in control|pure|strong|powerful) when (?:i am|im|my stomach is|i feel) (?:empty|hungry|starving)\b|\b(?:being )?full (?:feels|makes me feel) (?:like )?(?:panic|disgusting|gross|fat|huge|wrong|unsafe|dirty)\b`,
  ),
  // Eating felt as disgust or failure: "eating makes me feel disgusting so ive just stopped", "if i have juice i feel like ive failed".
  concept(
    'eating-as-failure',
    rx`\b(?:eating|food|meals?) (?:makes|made) me feel (?:so |really )?(?:disgusting|gross|fat|huge|dirty|guilty|out of control|like a failure) ${gap(4)}(?:so|and) (?:i have |ive |i )?(?:just )?(?:stopped|do not|dont|will not|skip|avoid|barely|quit)\b|\bif i (?:have|eat|drink) ${gap(4)}i (?:feel like i (?:have )?failed|have failed|feel (?:like )?(?:a )?failure|feel (?:so )?(?:disgusting|fat|gross|huge))\b|\bonly ${gap(2)}(?:water|black coffee|tea|diet coke)\b ${gap(3)}(?:nothing else|no food|not eating)\b`,
  ),
  // Very low weight, or a goal weight pursued past warnings: "im 5ft 6 and six and a half stone", "heart under strain but i want to get to my goal".
  concept(
    'very-low-weight-or-goal',
    rx`\b(?:i am|im|i weigh|i only weigh|i am down to|i am only|im only|im down to) ${gap(4)}(?:[4-6]|four|five|six)(?: and a half)? (?:stone|st)\b(?! (?:of|heavier|more|lighter|less|off|down|together)\b)|\b(?:get to|reach|hit|get down to) my (?:goal|goal weight|target|target weight|gw|ugw)\b ${gap(4)}(?:first|before|then|whatever|even if)\b|\b(?:heart|strain|admit|hospital|underweight|bmi|warned|blood tests?) ${gap(10)}(?:get to|reach|hit) my (?:goal|goal weight|target weight|gw|ugw)\b|\bugw\b|\bgw (?:[0-9]+ ?(?:st|stone|kg|lbs)|is)\b|\b(?:0|zero|no) cal(?:orie)?s? days?\b`,
  ),
  // Purging: going to the toilet after every meal: "my mate goes to the toilet after every single meal ... shes so thin now".
  concept(
    'toilet-after-every-meal',
    rx`\b(?:goes|go|going|went|disappears?|runs?|rushes) (?:to|into|off to) (?:the )?(?:toilet|bathroom|loo|loos) (?:straight )?after (?:every|each|all|most) (?:single )?(?:meal|meals|time (?:she|he|they|i) eats?)\b(?! ${gap(6)}(?:ibs|crohns|colitis|bowel|coeliac|celiac|stomach condition|tummy bug|bug)\b)`,
  ),
  // Tiny, rare meals: "only eating 1 meal every 2 days now".
  concept(
    'rare-meals',
    rx`\b(?:only|just)? ?(?:eating|eat|having|have) (?:one|1|a) (?:meal|snack|thing|proper meal) (?:every|each) (?:two|2|three|3|other|few|[0-9]+) days?\b|\b(?:lost |down |dropped )(?:half a|a|one|two|[1-9]) stones? (?:this|in a|in one|in the last|in the past) (?:week|fortnight)\b|\b(?:weigh|weighing|weighed|scales|lost|down|dropped)\b ${gap(8)}(?:half a|a|one|two|[1-9]) stones? (?:off |down |lighter )?(?:this|in a|in one|in the last|in the past) week\b|\blost (?:(?:about|over|nearly|almost) )?(?:[3-9]|three|four|five|six) stones? in (?:[1-2]|one|two|a couple of) months\b|\blost (?:(?:about|over|nearly|almost) )?(?:2|two) stones? in (?:a|one) month\b`,
  ),
  // Pro-ana and pro-mia talk: "ana and mia are my besties", "been doing a lot of mia", "the ana group chat set me a challenge".
  concept(
    'ana-and-mia',
    rx`\bana (?:and|n) mia\b|\bmia (?:and|n) ana\b|\b(?:ana|mia) (?:group|group chat|chat|coach|buddy|tips|challenge|diet|lifestyle|community|accounts?|page|friends?|sisters?|girls)\b|\b(?:doing|do|did|started|start|into|back to|relapsed into) (?:a lot of |some |more )?(?:ana|mia)\b(?! (?:s |is |was )?(?:birthday|party|homework|hair|mum|mom|a favour)\b)(?! (?:and|with) (?:her|his|their|my)\b)|\bchallenge (?:not to|to not) eat\b`,
  ),
  // Not eating at all and liking it, or a body already in danger: "I don't eat at all and I like the empty feeling".
  concept(
    'eating-nothing-and-liking-it',
    rx`\b(?:do not|have not|not|never|barely|hardly) (?:eat|eaten|eating) (?:at all|anything|a thing)\b ${gap(8)}(?:like|love|enjoy|need|want) (?:the|that|being|feeling) (?:${W} )?(?:empty|hungry|hollow|light|control)\b|\b(?:like|love|enjoy|crave|chase|need) (?:the|that) (?:empty|hollow|hungry) (?:feeling|stomach)\b|\bweight (?:has )?(?:fallen|dropped|gone|got) (?:to |below )?(?:a )?(?:medically )?(?:dangerous|dangerously|critical|critically)\b|\b(?:can not|could not|unable to) (?:bring myself to )?(?:increase|raise|up) my (?:intake|calories|food|eating)\b`,
  ),
  uncertain(
    'heart-too-slow',
    rx`\bheart (?:rate|beat) (?:is |was |of |at |down to |dropped to )?(?:2[0-9]|3[0-9]|4[0-2])\b ${gap(10)}(?:hospital|admit|admitted|a and e|ae|ward|refeed\w*|weight|eat|eating|food)\b`,
  ),
  // The effects of not eating: fainted, the first food in days, water kept from the scale, a body failing.
  concept(
    'first-food-in-days',
    rx`\bfirst (?:thing|food|meal|bite|proper meal|bit of food) (?:i (?:had|would|have|d) )?(?:had |eaten |eat |had eaten )?(?:in|for) (?:days|a week|weeks|ages|(?:two|three|four|five|six|[2-9]) days)\b|\b(?:not|have not|had not|no|never) (?:had|eaten) (?:a )?(?:proper )?(?:meal|food|anything|a thing) (?:since|for|in) ${gap(6)}(?:weeks|(?:two|three|four|five|six|[2-9]) weeks|(?:four|five|six|seven|ten|[4-9]|1[0-9]) days)\b`,
  ),
  // Exercise owed for food: "if I have more than an apple I have to exercise for 3 hours to burn it off".
  concept(
    'exercise-to-burn-it-off',
    rx`\b(?:have to|must|need to|make myself|force myself to|got to) (?:exercise|run|work out|workout|walk|go to the gym|do the gym|train|cycle|swim) (?:for )?${gap(2)}(?:hours?|miles|km|kilometres)\b ${gap(4)}(?:to )?(?:burn|work|run|sweat) (?:it|that|them|everything|the calories|it all) off\b`,
  ),
  // Purging after a meal, in other words: "ate a normal tea with my family then went upstairs and got rid of it".
  concept(
    'rid-of-the-meal',
    rx`\b(?:ate|eaten|eat|eating|had|finished|finish) (?:${W} ){0,6}?(?:tea|dinner|meal|meals|lunch|breakfast|supper|food|takeaway|pizza|tea time)\b ${gap(8)}(?:went|go|goes|going|ran|run|running|straight|snuck|sneak|sneaked|off) (?:up )?(?:upstairs|to the (?:bathroom|loo|toilet|toilets)|to the upstairs (?:bathroom|loo)) ${gap(3)}(?:and|to) (?:get|got|getting) rid of (?:it|the lot|everything|all of it)\b|\b(?:got|get|getting) rid of (?:it|the lot|everything|all of it|my (?:tea|dinner|lunch|breakfast|meal)) (?:in|down) the (?:toilet|loo)\b ${gap(4)}(?:after|once) (?:i ate|eating|tea|dinner|meals?|lunch)\b`,
  ),
  concept(
    'fluids-kept-from-the-scale',
    rx`\b(?:water|drinking|fluids|drinks|food|eating|eat|drink) ${gap(6)}(?:makes?|made|will make|would make) (?:the|my) (?:scales?|weight|number|numbers) (?:go up|higher|increase|rise|jump)\b|\b(?:not|have not|had not|stopped|no) (?:drunk|drinking|drink|had) (?:any )?(?:water|fluids|anything to drink|a drink) ${gap(8)}(?:scales?|weigh|weight|lose|thinner|fat)\b`,
  ),
  concept(
    'eating-feels-impossible-and-the-body-fails',
    rx`\b(?:eating|food|to eat|the idea of eating) (?:feels|is|seems|has become) (?:completely |totally |just )?(?:impossible|too (?:scary|hard|much)|terrifying|not an option)\b|\b(?:ankles|feet|legs) (?:are )?(?:swelling|swollen) ${gap(10)}(?:heart|eat|eating|food|weight)\b|\bheart ?(?:beat|rate)? (?:is |feels |has been )?(?:really |so |very |super )?(?:slow|weak|fluttering|skipping|irregular) ${gap(8)}(?:eat|eating|food|weight|not eaten|fasting)\b`,
  ),
  // Change 11. Fasting to a weight: "getting under 45kg. I'm at 47. Fasting til I get there".
  concept(
    'fasting-to-a-weight',
    rx`\b(?:fasting|starving|not eating|restricting) (?:til|till|until|untill) (?:i|i am) (?:get|am|hit|reach|see|lose)\b|\b(?:get|getting|got to get|be|hit|reach) (?:under|below|down to) [0-9]{2,3} ?(?:kg|kgs|kilos|lbs|pounds|stone|st)\b ${gap(8)}(?:fasting|not eating|starving|skipping meals|no food|water only|only water)\b`,
  ),
  // Days without food, said flatly: "no I didn't eat today. or yesterday". Asks.
  uncertain('not-eaten-today-or-yesterday', rx`\b(?:did not|have not|had not|not) eat(?:en)? (?:anything )?(?:today|yesterday)\b (?:or|nor|and not|and) (?:yesterday|the day before|today)\b`),
  // The disorder back: "my anorexia's back and I'm hiding it from the team".
  concept(
    'disorder-back',
    rx`\bmy (?:anorexia|bulimia|eating disorder|ed|binge eating|purging)s? (?:is |has |s )?(?:come |creeping |crept )?back\b(?! (?:under control|to normal|on track|in check)\b)`,
  ),
  // Change 12. Very low weight and wanting less: "anorexia's winning. I'm 38kg and still want to lose more".
  concept(
    'low-weight-wanting-less',
    rx`\b(?:i am|im|down to|weigh|weighing) (?:only )?[2-4][0-9] ?(?:kg|kgs|kilos)\b ${gap(4)}(?:want|wanting|need|trying|have) to (?:lose|drop|get) (?:more|lower|under|less)\b|\b(?:anorexia|bulimia|my ed|the ed)s? (?:is )?winning\b`,
  ),
  // Change 16. A lower weight wanted from a low one: "got to 38kg today. want 35 by christmas".
  concept('lower-weight-wanted', rx`\b(?:got to|down to|at|hit|reached|now|i am|weigh) [2-4][0-9] ?(?:kg|kgs|kilos)\b ${gap(4)}(?:want|aiming for|goal is|going for|next (?:goal|target) is) (?:to (?:be|get to|hit) )?[2-4][0-9]\b`),
  // Food hidden: "hid my dinner in a napkin again".
  concept('food-hidden', rx`\b(?:hid|hide|hiding|hidden|hides) (?:my |the )?(?:dinner|lunch|breakfast|tea|food|meal|meals|sandwich) (?:in|under|inside|behind)\b`),
  // Days on almost nothing: "had one cup of soup since saturday".
  concept(
    'days-on-almost-nothing',
    rx`\b(?:had|eaten|ate) (?:only |just )?(?:one|a|1) (?:cup|bowl|mug|bite|piece|slice|apple|yoghurt|yogurt|cracker) of ${W} (?:since|in|all) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend|[0-9]+ days|two days|three days|days)\b`,
  ),
  // A day's calories counted low: "I'm on 300 a day and it's getting hard".
  concept(
    'calories-counted-low',
    rx`\b(?:on|eating|having|allow myself|allowing myself|under) (?:about |only |just )?[1-5][0-9]{2} (?:calories|cals|kcal)(?: a| per)? day\b|\b(?:hungry|hunger|eating|food)\b ${gap(8)}i am on (?:about |only |just )?[1-5][0-9]{2} (?:a|per) day\b`,
  ),
];

// ---------------------------------------------------------------------------------------------
// Lookalikes, recovery and negation: blanked before any pattern runs
// ---------------------------------------------------------------------------------------------

/** Words that place an injury in the kitchen, the garden, sport or an accident. */
/** Activities in which people cut or burn themselves by accident. */
const EVERYDAY_ACTIVITY =
  '(?:cooking|chopping|peeling|slicing|grating|onions?|veg|vegetables|carrots?|potatoes|bread|ironing|gardening|' +
  'diy|shaving|shave|accident|accidentally|by mistake|slipped|tripped|fell|falling|football|rugby|netball|' +
  'the cat|my cat|the dog|my dog|glass breaking|broken glass on the floor|washing up|opening|making (?:tea|dinner|the tea))';
/** Hot or sharp surfaces touched by accident ("on the oven"); "with the kettle" is a tool, not an accident. */
const EVERYDAY_SURFACE =
  '(?:oven|oven door|hob|pan|pans|kettle|iron|straighteners|curling tongs|bbq|barbecue|grill|toaster|tin|can|lid|envelope|' +
  'paper|brambles|roses|rose bush|hedge|saw|nail|stanley knife at work|knife)';
const EVERYDAY_CAUSE = `(?:${EVERYDAY_ACTIVITY}|(?:on|off|from|against|touching|touched|grabbing|grabbed|knocked|knocking|getting (?:${W} ){0,2}out of) (?:the |a |my |some |an )?(?:hot )?${EVERYDAY_SURFACE}|at work|at the gym)`;
/** Told before an injury, these say it was not an accident: "the only way I can stop the panic is burning my hand on the hob". */
const NOT_AN_ACCIDENT_BEFORE =
  '(?<!\\b(?:only way|only thing|to cope|to stop|the panic|urges?|voices?|telling me|told me|tell me|started|start|starting|keep|kept|been|always|every time|whenever|deliberately|on purpose|need to|have to) (?:[a-z0-9]+ ){0,6})';
/** Present-day relapse words that a recovery story must not reach across. */
const NOT_RECOVERY_GAP = `(?:(?!(?:again|last|yesterday|tonight|relapsed|relapsing|started|currently|recently|urges|want|wanna|thinking|but now|now i)\\b)${W} )`;
/** Nothing in the next words brings the risk back ("...doing well now, but last night i cut again"). */
const NOTHING_RETURNS = `(?!(?: ${W}){0,8}? (?:again|last night|yesterday|tonight|this week|relapsed|relapsing|but now|but i|started|back to|new ones)\\b)`;
/** My kinds' risk words as they appear in a recovery story. */
const PAST_RISK =
  '(?:self harm\\w*|cut|cuts|cutting|cut myself|burn\\w* myself|hurt\\w* myself|harm\\w* myself|overdos\\w*|an overdose|' +
  'anorexi\\w*|bulimi\\w*|(?:an |my )?eating disorder|starv\\w* myself|starve|not eating|making myself sick|made myself sick|' +
  'purg\\w*|scars|laxatives|too many (?:tablets|pills)|punch\\w* walls?|(?:save|saving|saved) up (?:pills|tablets|meds)|stockpil\\w*|hoard\\w*)';
const PAST =
  '(?:used to|years ago|year ago|months ago|ages ago|a while ago|long time ago|back in|back when|when (?:i|she|he|they) (?:was|were) ' +
  '(?:younger|little|a (?:teen|teenager|kid|child|student|wean)|at (?:school|uni|college)|[0-9]+)|as a (?:teen|teenager|kid|child|student)|' +
  'at (?:school|uni|college|university|[0-9]+)|in my (?:teens|twenties|20s|thirties|30s|youth)|in (?:19|20)[0-9][0-9]|' +
  'a few years back|years back|previously|in the past|had a (?:bad patch|phase|rough patch)|went through a (?:phase|bad patch)|' +
  'once upon a time|in lockdown|during lockdown|in the pandemic|during the pandemic|my old|old)';
const RECOVERY =
  '(?:(?:doing|feeling|feel|am|i am|im) (?:really |so |very |much |loads |a lot |fully )?(?:well|great|good|better|fine|brilliantly|ok|okay|steadier|stronger|strong|happy|happier|safe)|' +
  '(?:fully )?recovered|in recovery|recovery is possible|(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|many) (?:days?|weeks?|months?|years?) (?:clean|free|sober)(?: now)?|' +
  '(?:clean|free) (?:of it|from it|now)|been (?:well|stable|fine|good|ok|great|clean|free)|well since|stable since|lifes? (?:is )?(?:good|great|different|completely different|so different|brilliant)|' +
  'in a (?:good|better) place|safe now|discharged|never thought i would get here|grateful|glad i (?:did not|survived)|' +
  `do not get the urges|no urges|(?:have not|not|no|never) (?:done it|did it|done that|cut|self harmed|needed to|felt like)(?: (?:in|for|since) (?:i was [0-9]+|${W}))?|` +
  'long gone|behind me|happy now|happy noo|proud|survived|a job i love|i am [0-9]+ now|i am [0-9]+ and|now [0-9]+|(?:ok|fine|okay) now|' +
  'do not bother me|eat (?:properly|normally|well|three meals)|eating (?:three|3) meals|ate a big|enjoying food|' +
  'doing (?:brilliantly|amazingly|really well)|now i (?:use|run|go|have|do)|these days|' +
  'things are (?:much |so |a lot |loads )?better|(?:have not|not|never) (?:touched|used|taken|needed) (?:them|it|any)|' +
  'handed them (?:all )?in|gave them (?:all )?(?:back|in)|felt amazing|(?:i am|im|feel|feeling) (?:fine|ok|okay|well|good) now)';

export const selfHarmLookalikeMasks: readonly RegExp[] = [
  // A cut or burn from cooking, the garden or an accident, told with a few words between: "cut my finger again chopping onions".
  rxAll`${NOT_AN_ACCIDENT_BEFORE}\b(?:cut|cuts|cutting|sliced|slicing|nicked|nicking|burnt|burned|burn|burning|scalded|scalding|grazed|stabbed) (?:${SELF}|my (?:${W} )?${W}) ${gap(8)}${EVERYDAY_CAUSE}\b(?! ${gap(6)}(?:on purpose|deliberately|to feel|because i (?:wanted|deserve|hate)|till|until|again|every))`,
  rxAll`\b(?:cooking|chopping|peeling|slicing|oven|hob|kettle|bbq|barbecue|ironing|gardening|shaving|diy) ${gap(6)}(?:cut|cuts|sliced|nicked|burnt|burned|burn|scalded|grazed) (?:${SELF}|my (?:${W} )?${W})\b(?! ${gap(6)}(?:on purpose|deliberately|to feel|because i (?:wanted|deserve|hate)|till|until|again|every))`,
  rxAll`\b(?:cuts|burns|scratches|grazes|scars|cut|burn|scratch|graze|scar) ${gap(6)}(?:from|after|when|while|off) ${gap(3)}(?:${EVERYDAY_ACTIVITY}|${EVERYDAY_SURFACE}|kitten|puppy|mud|paint|bites|mosquitos?|midges|rash|eczema|chickenpox|sunburn|gardening|the garden|work)\b`,
  // Scratching bites and rashes: "scratching my mozzie bites till they bleed", "my eczema flares and i scratch till it bleeds".
  rxAll`\b(?:eczema|itchy|itching|itch|rash|hives|psoriasis|bites|mozzie|midges|chickenpox|chicken pox|sunburn|dermatitis) ${gap(6)}(?:scratch\w*|pick\w*)\b(?: ${gap(6)}(?:bleed\w*|bled|blood|raw|sore)\b)?`,
  rxAll`\b(?:scratch\w*|pick\w*) ${gap(4)}(?:bites?|mozzie|mossie|midge|midges|insect|flea|chicken ?pox|eczema|rash|hives|scabs?|spots?|itch\w*|sunburn|psoriasis)\b(?: ${gap(6)}(?:bleed\w*|bled|blood|raw|sore)\b)?`,
  // A habit or hobby relapse, not self-harm: "started smoking again after 6 months", "back on the drink".
  rxAll`\b(?:smoking|smoke|fags?|cigarettes?|ciggies?|vaping|vapes?|drinking|drink|drinks|booze|alcohol|wine|beer|weed|drugs|coke|gambling|betting|gym|diet|slimming world) ${gap(6)}(?:relapsed|relapse|relapsing|slipped up|started again|back to it)\b|\b(?:relapsed|relapse|relapsing|slipped up|started again|back to it) ${gap(3)}(?:on |with |into )?(?:the |a )?(?:smoking|fags?|cigarettes?|ciggies?|vaping|vapes?|drinking|drink|drinks|booze|alcohol|wine|beer|weed|drugs|coke|gambling|betting|gym|diet)\b`,
  // Medicine taken as told: "took all my tablets this morning like the doctor said".
  rxAll`\b(?:took|taken|take|taking) all (?:of )?my (?:${W} )?(?:tablets|meds|medication|pills|medicines) ${gap(4)}(?:(?:like|as) (?:the |my )?(?:doctor|gp|pharmacist|nurse|consultant) (?:said|told|says|prescribed|asked)|as prescribed|as usual|on time|like normal|like always)\b`,
  // A bigger dose on the doctor's say: "my nan has to take double her dose because the doctor said so".
  rxAll`\b(?:take|taking|takes|took|on) (?:double|twice|triple) (?:her|his|my|the|their) (?:dose|tablets|meds|medication) ${gap(4)}(?:because|as|cos|since|like) (?:the |my |her |his )?(?:doctor|gp|consultant|nurse|pharmacist|hospital) (?:said|says|told|prescribed|wants|asked)\b`,
  // Razors where razors are kept: "i keep a razor in my wash bag".
  rxAll`\b(?:keep|keeps|kept|have|got|bought|put|left|packed) (?:a |my |the |some |new )?(?:razors?|blades?) (?:in|for) (?:my |the )?(?:wash ?bag|toiletry bag|toiletries|bathroom cabinet|shower|shaving kit)\b`,
  // Counting for sport, not restriction: "counting every calorie for my bodybuilding cut, 2500 a day".
  rxAll`\bcount\w* ${gap(3)}(?:calories?|cals|macros) ${gap(8)}(?:gym|bodybuilding|bulk|bulking|my cut|cutting phase|macros|protein|muscle|lifting|training|marathon|[1-4][0-9]{3} (?:a day|calories|cals|kcal))\b`,
  // Spitting out what cannot be eaten: "i chew and spit out sunflower seed shells".
  rxAll`\bchew\w* and spit\w* (?:out )?(?:the )?(?:${W} ){0,2}?(?:shells|pips|stones|husks|tobacco|gum)\b`,
  // Taking a load somewhere: "i took the lot to the tip".
  rxAll`\b(?:took|taken|take|taking) (?:the (?:whole )?lot|everything|it all|them all) (?:to|down to|round to|back to|into|in to) (?:the )?(?:tip|dump|charity shop|charity|shop|car|bank|post office|recycling|skip|loft|garage|school|work|office|pharmacy|chemist)\b`,
  // Clear past with recovery, for these kinds' words (false-alarm-masks.ts has the general case):
  // "used to burn myself at school. havent done it in over 5 years", "been off the self harm for 18 months".
  rxAll`\b${PAST} ${NOT_RECOVERY_GAP}{0,8}?${PAST_RISK}\b ${NOT_RECOVERY_GAP}{0,20}?${RECOVERY}\b${NOTHING_RETURNS}`,
  rxAll`\b${PAST_RISK}\b ${NOT_RECOVERY_GAP}{0,10}?${PAST}\b ${NOT_RECOVERY_GAP}{0,16}?${RECOVERY}\b${NOTHING_RETURNS}`,
  // "in recovery from bulimia for 3 years", "its been 4 years since i last hurt myself, i got a tattoo to celebrate".
  rxAll`\b(?:in recovery|recovering|recovered|been recovered) (?:from|for) ${PAST_RISK}\b`,
  rxAll`\b(?:it has been|its been|been) ${NUMBER_WORD} (?:months?|years?) since i (?:last )?(?:hurt myself|cut|self harmed|harmed myself|burned myself|burnt myself|purged|made myself sick|took an overdose|overdosed|binged)\b(?! ${gap(8)}(?:but|and i (?:want|need|am struggling|feel like)|urges|again|struggling|want to|tempted)\b)`,
  rxAll`\b(?:clean|free) (?:from|of) ${PAST_RISK} (?:for )?${gap(2)}(?:days?|weeks?|months?|years?)\b|\b(?:without|off|off the|free from|clean from) ${PAST_RISK} (?:for|since) ${gap(2)}(?:days?|weeks?|months?|years?|today|school|uni)\b|\b(?:days?|weeks?|months?|years?) (?:without|free from|clean from|clean of|free of) ${PAST_RISK}\b(?! ${gap(10)}(?:did not|could not|never|failed to|not even) (?:even )?(?:manage|make it|last|get (?:to|past|through))\b)`,
  // Negations (false-alarm-masks.ts has "no thoughts of ..."): "not hurting myself, just wanted a chat", "ive not cut since school".
  rxAll`(?<!\b(?:at|with|on|about|of|stop|keep|keeping|staying|stay|struggle|struggling|hard|trying|try|can|could|will|would) )\bnot (?:hurting|harming|cutting|burning|starving|making) myself(?: sick)?\b(?! ${gap(3)}(?:anymore but|but|though|instead)\b)`,
  rxAll`\b(?:have not|has not|not|never) (?:cut|self harmed|burned|burnt|hurt myself|harmed myself|made myself sick|purged|starved myself|taken an overdose|overdosed) (?:myself )?(?:in|for|since) (?:${W} ){0,2}?(?:years|ages|months|a long time|school|uni|[0-9]+)\b|\b(?:have not|did not) (?:self harmed|cut|hurt myself|harmed myself) and i (?:do not|will not) (?:want|plan|intend|feel like)\b`,
  rxAll`\b(?:do not|does not|never|not|no longer) feel(?:ing)? like (?:hurting|harming|cutting|burning|starving|purging|killing) myself\b(?! ${gap(3)}(?:but|though|anymore but)\b)`,
  rxAll`\b(?:have not|has not|had not|not|never) been (?:purging|starving myself|restricting|making myself sick|bingeing|self harming|cutting|burning myself|hurting myself)\b(?! ${gap(3)}(?:but|though|much|as much|as often)\b)`,
  rxAll`\b(?:do not|dont|have not|havent|never) (?:have|got|had|kept) (?:any )?${MEDICINE} (?:saved|stashed|stockpiled|hoarded|put by|hidden|set aside)(?: up)?\b`,
  rxAll`\bi (?:do not|never) (?:self harm|cut myself|burn myself|hurt myself|harm myself|make myself sick|purge|starve myself)\b(?! ${gap(4)}(?:anymore but|but|though|instead|however|except)\b)`,
  rxAll`\b(?:never|not) (?:taken|take|took|had) more than (?:the |my )?(?:recommended|prescribed|normal|usual|stated)\b|\b(?:did not|do not|never) take (?:extra|more|any extra)\b`,
];
