/**
 * Concept classes for the learned risk model: lexicons of words and short phrases, each standing
 * for a concept (a medicine, a quantity, a place to fall from, a time that is now...). The model
 * reads each message also with its words replaced by their classes (text-features.ts), so that it
 * can learn combinations of concepts ("QUANTITY MEDICINE", "INTENT TIME_NOW", "VOICE … HARM_VERB")
 * that carry over to words it never saw in training, as long as a lexicon lists them.
 *
 * Entries are written as `normaliseText` writes them (lowercase ASCII words separated by single
 * spaces, contractions expanded: "do not", "i am", "going to"), except that `#` stands for any
 * run of digits ("# year old" matches "13 year old", "x#" matches "x10"). A word or phrase may be
 * in several classes ("glass" is a blade and a verb, "will" an intent and a farewell).
 *
 * These lexicons are deliberately general English, not fitted to the corpus: the rules already
 * cover the corpus's particular wording. A change here changes what the model reads, so the
 * weights file must be trained again (`npm run risk:train`); the file keeps its own copy of the
 * lexicons, so a stale file still scores as it was trained.
 *
 * Pure data: no I/O.
 */

const words = (text: string): readonly string[] => text.trim().split(/\s*,\s*/);

/** The classes and their lexicons, in a fixed order (the order is part of the trained model). */
export const wordClassLexicons = {
  MEDICINE: words(`
    pill, pills, tablet, tablets, meds, medication, medications, medicine, medicines, capsule, capsules, prescription,
    prescriptions, dose, doses, painkiller, painkillers, antidepressant, antidepressants, sleeping pills, sleeping tablets,
    sleepers, paracetamol, ibuprofen, aspirin, codeine, cocodamol, co codamol, co dydramol, dihydrocodeine, tramadol,
    morphine, oxycodone, fentanyl, methadone, heroin, sertraline, citalopram, escitalopram, fluoxetine, prozac,
    amitriptyline, mirtazapine, venlafaxine, duloxetine, diazepam, valium, lorazepam, temazepam, clonazepam, xanax,
    benzos, zopiclone, pregabalin, gabapentin, quetiapine, olanzapine, lithium, propranolol, insulin, naproxen,
    diclofenac, nurofen, anadin, lemsip, nytol, night nurse, piriton, benadryl, antihistamines, promethazine, inhaler,
    blister pack, blister packs`),
  POISON: words(`
    bleach, antifreeze, anti freeze, poison, rat poison, weedkiller, weed killer, disinfectant, detergent, dettol,
    domestos, white spirit, drain cleaner, oven cleaner, toilet cleaner, screenwash, paraquat, methanol, cleaning products`),
  QUANTITY: words(`
    #, x#, #mg, #g, #ml, whole box, whole packet, whole pack, whole bottle, whole strip, whole lot, all of, all my, all the,
    the lot, packet, packets, pack, packs, box, boxes, bottle, bottles, strip, strips, blister, handful, handfuls,
    load, loads, lots, stash, stockpile, stockpiled, stockpiling, saved up, been saving, dozens, hundreds, double,
    triple, extra, too many, a lot of, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen,
    twenty, thirty, forty, fifty, sixty, hundred`),
  ALCOHOL: words(`
    alcohol, drink, drinks, drinking, drank, drunk, booze, vodka, wine, beer, beers, lager, cider, whisky, whiskey, gin,
    rum, tequila, spirits, shots, pint, pints, cans, wasted, hammered, pissed, bottle of wine, bottle of vodka`),
  PLACE_OF_DANGER: words(`
    bridge, cliff, cliffs, edge, ledge, platform, tracks, railway, railway line, train, trains, roof, rooftop, multi storey,
    car park, top floor, balcony, window, tower, motorway, dual carriageway, traffic, lorry, sea, river, canal, lake,
    reservoir, quarry, pier, viaduct, overpass, flyover, high, height, heights, drop, fall,
    woods, beach, coast, beachy head, tide, tide times, train times, line, junction, garage, engine running, car exhaust, hosepipe, gas, barbecue, bbq, nets, fence, railing, climb over, jump off, step off, loft`),
  LIGATURE: words(`
    rope, ropes, belt, belts, cord, cords, dressing gown cord, cable, cables, charger cable, wire, scarf, scarves, tie,
    noose, ligature, ligatures, banister, bannister, beam, hook, loft hatch, door frame, hang, hanging, hanged`),
  BLADE: words(`
    blade, blades, razor, razors, razor blade, knife, knives, sharpener, pencil sharpener, glass, broken glass, scissors,
    compass, scalpel, box cutter, stanley knife, craft knife, needle, pin, lighter, sharp, sharps, weapon, machete, gun,
    hammer, bat,
    tin, paperclip, cheese grater, straighteners, spoon, hot spoon, mirror, shard, shards, pieces of glass, nails`),
  BODY: words(`
    wrist, wrists, arm, arms, forearm, thigh, thighs, leg, legs, neck, throat, stomach, belly, hip, hips, skin, vein,
    veins, chest, face, hand, hands, ankle, ankles, body`),
  WOUND: words(`
    cut, cuts, cutting, scar, scars, scarring, scarred, blood, bleed, bleeding, bled, stitches, stitch, steri strips,
    burn, burns, burning, burnt, bruise, bruises, bruised, bruising, marks, wound, wounds, plasters, plaster, bandage,
    bandages, first aid kit, gash, slice, sliced, scratch, scratched, scratching, infected,
    fresh, raw, deep, too deep, blistered, a and e, towel, nosebleed, scab, scabs, carve, carved, carving, pieces, split`),
  TIME_NOW: words(`
    tonight, now, right now, today, tomorrow, soon, later, this weekend, this week, this evening, this afternoon,
    this morning, after work, after school, in a bit, in an hour, any minute, before morning, by morning, in the morning,
    when everyone is asleep, when they are asleep, once everyone is asleep, on friday, on saturday, at midnight`),
  FAREWELL: words(`
    goodbye, goodbyes, bye, farewell, letter, letters, note, notes, will, give away, gave away, giving away, given away,
    sorted, sorting, sort out, deleted, delete, deleting, last, final, say goodbye, said goodbye, look after, take care of,
    forgive, forgive me, sorry, passwords, insurance, funeral, affairs, in order, belongings, my things, rehome, rehomed,
    wrote, written, cancelled, paid off, thank you for everything,
    tidy, tidied, tidying, tidying up, cleared, clearing, decluttering, loose ends, solicitor, instructions, envelope, signing off, one more time, love you, not your fault, not his fault, not her fault, thank you, thanks for everything, look after them, pin, bank card, savings, handed in`),
  SELF: words(`i, me, myself, my, mine, self`),
  CHILD: words(`
    child, children, kid, kids, baby, babies, toddler, infant, daughter, daughters, son, sons, stepson, stepdaughter,
    teen, teens, teenager, teenagers, nephew, niece, grandson, granddaughter, grandchild, grandchildren, boy, girl,
    pupil, pupils, little one, # year old, # years old, # yr old, # yrs old, #yo, under #s, year #, primary school`),
  OTHER_PERSON: words(`
    him, her, them, he, she, they, his, partner, ex, boss, neighbour, neighbours, husband, wife, boyfriend, girlfriend,
    mum, dad, mother, father, step dad, step mum, brother, sister, uncle, aunt, auntie, cousin, grandad, nan, carer,
    teacher, coach, colleague, manager, landlord, flatmate, housemate, friend, mate, someone, somebody, people, everyone,
    anyone, man, woman, guy, bloke, lad, stranger`),
  HARM_VERB: words(`
    hurt, hurts, hurting, harm, harms, harming, harmed, stab, stabs, stabbing, stabbed, hit, hits, hitting, batter,
    battered, beat, beats, beating, punch, punches, punched, kick, kicks, kicked, slap, slaps, slapped, strangle,
    strangled, strangling, choke, chokes, choked, choking, throttle, smother, drown, suffocate, burn, shake, shook,
    shaking, glass, do, kill, kills, killed, killing, murder, attack, attacked, shoot, shot, slash, poison, rape, raped,
    abuse, abused, abusing, touch, touches, touched, touching, grab, grabbed, push, pushed, threaten, threatened,
    threatens, destroy`),
  VOICE: words(`
    voices, voice, it, they, something in my head, in my head, telling, tells, told, commands, command, commanding,
    ordering, orders, ordered, whisper, whispers, whispering, demon, demons, devil, hear, hearing, heard`),
  FOOD: words(`
    eat, eats, eating, ate, eaten, food, foods, meal, meals, calories, calorie, cals, water, drink, breakfast, lunch,
    dinner, tea, snack, snacks, fast, fasting, starve, starving, starved, binge, binged, bingeing, binging, restrict,
    restricting, hungry, hunger, appetite, chocolate, crisps, bread,
    apple, coffee, black coffee, diet coke, juice, chewing gum, cake, chips, ice cream, cup of tea, sandwich, loaf, skip, skipped, skipping, skipping meals, portion, portions, plate, fridge`),
  BODY_EFFECT: words(`
    faint, fainted, fainting, dizzy, light headed, weight, weigh, weighed, weighing, stone, kilos, kg, pounds, lbs,
    periods, period, hair, hair falling out, purge, purging, purged, sick, make myself sick, vomit, vomiting, throw up,
    threw up, throwing up, laxatives, diet pills, slimming pills, fat, thin, skinny, bones, ribs, collarbone, thigh gap,
    scales, bmi, size, cold all the time,
    collarbones, collar bones, passed out, blacked out, black out, freezing, cold, heart rate, heart, weigh in, weigh ins, dietitian, clothes, size #, jumpers, ana, mia, thinspo, pro ana, body check, mirror, massive, disgusting, empty, full, bloated, teeth, knuckles, throat, swollen, shaking, energy, goal weight, cleanse, appetite suppressants, water tablets, diet, dieting`),
  NEGATION: words(`
    not, never, no, nothing, none, nobody, neither, nor, without, do not, does not, did not, would not, will not,
    could not, can not, am not, is not, was not, have not, no way`),
  PAST: words(`
    years ago, year ago, months ago, weeks ago, ago, used to, back then, when i was, in the past, long time ago,
    at the time, back in, as a kid, as a child, as a teenager, growing up, at school, when i was younger, years back,
    once, previously, before i`),
  RECOVERY: words(`
    recovered, recovery, recovering, better now, doing well, doing better, much better, clean for, clean, sober,
    got help, getting help, got through, came through, survived, survivor, healed, healing, in remission, coping,
    managing, no longer, free for, therapy, therapist, counselling, counsellor`),
  MEDIA: words(`
    film, films, movie, movies, book, books, novel, song, songs, lyrics, album, series, show, tv, telly, news, podcast,
    game, games, gaming, episode, episodes, documentary, character, characters, season, article, story, netflix,
    youtube, tiktok, video, play, quiz, essay, assignment, dissertation, research, lecture, course, training, headline,
    report, study, scene, level, match`),
  INTENT: words(`
    want to, wants to, wanted to, wanting to, going to, planning, planning to, plan to, plan, plans, planned, ready to,
    decided, decided to, will, about to, intend to, intending to, tempted to, urge to, urges, need to, have to,
    trying to, tried to, thinking about, thinking of, would, might, could`),
  FINALITY: words(`
    end, ends, ending, ended, over, done, gone, forever, for good, no more, anymore, never again, the end,
    finished, end it, end it all, all over, better off, no point, not here, disappear, not wake up, never wake up,
    not coming back, not be here, way out, last time, give up, given up`),
  DEATH: words(`
    die, dies, died, dying, dead, death, suicide, suicidal, kill myself, end my life, take my life, not alive,
    overdose, overdosed, hang myself, jump, jumped, jumping, funeral, grave, perish, cease to exist`),
  HOPELESS: words(`
    hopeless, pointless, no point, worthless, useless, burden, trapped, empty, numb, exhausted, tired of, sick of,
    can not cope, can not go on, can not do this, give up, alone, nobody cares, no one cares, hate myself,
    deserve`),
  JOKE: words(`lol, lols, lmao, haha, hahaha, jk, joking, kidding, rofl, banter`),
  SECRECY: words(`
    hide, hides, hiding, hid, hidden, secret, secretly, so nobody, so no one, nobody knows, no one knows, without them knowing,
    do not know, does not know, not telling, not tell, did not tell, lied, lie, lying, on purpose, cover, covers, covered,
    covering, long sleeves, sleeves, jumper, so they do not, so she does not, so he does not, pretend, pretending, behind`),
  REPEAT: words(`
    again, every day, every night, every time, each time, every morning, all the time, whenever, relapsed, relapse,
    relapsing, still, keep, keeps, kept, times a day, # times, a day, twice a day, # a day, this week, most days, most nights,
    for weeks, for months, for years, since, started, back to, habit, used to be`),
  PREPARE: words(`
    bought, buying, buy, got, getting, ordered, collected, picked up, stocked up, lined up, ready, set up, sorted, checked,
    checking, looked up, looking up, researched, researching, reading up, googled, practice, practice run, rehearsed,
    planned, date, picked, chosen, saving, saved, savin, been keeping, collecting, stockpile, different shops,
    different chemists, enough, how many, how much, which, where, made up, mind is made up, waiting, waiting until`),
  ABSENCE: words(`
    not be here, not going to be here, will not be here, not be around, will not be around, not going to be around,
    will not need, not need, not coming back, going away, for good, after i am gone, when i am gone, without me,
    one way, for after, no longer be, not here for, the last, last time, its time, it is time, before i go, better off,
    will not be, one way ticket, not be a problem, nobody will miss, no one will miss, miss me, after friday`),
  EXERCISE: words(`
    ran, run, running, jog, jogging, gym, treadmill, bike, workout, workouts, exercise, exercising, steps, burn off,
    burn it off, work it off, laps, sit ups, crunches, star jumps`),
} as const satisfies Record<string, readonly string[]>;

export type WordClass = keyof typeof wordClassLexicons;

/** The class names in their fixed order. */
export const wordClassNames = Object.keys(wordClassLexicons) as WordClass[];
