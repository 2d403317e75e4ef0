/**
 * Broad "concern" net, risks between people: harm to others, abuse and safeguarding.
 * See broad-signals.ts for why this net exists and how it is guarded.
 */

import { commandVoicesAgainstOthers } from './concepts-suicide';
import { gap, rx, W, type RiskPattern } from './regex-helpers';
import { abuseConcepts, childAtRiskConcepts, harmToOthersConcepts } from './concepts-others';
import { ABUSER, HARMING, OTHERS, RELATIVE, STRONG_INTENT, WEAPON } from './risk-patterns';

const named = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern });
/** Dropped when the message is plainly joking ("I'll do him in lol"). */
const namedHyperbole = (name: string, pattern: RegExp): RiskPattern => ({ name, pattern, hyperbole: true });

/** A child the writer may be responsible for or worried about. */
const CHILD =
  '(?:(?:my|the|our|his|her|their|a) )?(?:kid|kids|child|children|boy|girl|baby|babies|toddler|toddlers|little ones?|wee ones?|pupil|grandson|granddaughter|niece|nephew|' +
  `my (?:${W} )?(?:son|daughter|brother|sister))`;
/** Someone the writer could harm: a pronoun, a relative, someone at work or school. */
const TARGET = `(?:someone|somebody|anyone|anybody|people|him|her|them|${OTHERS})`;
/** Sincerity markers that turn "I could kill him" from temper into intent. */
const SINCERE =
  '(?:i (?:actually |really |honestly |genuinely )?mean it|i am (?:being )?(?:serious|deadly serious|not messing)|for real|' +
  'i swear|swear down|swear to god|on my (?:life|mums life)|(?:i )?(?:do not|dont) mean (?:it|that) as a joke|not (?:as )?a joke|no joke|not joking|' +
  'not even joking|dead serious|deadly serious|serious this time)';
/** A partner or someone in charge of the writer: the people coercive control comes from. */
const CONTROLLER =
  `(?:he|she|they|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|carer|fella|dad|mum|step dad|step mum))`;

export const broadHarmToOthers: readonly RiskPattern[] = [
  ...commandVoicesAgainstOthers, // concepts-suicide.ts: command voices telling the writer to harm someone
  // Losing control and doing something to someone: "I could snap and do something to someone".
  named(
    'snap-and-harm',
    rx`\b(?:i|me) ${gap(4)}(?:snap|lose it|lose control|flip|flip out|go mad|explode|crack) ${gap(5)}(?:do something|hurt|harm|kill|attack|go for|lash out at|lay into|batter|stab|hit) ${gap(1)}(?:to )?${TARGET}\b`,
  ),
  named(
    'do-something-to-someone',
    rx`\b(?:do|doing|did) something (?:bad |terrible |awful |stupid |horrible |i will regret |i regret |violent |nasty )?to (?:someone|somebody|anyone|people|him|her|them|my (?:${W} )?(?:${RELATIVE}|boss|flatmate|neighbour|teacher|mate|friend))\b(?! (?:hair|room|car|garden|house|bike|nails|phone|bag|face paint|homework)\b)`,
  ),
  // "Scared of what I'll do to him": fear of one's own violence towards a named person.
  named(
    'scared-of-what-i-will-do-to-them',
    rx`\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:of )?what i (?:will|would|might|could|am going to|may) do (?:to )?(?:him|her|them|someone|somebody|people|the (?:baby|kids|children)|my (?:${W} )?${W})\b`,
  ),
  // Violent slang with intent: "gonna do him in", "I'll glass him", "I'm gonna end him".
  namedHyperbole(
    'violent-slang',
    rx`\b(?:${STRONG_INTENT}|could|might|would) ${gap(3)}(?:do (?:him|her|them|someone|somebody|that ${W}) in|(?:end|merk|murk|shank|shiv|glass|bottle|deck|slash) (?:him|her|them|someone|somebody))\b(?! (?:the|a|an|my|his|her|their|this|that|front|time|one|person|off|up|out|in|at|on)\b)`,
  ),
  // Dwelling on harming someone: "I think about smothering my mum with a pillow".
  named(
    'thinking-of-harming',
    rx`\b(?:think|thinks|keep picturing|picture|see myself|daydream|daydreaming) (?:about |of )?(?:${W} )?${HARMING} ${TARGET}\b`,
  ),
  // Meaning it: "I could kill my stepdad and I actually mean it".
  named(
    'sincere-threat',
    rx`\b(?:kill|murder|stab|hurt|batter|strangle|shoot|end) ${TARGET} ${gap(6)}${SINCERE}\b|\b${SINCERE} ${gap(4)}(?:${STRONG_INTENT}|could|might) ${gap(3)}(?:kill|murder|stab|hurt|batter|strangle|shoot) ${TARGET}\b`,
  ),
  // A weapon and a person: "I've got a knife and I'm waiting for him", "putting a knife in him".
  named(
    'weapon-and-target',
    rx`\b(?:got|have|carry|carrying|bring|bringing|brought|took|take|taking|grabbed|grab|holding|hid|hidden|sharpened|sharpening|bought|buying) (?:a |my |the |his |her |dads |some )?${WEAPON}\b ${gap(10)}(?:waiting (?:for|outside)|wait (?:for|outside)|for when (?:he|she|they)|outside (?:his|her|their)|go(?:ing)? round|on (?:him|her|them)|use it on|when (?:he|she|they) (?:comes|come|gets|get|walks|walk)|if (?:he|she|they) (?:comes|come|tries|try|touches|touch)|get (?:him|her|them)|find (?:him|her|them))\b`,
  ),
  named(
    'knife-into-someone',
    rx`\b(?:putting|put|stick|sticking|plunge|plunging|drive|driving|shove|shoving|run|running) (?:a |my |the )?(?:knife|blade|machete|screwdriver) (?:in|into|through) (?:him|her|them|someone|somebody|his|their|my (?:${W} )?${W})\b`,
  ),
  // Revenge: "I want to make them all pay", "they'll get what's coming", and bringing something into school for it.
  namedHyperbole(
    'revenge',
    rx`\bmake (?:them|him|her|everyone|everybody|them all|all of them|the lot of them|people|those ${W}) (?:all )?pay(?= *$| (?:for (?:what|this|that|everything|it all|hurting|touching)|i|and|tonight|big time|dearly|one day|so|if|trust|mark|properly|good)\b)|\b(?:get|getting|got|take|taking) (?:my )?revenge\b(?! (?:at|in)\b)|\bget what is coming\b`,
  ),
  // Thinking of running someone over.
  named(
    'run-someone-over',
    rx`\b(?:${STRONG_INTENT}|thinking|thought|think|urge|urges|tempted|imagine|imagining|dream|dreaming|could) ${gap(3)}(?:run|running) (?:him|her|them|someone|somebody|my (?:${W} )?${W}|that ${W}) (?:over|down)\b`,
  ),
  // Harm to a child in the writer's care: "grabbed my toddler too hard and left marks".
  named(
    'rough-with-a-child',
    rx`\bi ${gap(5)}(?:grabbed|shook|squeezed|threw|smacked|slapped|hit|pinched|dragged|yanked|shoved|pushed) (?:${CHILD}|the (?:baby|toddler|kids?|child|children)|him|her) ${gap(6)}(?:too hard|so hard|left (?:marks|bruises|a mark|a bruise)|until (?:he|she|they) (?:cried|screamed)|scared|do worse|lost (?:it|my temper))\b`,
  ),
  ...harmToOthersConcepts,
];

export const broadAbuseAndSafeguarding: readonly RiskPattern[] = [
  // Violence done to the writer, in everyday and regional words: "lays into us", "gives me a hiding", "pulled my hair".
  named(
    'violence-to-me',
    rx`\b(?:lays|laid|laying|lay) into (?:me|us)\b|\b(?:knocks|knocked|knocking|pushes|pushed|shoves|shoved) (?:me|us) (?:about|around)\b|\b(?:gives|gave|giving|give) (?:me|us) (?:a )?(?:good )?(?:hiding|kicking|beating|battering|slap|slaps|smack)\b(?! on the (?:back|wrist)\b)|\b(?:put|puts|putting|laid|lays) (?:his|her|their) hands on (?:me|us)\b|\b(?:raises|raised|raising) (?:his|her|their) (?:hand|hands|fist|fists) (?:to|at) (?:me|us)\b`,
  ),
  named(
    'partner-violence-to-me',
    rx`\b${CONTROLLER} ${gap(3)}(?:pulls my hair|pulled my hair|pulls me by|pulled me by|dragged me|drags me|spat (?:on|at) me|spits (?:on|at) me|pinned me|pins me|sat on me|headbutted me|(?:threw|throws) me (?:against|into|down|across|onto|off|to the)|burnt me|burned me|squeezes my (?:neck|throat)|squeezed my (?:neck|throat)|grabbed my (?:neck|throat)|grabs my (?:neck|throat)|choked me|chokes me|strangled me|strangles me)\b`,
  ),
  // Intimidation: "he punched the wall next to my head and said next time it'll be me".
  named(
    'intimidation',
    rx`\b(?:punched|punches|kicked|kicks|smashed|smashes|hit|hits) (?:the |a )?(?:wall|door|window|table) (?:right )?(?:next to|beside|by|near|behind) (?:my|me)\b|\bnext time (?:it will|it is going to|it would) be (?:me|you|your face|your head)\b`,
  ),
  named(
    'getting-me-alone',
    rx`\b(?:he|fella|boyfriend|partner|husband|uncle|step dad|dad|man|guy|lodger|teacher|coach|cousin|brother) ${gap(4)}(?:trying|tries|tried|wants|keeps trying|always trying) to get me (?:on my own|alone|by myself)\b`,
  ),
  // Threats tied to leaving or telling: "he says if I leave he'll kill me", "put me in hospital".
  named(
    'threat-if-i-leave-or-tell',
    rx`\b(?:kill|hurt|batter|beat|stab|hit|find|strangle|burn|take (?:the|my) (?:kids|children|baby)|ruin|destroy) (?:me )?(?:if|when) i (?:ever )?(?:try to )?(?:leave|left|tell (?:anyone|anybody|someone|the police|a teacher)|told (?:anyone|anybody|someone|the police|a teacher)|report|go to the police|call the police|ring the police|speak to anyone|talk to anyone)\b|\bif i (?:ever )?(?:try to )?(?:leave|left|tell (?:anyone|anybody|someone|the police|my)|report|go to the police|call the police) ${gap(3)}(?:he|she|they) (?:will|would|is going to|said (?:he|she|they) would|says (?:he|she|they) will) ${gap(2)}(?:kill|hurt|batter|beat|stab|find|take|burn|ruin|destroy)\b`,
  ),
  named(
    'threat-to-hospitalise',
    rx`\b(?:going to|will|ill|would|threatened to|threatens to|says|said) ${gap(3)}put me in (?:hospital|a wheelchair|the ground|my grave|intensive care)\b`,
  ),
  // Financial control: "takes money out of my purse", "I have to hand over my bank card", "won't give me any money".
  named(
    'taking-my-money',
    rx`\b${ABUSER} ${gap(3)}(?:takes|took|taking|steals|stole|stealing|nicks|nicked) (?:money|cash|my money|my cash) (?:out of|from|out) my (?:purse|wallet|bank|account|pension|handbag)\b|\b(?:have to|had to|make me|makes me|made me|forced to|forces me to) (?:hand over|give (?:him|her|them)) (?:all )?my (?:money|wages|pension|bank card|card|pin|passport|benefits|pay)\b`,
  ),
  named(
    'withholding-money-or-food',
    rx`\b${CONTROLLER} (?:will not|does not|never|refuses to) (?:give|let) me (?:have )?(?:any )?(?:money|food|my (?:own )?(?:money|pension|wages|card|passport))\b ${gap(3)}(?:for food|to eat|and i have to|unless|so i|i have to beg)|\b(?:have to|need to) beg (?:for|him for|her for|them for) (?:money|food)\b`,
  ),
  // Needing permission for ordinary life: "I have to ask him permission to go to the shop".
  named(
    'asking-permission',
    rx`\b(?:have to|has to|need to|must|got to) (?:ask|beg) (?:him|her|them|my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|carer)) (?:for )?permission\b|\b(?:have to|need to|must|got to) (?:ask|beg) my (?:${W} )?(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|carer) (?:if i can|before i (?:can|go|see|leave|spend))\b`,
  ),
  // What abusers tell victims: "says nobody will believe me", "who would believe me".
  named('nobody-will-believe-me', rx`\b(?:nobody|no one|who) (?:will|would|is going to|going to) (?:ever )?believe (?:me|a kid|a child)\b`),
  // Children unfed, unwashed, or left while a carer is out of it: "the wee ones havenae been fed in two days".
  named(
    'child-neglect',
    rx`\b${CHILD} (?:have not|has not|had not|are not|is not|were not|was not|never) (?:been |getting |being )?(?:fed|washed|changed|bathed|looked after)\b|\bnobody (?:feeds|looks after|washes|cares for) (?:them|us|me|the kids|the children|the baby)\b|\b${CHILD} ${gap(12)}(?:mum|mums|dad|dads|parents?|mother|father|she|he|carer)(?: is| are| was| were| has been| gets| got)? (?:always |often |completely |totally )?(?:out of it|off (?:her|his|their) (?:face|head)|passed out|wasted|high|using again)\b`,
  ),
  // A child with repeated or unexplained injuries: "the kid next door has new bruises every week".
  named(
    'child-injuries',
    rx`\b${CHILD} ${gap(6)}(?:bruises|bruised|black eyes?|burns|burn marks|marks|injuries|cuts)\b ${gap(8)}(?:every|all the time|again|always|keeps?|new|unexplained|will not say|does not say|would not say|scared|screaming|screams|flinch\w*|hits|beats|belt)\b|\b(?:new|more|fresh|unexplained) (?:bruises|marks|injuries|burns) ${gap(6)}(?:every|all the time|again|always)\b`,
  ),
  // Online grooming and sextortion: "a man from the gaming chat wants me to send pics".
  named(
    'asked-for-pictures',
    rx`\b(?:wants|want|wanted|asking|asks|asked|keeps asking|begging|begs|pressuring|pressures|pressured|makes|made|forcing|forced|told|tells) me (?:to )?(?:send|sending) (?:him |her |them )?(?:pics|pictures|photos|nudes|videos|a pic|a photo|a picture|a video|selfies|snaps|nude)\b(?! (?:of (?:the|our|his|their|a|an|it|that|this)|of (?:my|your) (?!body|boobs|bum|chest|privates|private|legs|feet|self)|from (?:the|our|my) (?:holiday|trip|party|wedding))\b)`,
  ),
  named(
    'stranger-online',
    rx`\b(?:man|guy|bloke|adult|someone|somebody|person|lad|woman) (?:i met |from |on |in )(?:the |a )?(?:online|game|gaming|roblox|fortnite|discord|snapchat|snap|tiktok|instagram|insta|minecraft|chat|app)\b ${gap(10)}(?:pics|pictures|photos|nudes|videos|meet (?:me|up|in person|irl|alone)|secret|do not tell|webcam|cam|address)\b`,
  ),
  // Someone coming into a young person's room at night: "my stepdad's been coming into my room at night".
  named(
    'night-visits',
    rx`\b(?:step ?dads?|step ?fathers?|dads?|fathers?|uncles?|brothers?|cousins?|grandads?|grandpas?|lodgers?|mums (?:${W} )?(?:boyfriend|partner|fella|husband)|he|a man) (?:is |has |had )?(?:been |keeps |kept |always |started |starts )?(?:coming|comes|came|creeping|creeps|crept|sneaking|sneaks|getting|gets|climbing|climbs|walking|walks) (?:in|into|in to) (?:my|our) (?:room|bed|bedroom)\b ${gap(4)}(?:at night|in the night|when i am (?:asleep|sleeping|in bed|changing|in the shower)|while i (?:sleep|am asleep|am sleeping|am changing)|and (?:touches|gets in|lies|lays|sits on my bed)|which i hate|and i hate it|i hate it|it scares me|scares me|i do not like it)\b`,
  ),
  ...abuseConcepts,
  ...childAtRiskConcepts,
];
