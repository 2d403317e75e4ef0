/**
 * Concepts for suicide risk written for paraphrase: intent, passive wishes, plans and
 * preparations, acute danger and command voices. Each signal combines small lexicons (who, act,
 * means, place, time, finality) inside bounded windows instead of memorising sentences, so
 * wording never seen before is still read. All run on normalised text with the broad guards
 * applied (see broad-signals.ts); harmless lookalikes ("my last message tonight", "giving away
 * clothes to charity", "sorting my will with a solicitor at 70") must stay safe.
 */

import { gap, rx, W, type RiskPattern } from './regex-helpers';
import { OTHERS, RELATIVE, SUBSTANCE } from './risk-patterns';

interface Level {
  readonly urgent?: boolean;
  readonly uncertain?: boolean;
  readonly hyperbole?: boolean;
}
const named = (name: string, pattern: RegExp, level: Level = {}): RiskPattern => ({ name, pattern, ...level });
const URGENT: Level = { urgent: true };
const UNCERTAIN: Level = { uncertain: true };
/** Dropped when the message is plainly joking ("lol"). */
const JOKABLE: Level = { hyperbole: true };

// ---------------------------------------------------------------------------------------------
// Lexicons
// ---------------------------------------------------------------------------------------------

/** A day a plan can be set for. */
const DAY = '(?:tonight|today|tomorrow|this week|this weekend|the weekend|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** The writer, in standard, Scots and Northern forms ("masel", "meself"). */
const ME = '(?:myself|meself|masel|mysel|mysen)';
/** Where the message or the next thought begins: the end, or a word that opens a new clause. */
const NEXT = '(?= *$| (?:i|and|so|but|because|honestly|tbh|now|tonight|anyway|really|please|sorry|lol|x+)\\b)';
/** A time that makes a plan concrete: tonight, Sunday morning, at 2am, once everyone is asleep. */
const TIME =
  '(?:tonight|today|tomorrow|this (?:evening|afternoon|morning|weekend|week)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|night|evening|afternoon))?|' +
  'after (?:work|school|dark|midnight)|at (?:midnight|[0-9]+ ?(?:am|pm|o clock)?)|[0-9]+ ?(?:am|pm)|in the morning|' +
  '(?:once|when) (?:everyone|everybody|they|the kids|he|she) (?:is|are|has|have)? ?(?:asleep|in bed|out|gone|left)|' +
  'before (?:anyone|anybody|everyone|they|the kids) (?:is|are|gets|get|wakes|wake) up)';
/** Family and loved ones a farewell is addressed to (with Scots "wean", "lassie"). */
const LOVED =
  `(?:(?:two|three|four|five|six)(?: (?:kids|children|boys|girls))?|${RELATIVE}|kids|boys|girls|lassie|laddie|wean|weans|bairns?|grandkids|grandchildren|loved ones|everyone|friends?|mates?|family)`;
/** A ligature: anything that can be tied. */
const LIGATURE =
  '(?:rope|ropes|belt|belts|cord|cords|cable|cables|flex|wire|scarf|scarves|tie|noose|ligature|sheet|bed sheet|bedsheet|' +
  'dressing gown cord|charger cable|charger lead|shoelaces?|laces|tights|strap|straps|washing line|dog lead|lead)';
/** Something a ligature can be fixed to. */
const ANCHOR =
  '(?:beam|beams|rafters?|joists?|bannisters?|banisters?|stair rail|handrail|loft hatch|loft|hook|door handle|door frame|doorframe|' +
  'top of the door|wardrobe|wardrobe rail|curtain rail|shower rail|pole|tree|branch|light fitting|bunk bed|bed frame|pipe)';
/** A high place, a railway or open water, where people go to end their life. */
const DANGER_PLACE =
  '(?:bridge|viaduct|flyover|overpass|roof|rooftop|ledge|cliff|cliffs|cliff edge|cliff top|clifftop|' +
  'top of (?:the |a )?(?:car park|multi storey|building|flats|tower|block|cliffs?|quarry|stairwell)|car park|multi storey|' +
  'top floor|balcony|pier|harbour wall|harbour|sea wall|jetty|dock|docks|quay|quayside|platform|train tracks|railway line|' +
  'railway tracks|railway|tracks|level crossing|station|quarry|dam|reservoir|river|riverbank|river bank|canal|loch|' +
  'lighthouse|headland|beachy head|motorway|dual carriageway|hard shoulder|edge of (?:the |a )?(?:bridge|roof|platform|cliff|building|car park|water))';
/** Danger at such a place said by the writer of themself: edging closer, unable to step back, not moving. */
const DANGER_SELF =
  '(?:(?:edging|edged|inching|creeping|shuffling|leaning|stepping|moving) (?:a bit |a little |slightly |even |right )?(?:closer|nearer|forward|further out)|' +
  '(?:getting|going|walking|got) (?:a bit |a little |slightly |even |right )?(?:closer|nearer) to the edge|' +
  '(?:i am|am|im|i keep|keep) (?:so |really |right |too |very )?(?:close to|near|on|at) the (?:very )?edge|' +
  '(?:climbed|climbing|climb|got|getting|gone) (?:over|onto|on to|up on) (?:the )?(?:railings?|barrier|safety barrier|parapet|ledge|wall)|(?:wrong|other) side of the (?:railings?|barrier|parapet)|' +
  'not (?:ever )?going (?:back )?home(?= *$| (?:again|ever)\\b)|(?:do not think i am|not|i am not) (?:driving|going|coming|getting|walking) (?:back )?home|' +
  '(?:stood|standing|sat|sitting|perched) (?:right )?(?:here |there )?(?:at|on) the (?:very )?edge|(?:i am|im|am|i have got|got) over the (?:barrier|railings?|fence|edge|parapet|wall)|' +
  '(?:hands?|feet|foot|legs) (?:are |is )?(?:on|over|through) the (?:railings?|barrier|edge|ledge|parapet)|(?:is|are) right (?:there|here) in front of me|right in front of me|' +
  '(?:working|building) (?:myself )?up to it|(?:plucking|getting) up the (?:courage|nerve)|stayed there (?:for )?(?:an hour|hours|ages)|ending up at the edge|' +
  '(?:wants?|wanting|urge|urges|tempted|going|about|ready) to jump|(?:thinks|think) (?:i am|am|im) (?:at|with|in) ' + gap(3) + 'but (?:i am|am|im) (?:actually |really )?(?:at|on)|' +
  '(?:can not|could not) (?:make myself |bring myself to |seem to )?(?:walk|step|move|climb|back) (?:away|back|down|off)|' +
  '(?:am|i am) (?:not|no) (?:moving|going anywhere|getting down|coming down)|talk me down|' +
  'not (?:here |there )?(?:to|for) (?:get|getting|catch|catching|board|boarding) (?:on )?(?:a |the |any |one )?trains?|' +
  '(?:i am|am|i have been|been) (?:sat|stood|standing|sitting) (?:here )?(?:for )?(?:hours|ages|an hour|all night))';
/** A scene of danger that needs the writer placed there too: the long way down, a train that won't stop. */
const DANGER_SCENE =
  '(?:(?:a |such a |so )?long way down|(?:so|really|right|too|very) close to the edge|over the (?:railings?|barrier|edge|side|fence)|' +
  '(?:wrong|other) side of the (?:railings?|barrier|fence)|climbed (?:over|up on|onto|on to)|looking (?:down|over the edge)|staring (?:down|at the water)|' +
  '(?:trains?|it) to (?:come|go|pass) through|(?:fast|non stop|non stopping|express) (?:train|trains|one|ones) (?:to )?(?:come|comes|coming|go|goes|going|pass|passes|passing) through|' +
  '(?:one|a) step (?:away|and)|just (?:step off|let go|lean)|let (?:myself )?(?:go|fall|drop)|the drop(?! (?:off|in|zone|point|kerb))|how high (?:it|this) is)';
/** The writer placed somewhere: "I'm stood at", "sat on", "standing at the end of". */
const PLACED =
  '(?:^|\\b(?:i am|am|im|i have been|been|i|just|still|currently|now) )(?:' + W + ' )?(?:stood|standing|sat|sitting|perched|leaning|waiting|parked|on|at|up|out on|by)';
/** Commands heard: a voice, "the thoughts", something in the head, a god, told or ordered. */
const VOICE =
  '(?:voices?(?! (?:on|of|from|in) (?:the |my |a )?(?:sat ?nav|satnav|gps|alexa|siri|radio|tv|telly|phone|app|advert|film|game))|voice in my head|the thoughts|my thoughts|intrusive thoughts|these thoughts|thoughts|something in my head|' +
  'someone in my head|someone (?:talking|whispering|speaking|shouting) in my (?:ear|head)|something inside me|(?:a |the )?(?:face|figure|man|woman|person|shadow|thing|reflection|child) in (?:the|my) (?:mirror|head|room|corner|window)|someone inside (?:me|my head)|a speaker in my head|god|jesus|the lord|the devil|devil|satan|' +
  'demons?|spirits?|angels?|my ed|ana|the illness|my illness|the man in my head|my head|my brain|my mind)';
const COMMAND =
  '(?:tell|tells|telling|tellin|told|say|says|saying|sayin|said|order|orders|ordering|ordered|command|commands|commanding|' +
  'commanded|whisper|whispers|whispering|whispered|scream|screams|screaming|screamed|shout|shouts|shouting|shouted|yell|yells|' +
  'yelling|chant|chants|chanting|urge|urges|urging|want|wants|wanted|make|makes|making|made|instructs?|instructing|' +
  'demands?|demanding|goes|going|keeps going|keep going|on at me)';
/** Who or what is giving the command, with the commanding verb. */
const SOURCE =
  `(?:${VOICE} ${gap(5)}${COMMAND}|(?:hear|hears|hearing|hearin|heard) ${gap(4)}(?:voices?|them|it|him|her|someone|something|a voice|the voice|my name|${W}) ${gap(3)}(?:say|says|saying|sayin|tell|tells|telling|tellin|told|go|going|goes|whisper\\w*|scream\\w*|shout\\w*|chant\\w*)|` +
  `(?:it|they|something|someone|he|she) (?:keeps?|kept|is|are|was|were|has been|have been|will not stop|just keeps?) (?:${W} )?(?:telling|tellin|saying|sayin|whispering|screaming|shouting|ordering|commanding|chanting|repeating|yelling|going)|` +
  `(?:keep |keeps |kept )?(?:hear|hearing|hearin) (?:voices?|a voice|the voice|my name|them|it)|` +
  `(?:it|something|someone) (?:says|said|tells me|told me|whispers|screams|orders me|wants me)|(?:getting|get|got|hearing|hear|receiving) (?:${W} )?(?:commands|orders|instructions) (?:to|telling)|` +
  `(?:they|it|something|someone) (?:say|says|said|tell me|tells me|told me) (?:that )?(?:i (?:have|need|must|got) to|i should|i must|to))`;
/** A harmful act against the writer's own body or life. */
const SELF_ACT =
  `(?:(?:kill|killing|end|ending|hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing|hang|hanging|drown|drowning|stab|stabbing|starve|starving|poison|poisoning|strangle|suffocate|top) (?:${ME}|yourself|me\\b(?! (?:a|some|up|down|out|off|to|into|dinner|tea)\\b))|` +
  `(?:cut|burn|scratch|scrub|rip|tear|pull|peel|carve|slash|gouge) (?:out |off )?(?:my|your) (?:${W} )?(?:skin|hands?|arms?|legs?|wrists?|face|eyes?|bad parts|body|flesh|throat|thighs?|teeth|tooth|nails|fingernails|tongue|ears?)|cut out the bad|` +
  `cut(?= *$)|cut (?:and cut|until|till|deeper|again|more|tonight|now)\\b|put my (?:${W} )?(?:hands?|arms?|fingers|face|feet) (?:in|into|on|over) (?:the )?(?:fire|flames?|candle|hob|oven|boiling|kettle)|` +
  `(?:go|get|lie|stay) (?:in|into|under) (?:the )?(?:bath|water|river|sea) and (?:not|never) come (?:back )?up|go under and stay|stop taking (?:my )?(?:${W} )?(?:insulin|meds|medication|tablets|pills|lithium)|` +
  `(?:come and |come to )?(?:join|be with) (?:her|him|them|my (?:${W} )?${W})|you know what (?:to do|you (?:have|need|got) to do)|` +
  `die|be dead|end it|end it all|do it (?:now|tonight|do it)|finish it|jump (?:off|aff|from|in|into|out|jump)\\b|step (?:off|out|in front)|walk (?:into|in front|out in|out into|off)|` +
  `(?:stand|lie|lay|sit) (?:down )?(?:in|on) (?:the )?(?:road|traffic|middle of the road|tracks|line|motorway|dual carriageway)|` +
  `go (?:to|and (?:stand|wait|lie) (?:on|at|by)) (?:the )?(?:train |railway )?(?:tracks|line|bridge|river|sea|roof|cliffs?|station|canal)|` +
  `be with (?:him|her|them|my (?:${W} )?${W})|crash (?:the|my) car|drive (?:into|off)|set (?:${ME}|me|yourself) (?:on fire|alight)|` +
  `(?:drink|swallow|take|eat|neck) (?:the |some |all (?:the |my )?|a )?(?:${W} )?(?:bleach|anti freeze|antifreeze|batteries|pills|tablets|poison|them all|the lot|everything|all of them|glass)|` +
  `take (?:them all|all of them|the lot|an overdose)|overdose|stop (?:eating|drinking)(?! (?:so much|junk|sugar|after|late|meat|crisps|chocolate|rubbish|takeaways|out|fast food|carbs|bread|between|fizzy|alcohol|coffee|energy)\\b)|` +
  `(?:do not|not|never) eat|starve|burn (?:the|my) (?:flat|house|place|room) down with me)`;
/** A harmful act against someone else, including exorcising a "possessed" child. */
const OTHER_TARGET = `(?:${OTHERS}|strangers|whoever|anyone who|my (?:${W} )?(?:students|pupils|patients|class|colleagues)|the (?:${W} ){0,2}(?:man|woman|lady|boy|girl|kid|kids|baby|child|children|family|dog|neighbours?|people|person|guy|bloke|lad|stranger|strangers))`;
const OTHER_ACT =
  `(?:(?:kill|killing|murder|hurt|hurting|harm|harming|stab|stabbing|attack|attacking|poison|poisoning|strangle|strangling|smother|smothering|drown|drowning|burn|shoot|hit|punch|beat|batter|punish|choke|push|slash|cut|sacrifice|sacrificing|get rid of|shake|shaking) ${OTHER_TARGET}|` +
  `get (?:him|her|them) (?:first|back|before)|stop (?:him|her|them) for good|(?:needs?|has|have|must) to be (?:stopped|dealt with|taken out|got rid of|punished|silenced|killed|destroyed)|` +
  `(?:set fire to|burn down|torch) (?:the|their|his|her|my|next doors|a) (?:${W} )?(?:house|flat|school|home|building|place|church|mosque|shop|car)|run (?:${OTHER_TARGET}) (?:over|down)|run over ${OTHER_TARGET}|` +
  `${OTHERS} (?:would be|are|is|will be) (?:better|safer|happier) (?:off )?dead|get (?:the|a) (?:devil|demon|evil|bad) ${gap(2)}out of (?:him|her|them|my|the)|` +
  `(?:him|her|them|${OTHERS}) ${gap(2)}(?:deserves?|deserved|has to|have to|must|needs? to) (?:to )?die)`;
/** Something a person hands over or puts in order before they die. */
const BELONGINGS =
  '(?:cat|cats|dog|dogs|pets?|rabbit|guitar|motorbike|bike|car|games|console|collection|jewellery|rings?|watch|savings|money|' +
  'stuff|things|belongings|possessions|clothes|plants|records|books|tools)';
/**
 * Acts of preparation or farewell: letters to loved ones, a will or affairs put in order,
 * passwords left, accounts deleted, debts cleared, belongings handed on, goodbyes said.
 * Each is ordinary on its own; beside a word of finality (FINAL) it is a preparation.
 */
const PREPARATION =
  `(?:(?:letters?|notes?|cards?|messages?|videos?|voice notes?|emails?|goodbyes?) (?:to|for|tae) (?:my |me |ma |the |our |each of my |all my )?(?:${W} )?${LOVED}\\b(?! (?:teachers?|school|nursery|club|coach|birthday)\\b)|` +
  `(?:written|wrote|writing|finished|done|left|leaving|typed|recorded|scheduled|posted|put) (?:all )?(?:the |my |a |some |ma )?(?:letters?|notes?|goodbyes?)|` +
  `(?:the |my )?(?:notes?|letters?) (?:is|are) (?:done|written|finished|ready)|` +
  `(?:sorted|sorting|sort|tidied|tidying|put|putting|got|getting|written|wrote|made|did|done|updated|finalised|signed) (?:out )?(?:all )?(?:my|me|ma) (?:${W} )?(?:will|affairs|paperwork|finances|pension|life insurance|funeral)|affairs in order|` +
  `(?:passwords?|pin numbers?|pin codes?|log ?ins?|bank details|account details)|` +
  `(?:deleted|deleting|closed|closing|cancelled|cancelling|shut down|deactivated|paid off|paying off|cleared|clearing) (?:all )?(?:of )?(?:my|me|the) (?:${W} )?(?:accounts?|social media|insta|instagram|facebook|snapchat|snap|tiktok|twitter|contract|catalogue|debts?|direct debits?|credit cards?|overdraft|subscriptions?|search history|browser history|history)|` +
  `(?:gave|given|give|giving|left|leaving|handed|promised|rehomed|rehoming) ${gap(3)}(?:my|me|ma|our) (?:${W} )?${BELONGINGS}|${BELONGINGS} (?:is |are )?(?:going|split|divided|shared|left) (?:to|between|among)|` +
  `(?:returned|took back|taken back|gave back|given back|posted) ${gap(3)}(?:books?|ladder|keys?|stuff|things|everything)|(?:cleaned|tidied|cleared) (?:the |my )?(?:whole )?(?:house|flat|room|place)|` +
  `(?:said|say|saying) (?:goodbye|bye|ta ra|my goodbyes) to|hugged (?:my|the|him|her)|` +
  `(?:told|tell|telling|rang|called|phoned|texted|messaged|visited|sent|send|sending|wrote|write|writing) (?:my )?(?:${W} )?${LOVED} ${gap(8)}(?:i love (?:them|you|him|her)|sorry|goodbye|thank you)|` +
  `(?:written|wrote|left|leaving) (?:my |me |ma )?(?:${W} )?${LOVED} (?:a |some )?(?:letters?|notes?|cards?|messages?)|(?:telling|told|tell|shown|showed|show) (?:her|him|them|my (?:${W} )?${W}) where (?:everything|the (?:will|papers|documents|key|keys|money|paperwork|deeds)) (?:is|are)|` +
  `(?:say|said|saying) sorry|(?:sorted|sorting|worked|working|decided|deciding|arranged|written) (?:out )?who (?:gets|has|takes|will get|is having|is getting) (?:what|my)|(?:send|sent|sending|bought|buy|buying) ${gap(3)}(?:flowers|a card|presents?|gifts?|a message)|funeral (?:songs|music|playlist|hymns|readings|plans?|wishes))`;
/** A word of finality that makes a preparation a farewell: "for after", "no loose ends", "where I'm going". */
const FINAL =
  `(?:for (?:after|afterwards)(?= *$| (?:i|and|so|x)\\b)|so (?:they|he|she|them|someone|somebody|the kids|my (?:${W} )?${W}) ${gap(2)}(?:find|finds|read|reads|get|gets|see|sees) (?:them|it|they|the letters?|the notes?)|` +
  `(?:it is |its )?not (?:his|her|their|your|yours|anyones|anybodys) fault|hope (?:she|he|they|you) (?:understand|understands|can forgive|forgive|forgives)|whatever happens|` +
  `no loose ends|loose ends (?:tied|sorted|done)|(?:last|final) (?:bits|bits and pieces|things|thing|jobs?|few things|arrangements) (?:organised|sorted|done|in order|tied up|on (?:my|the) list|to sort)|last thing on my list|` +
  `(?:will not|do not|would not|not going to|no longer) (?:be )?need(?:ing)? (?:it|them|this|that|those|these|any of (?:it|this|them)|anything) (?:where i am going|after (?:tonight|today|this weekend|this week|next week|the weekend|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow)|anymore)|where i am going|nothing (?:left|else) to (?:sort|do|organise|tie up|arrange)|(?:need|needs|have|find|use) (?:it|them|this) after(?= *$| (?:i|and|so)\\b)|(?:will not|do not|would not) need (?:it|them|this|those|these|anything) (?:soon|much longer|for much longer)|` +
  `(?:its|it is) time${NEXT}|finally (?:get|have|be at|find) (?:some )?peace|(?:tidying|sorting|clearing) (?:things |everything |it all )?(?:up )?before(?= *$)|` +
  `(?:will not|not going to|wont) be (?:here|around|about|aboot|alive) (?:in the morning|by the morning|by morning|tomorrow|much longer|for much longer|for long)|` +
  `for good|forever|one last time|for the last time|(?:its|it is) done|(?:feel|feels|feeling) (?:calmer|lighter|at peace|relieved) now (?:that )?(?:everything|it all|all|things) (?:is |are )?(?:in order|sorted|done|arranged|organised)|so (?:nobody|no one|they) (?:has|have|gets|get|is|are) (?:to )?(?:deal|sort|clean|pay|worry|lumbered|stuck|left))`;

// ---------------------------------------------------------------------------------------------
// Signals
// ---------------------------------------------------------------------------------------------

/** Acting on a command: on the way, means in hand, unable to resist. */
const COMPLY =
  '(?:on my way|i am going|i am doing it|going to do it|i have to do it|i will do it|in my hand|got the (?:' + W + ' )?(?:candle|lighter|knife|blade|pills|tablets|rope|car keys|bleach)|' +
  'lit|i obey|obey (?:them|it)|done what (?:it|they|he|she) (?:says|said|told me)|doing what (?:it|they|he|she) (?:says|say|tells me)|i have been (?:doing it|trying)|' +
  '(?:can not|could not) (?:fight|resist|ignore|stop) (?:it|them|myself)|harder to ignore|i am (?:at|on|in) (?:the|her|his|their)|heading|now|tonight|right now|before they wake)';

export const suicideConcepts: readonly RiskPattern[] = [
  // --- safety statements: the person says they are not safe from themselves (urgent) ---
  // "I can't keep myself safe tonight", "can't promise I'll be safe till the morning".
  named(
    'cannot-keep-safe',
    rx`\b(?:can not|could not|not able to|unable to|do not think i can|not sure i can|struggling to|do not know if i can|do not know how to) (?:keep (?:${ME}|me) safe|stay safe|be safe|keep safe)\b(?! (?:on the roads|online|in the (?:sun|heat)|from (?:covid|the virus|scams))\b)|\b(?:can not|could not|will not) (?:promise|guarantee|say) (?:that )?(?:i will|ill|i would|to|i can|i am going to) (?:be|stay|keep) (?:safe|alive|myself safe)\b`,
    URGENT,
  ),
  // "I'm not safe", "I don't feel safe in my own head", "safe from myself".
  named(
    'not-safe-from-myself',
    rx`(?<!\b(?:not|never|no longer) )\b(?:i am|i feel|i do not feel|feeling|feel) (?:really |so |very |totally |just )?(?:not safe|unsafe)\b(?! (?:to (?:drive|work|be on the roads|use|go (?:out|home))|driving|on the roads|behind the wheel|at (?:work|home|school)|walking|on (?:my|the|a) (?:bike|way|street|bus|train|estate)|in (?:my|the|this) (?:house|home|area|street|flat|town|city|neighbourhood|car)|around (?:him|her|them|my (?:${W} )?${W})|from (?:the|covid|infection|him|her|them)|with (?:him|her|them|my (?:${W} )?${W}))\b)|^not safe\b|\bnot safe not safe\b|\b(?:can not|should not) be trusted (?:on my own|alone|by myself|with myself|tonight)\b|\b(?:do not|can not) trust what i (?:am about to|might|will|am going to|could) do\b|\bsafe for (?:now|the minute|the moment|the time being) but\b|\b(?:will not|wont|not going to) be (?:safe|ok|okay|alright) (?:in|by|for) (?:an|a|the next|much|another) (?:hour|few|minutes?|hours?|longer|night)\b|\b(?:do not|can not|no longer|never|not) (?:feel |am )?safe (?:in my (?:own )?(?:head|mind|skin|body)|with myself|around myself|with my (?:own )?thoughts|being (?:alone|on my own) with (?:myself|my thoughts))\b|\bsafe from myself\b|\b(?:stop|save|protect|keep) me from myself\b`,
    URGENT,
  ),
  // "Scared of myself right now".
  named('scared-of-myself', rx`\b(?:scared|afraid|frightened|terrified|petrified|worried) (?:that )?i (?:will|might|am going to|would|could) (?:do something|act on (?:it|them|the (?:thoughts|urges))|go through with it|hurt ${ME}|not stop|do it)\b(?! (?:silly|stupid|embarrassing|wrong at work)\b)|\b(?:scared|afraid|frightened|terrified) of what my (?:hands|head|mind|body|brain) (?:is|are|might|will|could) (?:going to )?do\b|\b(?:scared|afraid|frightened|terrified|petrified) of ${ME}\b(?! in (?:the |a |my |some )?(?:mirror|photos?|videos?|pictures?|selfies?)\b)`, URGENT),
  // "I don't trust myself tonight", "don't trust myself around the tablets".
  named(
    'do-not-trust-myself',
    rx`\b(?:do not|can not|no longer|not) trust ${ME}\b(?= *$| (?:anymore|right now|tonight|at the moment|alone|on my own|by myself|not to|to (?:be|stay|keep)|around (?:the |my )?(?:knives|knife|pills|tablets|meds|blades|razors|rope|edge|trains|water|myself)|with (?:the |my |a |these |those )?(?:knives|knife|pills|tablets|meds|medication|blades|blade|razors|razor|rope|belt|myself|my (?:own )?thoughts|my life)|near|i|and|so|because|please|today)\b)`,
    URGENT,
  ),
  // "I need someone to stop me", "talk me down", "someone come and get me".
  named(
    'stop-me',
    rx`\b(?:need|want|please|can) (?:someone|somebody|anyone|you|help) (?:to )?(?:stop me|keep me safe|talk me down|come and get me|come get me)\b(?! (?:from )?(?:buying|spending|eating|shopping|ordering|texting|messaging|booking|watching|snacking|scrolling|smoking|vaping|gambling|betting|going out)\b)|\btalk me down\b(?! (?:from (?:buying|spending|the price|booking|ordering)|off the)\b)`,
    URGENT,
  ),
  // "Struggling to stay alive tonight", "I tried to hold on".
  named(
    'struggling-to-stay-alive',
    rx`(?:^|\b(?:i am|i have been|been|am|i|me|im) (?:really |just |literally |barely |honestly )?)(?:struggling|fighting|battling|trying (?:so hard |hard )?|barely managing) (?:just )?to (?:stay alive|keep (?:${ME} )?alive|keep breathing|survive (?:tonight|the night|today|this))\b|\btried (?:so hard |really hard |my best )?to hold on\b(?! to (?:the|my|it|that|this|a)\b)`,
  ),
  // "About to do something I can't undo", "I'll do something I can't take back".
  named(
    'something-irreversible',
    rx`\b(?:do|doing) something (?:i (?:can not|could not|will not be able to|would not be able to|will never be able to) (?:undo|take back|come back from|reverse)|(?:that is |that will be )?(?:permanent|irreversible|final))\b(?! to (?:my|the|his|her|our) (?!life|body)${W})`,
    URGENT,
  ),
  // "The urges are so strong I can't stop myself".
  named(
    'cannot-resist-urges',
    rx`\b(?:the )?urges? (?:are|is|were|was|have been|keep|keeps|getting|get|so) ${gap(4)}(?:can not|could not|can not seem to) (?:stop|fight|resist|control|hold) (?:${ME}|them|it|back)\b|\b(?:can not|could not) (?:stop|fight|resist) (?:it|${ME}) this time\b`,
    URGENT,
  ),

  // --- acute danger: at a high place, a railway or water, in danger now ---
  named(
    'at-a-dangerous-place',
    rx`\b${DANGER_PLACE}\b ${gap(12)}${DANGER_SELF}|\b${DANGER_SELF} ${gap(12)}(?:the |a |this |that )?${DANGER_PLACE}\b|${PLACED} ${gap(5)}${DANGER_PLACE}\b ${gap(12)}${DANGER_SCENE}|\b${DANGER_SCENE} ${gap(12)}${PLACED} ${gap(5)}${DANGER_PLACE}\b`,
    URGENT,
  ),
  // On a pier or a sea wall as the tide comes in: often innocent, so ask.
  named(
    'water-and-tide',
    rx`\b(?:stood|standing|sat|sitting) (?:on |at )?(?:the )?(?:end of the |edge of the )?(?:pier|harbour wall|sea wall|jetty|rocks|quay|causeway)\b ${gap(6)}(?:and )?(?:the )?tides? (?:is |are )?(?:in|coming in|rising|high|turning)\b(?! ${gap(6)}(?:lovely|beautiful|gorgeous|chips|ice cream|sunset|fishing|photos?|view)\b)`,
    UNCERTAIN,
  ),
  // Drunk and standing somewhere high: "had a full bottle and I'm stood on the end of the pier".
  named(
    'drunk-at-a-height',
    rx`\b(?:had|drank|drunk|downed|necked|finished) (?:a |the |half a |most of a |a whole |a full )?(?:full |whole )?(?:bottle|litre)\b ${gap(12)}(?:stood|standing|sat|sitting|am|i am) (?:on|at|by) (?:the )?(?:end of the |top of the |edge of the )?(?:pier|bridge|cliff|cliffs|roof|ledge|tracks|platform|harbour wall|sea wall|quarry|car park)\b`,
  ),
  // Heading to water or a height with a word of ending: "had enough, walking down to the river now".
  named(
    'heading-to-a-place',
    rx`\b(?:had enough|can not do this|can not take|done|goodbye|sorry|that is it|this is it|no more)\b ${gap(8)}(?:walking|going|heading|driving|on my way|making my way|off) (?:down |up |out |over )?(?:to|towards) (?:the )?(?:river|bridge|cliffs?|sea|pier|railway|tracks|station|quarry|canal|reservoir|loch|viaduct|motorway|roof)\b|\b(?:walking|going|heading|driving|on my way) (?:down |up |out |over )?(?:to|towards) (?:the )?(?:river|bridge|cliffs?|sea|pier|railway|tracks|quarry|canal|reservoir|loch|viaduct|roof)\b ${gap(3)}(?:now|tonight|for the last time|and (?:i am )?not coming back|goodbye)\b`,
    URGENT,
  ),
  // Not there to travel: "at the station, not here to get on a train".
  named('at-the-station-not-to-travel', rx`\bnot (?:here|there|going) (?:to|for) (?:get|getting|catch|catching|board|boarding) (?:on )?(?:a |the |any |one )?(?:train|trains|bus)\b(?! ${gap(3)}(?:just|picking|meeting|dropping|collecting|waiting for (?:my|a|the) (?!train)|to (?:pick|meet|collect|drop|see))\b)`, URGENT),
  // A ligature fixed to something, or round the neck, with a sign it is for now.
  named(
    'ligature-ready',
    rx`\b(?:${LIGATURE}|it) (?:is |are )?(?:tied |fixed |looped |hung |hanging |set up |ready |attached )?(?:round|around|to|over|from|on) (?:the |a |my |that )?${ANCHOR}\b ${gap(10)}(?:looking at it|staring at it|sat here|sitting here|just need|ready|coward|courage|nerve|tonight|now|hold|weight|tested|strong enough|neck|do it|goodbye|sorry|in the (?:garage|loft|shed|wardrobe|bedroom|bathroom))\b(?! ${gap(6)}(?:bike|bikes|hammock|tools|coats?|washing|plants?|lights|decorations|bunting|swing|punch ?bag|boxing bag)\b)|\b${LIGATURE}\b ${gap(10)}${ANCHOR}\b ${gap(6)}(?:will|would|should|that will|that would|that should|strong enough to|to) (?:hold|take (?:my|the) weight|bear (?:my|the) weight)\b`,
    URGENT,
  ),
  // Something round the neck beside a chair, a beam or a wardrobe: "stood on a chair with it round my neck".
  named(
    'ligature-round-neck',
    rx`\b(?:${LIGATURE}|it|something) (?:tied |tight |pulled )?(?:round|around) my neck\b ${gap(10)}(?:chair|stool|ladder|wardrobe|door|beam|loft|garage|bannister|banister|tight|tighter|pull|kick|hook|tree|breathe|knot)\b|\b(?:chair|stool|ladder|wardrobe|door|beam|loft|garage|bannister|banister|hook|tree) ${gap(10)}(?:${LIGATURE}|it|something) (?:tied |tight |pulled )?(?:round|around) my neck\b`,
    URGENT,
  ),
  // Rehearsing the knot: "I keep practising tying the knot".
  named(
    'practising-the-knot',
    rx`\bpracti[sc]\w* ${gap(2)}(?:tying|tie|to tie) (?:a |the )?(?:knot|noose|slip knot)\b(?! for (?:scouts|cubs|brownies|guides|sailing|climbing|the boat)\b)|\b(?:tying|tied|tie) (?:a |the )?(?:noose|hangmans knot)\b`,
    URGENT,
  ),
  // Car fumes: the engine running in a garage or through a hose.
  named(
    'engine-and-fumes',
    rx`\bengine(?: is)? (?:running|on|going|ticking over|still on|left on)\b ${gap(10)}(?:garage|hose|hosepipe|exhaust|pipe|taped|sealed)\b|\b(?:garage|hose|hosepipe|exhaust|taped|sealed)\b ${gap(10)}engine(?: is)? (?:running|on|going|ticking over|still on|left on)\b`,
    URGENT,
  ),
  // Means set out beside resolve: "blade by the bed telling myself not yet", "tablets lined up, need to work up to it".
  named(
    'means-with-resolve',
    rx`\b(?:${SUBSTANCE}|rope|noose|belt|ligature|blade|blades|razor|razors|knife)\b ${gap(12)}(?:work (?:myself )?up to (?:it|this)|build(?:ing)? up (?:the )?(?:courage|nerve)|pluck(?:ing)? up (?:the )?(?:courage|nerve)|get(?:ting)? (?:the )?(?:courage|nerve) (?:up )?to|stop being (?:a |such a )?coward|(?:telling|told|tell) myself not yet|not yet not yet|staring at (?:it|them)|sat here with (?:it|them)|sitting here with (?:it|them)|keep (?:going (?:up |in |out )?(?:there )?to )?(?:look|looking|check|checking) at (?:it|them))\b|\b(?:work (?:myself )?up to it|(?:telling|told|tell) myself not yet|stop being (?:a |such a )?coward) ${gap(12)}(?:${SUBSTANCE}|rope|noose|belt|blade|blades|razor|razors)\b`,
    URGENT,
  ),
  // Means hidden from family and taken out again: "mum found my plan so I hid everything somewhere else".
  named(
    'hiding-the-plan',
    rx`\b(?:found|finds|saw|read|discovered|took away|takes away|confiscated) my (?:suicide )?(?:plan|plans|stash|rope|blades|razors|noose)\b(?! (?:for|to|of)\b)|\bi (?:have |had )?(?:hid|hidden|hide|stashed|moved) (?:everything|it all|them|the lot|the stuff|my stuff) (?:somewhere else|where (?:no one|nobody|they|she|he|mum|dad) (?:will|can|would|could) not (?:find|look))\b`,
  ),

  // --- intent, decided and timed ---
  // "I've made my mind up. It's tonight", "I've decided. Sunday morning before anyone's up".
  named(
    'decided-and-timed',
    rx`(?:^|\b(?:i have|i had|i|have) )(?:finally |now |already |just )?(?:decided|made (?:my mind up|up my mind|my decision|the decision))\b(?! (?:to|on|that|what|which|against|if|whether|how|where|who|we|you|between|about|for|with|not)\b) ${gap(2)}(?:(?:it is|its|it will be) (?:happening|going to be|on) )?${TIME}(?= *$| (?:before|once|when|after|while|then|at|night|morning|is (?:the (?:night|day|time)|when))\b)|\b(?:its|it is|it will be|it is going to be|going to be) ${TIME} ${gap(4)}(?:i have |i )?(?:decided|made (?:my mind up|up my mind|my decision))\b`,
    URGENT,
  ),
  // Calm once decided: "I feel weirdly calm now because I know what I've decided".
  named(
    'calm-after-deciding',
    rx`\b(?:calm|calmer|at peace|peaceful|relieved|lighter|settled)\b ${gap(10)}(?:decided|made (?:my mind up|up my mind|my decision|the decision)|my mind is made up|(?:a |the )?date (?:picked|set|chosen)|(?:picked|set|chosen) (?:a|the) date)\b(?! (?:to|on|that|which|against|if|whether|between|about|for|with|not)\b)`,
  ),
  // A plan with a time or the means: "I have a plan and a time", "I know how and I know when".
  named(
    'plan-and-time',
    rx`\bi (?:have|have got|have made|got|made) (?:a |my )?plan\b ${gap(2)}(?:and|with) (?:i have (?:got )?|a |the )?(?:a )?(?:time|date|day|place|spot|means|method|everything|what i need|all i need|it is|i know)\b(?! (?:for|to|of|with)\b)|\b(?:i know|i have (?:worked|figured) out|i have (?:planned|decided|sorted)) (?:exactly )?(?:how|when|where) and (?:i )?(?:know )?(?:how|when|where)(?= *$| (?:i|and|so|it|this|no|nobody|tonight|now)\b)|\b(?:plan|note|letter|rope|pills|tablets)\b ${gap(10)}(?:i have got|i have|got) (?:everything|what|all) i need\b`,
    URGENT,
  ),
  // Timed doing: "kids go to their dad's tonight and that's when I'm doing it".
  named('when-i-am-doing-it', rx`\b${TIME} ${gap(10)}(?:that is|then is|is|thats) when i am (?:going to )?(?:do|doing) it\b`),
  // For real this time: "I'm actually going to do it this time, not like before".
  named(
    'this-time-for-real',
    rx`\b(?:going to|will|ill|actually|really|finally) ${gap(2)}(?:do it|go through with it|succeed|get it right|finish it)\b ${gap(2)}(?:this time|properly)\b ${gap(6)}(?:not like (?:before|last time|the (?:last|other) times?)|no (?:mistakes|messing about|going back)|no one (?:will|is going to|can) stop me|for real|i mean it)\b`,
  ),
  // Going through with it: "whether to go through with ending it", "tonight might be the night I go through with it".
  named(
    'going-through-with-it',
    rx`\bgo(?:ing)? through with (?:ending (?:it|things|my life)|killing ${ME}|it tonight)\b|\b(?:tonight|the night|today|this weekend|this time|the day) ${gap(6)}go through with it\b(?! ${gap(3)}(?:propos\w*|wedding|surgery|operation|op|asking|quit\w*|interview|exam|audition|tattoo|piercing)\b)`,
  ),
  // Enough of something to do it: "I've got enough to do it properly this time".
  named(
    'enough-for-it',
    rx`\b(?:got|have|have got|saved|collected|bought|there is|i have) enough (?!(?:money|cash|time|paint|wood|points|credit|people|space|room|savings|fabric|wool|flour|petrol|data|energy|confidence|motivation|leave|holiday|material|tiles)\b)(?:${W} ){0,2}?to do it\b(?! (?:up|again|with|for (?:the|a))\b)(?! ${gap(8)}(?:paint|wood|tiles|wallpaper|money|saved|budget|fabric|materials?)\b)`,
  ),
  // Ending it, said plainly: "I'm ending it tonight", "as in actually ending it".
  named(
    'ending-it',
    rx`\b(?:i am|im|actually|seriously|finally|as in|about|of|towards|considering|contemplating|i will be) (?:just |finally |actually )?ending it(?= *$| (?:tonight|today|now|all|for good|once|when|i|and|because|sorry|goodbye|this time|soon)\b)(?! and (?:moving|going|starting|getting)\b)(?! ${gap(8)}(?:membership|subscription|contract|lease|relationship|marriage|with (?:him|her|them)|gym|phone|account|deal)\b)`,
  ),
  // The only way out: "it's the only way out, I'm sorry to everyone".
  named(
    'only-way-out',
    rx`\b(?:only|one) way out\b(?! of\b)(?! ${gap(4)}is (?:to|through|by)\b)|\b(?:only|one) way out of (?:it all|the pain|this pain|this life|life|my life|this world|this hell|everything)\b|\b(?:only|one) way out of (?:this|here)(?= *$| (?:i|and|so|now|honestly)\b)|\b(?:see|seeing|there is) no other way (?:out)?\b(?! (?:to|of|round|around)\b)`,
  ),
  // Slang and Scots for killing oneself: "top myself", "do myself in", "top masel", "neck myself".
  named(
    'self-killing-slang',
    rx`\b(?:top|topping|topped|off|offing|offed|neck|necking|necked) ${ME}\b(?! up\b)|\b(?:going to|want to|will|ill|about to|could|might|thinking of|thinking about|tempted to|planning to|ready to|decided to) (?:just )?(?:do|doing) (?:${ME}|me) in\b`,
  ),
  // Everyone better off, said alone: "everyone would be better off and tonight I'm going to make that happen".
  named(
    'everyone-better-off',
    rx`\b(?:everyone|everybody|they|the world|my family|my kids|people|all of them|you all) (?:would|will) (?:all )?be (?:so much |much |a lot |far )?(?:better off|happier)\b(?= *$| (?:and|so|honestly|tbh|anyway|when i|once i|without me)\b)`,
  ),
  // No fight left: "I've no more fight".
  named('no-fight-left', rx`\b(?:(?:i have|i have got|there is|i am|got) no(?: more)? fight|no fight left|(?:run|ran|i am)(?: all)? out of fight)(?: left)?(?: in me)?\b(?! (?:left |in me )*(?:after|for|in (?:the|this|that|a))\b)`),
  // Doubting being alive to be read: "I don't know if I'll still be alive by the time anyone reads this".
  named(
    'may-not-be-alive',
    rx`\b(?:do not know|not sure|no idea|doubt) (?:if|whether) i (?:will|ill|am going to|would) (?:still )?be (?:alive|here|around|breathing) (?:by|when|in|tomorrow|tonight|after|much)\b`,
    JOKABLE,
  ),

  // --- passive wish: wanting to be dead without a plan ---
  // Death imagined and welcomed: "if I got hit by a car I'd be relieved", "if I didn't wake up it wouldn't be the worst thing".
  named(
    'welcome-death',
    rx`\bif (?:i|me) (?:just |simply |only )?(?:did not|do not|never|would not|will not|did not ever) (?:wake|woke) up\b(?! (?:till|until|before|early|late|on time|in time|for (?:work|school))\b) ${gap(8)}(?:would not mind|would not (?:really |even |be )?(?:that )?(?:bothered|care|fight it|sad|upset|fussed|complain|sorry)|would (?:be )?(?:relieved|grateful|glad|happy|thankful|fine|okay|ok)|a relief|a blessing|not (?:be )?the worst thing|welcome it)\b|\b(?:would not mind|would not (?:really |even |be )?(?:that )?(?:bothered|care|fussed)|would (?:be )?(?:relieved|grateful|glad|happy|thankful)|(?:be|be a) (?:relief|blessing)|not (?:be )?the worst thing)\b ${gap(4)}if (?:i|me|my heart|the world|something|a (?:car|bus|lorry|truck|train)) (?:just )?(?:(?:did not|never|do not|will not) (?:wake|woke) up\b(?! (?:till|until|before|early|late|on time|in time|for (?:work|school))\b)|died|was dead|were dead|dropped dead|got (?:hit|run over|knocked down|killed|cancer)|was (?:hit|run over|knocked down|killed)|crashed|gave out|stopped|ended|happened to me|hit me|took me)\b|\bif (?:i|something|my heart|the world|a (?:car|bus|lorry|truck|train)) (?:just )?(?:died|dropped dead|got (?:hit|run over|knocked down|killed|cancer)|was (?:hit|run over|knocked down|killed)|died in (?:a|my) ${W}|crashed|gave out|stopped|ended|happened to me|hit me|took me)\b ${gap(8)}(?:i would not mind|i would not (?:(?:really|even|be|that) ){0,3}(?:bothered|care|fight it|sad|fussed|upset)|i would (?:be )?(?:relieved|grateful|glad|thankful|at peace|okay with (?:it|that)|fine with (?:it|that))|a relief|a blessing|not (?:be )?the worst thing|welcome it)\b`,
  ),
  // Asking to be taken: "I pray every night God takes me in my sleep", "asking the Lord to take me".
  named(
    'asking-to-be-taken',
    rx`\b(?:pray|prayed|praying|prays|ask|asking|asked|begging|beg|beg|hope|hoping|wish|wishing|want)\b ${gap(4)}(?:god|the lord|lord|jesus|the big man|him upstairs|the universe|death) (?:to |will |would |just |would just |will just )?(?:take|takes|took|come for|call|calls) me\b(?! (?:to|out|shopping|back|round|with|there|for (?:a|the))\b)|\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:just )?(?:die|go|pass away|slip away) in my sleep\b`,
  ),
  // Hoping for harm: "hoping something bad happens to me", "hoping I don't make it to my birthday".
  named(
    'hoping-for-harm',
    rx`\b(?:hope|hoping|wish|wishing|pray|praying|want)\b ${gap(3)}something (?:bad |awful |terrible )?(?:would |will )?(?:happens?|happened) to me\b|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:do not|will not|never|dont) (?:make it|live) (?:to|through|till|until|past|another|much)\b(?! (?:the end of|in time|on time|without)\b)|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:will |would |might )?(?:get|got|catch) (?:hit|run over|knocked down|killed|cancer|a terminal|something terminal|covid and die)\b`,
  ),
  // Wishing to have died: "wish I'd died when I had covid".
  named('wish-i-had-died', rx`\bwish (?:that )?i (?:had|would|would have|d) (?:just )?(?:died|been killed|not survived|not woken up|never woken up|not made it|gone instead)\b`),
  // Wishing to cease: "wish I could just evaporate", "wish I'd stop being alive", "wish I could just not be".
  named(
    'wish-to-cease',
    rx`(?<!\b(?:do not|not|never|no longer) )\b(?:wish|wishing|want|wanted|hope|hoping|(?:would|d) (?:quite |really |just )?(?:like|love))\b (?:that )?(?:i )?(?:to|could|would|can|was able to|might)? ?(?:just |jist |jus |simply |really )?(?:evaporate|vanish|disappear|fade away|cease to exist|melt away|stop being alive|opt out|not exist|be gone|not be(?= *$))\b(?= *$| (?:forever|for good|anymore|honestly|to be honest|tbh|now|i|and|so|because|but|sometimes|from (?:existence|the world|this world|life)|off the face|into (?:thin air|nothing))\b)(?! (?:for (?:a|the) (?:bit|while|day|week|weekend|few)|to (?:the|a|my|another)|on|into (?:my|the) (?:room|bed|book|game)|off to|abroad|somewhere)\b)`,
  ),
  // Sleep without waking: "go to sleep wishing I won't wake up", "could lie down and never get back up".
  named(
    'never-wake-or-rise',
    rx`\b(?:wishing|hoping|praying|wish|hope|pray)\b (?:that )?i (?:will not|would not|do not|never|did not|wont) wake up\b(?! (?:early|late|on time|in time|till|until|before|for|at)\b)|\b(?:lie|lay) down and (?:never|not) (?:get|got|getting|wake|come) (?:back )?up\b|\bswallow me (?:up )?and (?:not|never) (?:give|spit|bring|let) me (?:back|out)\b`,
  ),
  // Not wanting to be here much longer: "don't think I want to be here much longer".
  named(
    'not-wanting-to-stay',
    rx`\b(?:do not|not|no longer|never) (?:think i |really |even |sure i )*(?:want|wanna) to be (?:here|around|alive|on this (?:planet|earth)|in this world|on earth) (?:much |any |for much |for any )?(?:longer|anymore)\b|\b(?:lying|lie) if i (?:said|say) i (?:want|wanted|really want) to (?:stay alive|live|be alive|be here|keep going|go on|carry on)\b|\b(?:do not|not sure i|no longer|never|not really) (?:really )?want(?:ed)? to stay alive\b|\b(?:can not|do not) see (?:a |any )?future (?:for me|for myself)\b ${gap(6)}(?:do not|not) (?:really |even )?want (?:one|it|a future)\b`,
  ),
  // Still here and cannot see why: "don't see why I'm still here".
  named('why-still-here', rx`\b(?:do not|can not) (?:see|know|understand) why i am (?:even )?still (?:here|alive|around|breathing)\b(?! (?:at|in|on|with|working|waiting|doing|after)\b)`),
  // Not bothered to be alive: "can't be arsed being alive anymore", "cba with life", "bored of being alive".
  named(
    'not-bothered-to-live',
    rx`\bcan not be (?:arsed|asked|fussed|bothered) (?:with )?(?:being alive|living|life|existing|to live|breathing|being here)\b(?! (?:in|with|at|near|on)\b)|\b(?:bored|fed up) (?:of|with) (?:being alive|existing|living|life|breathing)\b(?! (?:in|with|at|near|on|here|there)\b)`,
  ),
  // The others would be happier without the writer there: "everyone at school would be happier if I wasn't there".
  named(
    'happier-if-i-was-not-there',
    rx`\b(?:better|happier|easier|nicer|calmer|lighter) ${gap(3)}if i (?:just |only )?(?:was not|were not|was no longer|were no longer|did not exist|had never been born) (?:there|here|around|alive|about)\b(?! (?:at|on|for|to|tomorrow|today|tonight|this|next|when|in the|with)\b)`,
  ),
  // Taking up space someone better could have: a sense of not deserving to exist.
  named(
    'taking-up-space',
    rx`\b(?:i am|i feel like i am|feel like i am|just|only) (?:just |only )?(?:taking up|wasting) (?:space|room|air|oxygen)\b ${gap(6)}(?:someone|somebody|better|deserve|should not)\b|\bi am (?:such |just |only |a )*waste of (?:space|oxygen|air|skin|a life)\b`,
  ),
  // Wanting everything to stop, said bare: ask.
  named('want-to-stop', rx`\bi (?:just )?want (?:it all |everything |it )?to stop\b(?= *$| not (?:pause|a break|for a while|for a bit)\b)`, UNCERTAIN),
  // "Ready to check out" is also shopping: ask.
  named('ready-to-check-out', rx`\b(?:ready|want|wanting|going) to check out\b(?= *$| (?:for good|of life|permanently|early|done|i|and|now)\b)`, UNCERTAIN),
  // Happily go now: "I'd happily go tomorrow, nothing left for me".
  named('happily-go', rx`\b(?:would|could) (?:happily|gladly) (?:go|die|slip away|pass away|not wake up)\b(?= *$| (?:tomorrow|tonight|now|today|in my sleep)\b)(?! ${gap(2)}if\b)`),

  // --- plans and preparations: research, scouting, stockpiling, farewells ---
  // Stockpiling medicine with a sign of purpose: "saving my tablets up since March, think I've got enough now".
  named(
    'stockpiling-with-purpose',
    rx`\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash\w*|collect(?:ed|ing)?|squirrel\w*|put(?:ting)? aside|keep(?:ing)? back|kept back|buil(?:d|t|ding) up|gather\w*) ${gap(4)}${SUBSTANCE}\b ${gap(8)}(?:enough|since|for (?:tonight|when|the right|later|a bad day|the weekend|the end|one day)|instead of taking|months|weeks|not taking|without (?:anyone|them|my|her|him) knowing)\b|\b${SUBSTANCE} (?:saved|stockpiled|hoarded|stashed|put aside|put by) (?:up )?(?:for|since|over)\b|\b(?:buying|bought|getting|got|buy) (?:loads of |more |extra )?${SUBSTANCE} (?:from|at|in) (?:different|several|various|a few|lots of|loads of|multiple|separate) (?:shops|chemists|pharmacies|supermarkets|places|stores)\b|\b${SUBSTANCE} ${gap(10)}so (?:they|nobody|no one|the (?:pharmacist|chemist|shop)) (?:do not|does not|will not|can not|would not) (?:clock|notice|realise|realize|suspect|know|ask|twig|catch on)\b`,
  ),
  // How many of a medicine it would take: "looked up how many co-codamol it would take".
  named(
    'how-many-would-it-take',
    rx`\bhow (?:many|much) (?:of )?(?:my |these |those |the )?(?:${W} ){0,2}?${SUBSTANCE} (?:it )?(?:would|will|does) (?:it )?take\b(?! to (?:get|bring|help|cure|stop|work|kick in|ease|clear|treat)\b)`,
  ),
  // Researching a means or place: "reading up on which bridges don't have the nets", "which line the fast trains go through".
  named(
    'researching-a-place',
    rx`\b(?:looked|looking|look|searched|searching|googled|googling|checked|checking|researched|researching|read up|reading up|read about|reading about|found out|finding out|worked out|working out|scoped|scoping|wrote down|written down|writing down|noted|noting|made a note of|memorised)\b ${gap(6)}(?:(?:which|what) (?:bridges?|cliffs?|buildings?|car parks?|multi storeys?|lines?|trains?|stations?|roofs?|tracks)|train times|timetables?|the height of|how high|how tall|how deep|how far (?:down|up)|the drop|heights of|bridges?|multi storeys?|car parks?|fast trains?|non stop(?:ping)? trains?)\b ${gap(12)}(?:do not (?:stop|have)|does not (?:stop|have)|not stopping|non stop(?:ping)?|without (?:stopping|nets|barriers|fences|cameras|signs)|no (?:nets|barriers|fences|cameras|cctv|signs|railings|staff)|nets|netting|barriers|fences|phone signs|samaritans signs?|cameras|cctv|fast (?:train|trains|ones)|go(?:es)? through|come(?:s)? through|highest|tallest|the drop|unlocked|not locked|enough|high enough)\b(?! ${gap(4)}so (?:i|we) (?:will|have|need|had|can|could)\b)`,
  ),
  // Checking the tides: sometimes a plan, usually fishing; ask.
  named('researching-the-tide', rx`\b(?:checked|checking|looked up|looking up|check|googled|read up on)\b ${gap(3)}(?:the )?(?:tide times|tides|tide tables?|high tide)\b ${gap(12)}(?:highest|deepest|strongest|on my own|alone|no one|nobody)\b`, UNCERTAIN),
  // Scouting a place: "drove out to Beachy Head to see where I'd go", "the door to the roof wasn't locked, good to know".
  named(
    'scouting-a-place',
    rx`\bsee where i (?:would|will|could|d|might) (?:go|jump|land|fall|go off|go over|do it)\b(?! (?:to|for|on|next|after|and|with|in|shopping|out)\b)|\b(?:door|hatch|access|gate|way) (?:to|onto|up to) the (?:roof|rooftop|top)\b ${gap(3)}(?:was not|is not|not|was|is|left) (?:locked|unlocked|open)\b ${gap(3)}(?:good to know|worth knowing|handy|noted)\b|\b(?:went|go|going|gone|been|drove|walked|climbed|got) (?:up |out |down |over )?(?:to )?(?:the )?(?:top of (?:the )?)?(?:flats|roof|multi storey|car park|tower|bridge|cliffs?|quarry|viaduct)\b ${gap(12)}(?:(?:was not|is not|not|left) locked|unlocked|good to know|worth knowing|how high|how far down|the drop|no (?:nets|barriers|fences|cameras|cctv))\b|\bhow close i (?:can|could) get\b ${gap(6)}(?:trains?|tracks|edge|line)\b|\b(?:trains?|tracks|edge|railway line) ${gap(10)}how close i (?:can|could) get\b`,
  ),
  // Heading out with the means: "tomorrow I'm going up the hill with the tablets and a bottle of whisky".
  named(
    'going-with-the-means',
    rx`\b(?:going|heading|walking|driving|go|went|gone|taking)\b ${gap(4)}(?:hill|hills|woods|forest|moors|fells|mountain|cliffs?|beach|river|bridge|quarry|lake|loch|reservoir|car park|field|countryside|garage|loft)\b ${gap(6)}with (?:the (?:tablets|pills|meds|paracetamol)|(?:the|my|a) (?:rope|belt|hose|hosepipe|blade|razor))\b(?! ${gap(4)}(?:swing|tree house|treehouse|den|hammock|camp|tent|tarp|climb\w*|tow|tug of war)\b)|\bdog lead\b ${gap(10)}(?:drop|dropping|dropped|leave|leaving|left|taking|take) (?:off )?the dog (?:at|with|off|round)\b`,
  ),
  // Planning one's own funeral songs: can be ordinary in later life, so ask.
  named('funeral-songs', rx`\b(?:wrote|written|writing|picked|picking|chose|chosen|choosing|sorted|planned|planning) ${gap(2)}my (?:own )?funeral (?:songs|music|playlist|hymns|readings)\b|\b(?:left|written|wrote|leaving) (?:the |some |my )?(?:instructions|wishes|plans?) for my (?:own )?funeral\b(?! ${gap(4)}(?:co op|plan with|insurance|policy|prepaid|pre paid)\b)`, UNCERTAIN),
  // A farewell note in other words: "scheduled to post at 9am tomorrow", "written my goodbyes".
  named(
    'written-goodbyes',
    rx`\b(?:written|wrote|writing|recorded|recording|done|finished|typed|scheduled) (?:all )?my goodbyes\b(?! (?:in (?:the|a) (?:card|leaving)|to (?:the|my) (?:team|class|colleagues|job|house))\b)|\b(?:goodbyes?|letters?|notes?|messages?|posts?|emails?) ${gap(6)}(?:scheduled|set|timed|queued|programmed) to (?:post|send|go out|go|be sent|publish)\b`,
  ),
  // A last word to the service: "this is the last time you'll hear from me", "this is me signing off for good".
  named(
    'last-time-you-hear-from-me',
    rx`\blast time (?:you|anyone) (?:will )?(?:hear|heard) from me\b(?! (?:for|until|till|today|tonight|this|before|on here for)\b)|\b(?:this is|that is|here is) me (?:saying goodbye|signing off)\b(?! (?:for (?:today|tonight|now|the (?:day|night|week))|from|(?:thanks|thank you|cheers|ta) for (?:the |our )?(?:chat|chatting|talk|listening|help|today|tonight|this)|see you|speak (?:to you )?(?:soon|tomorrow|later|next)|talk (?:to you )?(?:soon|tomorrow|later|next)|night|nighty|bye for now)\b)|\bsigning off (?:for good|forever|for the last time|permanently)\b(?! (?:from|on) )`,
  ),
  // A goodbye others did not recognise: "that was my goodbye", "they don't know I mean for good".
  named(
    'secret-goodbye',
    rx`\b(?:that|this|it) (?:was|is|will be) (?:my|our) (?:last |final )?goodbye\b(?! (?:to (?:the|my|our) (?:house|home|job|flat|school|team|colleagues|office|old|uni|class|city|town)|party|do|drinks|card|speech|lunch)\b)|\b(?:goodbye|bye|ta ra|hugged|farewell)\b ${gap(10)}without (?:them|him|her|anyone|anybody|everyone|any of them) knowing\b|\b(?:did not|do not|does not|will not) know (?:it was|that it was|it is|that it is|i was saying|that was) (?:goodbye|the last time|my goodbye|for the last time)\b|\b(?:do not|does not|did not) know (?:that )?i mean(?:t)? (?:for good|forever|it)\b(?! ${gap(3)}(?:i am )?(?:moving|emigrat\w*|relocat\w*|going to live|living)\b)`,
  ),
  // Leaving the phone unlocked for the family, or timed to send passwords: "if I don't check in by Monday".
  named(
    'handing-over',
    rx`\bleft (?:my )?(?:phone|laptop) unlocked\b ${gap(6)}for (?:them|him|her|my (?:${W} )?${W}|the ${W}|everyone)\b(?! ${gap(2)}to (?!find|read|see)${W})|\b(?:passwords?|pin|bank details|log ?ins?)\b ${gap(10)}(?:if|unless) i (?:do not|have not|did not|can not|fail to) (?:check in|reply|respond|answer|get back|log in|message|text|come back|return|wake up)\b|\b(?:passwords?|pin numbers?|bank details|log ?ins?)\b ${gap(12)}(?:the |a |my )?(?:letter|note)\b`,
  ),
  // Wanting to leave good memories: "I just wanted them to have good memories".
  named(
    'good-memories',
    rx`\b(?:want|wanted|so) (?:them|him|her|everyone|the kids|my kids|my family|people) (?:to )?(?:have|has|remember|remembers) (?:good|nice|happy) memories\b(?! of (?!me\b))`,
  ),
  // Loving words said to everyone as a farewell: "told everyone I love them this week, they could tell something was up".
  named(
    'loving-farewell',
    rx`\b(?:told|tell|telling|texted|messaged|rang) (?:everyone|all of them|them all|my (?:${W} )?(?:family|kids|friends)) (?:that )?i love (?:them|you|em)\b ${gap(10)}(?:this week|lately|recently|one last|for the last time|in case|whatever happens|could tell|something (?:was|is) up|just in case)\b|\b(?:message|letter|note|text|card) ${gap(4)}(?:saying|to say|that says) (?:i am )?sorry\b(?! (?:for|about|i am late|we|i missed|i forgot|i could not make)\b)`,
  ),
  // Time fixed for an ending: "this weekend is it for me", "tonight is the end".
  named('time-is-it-for-me', rx`\b(?:tonight|today|tomorrow|this weekend|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday) is (?:it|the end) for me\b(?= *$| (?:i have|i|got|everything|sorted|goodbye|sorry|no more|done)\b)`),
  // Not around much longer, in regional words: "won't be aboot much longer", "won't be here in the morning".
  named(
    'not-around-much-longer',
    rx`\b(?:will not|not going to|wont|not) be (?:aboot|about|around|here|alive) (?:much|for much|for) longer\b`,
  ),
  // A preparation beside a word of finality: "sorted my will and gave our kid my motorbike, don't need it where I'm going".
  named('preparation-with-finality', rx`\b${PREPARATION}\b ${gap(20)}${FINAL}|\b${FINAL} ${gap(20)}${PREPARATION}\b`),
  // A letter to the family set down somewhere to be found: "put the letters for the kids in the glovebox".
  named(
    'letters-to-family',
    rx`\b(?:written|wrote|finished|done|left|put|hid|hidden|leaving|writing) (?:the |my |a |some |ma |all the )?(?:letters?|notes?) (?:to|for|tae) (?:my |the |ma |our |each of my |all my )?(?:${W} )?${LOVED}\b(?! (?:teachers?|school|nursery|club|coach|birthday|from (?:santa|father christmas|the tooth fairy)|for (?:his|her|their|the) ${W})\b)(?! ${gap(6)}(?:birthdays?|christmas|wedding|anniversary|graduation|18th|21st)\b)`,
    UNCERTAIN,
  ),
  // A thank-you that sounds like a last one: "wanted to say thank you before I go, you were all kind to me".
  named(
    'last-thanks',
    rx`\b(?:thank you|thanks)\b ${gap(8)}before i go\b(?! (?:to|on|out|off|away|home|back|shopping|into|for|abroad|in|up|down|over)\b)|\byou (?:were|have (?:all )?been) (?:all )?(?:so |really |very |always )?(?:kind|good|lovely) to me\b ${gap(6)}(?:goodbye|bye|before i go|thank you|thanks|take care)\b`,
    UNCERTAIN,
  ),

  // Researching how a method works: "looked up how long it takes to drown".
  named(
    'researching-a-method',
    rx`\bhow (?:long|quick|quickly|painful|painless|easy|fast) ${gap(4)}(?:to )?(?:drown|die|bleed out|hang ${ME}|suffocate|lose consciousness)\b(?! (?:of old age|in (?:a|the) (?:film|game|show))\b)`,
  ),
  // Going to a high place to test resolve: "went to the bridge last night to see if I could do it".
  named('testing-resolve-at-a-place', rx`\b${DANGER_PLACE}\b ${gap(8)}(?:to see|seeing) (?:if|whether) i (?:could|can|would|had the (?:guts|nerve|courage) to) (?:do it|go through with it|jump|climb over|let go)\b`),
  // In a lonely place with a ligature: "I'm in the woods with a rope".
  named('place-with-a-ligature', rx`\b(?:in|at|into|to|up|out) (?:the )?(?:woods|forest|loft|garage|trees|moors) ${gap(4)}with (?:a|the|my) (?:rope|belt|cord|noose|ligature|cable)\b(?! ${gap(4)}(?:swing|tree house|treehouse|den|hammock|camp|tent|tarp|climb\w*|tow|tug of war)\b)`, URGENT),
  // A letter to the family beside a will or passwords: "put my will on the table with a letter for my husband".
  named(
    'letter-with-affairs',
    rx`\b(?:letters?|notes?) (?:to|for|tae) (?:my |the |ma |our )?(?:${W} )?${LOVED}\b ${gap(12)}(?:my will|the will|affairs|passwords?|bank details|insurance|pin numbers?)\b|\b(?:my will|the will|affairs|passwords?|bank details|insurance|pin numbers?)\b ${gap(12)}(?:letters?|notes?) (?:to|for|tae) (?:my |the |ma |our )?(?:${W} )?${LOVED}\b`,
  ),
  // A goodbye said as the end: "this is goodbye", "it's the end for me".
  named(
    'this-is-goodbye',
    rx`\b(?:this is|so this is|this will be|it is|its) (?:my )?goodbye\b(?= *$| (?:i|everyone|for good|forever|then|sorry|x+|love|thank)\b)|\b(?:it is|this is|its) the end (?:for me|of me|of the road for me)\b(?! ${gap(2)}(?:and|with) (?:this|that|the|my) ${W})`,
  ),
  // A fixed date kept to oneself: "I've picked a date".
  named('picked-a-date', rx`\bi (?:have )?(?:picked|chosen|chose|set|fixed) (?:a|the|my) (?:date|day|time|spot|place)\b(?= *$| (?:now|already|and i|i)\b)`, UNCERTAIN),
  // A farewell to everyone with thanks and love: "goodbye everyone, thank you for everything, I love you all".
  named('farewell-to-everyone', rx`\b(?:goodbye|bye) (?:everyone|everybody|all|to you all|world)\b ${gap(8)}(?:i love you all|love you all|thank you for everything|thanks for everything|i am sorry|sorry for everything)\b`, UNCERTAIN),

  // Death welcomed in other words: "I'd welcome death", "fine with not waking up", "can't wait till I'm dead".
  named(
    'death-welcomed',
    rx`\bi (?:would|will|could) (?:welcome|embrace|accept) death\b|\bdeath would be (?:a relief|welcome|a blessing|a mercy|easier)\b|\b(?:fine|okay|ok|happy|at peace) with (?:not waking up|never waking up|dying|not being here|not being alive|not existing)\b(?! (?:early|late|on time|till|until|before|for)\b)|\bcan not wait (?:till|until|to be|for) (?:i am |im )?(?:dead|gone for good|in the ground)\b`,
    JOKABLE,
  ),
  // Medicine stopped so it can be saved, or a hoard hidden: "stopped taking my meds so I can save them all up".
  named(
    'saving-medicine-up',
    rx`\b(?:stopped|stop|not|been not|pretending to) tak(?:e|ing) ${gap(2)}${SUBSTANCE}\b ${gap(6)}(?:save|saving|stockpile|stockpiling|keep|keeping|collect|collecting|hoard|hoarding|store|storing|stash|stashing)\b(?! ${gap(4)}for when (?:the |my )?(?:pain|migraine|flare|back|period|headache)\b)|\b(?:[2-9][0-9]|[1-9][0-9]{2}|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of) (?:${W} )?${SUBSTANCE}\b(?! of (?:vitamin\w*|iron|fish oil|supplements?|multivitamins?|cod liver)\b) ${gap(6)}(?:hidden|hid|hiding|stashed|in a (?:shoebox|box|drawer|bag|sock)|under my (?:bed|mattress|pillow)|at the back of)\b`,
    JOKABLE,
  ),
  // Car fumes being prepared: a hosepipe and tape.
  named('hose-and-tape', rx`\bhose(?:pipe)?s?\b ${gap(6)}(?:tape|duct tape|gaffer tape)\b|\b(?:tape|duct tape|gaffer tape)\b ${gap(6)}hose(?:pipe)?s?\b`, UNCERTAIN),
  // Somewhere not to be found: "found a spot in the woods where nobody would find me".
  named('where-no-one-will-find-me', rx`(?<!\b(?:hide and seek|playing|game|games|hiding)\b.{0,40})\bwhere (?:nobody|no one|noone|they) (?:would|will|could|can|would not|will not) (?:ever )?find me\b(?! ${gap(2)}(?:hide and seek|in the game|lol)\b)`),
  // Bank cards and PINs left for someone: sometimes practical, so ask.
  named('leaving-pins', rx`\b(?:left|leaving|given|gave|written down) ${gap(4)}(?:pin numbers?|passwords?|bank cards?|bank details)\b ${gap(3)}(?:for|to) (?:my|the|him|her|them)\b(?! ${gap(4)}(?:to (?:do|get|pay|buy|use)|so (?:she|he|they) can (?:do|get|pay|buy)))`, UNCERTAIN),
  // Someone asked to keep the writer's pet for good: "told my mate to look after my dog from now on".
  named(
    'pet-handed-on-for-good',
    rx`\b(?:told|asked|asking|arranged for|getting|got) ${gap(4)}to (?:look after|take care of|have|keep) my (?:${W} )?${BELONGINGS} (?:for me )?(?:from now on|for good|forever|permanently)\b(?! ${gap(8)}(?:moving|abroad|emigrat\w*|new (?:house|flat|job)|allergic|allergy|landlord)\b)`,
  ),
  // A time and then doing it: "as soon as the kids are at school tomorrow I'm going to do it".
  named('timed-do-it', rx`\b${TIME}\b ${gap(8)}(?:i am|i will|ill|i) (?:going to |gonna )?(?:actually |finally |really )?do it(?= *$)`, UNCERTAIN),
  // In deep water: "I'm in the river and the water's up to my chest". Swimmers say it too, so ask.
  named('in-deep-water', rx`\b(?:i am|am|im|i have walked|walked|wading|waded) (?:in|into|out into) the (?:river|sea|canal|loch|lake|reservoir|water|waves)\b ${gap(6)}(?:up to my (?:chest|neck|shoulders)|over my head|current|can not feel)\b(?! ${gap(8)}(?:swim\w*|dip|amazing|lovely|paddl\w*|refreshing|bracing|fun)\b)`, UNCERTAIN),
  // Shoes or coat taken off at a height: a sign someone is about to jump.
  named('shoes-off-at-a-height', rx`\b(?:taken|took|take|taking) (?:my |off my )?(?:shoes|trainers|coat|jacket) (?:off )?${gap(4)}(?:bridge|edge|cliff|roof|ledge|railings)\b(?! ${gap(4)}(?:to (?:paddle|swim|dip)|paddl\w*)\b)`, URGENT),
  // Not surviving the night: "I'm not gonna make it through tonight".
  named('not-making-it-through', rx`\b(?:not going to|will not|do not think i will|not sure i will|doubt i will|i will not) make it (?:through|to|till|until) (?:tonight|the night|the morning|morning)\b(?! (?:is|meeting|shift|class|session|appointment|lecture|train|bus|match|without)\b)`),
  // About to do something stupid: a common way of saying it; ask.
  named('do-something-stupid-soon', rx`\bdo something (?:really |very |so )?(?:stupid|drastic|dangerous)\b ${gap(2)}(?:in the next (?:hour|few (?:minutes|hours)|half hour)|tonight|right now|any minute)\b`),
  // About to do something stupid: a common way of saying it; ask.
  named('do-something-stupid', rx`\b(?:going to|about to|might|will|could|scared i will|afraid i will|before i|want to|worried i will) do something (?:really |very |so )?(?:stupid|silly|drastic|bad|dangerous)\b(?! (?:like|with|to (?:my|the|his|her))\b)(?! ${gap(3)}(?:dye|buy|book|get a|text|call|quit|tattoo|piercing|hair)\b)`, UNCERTAIN),
  // Nobody can stop it, with a time: "it's happening tonight and no one can stop me".
  named('no-one-can-stop-me', rx`\b(?:happening|doing it|do it|going through with it) ${gap(4)}(?:and )?(?:no one|nobody|noone) (?:can|will|could|is going to) stop me\b|\b(?:no one|nobody|noone) (?:can|will|could|is going to) stop me (?:doing it|from doing it)\b`),

  // Planning one's death in so many words: "I'm planning my death".
  named('planning-my-death', rx`\b(?:planning|planned|plan|preparing|organising|scheduling) (?:for )?my (?:own )?(?:death|suicide|ending)\b(?! (?:scene|in (?:the|a) (?:game|play|film))\b)`),
  // Nothing holding the writer to life: "ready to go now, nothing holding me here".
  named('nothing-holding-me', rx`\bnothing (?:left )?(?:holding|keeping|tying) me (?:here|going|to this (?:world|life)|back|alive)\b(?! ${gap(3)}(?:in this (?:town|city|job|country|place)|so i am moving|moving|job|town)\b)`),
  // Better off with the writer gone: "my kids would be better off with their dad and me gone".
  named('better-off-with-me-gone', rx`\bbetter off ${gap(5)}(?:me gone|me dead|me out of the (?:way|picture)|once i am gone|if i am gone|when i am gone|with me gone|without me(?: around| here| in (?:their|the|his|her) li(?:fe|ves))?)\b(?! (?:to|from|off|abroad|away|at|on|for|there|playing|tonight|today|this|tomorrow)\b)`, JOKABLE),
  // Everything in the cupboard: "I'll swallow everything in the cupboard tonight".
  named('swallow-everything', rx`\b(?:swallow|swallowing|take|taking|neck|necking|down|downing|eat|eating) (?:everything|all|whatever|the lot|anything) (?:i can find )?(?:in|from) (?:the|my|our) (?:cupboard|cabinet|drawer|bathroom|medicine ${W}|first aid ${W})\b`),
  // Walking into water as an ending: "thinking of walking into the loch".
  named(
    'walking-into-water',
    rx`\b(?:thinking|think|thought|going|want|wanting|will|ill|planning|tempted|could|just keep|keep|urge|urges|about) (?:about |of |to |on )?(?:just )?(?:walk|walking|wade|wading|swim|swimming) (?:out )?(?:into|in to|out to) (?:the )?(?:sea|river|canal|lake|loch|ocean|waves|water|reservoir|tide)\b(?! (?:for a (?:swim|dip|paddle)|to (?:swim|cool|paddle)|with (?:the|my) (?:kids|dog|friends))\b)`,
  ),
  // Picturing one's own funeral: "I keep imagining my funeral and who'd come".
  named('imagining-my-funeral', rx`\b(?:imagin\w*|picturing|picture|pictured|daydream\w*|fantasi[sz]\w*) (?:about |of )?my (?:own )?(?:funeral|death|grave)\b`),
  // Tired of fighting: often about life, sometimes about a quarrel; ask.
  named('tired-of-fighting', rx`\b(?:tired|sick|exhausted|weary) of (?:fighting|the fight|battling|struggling)\b(?! (?:with|over|about|for|the|my|our|against (?:the|my)|in)\b)`, UNCERTAIN),
  // Keeping oneself alive in doubt: "not sure how much longer I can keep myself alive".
  named('keeping-myself-alive', rx`\b(?:how (?:much )?longer|do not know if|not sure (?:if )?|no idea how long|do not think) i (?:can|will be able to|could) (?:keep (?:${ME}|me) alive|stay alive|keep breathing)\b`, URGENT),
  // The mind drawn to a means: "my mind keeps going to the bridge".
  named(
    'mind-drawn-to-a-means',
    rx`\b(?:mind|thoughts|head|brain) (?:keeps?|kept|is|are) (?:going|drifting|wandering|coming|turning|straying|being drawn) (?:back )?to (?:the |my )?(?:bridge|tracks|trains?|railway|pills|tablets|rope|belt|edge|cliffs?|river|sea|quarry|car park|roof|knife|blades?|razors?|motorway|canal|loch)\b`,
  ),
  // Thinking of stepping in front of a train or off an edge: "every time I see a train I think about stepping in front of it".
  named(
    'thinking-of-stepping-in-front',
    rx`\b(?:think|thinking|thought|imagine|imagining|picture|picturing|tempted|urge|urges) (?:about |of )?(?:just )?(?:stepping|walking|jumping|throwing ${ME}|lying|running|driving|swerving|falling) (?:out )?(?:in front of|off|under|into) (?:it|them|one|a (?:train|bus|lorry|car)|the (?:train|bus|lorry|traffic|edge|railings|tracks|oncoming))\b`,
  ),
  // Waiting for death: "I feel like I'm just waiting to die".
  named('waiting-to-die', rx`\b(?:i am|im|i feel like i am|feel like i am|i have been|been) (?:just |only |basically |literally )?waiting (?:to die|for death|for (?:the end|it all to end))\b`),
  // Booking somewhere to do it, or a one-way trip to a high place.
  named(
    'booked-for-it',
    rx`\b(?:booked|book|booking|reserved) ${gap(6)}(?:to do it|so i can do it|where i (?:will|can|am going to) do it)\b|\bone way (?:ticket|trip|train|bus) (?:to|out to) ${gap(2)}${DANGER_PLACE}\b`,
  ),
  // Who gets what, written down: ask (it is also secret Santa).
  named('who-gets-what', rx`\b(?:list of|written down|wrote down|writing down|sorted out|sorting out|worked out|decided|labelled (?:them )?with|labeled (?:them )?with|marked (?:them )?with) who (?:gets|is getting|will get|should get) (?:what|my)\b(?! ${gap(3)}(?:for|at|in) (?:secret santa|christmas|the party|dinner|the raffle|the game|the team|work|school)\b)`, UNCERTAIN),
  // A note for whoever finds the writer: "a note in my pocket for whoever finds me".
  named('for-whoever-finds-me', rx`\b(?:whoever|whoever it is that|the person who|someone who|anyone who|who ever) (?:finds|find|found) me\b(?! ${gap(6)}(?:fit|seizure|hypo|diabetic|epilep\w*|allerg\w*|passed out drunk)\b)`),
  // A place photographed or noted to know where to go: ask.
  named('knowing-where-to-go', rx`\b(?:bridge|viaduct|cliffs?|roof|rooftop|pier|tracks|railway|quarry|multi storey|top of the car park|ledge)\b ${gap(8)}so i (?:know|remember|can find) (?:where to go|where it is|the way|the spot)\b`, UNCERTAIN),

  // --- round 2: means held now, last words, passive wishes in other words, preparations in other words ---
  // A means held or set out now, with a sign of danger: "holding the blade right now, my hands are shaking".
  named(
    'means-in-hand',
    rx`\b(?:holding|gripping|got|have|have got|with) (?:the |a |my |this )?(?:blade|blades|razor|razors|knife|rope|noose|belt|cable|pills|tablets|lighter)\b ${gap(8)}(?:right now|in my hand|in my hands|my hands are shaking|shaking|bathroom floor|bedroom floor|locked (?:myself )?in|on the floor|can not put (?:it|them) down|staring at)\b|\b(?:locked|shut) myself in ${gap(4)}with (?:the |a |my )?(?:blade|blades|razor|razors|knife|rope|pills|tablets)\b`,
    URGENT,
  ),
  // A bath run with a blade by it: "I've run the bath and the razor's on the side".
  named('bath-and-blade', rx`\bbath\b ${gap(6)}(?:razors?|blades?|knife|knives)\b|\b(?:razors?|blades?|knife|knives)\b ${gap(6)}bath\b`, URGENT),
  // Charcoal in a sealed room: "bought a disposable bbq and tape, the spare room windows are sealed up".
  named('charcoal-sealed-room', rx`\b(?:bbq|barbecue|barbeque|charcoal)\b ${gap(10)}(?:sealed|taped up|windows? (?:are |is )?(?:sealed|taped)|in the (?:bedroom|spare room|room|tent|bathroom))\b`, URGENT),
  // Something that will take the writer's weight: "working out which bit would take my weight".
  named('take-my-weight', rx`\b(?:which|what|something|anything|a (?:beam|hook|branch|rail|door)) ${gap(4)}(?:would|will|could|might|can) (?:take|hold|bear) my weight\b`, URGENT),
  // Getting through the next minutes: "I just need to get through the next 10 minutes and I don't think I can".
  named(
    'next-minutes',
    rx`\b(?:get|getting|make it|survive|last) through (?:the )?next (?:few |[0-9]+ |ten |five |twenty )?(?:minutes|minute|hour|hours|night)\b ${gap(8)}(?:do not think|not sure|can not|doubt|no idea)\b|\b(?:do not think|not sure|doubt) (?:i will|ill|i can) last (?:that long|till|until|the night|much longer|another hour)\b`,
    URGENT,
  ),
  // A last night: "this is my last night", "I think tonight is the last night".
  named('my-last-night', rx`\b(?:this|tonight|today|it) is (?:my|the) last (?:night|day)\b(?! (?:of|at|in|on|before|with|shift|out|here|off|for (?:the|a|this))\b)(?! ${gap(6)}(?:holiday|hols|trip|course|tour|festival|camp|job|school|term|contract)\b)`),
  // The end, said of tonight: "no fight, no hope, it ends tonight".
  named('it-ends-tonight', rx`\b(?:no (?:more )?fight|no (?:more )?hope|nothing left|can not fight|had enough)\b ${gap(8)}(?:it|this|everything|it all) (?:all )?ends (?:tonight|today|now|here|this weekend)\b|\bno (?:more )?fight,? no (?:more )?hope\b`),
  // Heading into water: "stood in the sea up to my knees and I want to keep walking", "think I'll just walk in".
  named(
    'into-the-water',
    rx`\b(?:sea|river|loch|lake|reservoir|water|canal|waves|tide)\b ${gap(10)}(?:keep walking|walk in|walk out|wade out|go under|not come back|(?:i will|ill|going to|might|could) just (?:walk|wade|go) (?:in|under|out))\b(?! (?:for a|to (?:swim|paddle|cool)|with (?:the|my) (?:dog|kids)))`,
    URGENT,
  ),
  // Roof access open and the writer there asking for help.
  named('at-the-roof-door', rx`\b(?:door|hatch|access) (?:to|onto|up to) the (?:roof|rooftop)\b ${gap(3)}(?:is|was) (?:open|unlocked|not locked)\b`, UNCERTAIN),
  // At the open roof door and asking for help: "pls help, the door to the roof is open".
  named('roof-door-and-help', rx`\b(?:help|pls|please|i am at|im at|stood|standing|up here)\b ${gap(12)}(?:door|hatch|access) (?:to|onto|up to) the (?:roof|rooftop)\b ${gap(3)}(?:is|was) (?:open|unlocked|not locked)\b`, URGENT),
  // Where someone will find the writer: "leaving the door unlocked so someone finds me".
  named('so-someone-finds-me', rx`\bso (?:someone|somebody|they|the police|my (?:${W} )?${W}|you|people|he|she) (?:finds|can find|will find|find|does not find|do not have to find|is not the one to find) me\b`, URGENT),
  // Everything ready while saying all is fine: "told my GP I was fine but I'm not, I've got everything ready".
  named('everything-ready', rx`\b(?:i am not|not)(?: fine| ok| okay| alright)?\b ${gap(8)}(?:got|have|have got) everything (?:ready|sorted|in place|i need)\b|\b(?:got|have|have got) everything (?:ready|sorted|i need)\b ${gap(8)}(?:i am not (?:fine|ok)|goodbye|no one knows|nobody knows|for tonight|for later)\b`),
  // Can't face tomorrow and won't: "I can't do tomorrow. I won't." (ask)
  named('will-not-do-tomorrow', rx`\b(?:can not|will not) (?:do|face|see|make it to) tomorrow\b(?= *$| i (?:will not|wont|can not)(?= *$))`, UNCERTAIN),
  // A place that is "the one": "the motorway bridge near junction 9 is the one".
  named('the-one-place', rx`\b${DANGER_PLACE}\b ${gap(6)}is the one\b|\bi know (?:exactly )?(?:which|what|the) (?:tree|bridge|beam|spot|place|cliff|building|car park|bend|line|train)\b ${gap(10)}(?:again|went|been|stood|standing|stand|going back|at night|on my own|the one)\b|\bwhere i (?:will|would|could|can|am going to) (?:climb over|jump|go over|go in|step off|do it)\b(?! ${gap(3)}(?:on holiday|for my birthday|at the weekend))`),
  // A place where nobody goes, visited at night: "a reservoir where nobody goes, I've been walking out there at night".
  named('where-nobody-goes', rx`\b${DANGER_PLACE}\b ${gap(6)}where (?:nobody|no one|noone) (?:goes|will see|would see|can see|would find)\b(?! ${gap(8)}(?:swim\w*|picnic|fishing|peaceful|lovely|beautiful|walk the dog)\b)`),
  // Many pharmacies for the same medicine: "got my repeat from two different chemists so I'd have double".
  named(
    'many-pharmacies',
    rx`\b(?:from|at|to) (?:two|three|four|five|six|[2-9]|different|several|multiple|separate|loads of) (?:different |separate )?(?:chemists|pharmacies|surgeries|doctors|shops|supermarkets|garages)\b ${gap(10)}(?:double|extra|twice|enough|two lots|stock|packs? from each|from each|so (?:they|nobody|no one)|for (?:paracetamol|pills|tablets))\b|\b(?:went to|been to|visited|tried|going to) (?:two|three|four|five|six|[2-9]|different|several|multiple) (?:different )?(?:chemists|pharmacies|shops|supermarkets) ${gap(6)}(?:for|to get|buying|to buy) ${SUBSTANCE}\b`,
  ),
  // Every pill in the house brought along: "brought every pill in the house".
  named('every-pill-in-the-house', rx`\b(?:brought|bring|got|collected|gathered|packed|took|taken|have) (?:every|all the|all of the|all my) (?:single )?${SUBSTANCE} (?:in the (?:house|flat)|i (?:have|own|could find)|we have|left)\b`, URGENT),
  // Medicine not taken but kept: "I've not been taking them, I've been keeping them in a jar, about 90 now".
  named(
    'not-taking-but-keeping',
    rx`\b(?:not been|not|stopped|stop|pretending to be) tak(?:e|ing) (?:them|it|my (?:${W} )?${SUBSTANCE})\b ${gap(8)}(?:keeping|saving|collecting|hiding|storing|stashing|hoarding|kept|saved|hid) (?:them|it)\b|\b(?:hiding|hid|hidden|saving|savin|stashing|keeping) (?:up )?(?:the |my |all the |all my )?(?:${W} )?(?:${SUBSTANCE}|insulin pens|pens|pills) ${gap(10)}(?:got loads|loads now|meant to (?:use|take)|near enough|nearly enough|almost enough|enough now|for weeks|for months)\b`,
  ),
  // A firearm with its ammunition: "got my grandad's old shotgun down and know where the cartridges are".
  named('gun-and-ammunition', rx`\b(?:shotgun|gun|rifle|pistol|revolver|air rifle)\b ${gap(12)}(?:know where the (?:cartridges|ammo|bullets|shells|key) (?:are|is)|loaded it|load it|loaded)\b(?! ${gap(4)}(?:clay|clays|range|shoot|pheasant|season|rabbits)\b)`),
  // Decided, beside a place or means: "there's a bend where the lorries come round fast. Mind's made up".
  named(
    'decided-with-a-means',
    rx`\b(?:${DANGER_PLACE}|lorries|trucks|traffic|trains|bend|rope|pills|tablets|blade|tree)\b ${gap(12)}(?:(?:my )?mind is made up|minds made up|mind made up|(?:i have|i) made (?:my mind up|up my mind)|i have decided)(?= *$| (?:i|and|so|now|tonight|already)\b)|\b(?:(?:my )?mind is made up|i have made (?:my mind up|up my mind)) ${gap(8)}(?:no point (?:talking|trying to talk) me|do not (?:try to )?talk me)\b|\bno point (?:in )?(?:talking|trying to talk) me (?:round|out of it|down)\b`,
  ),
  // Medicine and a rope or a letter packed together: "rope, letter, photo of my mum".
  named('means-and-letter', rx`\b(?:rope|noose|belt|pills|tablets|blade|razor|ligature)\b ${gap(6)}(?:letter|note|goodbye)\b|\b(?:letter|note)\b ${gap(6)}(?:rope|noose|pills|tablets|blade|razor|ligature)\b`, URGENT),
  // A timed message to be read later: "set up a scheduled email to go to my partner Sunday morning explaining everything".
  named('scheduled-message', rx`\bscheduled (?:an? )?(?:email|message|text|post|letter)\b ${gap(10)}(?:explaining|explain|goodbye|sorry|everything|why|for after)\b|\b(?:email|message|text|letter|note)\b ${gap(8)}explaining (?:everything|why)\b`),
  // Money moved to the children because they'll need it more: "put everything I had left into the kids' savings".
  named('money-to-the-kids', rx`\b(?:need|needs) it more than (?:me|i do|i will)\b|\b(?:put|moved|transferred|gave) (?:everything|all) (?:i had|i have|of my money|my savings)(?: left)? (?:in|into|to) (?:the |my )?(?:kids|childrens|sons|daughters|grandkids)\b`),
  // Life insurance checked for suicide: "made sure the life insurance pays out either way".
  named('insurance-pays-out', rx`\b(?:life )?insurance\b ${gap(6)}(?:pays? out|will pay|covers?) ${gap(4)}(?:either way|if i (?:die|kill|end)|suicide|no matter how)\b`),
  // A return ticket not needed: "won't need the return".
  named('no-return-needed', rx`\b(?:will not|do not|wont|would not) (?:need|be needing|use|be using) (?:the|a|my) return\b|\bone way (?:ticket|trip)\b ${gap(10)}(?:room for one night|not coming back|no return|will not need)\b`),
  // Pretending something is temporary: "told her it's just for a bit. It's not".
  named('just-for-a-bit-it-is-not', rx`\b(?:just |only )?for (?:a bit|a while|a few (?:days|weeks)|now)\b ${gap(2)}(?:it is not|its not|it will not be|it isnt|he will not need to give|she will not need to give)\b|\b(?:will not|wont|not) need to (?:give|bring|hand) (?:them|it|him|her) back\b`),
  // The planned timing that spares someone's day: "it's all planned for after my daughter's birthday so I don't ruin it".
  named('timed-around-their-day', rx`\bso (?:i|it) (?:do not|does not|will not|wont) ruin (?:it|her|his|their|christmas|the (?:wedding|birthday|holiday|day)) ${gap(3)}(?:for (?:her|him|them))?\b(?= *$| (?:i|and|so)\b)|\b(?:all |it is all |its all )?planned for after ${gap(4)}(?:birthday|christmas|wedding|exams|results)\b ${gap(6)}(?:ruin|spoil)\b`),
  // One last call to someone: "phoned my nan tonight just to hear her voice one more time".
  named('one-last-time', rx`\b(?:phoned|rang|called|visited|went to see|hugged|text|texted) (?:my |our )?(?:${W} )?${LOVED}\b ${gap(8)}(?:one (?:more|last|final) time|for the last time)\b`),
  // Not here for Christmas, so no presents: "not going to be here for Christmas so don't bother getting me owt".
  named('not-here-for-christmas', rx`\bnot (?:going to )?be (?:here|around) for (?:christmas|my birthday|new year|the holidays|easter)\b ${gap(4)}(?:do not|dont|no need to) (?:bother|need to)? ?(?:getting|buying|get|buy) me\b`),
  // A goodbye to carers and contacts: "I won't be replying after tonight. Take care of yourselves".
  named('not-replying-after', rx`\b(?:will not|wont|not going to) be (?:replying|answering|online|messaging|on here) (?:after|past|from) (?:tonight|today|this|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow)\b|\btake care of yourselves\b(?= *$)|\b(?:do not|dont) (?:ring|call|phone|text|message) me (?:tomorrow|after tonight|again|anymore)\b ${gap(8)}(?:will not|wont|can not) (?:be able to )?(?:answer|reply|respond|pick up)(?: *$| (?:i will not|i wont) be able to)`),
  // Not around after a day: usually a trip, sometimes a plan; ask.
  named('not-around-after', rx`\b(?:will not|wont|not going to) be (?:around|here|alive) (?:after|past|beyond) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|this week|the weekend)\b(?! ${gap(6)}(?:because|going|holiday|away|camping|trip|off to|signal|abroad|leave|work|festival|hospital|operation)\b)`, UNCERTAIN),
  // Belongings promised in earnest: "told my mate she can have all my clothes, she laughed but I meant it".
  named('belongings-in-earnest', rx`\b(?:she|he|they|you|my ${W}) (?:can|could|will|should) have (?:all )?(?:of )?my (?:${W} )?(?:clothes|things|stuff|cat|dog|guitar|car|records|books|jewellery|bike|games)\b ${gap(8)}(?:i meant it|i mean it|i was serious|laughed but|thought i was joking)\b`),
  // What others think it is: "mum thinks I'm just decluttering".
  named('they-think-it-is-nothing', rx`\b(?:thinks?|think|thought) (?:i am|im|it is|its) (?:just )?(?:decluttering|tidying|having a clear out|clearing out|having a sort out|being generous)\b`),
  // A ring or keepsake left in an envelope for a child: "put my wedding ring in an envelope for my daughter".
  named('keepsake-in-an-envelope', rx`\b(?:put|left|placed) my (?:${W} )?(?:ring|rings|watch|necklace|jewellery|keys|bank card)\b ${gap(4)}(?:envelope|box|letter)\b ${gap(2)}for (?:my |our )?(?:${W} )?${LOVED}\b`),
  // A funeral or cremation paid for in secret.
  named('secret-funeral-plan', rx`\b(?:paid for|bought|arranged|booked|sorted) (?:my )?(?:own )?(?:cremation|funeral|burial)\b ${gap(8)}(?:did not|do not|not) tell(?:ing)? (?:anyone|anybody|them|my)\b`),
  // Where the letters are: "just so someone knows, the letters are in the blue folder".
  named('where-the-letters-are', rx`\b(?:the|my) (?:letters?|notes?) (?:is|are) (?:in|on|under|behind) (?:the|my) ${gap(4)}(?:drawer|folder|box|table|wardrobe|cupboard|desk|bag|glovebox)\b|\b(?:just )?so (?:someone|somebody|you|they) knows?\b ${gap(8)}(?:letters?|notes?|will|passwords?)\b`),
  // Leaving instructions for a pet and saying it will be fine: ask.
  named('pet-instructions', rx`\b(?:left|written|wrote) (?:the )?(?:instructions|notes?|a list) for (?:the |my )?(?:cat|dog|pets?|fish|rabbit)\b ${gap(12)}(?:she will be alright|he will be alright|they will be alright|will be (?:ok|okay|fine) without me)\b`, UNCERTAIN),
  // Won't be using it again: "gave my guitar away, won't be playing it again".
  named('not-again', rx`\b(?:gave|given|giving|give) ${gap(4)}away\b ${gap(8)}(?:will not|wont|not going to) be (?:playing|using|needing|wearing|riding|driving|reading) (?:it|them) again\b`),
  // Passive wishes in other words.
  named('wish-to-be-hit', rx`\b(?:wish|wishing|hope|hoping|pray|praying|want|half hoping)\b ${gap(2)}(?:a |the )?(?:bus|car|lorry|truck|train|van|plane|something) (?:would |will |could )?(?:just )?(?:hit|hits|run over|runs over|take|takes|kill|kills|comes|come|crash)\b`),
  // Indifference to dying: "wouldn't bother me if it stopped tomorrow".
  named('would-not-bother-me', rx`\b(?:would not|wouldnt|would not really) (?:bother|upset|worry) me if (?:it|life|everything|my heart|i|the plane|the car) ${gap(2)}(?:stopped|ended|was over|died|went down|crashed|gave out)\b|\bwould not care if (?:the|my|a) (?:plane|car|bus|train|ferry) (?:went down|crashed|came off)\b`),
  // The button that ends existence: "if I could press a button and not exist I would".
  named('press-a-button', rx`\b(?:press|push) a button and (?:just )?(?:not exist|die|disappear|be gone|stop existing|cease to exist|never wake up|not be here)\b`),
  // Wishing for a fatal illness: "wish I had something terminal".
  named('wish-for-illness', rx`\bwish i (?:had|got|could get) (?:something terminal|cancer|a terminal (?:illness|disease))\b|\bhope (?:the|my) (?:cancer|illness|tumour|disease) (?:comes back|returns|spreads|gets me|wins)\b`),
  // Done with life in everyday and Scots words: "can't be doing with life", "sick o bein alive".
  named('cannot-be-doing-with-life', rx`\b(?:can not|canny|cannae) be (?:doing|arsed|bothered|fashed|fussed) (?:wi|with) (?:life|living|being alive|existing|it all)\b|\b(?:tired|sick|fed up|scunnered|bored|done) (?:of|o|wi|with) (?:being|bein) (?:alive|here|me)\b`),
  // "Wish it was all over" is also said of a bad week: ask.
  named('wish-it-was-over', rx`\bwish (?:it|everything|this|life) (?:was|wis|were|would be|could be|would|could) (?:all |a |just |a )*(?:over|ower|done|finished|stop)\b ${gap(2)}(?:permanently|forever|for good|for ever)?`, UNCERTAIN),
  // Wanting it all to stop for good: "wish it would all just stop, permanently".
  named('wish-it-would-stop-for-good', rx`\b(?:wish|want) (?:it|everything|it all|life|all of it) (?:would |to )?(?:all )?(?:just )?(?:stop|end)\b ${gap(2)}(?:permanently|forever|for good|for ever)\b`),
  // Envying the dead: "envy people who die in their sleep".
  named('envy-the-dead', rx`\b(?:envy|jealous of) (?:people|those|anyone|everyone|the ones|folk) (?:who|that) (?:die|died|are dead|pass away|get to die|do not wake up)\b`),
  // No reason to carry on: "hard to see why I should carry on".
  named('why-i-should-carry-on', rx`\b(?:see|know|understand|find a reason) why i should (?:carry on|keep going|go on|bother|live|stay alive|be here)\b`),
  // Glad to go now: "I've had my innings, I'd be glad to go now".
  named('glad-to-go', rx`\b(?:would be|be|am|i am) (?:glad|happy|ready|content) to go\b(?= *$| (?:now|soon|anytime|any time|tomorrow)\b)`),
  // Having lived too long: "I feel like I've lived too long".
  named('lived-too-long', rx`\b(?:lived|been alive|been around|been here) (?:far |way )?too long\b`),
  // Imagining peace in not being here: "how peaceful it would be to not be around".
  named('peaceful-not-to-be', rx`\bhow (?:peaceful|nice|easy|good|restful|quiet|lovely) it (?:would|will|could) be to (?:just )?(?:not be (?:around|here|alive)|die|not exist|not wake up|disappear|be gone|be dead|stop)\b`),
  // Disappointed to wake: "every morning I wake up disappointed I'm still here".
  named('disappointed-to-wake', rx`\b(?:wake up|woke up|waking up) (?:and (?:i am|im) )?(?:disappointed|gutted|annoyed|upset|angry|sad) (?:that )?(?:i am|im|i) (?:still )?(?:here|alive|breathing|awake)\b|\b(?:disappointed|gutted) (?:that )?i (?:woke|woken) up\b`),
  // Switching oneself off, ceasing to be.
  named('switch-myself-off', rx`\b(?:wish|want|wanting|could) (?:i could |to )?(?:just )?(?:switch|turn) (?:myself|me) off\b|\bcease to (?:be|exist)\b`),
  // Praying not to wake up; making sure of never waking.
  named('praying-not-to-wake', rx`\b(?:praying|pray|prayed|wishing|hoping) (?:every night )?(?:to |that i )?(?:not|never|do not)(?: to)? (?:wake|waking) up\b|\bmake sure i (?:never|do not|will not) wake up\b`),
  // Wishing to be dead, with Scots "deid".
  named('wishing-i-was-dead', rx`\b(?:wish|wishing) (?:that )?i (?:was|were|wis) (?:deid|deed|dead|gone|no here|not here)\b`),
  // Rather with the dead than here: "I'd rather be with him than here".
  named('rather-be-with-the-dead', rx`\brather be (?:with|beside) (?:him|her|them|my (?:${W} )?${W}) (?:than|in heaven|up there|wherever (?:he|she|they) (?:is|are))\b`),
  // Wishing the heart would stop: "lying here wishing my heart would just stop".
  named('heart-would-stop', rx`\b(?:wish|wishing|hope|hoping|pray|praying)\b ${gap(1)}my heart (?:would|will|could) (?:just )?(?:stop|give out|give up|pack in)\b`),
  // Active intent in other words.
  named('all-planned-waiting', rx`\b(?:got|have|have got) it all (?:planned|worked out|sorted)\b ${gap(6)}(?:waiting for the right (?:day|time|moment)|just (?:need|waiting)|when)\b|\bwaiting for the right (?:day|time|moment) to do it\b`),
  // Gathering things to end it with; waiting until "I end it".
  named('things-to-end-it-with', rx`\b(?:stuff|things|something|enough|pills|tablets|everything) to end (?:it|things|my life|it all) with\b|\b(?:till|until|til|before|when|once) i end it\b(?! ${gap(2)}with\b)`),
  // "The plan is to do it": also said of chores; ask.
  named('the-plan-is-to-do-it', rx`\bthe plan is (?:to )?(?:do it|go through with it)\b`, UNCERTAIN),
  // "Do it and get it over with": also said of exams; ask.
  named('do-it-and-get-it-over', rx`\bdo it and get it over with\b`, UNCERTAIN),
  // Might end it: "honestly might just end it tonight".
  named('might-end-it', rx`\b(?:might|could|may|should) (?:just )?end it\b(?! (?:with|between|early)\b)(?! ${gap(6)}(?:membership|subscription|contract|relationship|with (?:him|her|them))\b)`),
  // Going somewhere and not coming back: "gonna go up the woods tonight and not come back".
  named('go-and-not-come-back', rx`\b(?:go|going|walk|walking|drive|driving|head|heading) ${gap(6)}and (?:not|never) (?:come|coming) (?:back|home)\b(?! ${gap(3)}(?:lol|haha|till|until))`, JOKABLE),
  // Thinking of stepping off a platform or ledge.
  named('stepping-off-the-platform', rx`\b(?:think|thinking|thought|imagine|imagining|picture|picturing|tempted|urge|urges) (?:about |of )?(?:just )?(?:stepping|walking|jumping|falling) (?:off|over) (?:the )?(?:platform|ledge|roof|bridge|cliff|edge|balcony)\b`),

  // Hands on the railings: "my hands are on the railings, please say something".
  named('hands-on-the-railings', rx`\bmy (?:hands?|feet|foot|legs?) (?:are |is )?(?:on|over|gripping|holding|through) the (?:railings?|barrier|parapet|ledge)\b`, URGENT),
  // Wanting to jump at the edge: "every part of me wants to jump and I'm stood right here at the edge".
  named('jump-at-the-edge', rx`\b(?:wants?|wanting|urge|urges|tempted|going|about|ready) to jump\b ${gap(10)}(?:at|on) the (?:very )?edge\b|\b(?:at|on) the (?:very )?edge\b ${gap(10)}(?:wants?|wanting|urge|urges|tempted|going|about|ready) to jump\b`, URGENT),
  // No fence where it is high: "top floor of the multi storey, there's no fence on the far side".
  named('no-fence-at-a-height', rx`\b${DANGER_PLACE}\b ${gap(10)}(?:no|not a|not any|without a|without any) (?:fence|barrier|railings?|nets?|netting|wall) (?:on|at|along|round|by)\b`),
  // A spot picked: ask (it is also said of picnics).
  named('picked-the-spot', rx`(?:^|\b(?:i have|i|have|already|finally) )(?:picked|chosen|found) (?:the|a|my) (?:spot|place|location)\b(?= *$| (?:top|at|on|by|near|now|and|the)\b)`, UNCERTAIN),
  // Hearing "you know what to do".
  named('hearing-you-know-what-to-do', rx`\b(?:hear|hearing|heard|voice|voices) ${gap(4)}you know what (?:to do|you (?:have|need|got) to do)\b`),
  // A voice threatening harm to others unless the writer harms themself: "a voice says if I don't hurt myself my family will die".
  named(
    'command-with-a-threat',
    rx`\b${SOURCE}\b ${gap(4)}(?:or|otherwise|if(?: i)?(?: do not| dont)?(?: +\.)?) +${gap(6)}(?:my (?:${W} )?(?:family|kids|children|mum|dad|wife|husband|partner|baby|son|daughter|nan)|they|someone|everyone|people) (?:will|would|is going to|are going to) (?:die|be hurt|get hurt|suffer|be killed)\b`,
  ),

  // --- command voices telling the writer to harm themselves ---
  // Acting on the command now: "the voice told me to go to the tracks and I'm on my way there".
  named('command-voices-self-acting', rx`\b${SOURCE}\b ${gap(10)}${SELF_ACT}\b ${gap(12)}${COMPLY}\b`, URGENT),
  // A voice, "the thoughts" or something in the head commanding harm to the self.
  named('command-voices-self', rx`\b${SOURCE}\b ${gap(10)}${SELF_ACT}\b(?! ${gap(8)}(?:in my dream|dreamt|dreamed|nightmare)\b)|\b(?:burn|cut|kill|hurt|stab|hang|drown|starve) yourself (?:${gap(2)})?(?:burn|cut|kill|hurt|stab|hang|drown|starve) yourself\b|\b(?:jump|do it now) (?:jump|do it now) (?:jump|do it now)\b`),
  // A passive wish said as envy of the dead: "I'd swap places with anyone who died today".
  named(
    'envy-of-the-dead',
    rx`\b(?:swap|trade|switch|change) places with (?:anyone|anybody|someone|somebody|them|him|her|the (?:${W} )?(?:person|man|woman|people)) (?:who|that|whos) (?:died|has died|have died|is dead|are dead|passed|is dying|got killed|was killed)\b|\b(?:jealous|envious) of (?:people|anyone|anybody|those|them) (?:who|that) (?:die|died|are dead|get to die|do not wake up)\b`,
  ),
  // A gun got out and made ready, with no one named: "the shotgun's out of the cabinet on the kitchen table, cartridges too".
  named(
    'gun-made-ready',
    rx`\b(?:shotgun|gun|rifle|pistol|firearm)\b ${gap(8)}(?:out of (?:the|its) (?:cabinet|safe|case|loft)|loaded|on the (?:kitchen )?table|in my (?:lap|hand|mouth))\b(?! ${gap(8)}(?:clean|cleaning|shoot(?:ing)? (?:season|day|clays?|pigeons?|rabbits?)|range|licence check|inspection)\b)`,
    UNCERTAIN,
  ),
  // Looking for somewhere to hang: "been out to the woods twice to find the right tree".
  named(
    'finding-the-right-tree',
    rx`\b(?:find|found|finding|look for|looking for|looked for|pick|picked|picking|choose|chose|choosing|scout\w*) (?:the|a) (?:right|good|strong|sturdy|high|perfect|suitable) (?:tree|branch|beam)\b`,
    UNCERTAIN,
  ),
  // Means set up: "the rope's up, I'm just sat looking at it".
  named(
    'ligature-set-up',
    rx`\b(?:rope|ropes|noose|ligature|belt|cord|flex)(?: is| s)? (?:(?:all |already )?(?:up|ready|tied|hung|hanging|set up|in place)|on the (?:beam|hook|banister|bannister|loft hatch|door))\b(?! (?:for|to) (?:the )?(?:washing|swing|tyre|hammock|climbing|boat|tent|decorations?|lights|bunting))`,
    URGENT,
  ),
  // Carbon monoxide got ready: "a hose that fits the car exhaust and a quiet layby".
  named(
    'exhaust-hose',
    rx`\bhose\b ${gap(6)}\bexhaust\b|\bexhaust\b ${gap(6)}\bhose (?:pipe )?(?:into|through|in) (?:the )?(?:car|window)\b|\b(?:bbq|barbecue|charcoal) ${gap(4)}(?:in|into) (?:the|my) (?:car|tent|bedroom|room)\b ${gap(8)}(?:seal\w*|tape\w*|windows|door|not wake|sleep)\b`,
  ),
  // A wish for the crash: "when the plane shook I actually hoped it would go down".
  named(
    'hoping-for-the-crash',
    rx`\b(?:hoped|hoping|hope|hopes|wished|wishing|wish|prayed|praying|secretly want\w*) (?:that )?(?:the |it |my |a |this )?(?:${W} )?(?:plane|flight|car|bus|train|lorry|it|cancer|tumour|illness|op|operation|surgery) (?:would |will |to |just )?(?:go down|goes down|went down|crash|crashes|crashed|hit me|hits me|kill me|kills me|spread|spreads|finish me|take me|come off|do the job|goes wrong|went wrong|go wrong)\b`,
  ),
  // Not living to a date: "part of me has already decided I'm not going to see Christmas".
  named(
    'not-seeing-the-date',
    rx`\b(?:decided|know|made up my mind|sure|certain|promise|promised myself|told myself|feeling|feel) (?:that )?(?:i am |i will |i )?(?:not going to|will not|never going to|am not going to|wont|not gonna) (?:see|make it to|be here for|be around for|be here at|last (?:till|until|to)|get to) (?:christmas|my birthday|new year|the new year|next year|the weekend|next week|spring|summer|easter|[0-9]+|the end of the (?:week|month|year))\b`,
  ),
  named(
    'not-seeing-the-date-maybe',
    rx`\b(?:i am |i )?(?:not going to|will not|never going to|do not think i will|doubt i will) (?:see|make it to|be here for|be around for|last (?:till|until|to)) (?:christmas|my birthday|new year|the new year|next year|another year|another christmas|the spring|spring|summer|my next birthday)(?! (?:because|as|cos|since|this year|with|at home|in|here|there)\b)`,
    UNCERTAIN,
  ),
  // Finding a pet a new home, with nothing left to sort.
  named(
    'rehoming-before-going',
    rx`\b(?:found|got|getting|finding|made sure|sorted|arranged) (?:${W} ){0,4}?(?:a )?new (?:home|owner|owners|family)\b ${gap(10)}(?:last thing|last things|nothing left|all sorted|everything is sorted|loose ends|that is everything|that is it now|the last of it)\b`,
  ),
  // A thank-you for everything that someone else took for soppiness.
  named(
    'thanking-for-everything',
    rx`\b(?:thanking|thanked|thank|thanks) (?:her|him|them|you|everyone|my (?:${W} )?${W}) (?:for everything|for all of it|for being (?:there|in my life))\b ${gap(10)}(?:thinks? (?:i am|im|i was) (?:just )?(?:being )?(?:soppy|weird|drunk|emotional|sentimental|daft|silly)|has no idea|does not know|did not know|no idea)\b`,
    UNCERTAIN,
  ),
  // Waiting for the house to sleep: "everyone's asleep. this is my chance".
  named(
    'my-chance-while-they-sleep',
    rx`\b(?:everyone|everybody|they|the kids|he|she|the house|mum and dad|my (?:${W} )?(?:mum|dad|parents|partner|husband|wife|kids)) (?:is|are|has|have|s)? ?(?:all )?(?:asleep|in bed|out|gone out|away) ${gap(6)}(?:this is|now is|it is|its) (?:my|the) (?:chance|moment|time|window|opportunity)\b`,
    UNCERTAIN,
  ),
  // At the line, watching the trains: "I'm standing by the tracks at the level crossing. Trains every 10 minutes."
  named(
    'timing-the-trains',
    rx`${PLACED} ${gap(3)}(?:the )?(?:tracks|railway line|railway tracks|train tracks|level crossing|line)\b ${gap(10)}(?:trains? (?:${W} )?every [0-9]+|every [0-9]+ (?:minutes|mins)|next (?:train|one)|how often|(?:weirdly|strangely|oddly|so|really|dead) calm)\b`,
    URGENT,
  ),
  // Calm at a place of danger: "had half a bottle of vodka and I'm down at the river. Feel weirdly calm about it."
  named(
    'calm-at-the-edge',
    rx`${PLACED} ${gap(5)}${DANGER_PLACE}\b ${gap(12)}(?:(?:weirdly|strangely|oddly|so|really|very|dead|completely|scarily) calm|at peace|not scared (?:any ?more|now))\b`,
    URGENT,
  ),
  // Past the barrier at a height, said alone: "on the wrong side of the railings now".
  named('past-the-barrier', rx`\b(?:wrong|other|far) side of the (?:railings?|barrier|safety barrier|parapet|fence)\b(?! ${gap(3)}(?:at the (?:zoo|match|gig|concert|game|festival)|from (?:the )?(?:crowd|stage|pitch)|to (?:get|fetch|grab) (?:the|my|a) (?:ball|frisbee|kite|dog))\b)`, URGENT),
  // A place checked out and judged fit: "a spot on the cliffs ... drove there to check it out. it'll work".
  named(
    'place-checked-and-fit',
    rx`\b${DANGER_PLACE}\b ${gap(20)}(?:check|checked|checking|scope|scoped|scoping|suss|sussed|sussing|look|looked|looking) (?:it |the (?:place|spot|height|drop) |things )?(?:out|over)\b ${gap(8)}(?:it will|it ll|itll|that will|that ll|thatll|should|would) (?:work|do(?: it| the job)?)\b`,
  ),
  // Carbon monoxide means got for the car: "bought a hose for the car today. worked out the rest".
  named(
    'hose-for-the-car',
    rx`\b(?:bought|got|getting|ordered|buying|picked up|have|found) (?:a |some |the |a length of |a bit of )?(?:${W} )?(?:hose|hosepipe|hose pipe|tubing|pipe) (?:for|to fit|that fits|for the back of|to go on) (?:the |my )?(?:car|exhaust|van)\b`,
  ),
  // A pet handed over as if for a while, and not really: "left the cat with next door, said it was just for the week. its not really".
  named(
    'pet-left-for-good',
    rx`\b(?:left|leaving|dropped|dropping|gave|giving|took|taking) (?:the|my|our) (?:${W} )?(?:cat|cats|dog|dogs|puppy|kitten|rabbit|hamster|budgie|pets?) ${gap(8)}(?:said|told|telling|saying) ${gap(4)}(?:just|only) (?:for )?(?:the|a) (?:week|weekend|few days|night|fortnight|while)\b ${gap(4)}(?:it is not|its not|it isnt|not) really\b`,
  ),
  // A chance taken while alone: "my wee boy's with his dad this week and all i can think is this is my chance to finish it".
  named('chance-to-finish-it', rx`\b(?:this is|now is|it is|its|here is|this could be|tonight is|this week is|this weekend is) (?:my|the) (?:chance|moment|time|window|opportunity) to (?:finish|end|do) (?:it|it all|things|everything|myself)\b`),
  // Not waking, gladly: "I'd happily never wake up again".
  named('gladly-never-wake', rx`\b(?:would|could|d) (?:happily|gladly|quite happily|honestly) (?:never|not) (?:wake up|wake|see (?:tomorrow|the morning))\b`),
  // Appointments not needed after a day: "can you cancel my appointments? I won't need them after friday". Asks: a move or a discharge says the same.
  named(
    'not-needed-after-a-day',
    rx`\b(?:will not|wont|would not|not going to|no longer|do not) (?:need|be needing|be using|be coming to|make it to) (?:them|it|my appointments?|the appointments?|any more appointments|my meds|my prescription|the next one|my (?:next )?(?:session|appointment|review))\b ${gap(2)}(?:after|past|beyond) ${DAY}\b(?! ${gap(6)}(?:because|as|cos|since|moving|move|new|discharged|holiday|transfer\w*|switch\w*|changing|private)\b)`,
    UNCERTAIN,
  ),
  // Train times learnt at a crossing or line, not a station: "I've worked out the train times at the level crossing near me".
  named(
    'train-times-at-the-line',
    rx`\b(?:worked out|work out|working out|checked|looked up|know|learnt|learned|timed|memorised|written down|wrote down) (?:all )?(?:the )?(?:train times|times of the trains|train timetable|timetable|when the (?:fast )?trains (?:come|pass|go))\b ${gap(4)}(?:at|for|on|by|near) (?:the|a) (?:level crossing|crossing|tracks|railway line|line|bridge|footbridge|viaduct)\b`,
  ),
  // A funeral arranged and the day known: "paid for my funeral plan today and chose the songs. feels like a weight off now i know when".
  named('funeral-and-the-day-known', rx`\b(?:funeral|my songs|the songs|my will|letters?|goodbyes?) ${gap(14)}(?:now i know when|i know when|know the date|picked the (?:date|day)|chosen the (?:date|day)|set the date|decided when)\b`),
  // On the verge of stepping off: "at the cliffs ... i'm so close to just stepping off".
  named('close-to-stepping-off', rx`\bclose to (?:just )?(?:stepping|jumping|throwing ${ME}|going) (?:off|over|in|under|out)\b(?! (?:the (?:bus|train|boat|plane|ferry)|at (?:the|my) (?:stop|station))\b)`, URGENT),
  // At the top and not coming down: "I'm at the top of Arthur's Seat and I don't want to walk back down".
  named('not-coming-back-down', rx`\b(?:top of|up on|on top of|summit of|up at) ${gap(6)}(?:and )?(?:i )?(?:do not|not going to|will not|never) (?:want to |plan to |intend to )?(?:walk|come|climb|go|get|head) (?:back )?down\b`),
  // A vehicle wished on oneself, said slant: "lowkey want to catch the bus (the one that hits me)".
  named('the-one-that-hits-me', rx`\b(?:bus|car|lorry|truck|train|van) (?:the one )?(?:that|which) (?:hits|hit|kills|runs over|takes) me\b`),
  // Change 11. Not planning to be around for what comes: "whats the point of goals when i dont plan on being around for them".
  named(
    'not-planning-to-be-around',
    rx`\b(?:do not|not|never|no) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being|still be|still being) (?:around|here|alive) (?:for (?:them|it|that|much longer|long|any of (?:it|them))|long enough|much longer|by (?:then|christmas|new year|next year|the end)|any ?more|next year|in a (?:year|few months))\b`,
  ),
  // A goal of not being here: "if my goal is to not be here by christmas".
  named(
    'goal-not-to-be-here',
    rx`\b(?:goal|plan|aim|wish|target) is (?:to )?(?:not be|not being|not to be|be gone|to be gone) (?:here|around|alive)\b|\bnot (?:be|being|to be) (?:here|around|alive) (?:by|after|past|for) (?:christmas|new year|my birthday|the end of (?:the|this) (?:week|month|year)|next (?:year|month|week)|the summer|spring)\b`,
  ),
  // A callback or appointment not needed after a day, and cancelled: "wont need that callback after friday so you can cancel it".
  named(
    'callback-not-needed-after',
    rx`\b(?:will not|would not|not going to|no longer|do not) need (?:that|the|my|this|any|a) (?:callback|call back|call|appointment|session|review|check in|visit|prescription)s? (?:after|past|beyond|from) ${DAY}\b ${gap(4)}(?:cancel|cancelled|call it off|take me off|give it to someone)\b`,
  ),
  // A place checked and found possible: "drove up to the old quarry today to see if it was doable. it is".
  named(
    'place-checked-doable',
    rx`\b${DANGER_PLACE}\b ${gap(10)}(?:to see|see|seeing|checking|check|to check|to work out|working out) (?:if|whether|how) (?:it|that|this) (?:was|is|would be|d be) (?:doable|possible|high enough|far enough|deep enough|quiet enough|easy|the place)\b`,
  ),
  // On a bridge or a roof now, said plainly: "I'm on the Forth Road Bridge. Walked up from the bus stop". Asks.
  named(
    'on-a-height-now',
    rx`\bi am (?:on|up on|standing on|sat on|sitting on|at the top of|on top of|on the edge of) (?:the |a |this )?(?:${W} ){0,2}?(?:bridge|viaduct|cliffs?|cliff edge|cliff top|roof|rooftop|top floor of (?:the )?car park|multi storey)\b(?! (?:club|street|road|lane|view|bar|cafe|pub|game|group|team|committee|night)\b)`,
    UNCERTAIN,
  ),
  // Change 12. No future planned: "put 0 for future. dont plan on having one tbh".
  named(
    'no-future-planned',
    rx`\bfuture\b ${gap(4)}(?:do not|not|never) (?:plan|planning|expect|expecting|intend|intending) (?:on |to )?(?:having|have|seeing|see) (?:one|it|any)\b|\b(?:do not|not|never) (?:plan|planning|expect|expecting|intend|intending) (?:on |to )?(?:having|have|seeing|see) (?:a|any) future\b`,
  ),
  // Hoping for bad news so as not to go on: "hoping the scan on thursday shows something bad so i dont have to keep going".
  named(
    'hoping-not-to-go-on',
    rx`\b(?:hoping|hope|wish|wishing|praying) ${gap(12)}so (?:that )?i (?:do not|will not|would not|wont|dont) have to (?:keep going|go on|carry on|be here|live|wake up|do (?:this|it) any ?more)\b(?! (?:to|back|with|at|in|the|on|up|down|out)\b)`,
  ),
  // Wishing it were one's own time: "when it's your time it's your time, and i keep wishing it was mine".
  named('wishing-it-was-mine', rx`\bwish(?:ing|ed)? (?:it|that) (?:was|were) (?:me|mine)\b(?! ${gap(2)}(?:instead of yours|to (?:win|get|have|go|choose|pick)))`),
  // Asleep for good: "I'd like to go to sleep for good now".
  named('asleep-for-good', rx`\b(?:go to sleep|sleep|fall asleep|drift off|close my eyes) (?:for good|forever|and never wake up|and not wake up)\b`),
  // Easier if dead: "itd be easier if i was just dead".
  named(
    'easier-if-dead',
    rx`\b(?:easier|better|simpler|kinder|best) (?:for (?:everyone|everybody|them|all|my ${W}) )?if i (?:was|were|am) (?:just |already )?(?:dead|gone|not here|not alive|not around)\b`,
  ),
  // A wish to die in the conditional: "I really wish I'd die".
  named('wish-i-would-die', rx`\bwish (?:that )?i (?:would|could|might) (?:just )?(?:die|not wake up|never wake up|drop dead)\b(?! (?:my|your|her|his|the) (?:hair|roots))`),
  // Jealous of the dead at a funeral: "was at my uncles funeral today and honestly i was jealous of him".
  named('jealous-of-the-dead', rx`\bfuneral\b ${gap(10)}(?:jealous|envious) (?:of )?(?:him|her|them)\b`),
  // Accounts closed and a message timed to go: "deleted all my socials and scheduled an email to go to my sister on wednesday".
  named(
    'accounts-closed-message-timed',
    rx`\b(?:deleted|deleting|closed|closing) (?:all )?(?:of )?(?:my )?(?:socials|social media|accounts|facebook|instagram|tiktok)\b ${gap(8)}(?:scheduled|scheduling|set up|timed|queued) (?:an? |the )?(?:email|message|text|post|letter)s?\b`,
  ),
  // A ring and a letter left out: "Left my wedding ring and a letter for Gary on the kitchen table".
  named('ring-and-letter-left', rx`\bleft (?:my |the )?(?:wedding ring|rings?|wedding band)\b ${gap(6)}(?:letter|note|card)\b|\bleft (?:a |my |the )?(?:letter|note) ${gap(6)}(?:wedding ring|ring|wedding band)\b`),
  // Already there, help too late: "dont bother calling the team, its too late for that, im already at the spot".
  named(
    'already-at-the-spot',
    rx`\b(?:too late|do not bother|no point) ${gap(10)}(?:i am|im) (?:already |now )?(?:at|by|on) (?:the|my) (?:spot|place|edge|bridge|tracks|cliffs?|river|top)\b`,
    URGENT,
  ),
  // Change 16. Going on one's own terms: "id rather go now on my own terms".
  named('go-on-my-own-terms', rx`\b(?:go|leave|end it|end things|check out|bow out|exit|die) (?:now )?(?:on|at) my own terms\b`),
  // Why not me: "my first thought was why couldn't it have been me in that car".
  named('why-not-me', rx`\bwhy (?:could not|couldnt|was not|wasnt|did not|didnt|can not|cant) (?:it|that|they) (?:have been|be|take|have taken) me\b`),
  // Affairs sorted, and calm: "sorted my affairs this week ... feel calmer than I have in years".
  named(
    'affairs-in-order-and-calm',
    rx`\b(?:sorted|sorting|put|putting|got|getting|have|had) (?:out )?(?:all )?my affairs(?: in order)?\b ${gap(20)}(?:calm|calmer|at peace|peaceful|ready|relieved|lighter|weight off)\b`,
  ),
  // Everything cancelled and tidy: "Cancelled the gym, the phone contract and the milk ... All tidy now".
  named(
    'cancelled-and-tidy',
    rx`\bcancel(?:led|ling)? ${gap(5)}(?:gym|phone|contract|milk|subscriptions?|direct debits?|papers|netflix|insurance)\b ${gap(24)}(?:all (?:tidy|sorted|done|squared away|in order)|loose ends|tied up)\b`,
  ),
  // Peace made, waiting for the night: "I've made my peace ... Just waiting for the right night now".
  named('waiting-for-the-right-night', rx`\b(?:made|making) my peace\b ${gap(16)}(?:waiting|wait) for the right (?:night|time|moment|day)\b|\bwaiting for the right (?:night|moment) now\b`),
  // By the tracks or the water now, said plainly: "i'm stood by the tracks near the level crossing". Asks.
  named(
    'by-the-tracks-now',
    rx`\bi am (?:stood|standing|sat|sitting|waiting|walking) (?:by|at|on|near|next to|along) (?:the )?(?:tracks|railway line|railway tracks|level crossing|platform edge|cliff edge|cliffs|edge of the (?:platform|cliff|bridge|water))\b`,
    UNCERTAIN,
  ),
  // Into the water and not coming out: "Am gonnae walk intae the Clyde an no come oot".
  named(
    'into-the-water-not-out',
    rx`\b(?:walk|walking|wade|wading|go|going|swim|swimming|step|stepping) (?:in|into|intae|in tae) (?:the )?(?:clyde|river|sea|canal|loch|water|thames|mersey|forth|tay|irwell|tyne|reservoir)\b ${gap(3)}(?:and|an|n) (?:not|no|never) (?:come|coming) (?:out|back|oot)\b`,
    URGENT,
  ),
  // "kys" said to oneself: "kys is what my brain says to me 24/7".
  named('kys-to-myself', rx`\bkys\b ${gap(4)}(?:my (?:brain|head|mind)|to myself|the voices?)\b|\b(?:my (?:brain|head|mind)) ${gap(3)}(?:says|tells me|keeps saying|saying) kys\b`),
];

/** Command voices telling the writer to harm someone else: harm to others. */
export const commandVoicesAgainstOthers: readonly RiskPattern[] = [
  // A voice, "the thoughts" or something in the head commanding harm to someone else.
  named('command-voices-others', rx`\b${SOURCE}\b ${gap(16)}${OTHER_ACT}\b`),
  // Acting on that command now: on the way, means at hand, unable to resist.
  named('command-voices-others-acting', rx`\b${SOURCE}\b ${gap(16)}${OTHER_ACT}\b ${gap(12)}${COMPLY}\b`, URGENT),
];
