/**
 * Broad "concern" net, risks to the writer themselves: suicide and self-harm, overdose,
 * eating disorders. See broad-signals.ts for why this net exists and how it is guarded.
 *
 * Each signal is a named concept, not a memorised sentence: a strong single cue, or a short
 * co-occurrence of two cues within a bounded window. All run on normalised, masked text.
 */

import { eatingDisorderConcepts, overdoseConcepts, selfHarmConcepts } from './concepts-self-harm';
import { suicideConcepts } from './concepts-suicide';
import { gap, rx, W, type RiskPattern } from './regex-helpers';
import { SELF, SUBSTANCE } from './risk-patterns';

const named = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern });

/** Wanting, planning or preferring: the verbs that turn "die" or "disappear" into a wish. */
const WISH =
  '(?:want|wanted|wanting|wish|wishing|need|needs|hope|hoping|would like|longing|long|ready|rather|prefer|planning|' +
  'plan|tempted|decided|just want)';
/** As WISH, plus the softer "could just" that only disappearing takes ("I could just disappear"). */
const WISH_OR_COULD = '(?:could just|could|' + WISH.slice(3);
/** Places and means people name when thinking of ending their life. */
const MEANS =
  '(?:bridge|viaduct|train|trains|tracks|railway|platform|level crossing|rope|ligature|noose|cliff|cliffs|ledge|roof|' +
  'rooftop|multi storey|car park|top floor|tall building|balcony|tower block|sea|river|canal|loch|reservoir|quarry|' +
  'motorway|blade|blades|razor|razors)';
/** Thinking about how easy, quick or final using a means would be. */
const EASE =
  '(?:how (?:easy|quick|painless|simple) (?:it )?(?:would|will|could) be|how much it would hurt|' +
  '(?:looking|looked|look|searched|searching|googled|googling|checked|checking|research\\w*|find out|found out|wondering) (?:up )?how (?:high|tall|far down|deep)|' +
  'easy it would be|would (?:it|that) hurt|just (?:let go|step forward|walk off)|' +
  'step(?:ping|ped)? (?:forward|off the (?:edge|ledge|roof|bridge|cliff))|' +
  'let(?:ting)? (?:myself )?(?:go|fall|drop)|(?:think|thinking|thought) (?:about|of) using (?:it|them|one)|the drop|hitting the water)';
/** Things people give away or make arrangements for before they die. */
const BELONGINGS =
  '(?:cat|cats|dog|dogs|pets?|rabbit|hamster|fish|things|stuff|belongings|possessions|savings|money|games|guitar|' +
  'collection|jewellery|clothes|room|car|plants|kids|children|baby|babies|books|records|vinyl|tools|bike|motorbike)';
const BODY = '(?:arms?|legs?|wrists?|thighs?|skin|stomach|tummy|belly|hips?|chest|ankles?)';
const DAYS =
  '(?:days|a week|week|weeks|months|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week|ages)';

export const broadSuicideAndSelfHarm: readonly RiskPattern[] = [
  ...suicideConcepts, // concepts-suicide.ts: suicide intent, wishes, plans, acute danger, command voices
  ...selfHarmConcepts, // concepts-self-harm.ts: acts, tools, wounds, relapse and hiding
  // Any form of the vocabulary itself ("suicidally", "self-injury", "self destructing").
  named('suicide-vocabulary', rx`\bsuicid\w*|\bself (?:harm|injur|hurt|destruct)\w*`),
  // A wish or plan to be dead, not exist or never wake ("I'd rather not wake up", "I'd prefer to not exist").
  named(
    'wish-to-be-dead',
    rx`\b${WISH} (?:to )?(?:just |really |simply |not )?(?:die|be dead|not be (?:here|alive|around)|not exist|stop existing|cease to exist|not wake up|never wake up|be gone for good|sleep forever|go to sleep forever)\b`,
  ),
  // Disappearing said as an ending, not a holiday: "I just want to disappear" (end of message) or "... and never come back".
  named(
    'wish-to-disappear',
    rx`(?<!\b(?:do not|not|never|no longer) )\b${WISH_OR_COULD} (?:to )?(?:just |really |simply )?(?:disappear|vanish|fade away|not be found)(?= *$| (?:forever|for good|permanently|completely|and (?:never|not)|from (?:everyone|everything|this world|the world|existence)|off the face|tonight|now|already|honestly|tbh|i|so|because|but|sometimes|lol)\b)`,
  ),
  // "...go to sleep for a very long time and not come back": a wish followed by never returning or waking.
  named('wish-never-to-return', rx`\b${WISH} to ${gap(8)}and (?:never|not) (?:come|coming|wake|waking) (?:back|up)\b`),
  // Tired of the self or of being alive: "so tired of existing", "tired of being me", "sick of breathing".
  named(
    'tired-of-existing',
    rx`\b(?:tired|sick|exhausted|weary|done) (?:of|with) (?:being (?:me|alive|here|myself)|breathing|existing|living|life|waking up|(?:trying|fighting) to stay alive|this life|my life)\b(?! (?:in|with|at|near|on|here|there|being so|like this in)\b)`,
  ),
  // "What's the point of me", "no point in my life", but not "the point of me going to the party".
  named(
    'pointless-self',
    rx`\bpoint (?:of|in|to) (?:me|my life|my existence|existing|anything anymore)\b(?! (?:doing|going|getting|trying|asking|telling|having|buying|making|coming|being there|bothering with (?:the|this|that))\b)`,
  ),
  // After-I'm-gone talk: "a letter for after I'm gone", "everyone would cope fine if I just wasn't around".
  named(
    'after-i-am-gone',
    rx`\b(?:after|when|once|for when|if) i (?:am|was|were|have|have been|would be) (?:gone|dead|not here|no longer here|not around|no longer around|in the ground)\b(?! (?:on|to|for|away|out|abroad|next|this|tomorrow|today|tonight|shopping|home|into|at|by|with|from|off|a while|long)\b)`,
  ),
  named(
    'if-i-was-not-here',
    rx`\bif i (?:just |only |simply )?(?:was not|were not|am not|was no longer|were no longer|did not exist|no longer existed) (?:here|around|alive|about|in the picture|in the way|in it|anymore)\b(?! (?:to|on|for|at|this|next|tomorrow|today|tonight|last|yesterday|when|then|in the morning|here to)\b)`,
  ),
  // The world, family, everyone would be better/fine without me; doing everyone a favour by not being here.
  named(
    'better-without-me',
    rx`\b(?:world|everyone|everybody|family|they|people|kids|children|husband|wife|partner|friends|them|you all) ${gap(4)}(?:better|happier|easier|fine|lighter|okay|ok)(?: off)? without me\b(?! (?:at|on|for|there|playing|tonight|today|this|tomorrow|in (?:the|that|this) (?!world))\b)`,
  ),
  named(
    'favour-by-not-existing',
    rx`\bdo(?:ing)? (?:everyone|everybody|the world|them|my family|you all|all of them|every1) a favou?r (?:if i|by (?:dying|disappearing|not being here|not existing|ending it|killing|going for good))\b`,
  ),
  // Goodbyes said as an ending: "goodbye to the world", "letters for after I die".
  named(
    'final-goodbyes',
    rx`\bgoodbyes? (?:to )?(?:the world|this world|everyone forever|for good|forever|for the last time|one last time)\b|\b(?:letters?|notes?|messages?|videos?) (?:to|for) ${gap(3)}(?:to read )?(?:after i (?:die|am gone|have gone)|when i (?:die|am gone)|once i am gone|explaining why)\b`,
  ),
  // Giving belongings away, or arranging who gets them: "sorted out who gets my cat", "gave away my guitar".
  named(
    'giving-things-away',
    rx`(?:^|\b(?:i|and|so|just|already|been|have|today|yesterday|all|am|was|started|start) )(?:have )?(?:been )?(?:giving|gave|given|give) away (?:all |most |some |loads |lots |a lot )?(?:of )?my (?:${W} ){0,2}${BELONGINGS}\b(?! ${gap(4)}(?:charity|oxfam|because (?:i|it|they) (?:outgrew|did not|do not|was|were)|outgr\w*|when i (?:outgrew|got|moved)|when i moved|before (?:i|we) move|to make (?:space|room)|freecycle|ebay|vinted|facebook|declutter\w*|too small|do not fit))`,
  ),
  named(
    'arranging-who-gets-mine',
    rx`\b(?:sorted|sorting|sort|arranged|arranging|decided|deciding|worked out|working out|planned|planning|written down|wrote down) (?:out )?who (?:gets|will get|should get|is getting|has|will have|can have|takes|will take|looks after|will look after|is having) my\b|\bwho (?:will|would|is going to|would have to|could) (?:look after|take care of|feed|have|get|take|keep) my (?:${W} )?${BELONGINGS}\b ${gap(2)}(?:when i am gone|after i am gone|if i am gone|if i die|if i died|if (?:something|anything) (?:happens|happened) to me|if i was not here|if i was gone|once i am gone)\b`,
  ),
  // "Not going to be a problem for anyone much longer", "won't be a burden after tonight".
  named(
    'not-here-much-longer',
    rx`\b(?:not|no longer|never) (?:going to )?be (?:a problem|a burden|a bother|in (?:your|anyones|everyones|the) way|here|around|alive|about) (?:for (?:anyone|anybody|you|them|everyone|much|long) )?(?:much longer|for much longer|for long|any longer|after (?:tonight|today|this week|this weekend)|by (?:tomorrow|the morning|monday|next week))\b`,
  ),
  // Euphemisms for ending one's life; joining someone who has died.
  named(
    'ending-euphemisms',
    rx`\b(?:take|taking|taken|took) (?:the )?(?:cowards|coward) way out\b|\bway out of (?:life|this world|it all)\b|\bcheck(?:ing)? out (?:early|for good|of life|permanently)\b|\bcall it a day (?:on|with) (?:life|everything|it all|living)\b|\b(?:pray|praying|hope|hoping|wish|wishing) (?:that )?(?:god|the lord|death|something|cancer) (?:will |would |just )?(?:takes?|took|come for) me\b(?! (?:to|out|shopping|back|round|with|there|for (?:a|the))\b)`,
  ),
  named(
    'joining-the-dead',
    rx`\b(?:passed|died|lost|gone|death|funeral|grave) ${gap(12)}(?:join|joining|be with|being with) (?:her|him|them|my (?:${W} )?(?:wife|husband|mum|dad|son|daughter|partner|baby|nan|gran|brother|sister|friend))(?= *$| (?:soon|again|there|up there|in heaven|wherever|now|and|i|because|but|so|one day|someday|sooner)\b)`,
  ),
  // A means of ending life near thoughts of how easy or final it would be (either order, within 10 words).
  named('means-and-ease', rx`\b${MEANS}\b ${gap(10)}${EASE}\b|\b${EASE} ${gap(10)}(?:the |a )?${MEANS}\b`),
  // Cutting, burning, scratching one's own body with a cue that it is deliberate or repeated.
  named(
    'self-injury-with-cue',
    rx`\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|carve|carving|carved|pick|picking|bite|biting|hit|hitting|punch|punching|bang|banging|bash|bashing|slam|slamming) (?:at )?(?:${SELF}|my (?:own )?${BODY}|my (?:head|face|fists?) (?:against|into|off) (?:the |a )?walls?) ${gap(6)}(?:when|till|until|to (?:feel|cope|punish|calm|stop)|because i|every (?:night|day|time)|again|on purpose|deliberately|so i|bleeds?|bled|bleeding|marks|scars|it gets|the urges|relief|angry|upset|hate myself)\b`,
  ),
  // Keeping a blade for later: "I keep a blade in my pencil case for bad days".
  named(
    'keeping-a-blade',
    rx`\b(?:keep|keeps|keeping|kept|hide|hides|hiding|hid|hidden|stash\w*|carry|carrying|bought|buy|have|got) (?:a |my |some |the )?(?:blade|blades|razor|razors|razor blades?|sharpener blades?|scalpel|craft knife|stanley knife)\b ${gap(6)}(?:bad days|bad nights|when it gets|when i need|in case|for emergencies|the urges|for later|for when|where (?:no one|nobody|mum|my mum|they) (?:can|will|would)|under my (?:bed|mattress|pillow)|in my (?:pencil case|sock|drawer|room|phone case))\b`,
  ),
  // Life not worth it: "life's just not worth the bother anymore".
  named('life-not-worth-it', rx`\blife(?:s| is)? (?:just |really |simply |honestly )?not worth (?:it|the (?:bother|effort|hassle|pain|fight|struggle)|living)\b`),
  // Looking at trains or buses "not to go anywhere": checking a means, not a journey.
  named(
    'not-for-travel',
    rx`\b(?:train|trains|railway|bus|buses) ${gap(6)}not (?:to|for|because i am) (?:go|going|travel|travelling|get|getting) (?:anywhere|on (?:it|one)|somewhere)\b`,
  ),
  // At the end of one's rope: "I can't do this anymore", "can't take it any more", "can't face another day".
  named(
    'cannot-go-on',
    rx`\b(?:can not|could not) (?:do this|take (?:it|this)|cope|carry on|face (?:it|this|life|another day)|face living|live like this)(?: any| much)? (?:anymore|longer)\b`,
  ),
  // "Tonight's the night" beside being done or saying goodbye.
  named(
    'tonight-is-the-night',
    rx`\b(?:done|had enough|can not do this|goodbye|ready|decided|sorry|can not fight|no fight|nothing left|no more|can not go on)\b ${gap(10)}(?:tonight|today) is the (?:night|day)\b|\b(?:tonight|today) is the (?:night|day)\b ${gap(6)}(?:goodbye|i am done|end it|for good|forever|sorry)\b`,
  ),
  // "Scared of what I might do", with no one else named (with someone named it is harm to others).
  {
    ...named(
      'scared-of-what-i-might-do',
      rx`\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:of )?what i (?:will|would|might|could|am going to|may) do\b(?= *$| (?:next|if|when|anymore|to myself|tonight|i|and|so|because)\b)`,
    ),
    urgent: true, // a safety statement
  },
];

export const broadOverdose: readonly RiskPattern[] = [
  ...overdoseConcepts, // concepts-self-harm.ts: medicines, amounts, drink, taken or about to be
  // Stockpiling, hoarding, putting pills aside: "been saving up my tablets", "putting a few pills aside".
  named(
    'stockpiling-medication',
    rx`\b(?:stockpil\w*|hoard\w*|stash\w*|squirrel\w*|sav(?:e|ed|ing) up(?! for)|stor(?:e|ed|ing) up|put(?:ting)? (?:some |a few |them )?(?:aside|by)|set(?:ting)? (?:some |a few )?aside|keep(?:ing)? back|kept back) ${gap(4)}${SUBSTANCE}\b|\b${SUBSTANCE} ${gap(4)}(?:aside|put by|stockpiled|hoarded|stashed|saved up|for (?:a bad day|the right time|one day|the end))\b`,
  ),
  // Enough pills to do it: "there's enough pills in my drawer to do it".
  named(
    'enough-to-do-it',
    rx`\benough ${gap(3)}${SUBSTANCE} ${gap(6)}(?:to|for) (?:do it|die|kill me|kill myself|end it|end things|end my life|not wake up|never wake up|finish me|a lethal|an overdose)\b|\b${SUBSTANCE} ${gap(6)}enough to (?:do it|die|kill|end it|end things|not wake up|finish me)\b`,
  ),
  // Taking the lot: "thinking about taking them all", "might just take the whole lot tonight".
  named(
    'take-the-lot',
    rx`\b(?:take|taking|swallow|swallowing|neck|necking|down|downing) (?:them all|all of them|the lot|the whole lot|every (?:single )?one|the whole (?:box|packet|pack|bottle|strip|tub)|all (?:of )?(?:my|the|her|his) (?:${W} )?${SUBSTANCE})(?= *$| (?:tonight|now|at once|in one go|together|and|i|so|because|then|right now|today)\b)`,
  ),
  // More than the dose: "took more than the box says", "took more than I'm supposed to".
  named(
    'more-than-prescribed',
    rx`\b(?:took|taken|take|taking|swallowed|necked) (?:way |much |a lot |loads |far )?more (?:${W} )?than (?:the (?:box|packet|label|leaflet|doctor|gp|pharmacist|instructions)(?: (?:says|said|say))?|i (?:should|am supposed to|was supposed to|am meant to|was meant to|am allowed)|(?:is |was )?prescribed|the (?:maximum|max|recommended)(?: dose)?|my dose|you are supposed to|it says)\b(?!(?: dose)? of (?:vitamin\w*|iron|fish oil|supplements?|multivitamins?)\b)`,
  ),
  // A quantity of a medicine set out within reach: "the box of pills is on the table in front of me".
  named(
    'means-at-hand',
    rx`\b(?:box|boxes|bottle|bottles|packet|packets|pile|all|strip|strips) (?:of )?(?:my |the |these |those )?${SUBSTANCE} ${gap(5)}(?:in front of me|next to me|beside me|in my hand|lined up|ready)\b`,
  ),
  // A quantity of a medicine already taken, with other things between: "had a bottle of vodka and half a box of co-codamol".
  named(
    'quantity-taken',
    rx`\b(?:took|taken|had|swallowed|necked|downed|ate|eaten|popped) ${gap(8)}(?:(?:half|a|an|the|two|three|four|five|[0-9]+|whole|full|entire) ){0,3}(?:box|boxes|packet|packets|pack|packs|strip|strips|bottle|bottles|tub|handful|handfuls|load|loads|lots|bunch|fistful|heap) (?:of )?(?:${W} ){0,3}${SUBSTANCE}\b(?! (?:back|to|into|out of|from|with me|home|round|over|in the|in my|delivered|prescribed|left)\b)`,
  ),
];

export const broadEatingDisorder: readonly RiskPattern[] = [
  ...eatingDisorderConcepts, // concepts-self-harm.ts: restricting, purging, compensating, a starved body
  // Not eating for days: "haven't eaten since Tuesday", "hasn't eaten a proper meal in weeks".
  named(
    'not-eaten-for-days',
    rx`\b(?:not|never|barely|hardly) (?:eaten|ate|eat|eating|had (?:anything|food|a meal|a proper meal|a bite|a thing|owt|much))(?! (?:out|meat|fish|dairy|sugar|bread|chocolate|sweets|crisps|takeaways?|junk|carbs|gluten|pork|beef|chicken|cheese|fast food|at)\b) ${gap(4)}(?:in|for|since) (?:(?:about|over|nearly|almost|like|a|two|three|four|five|six|seven|several|few|[0-9]+|the last|a couple of|couple of|last) ){0,3}${DAYS}\b`,
  ),
  // Living on almost nothing: "living on black coffee and chewing gum", "I only drink water now".
  named(
    'living-on-nothing',
    rx`\b(?:living|surviving|live|survive|existing|getting by) (?:on|off) (?:only |just |nothing but )?(?:black coffee|water|diet (?:coke|drinks|pepsi)|chewing gum|gum|an apple|apples|lettuce|rice cakes|air|cigarettes|fags|cucumber|celery)\b|\bonly (?:let myself |allow myself )?(?:eat|eating|have|having) (?:an apple|one apple|a few bites|lettuce|one meal)(?= *$| (?:now|anymore|a day|all day|every day|each day|and)\b)`,
  ),
  // Restricting and skipping: "skipping every meal", "fast for 3 days at a time to get thin".
  named(
    'shrinking-portions',
    rx`\b(?:cutting|cut|making|shrinking|reducing|reduced) (?:down )?(?:my |the )?(?:portions|meals|food intake|intake) ${gap(3)}(?:every day|each day|more and more|until|till|smaller and smaller|to nothing|basically nothing)\b`,
  ),
  named('skipping-every-meal', rx`\b(?:skip|skipping|skipped|missing|miss|missed) (?:every|all|all my|most|most of my) (?:single )?meals?\b`),
  named(
    'restricting-to-be-thin',
    rx`\b(?:fast|fasting|fasted|starve|starving|not eat|not eating|skip|skipping|skipped|restrict|restricting|barely eat) ${gap(8)}(?:to|so i (?:can |will )?|until i) (?:get|be|stay|look|am) (?:thin|thinner|skinny|skinnier|smaller|bony)\b`,
  ),
  // Calories with punishment or self-disgust: "if I go over 500 calories I punish myself", "count every calorie".
  named(
    'calories-and-punishment',
    rx`\bcount(?:ing|s)? every (?:single )?(?:calorie|cal|bite|mouthful|crumb)\b|\b(?:calorie|calories|cals|kcal|kcals|eat|ate|eating|food|meal|meals) ${gap(6)}(?:punish|punishing|hate my body|still feel (?:huge|fat|massive|gross)|make myself sick|not allowed to eat|do not deserve)\b`,
  ),
  // Body-checking signs: low BMI, rapid loss and still unhappy, thigh gap, wasting away.
  named('low-bmi', rx`\bbmi (?:is |of |at |down to |only |now )?(?:1[0-7]|[5-9])\b`),
  named(
    'lost-weight-still-unhappy',
    rx`\blost ${gap(3)}(?:stone|stones|kilos|kg|pounds|lbs|weight) ${gap(8)}(?:still|but) ${gap(3)}(?:hate|fat|huge|gross|disgusting|want to lose more|need to lose more|not (?:thin|skinny|small) enough)\b`,
  ),
  named('body-checking', rx`\bthigh gap\b|\bbikini bridge\b|\bwasting away\b|\bsee my (?:ribs|bones|hip bones|collar bones)\b`),
  // Compensating: exercising until faint, burning off what was eaten.
  named(
    'exercise-to-compensate',
    rx`\b(?:run|running|ran|exercise|exercising|gym|work out|working out|walk|walking|train|training|cycle|cycling) ${gap(6)}(?:till|until|so) i (?:nearly |almost )?(?:faint|pass out|collapse|black out)\b|\b(?:have to|need to|must|so i can|to) (?:burn|work) off (?:what i (?:ate|eat|have eaten)|every (?:calorie|bite|meal)|everything i (?:eat|ate))\b`,
  ),
  // Laxatives, diuretics, diet pills used to lose weight or after eating.
  named(
    'weight-control-pills',
    rx`\b(?:laxatives?|diuretics?|water (?:tablets|pills)|diet pills|slimming pills|senna|dulcolax|fat burners)\b ${gap(6)}(?:after (?:i eat|eating|meals|every meal|food)|to (?:lose|stay|get|keep|be) (?:${W} )?(?:weight|thin|skinny|slim|light)|so i (?:do not|will not|can not) (?:gain|put on))\b`,
  ),
  // Only drinking, with food refused: "I only drink water now, food makes me feel too heavy".
  named(
    'only-drinking',
    rx`\bonly (?:drink|drinking|have|having) (?:water|black coffee|diet coke|tea|squash)\b ${gap(8)}(?:food|eat|eating|meals?)\b`,
  ),
  // Purging in other words: "I go to the toilet after every meal so I can get it out of me".
  named(
    'purging-euphemism',
    rx`\b(?:toilet|bathroom|loo) (?:straight )?after (?:every|each|my|i eat|eating|meals?)\b ${gap(8)}(?:get (?:it|them|everything|the food) (?:out|up)|sick|throw up|rid)\b|\bget (?:it|the food|everything i ate) out of me\b`,
  ),
  // Chewing and spitting: "I chew food and spit it out".
  named('chew-and-spit', rx`\bchew(?:ing|s|ed)?(?! (?:gum|tobacco|baccy)\b) ${gap(4)}(?:and )?spit(?:ting|s)? (?:it |them |everything )?out\b`),
  // Fear of gaining: "terrified of gaining even a pound".
  named(
    'fear-of-gaining',
    rx`\b(?:scared|afraid|terrified|frightened|panic\w*|petrified) (?:of|about|to) (?:gain|gaining|put on|putting on|getting) ${gap(2)}(?:weight|pound|pounds|lb|lbs|kilo|kilos|kg|fat|bigger)\b`,
  ),
];
