/**
 * What stands around a PERSON finding and says it is no person's name, for `not-persons.ts`: a
 * quoted title of a work ('"Waiting for Meera"'), a town after its postal code ("00184 Roma"), a
 * bot's or a virtual assistant's name ("Vertriebsbot Otto"), a queue's or a team's hyphenated handle
 * ("round-robin", "HR-OPS"), "Dr" (Drive) after a house number ("615 Kennedy Dr"), a community's name
 * before a word for food ("Jain menu"), "max" or "min" before a count ("max 6 ppl"), an airport
 * named after a person ("Charles de Gaulle terminal 2E"), a place of worship ("Sri Venkateswara
 * Balaji Temple"), a community's name ("Reddy community"), a room's ("Room Pascal") and a ritual named
 * after its deity ("Lakshmi Kuber Puja"). Each test
 * refuses most findings on a character or two before it builds a string.
 */
import { isAsciiDigit, isCapitalLetter, isLatinLetter, latinWordStartBefore } from '../recognizer.ts';
import { COMMON, FIRST, flagsOf, LAST, PLAIN, STOP } from './lexicon.ts';
import { nameKey } from './key.ts';
import { PARTICLES } from './tokens.ts';
import { WordSet } from './word-set.ts';

const isLetter = isLatinLetter;

/** The whole word of Latin letters that ends at `e` (at most `max` letters, no letter before it), lowercased, is one of `words`. */
function wordBeforeIsOneOf(text: string, e: number, max: number, words: WordSet): boolean {
  const a = latinWordStartBefore(text, e, max);
  return a < e && (a === 0 || !isLetter(text.charCodeAt(a - 1))) && words.has(text, a, e);
}

/** Name particles ("de", "van"), as written (lowercase) and in any case. */
const PARTICLE_WORDS = new WordSet(PARTICLES);

/** Where the run of Latin letters that starts at `a` ends, reading at most `max` + 1 of them (one more than any word the caller wants). */
function lettersEnd(text: string, a: number, max: number): number {
  let e = a;
  while (e < text.length && e - a <= max && isLetter(text.charCodeAt(e))) e++;
  return e;
}


/**
 * Pairs of ASCII letters in any case (a word list's first or last two letters), to refuse most words
 * on two code units before they are compared: a table of 26 × 26, no hash.
 */
class LetterPairs {
  readonly #pairs = new Uint8Array(26 * 26);
  constructor(pairs: Iterable<string>) {
    for (const p of pairs) {
      const a = (p.charCodeAt(0) | 32) - 97;
      const b = (p.charCodeAt(1) | 32) - 97;
      if (a >>> 0 >= 26 || b >>> 0 >= 26) throw new Error(`not two ASCII letters: ${p}`);
      this.#pairs[a * 26 + b] = 1;
    }
  }

  has(c0: number, c1: number): boolean {
    const a = (c0 | 32) - 97;
    const b = (c1 | 32) - 97;
    return a >>> 0 < 26 && b >>> 0 < 26 && this.#pairs[a * 26 + b] === 1;
  }
}

/** A house number before the finding and "Dr" (Drive, not Doctor) after it: "615 Kennedy Dr, Miami FL". */
export function driveAfterHouseNumber(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 68 || text.charCodeAt(end + 2) !== 114 || isLetter(text.charCodeAt(end + 3))) return false;
  if (start < 2 || text.charCodeAt(start - 1) !== 32 || !isAsciiDigit(text.charCodeAt(start - 2))) return false;
  let d = start - 2;
  while (d > 0 && isAsciiDigit(text.charCodeAt(d - 1))) d--;
  return start - 1 - d <= 5 && (d === 0 || !isLetter(text.charCodeAt(d - 1)));
}

/** Words after an airport's name (the name of a person it is named after): "Charles de Gaulle terminal 2E", "Indira Gandhi International". */
const AIRPORT_WORDS = new WordSet(['terminal', 'terminals', 'airport', 'international', 'intl', 'aeropuerto', 'aeroporto', 'aéroport', 'flughafen', 'luchthaven', 'lotnisko']);

/** Words for "from", "at", "to" or "via" that a place's name follows. */
const PLACE_PREPOSITIONS = new WordSet(['from', 'at', 'to', 'via', 'à', 'a', 'de', 'desde', 'en', 'in', 'nach', 'von', 'am', 'ab', 'z', 'do', 'na', 'da', 'dal', 'al', 'naar', 'vanaf', 'op']);

/**
 * The finding names an airport: a word of PLACE_PREPOSITIONS before it, and a terminal ("T1", "T2E")
 * or a word for an airport or a terminal after it, after at most two more of the name's words
 * (capitalised, or particles): "from John F. Kennedy T1", "J'ai dormi à Charles de Gaulle terminal
 * 2E", "landed at Indira Gandhi International". A person before a terminal has no preposition of
 * place before the name ("Passenger Anita Rao terminal 3 pickup", "Meet Ravi Kumar T1 gate").
 */
export function beforeAirportWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  // The airport's word first (most findings have none after them), then the preposition before.
  return airportWordAfter(text, end) && wordBeforeIsOneOf(text, start - 1, 6, PLACE_PREPOSITIONS);
}


function airportWordAfter(text: string, end: number): boolean {
  let p = end;
  for (let words = 0; words <= 2; words++) {
    if (text.charCodeAt(p) !== 32) return false;
    const a = p + 1;
    const e = lettersEnd(text, a, 16);
    const c = text.charCodeAt(a);
    // "T1", "T2E": a terminal's code, then no more letters or digits.
    if (c === 84 && e === a + 1 && isAsciiDigit(text.charCodeAt(a + 1))) {
      let q = a + 2;
      if (isCapitalLetter(text.charCodeAt(q))) q++;
      const after = text.charCodeAt(q);
      return !(isLetter(after) || isAsciiDigit(after));
    }
    if (e === a || e - a > 16) return false;
    const first = c | 32;
    const n = e - a;
    if ((first === 116 || first === 97 || first === 105 || first === 102 || first === 108) && n >= 4 && n !== 5 && n !== 6 && n <= 13 && AIRPORT_WORDS.has(text, a, e)) return true; // t a i f l; 4, 7-13 letters
    // Another word of the name: capitalised ("Gaulle", "Kennedy") or a particle ("de").
    if (!isCapitalLetter(c) && !PARTICLE_WORDS.hasExact(text, a, e)) return false;
    p = text.charCodeAt(e) === 46 ? e + 1 : e; // "F." of "John F. Kennedy"
  }
  return false;
}

/** A room's or a track's word before its name ("Room Pascal", "Hall Ada", "sala Ada", Polish "w sali Pascal"); the English and German ones capitalised only ("the hall Priya booked"). */
const ROOM_WORDS_CAPITALISED = new WordSet(['Room', 'Hall', 'Halle', 'Saal', 'Raum', 'Stage', 'Track', 'Auditorium', 'Zaal']);
const ROOM_WORDS_ANY_CASE = new WordSet(['sala', 'sali', 'salle', 'aula', 'salón', 'salon']);
const TRACK = new WordSet(['Track']);

/**
 * The finding names a room, a hall or a conference track: it follows a room's word ("Room Pascal",
 * "Room Jenkins", "Halle Ada", "en la sala Ada", "Track: Grace Hopper"), or starts with one ("Hall
 * Dijkstra"). Rooms named after scientists and writers are how venues and offices name them.
 */
export function roomName(text: string, start: number, firstEnd: number, end: number, wordBeforeStart: number): boolean {
  // "Hall Dijkstra": the room's word is the finding's first word.
  if (firstEnd < end && firstEnd - start >= 4 && firstEnd - start <= 10 && isCapitalLetter(text.charCodeAt(start)) && ROOM_WORDS_CAPITALISED.hasExact(text, start, firstEnd)) return true;
  if (start < 5) return false;
  let b = start - 1;
  if (text.charCodeAt(b) !== 32) return false;
  // "Track: Grace Hopper"; any other room word before a colon labels a line ("Parish Hall: Ana Ruiz reserved …").
  const colon = text.charCodeAt(b - 1) === 58;
  if (colon) b--;
  // Without the colon, the word before was read once (not-persons.ts `wordBefore`).
  const a = colon ? latinWordStartBefore(text, b, 11) : wordBeforeStart;
  const n = b - a;
  // Most words before a finding are refused on their length.
  if ((n !== 4 && n !== 5 && n !== 10) || (a > 0 && isLetter(text.charCodeAt(a - 1)))) return false;
  if (colon) return TRACK.hasExact(text, a, b);
  return ROOM_WORDS_CAPITALISED.hasExact(text, a, b) || ROOM_WORDS_ANY_CASE.has(text, a, b);
}

/** Places of worship, written after the deity's or the saint's name: "Sri Venkateswara Balaji Temple". */
const WORSHIP_PLACES = new WordSet(['temple', 'mandir', 'church', 'cathedral', 'chapel', 'mosque', 'masjid', 'gurdwara', 'gurudwara', 'kovil', 'devasthanam', 'basilica', 'shrine']);
/** Honorifics of a deity or a saint before a place of worship's name. */
const DEVOTIONAL = new WordSet(['sri', 'shri', 'shree', 'st', 'saint', 'sant', 'san', 'santa', 'santo']);

/**
 * The finding names a place of worship: a devotional honorific before it and the place's word
 * right after it ("Sri Venkateswara Balaji Temple", "Shri Siva Vishnu Mandir", "St Thomas Church").
 * A person's name before such a word has no honorific ("Ravi Temple", "Mary Church").
 */
export function worshipPlaceName(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isCapitalLetter(text.charCodeAt(end + 1)) || start < 3) return false;
  const e = lettersEnd(text, end + 1, 11);
  if (e - end - 1 < 5 || !WORSHIP_PLACES.has(text, end + 1, e)) return false;
  let b = start - 1;
  if (text.charCodeAt(b) !== 32) return false;
  if (text.charCodeAt(b - 1) === 46) b--; // "St."
  return wordBeforeIsOneOf(text, b, 6, DEVOTIONAL);
}

/**
 * Hindu rituals and offerings named after their deity: "Lakshmi Kuber Puja", "Satyanarayan Katha",
 * "Tirupati Balaji Kalyanotsavam", "Rudra Abhishekam". Not the ones that are given names too
 * (Aarti, Darshan, Prasad, Jayanti, Abhishek) nor English "path".
 */
const RITUAL_WORDS_LIST = ['puja', 'pooja', 'pujan', 'poojan', 'havan', 'homam', 'homa', 'jaap', 'japa', 'seva', 'katha', 'abhishekam',
  'vrat', 'vratham', 'chalisa', 'mantra', 'yantra', 'bhog', 'kalyanotsavam', 'archana', 'aradhana', 'shanti', 'samagri'];
const RITUAL_WORDS = new WordSet(RITUAL_WORDS_LIST);
/** The first two letters of RITUAL_WORDS: most words are refused before they are compared. */
const RITUAL_STARTS = new LetterPairs(RITUAL_WORDS_LIST.map((w) => w.slice(0, 2)));
/** And their last two letters. */
const RITUAL_ENDS = new LetterPairs(RITUAL_WORDS_LIST.map((w) => w.slice(-2)));
/** Deities and the places their rituals are named for: the words before a ritual's word. */
const DEITIES = new WordSet(['lakshmi', 'laxmi', 'mahalakshmi', 'kuber', 'kubera', 'ganesh', 'ganesha', 'ganapati', 'ganpati', 'vinayaka',
  'hanuman', 'shiva', 'shiv', 'durga', 'kali', 'saraswati', 'krishna', 'radha', 'rama', 'ram', 'sita', 'vishnu', 'narayan', 'narayana',
  'satyanarayan', 'satyanarayana', 'balaji', 'tirupati', 'venkateswara', 'rudra', 'shani', 'navagraha', 'surya', 'kartikeya', 'murugan',
  'ayyappa', 'jagannath', 'gayatri', 'annapurna', 'santoshi', 'vaishno', 'sai', 'baba', 'shri', 'sri', 'shree', 'maa', 'mata']);

/** text[a, e) is a word of RITUAL_WORDS, in any case (refused on its length and first two letters before a string is made). */
function isRitualWord(text: string, a: number, e: number): boolean {
  return e - a >= 4 && e - a <= 13 && RITUAL_STARTS.has(text.charCodeAt(a), text.charCodeAt(a + 1)) && RITUAL_WORDS.has(text, a, e);
}

/**
 * The finding names a ritual: its words are a deity's ("Lakshmi Kuber", "Tirupati Balaji") and a
 * word of RITUAL_WORDS follows ("… Puja") or ends it ("Balaji Kalyanotsavam"). A person before a
 * ritual's word is no deity's name alone: "Ravi Kumar Puja ke liye aayega" keeps Ravi Kumar.
 */
export function ritualName(text: string, start: number, end: number): boolean {
  let last = end;
  const after = text.charCodeAt(end) === 32 && RITUAL_STARTS.has(text.charCodeAt(end + 1), text.charCodeAt(end + 2));
  if (!(after && isRitualWord(text, end + 1, lettersEnd(text, end + 1, 13)))) {
    // The finding's last word: refused on its last two letters before the walk back.
    if (end - start < 6 || !RITUAL_ENDS.has(text.charCodeAt(end - 2), text.charCodeAt(end - 1))) return false;
    while (last > start && isLetter(text.charCodeAt(last - 1))) last--;
    if (last <= start + 1 || text.charCodeAt(last - 1) !== 32 || !isRitualWord(text, last, end)) return false;
    last--;
  }
  // Every word before the ritual's is a deity's.
  for (let p = start; p < last; ) {
    const e = lettersEnd(text, p, 14);
    if (e === p || e - p > 14 || !DEITIES.has(text, p, e)) return false;
    p = e;
    while (p < last && text.charCodeAt(p) === 32) p++;
  }
  return true;
}

/** Words for a community, a caste or a clan: the surnames before them are its name ("Reddy community", "Bharadwaj gotra"). */
const COMMUNITY_WORDS_LIST = ['community', 'communities', 'gotra', 'gotras', 'samaj', 'samaaj', 'caste', 'castes', 'subcaste', 'jati', 'jaati', 'biradari'];
const COMMUNITY_WORDS = new WordSet(COMMUNITY_WORDS_LIST);
/** What may join the names of a list of communities: "Agarwal / Maheshwari community", "Iyer or Iyengar community". */
const LIST_JOINS = new WordSet(['or', 'and', 'ya', 'aur', 'y', 'o']);
/** The first two letters of COMMUNITY_WORDS: most capitalised words are refused before they are compared. */
const COMMUNITY_STARTS = new LetterPairs(COMMUNITY_WORDS_LIST.map((w) => w.slice(0, 2)));

/**
 * A one-word finding names a community, as matrimonial and census-like text writes it: a word for a
 * community follows it, after at most two more names joined by "/", ",", "or" ("Reddy community",
 * "Bharadwaj gotra not acceptable", "Agarwal / Maheshwari community only"), or a label for one stands
 * before it ("Community: Iyer, Kaushika gotra", "Caste: Reddy").
 */
export function communityName(text: string, start: number, end: number): boolean {
  // (The caller has checked that the finding is one word of letters.)
  // A label before: "Community: ", "Caste - ".
  let b = start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 58 || text.charCodeAt(b - 1) === 45)) b--;
  if (b > 3 && b < start - 1 && wordBeforeIsOneOf(text, b, 12, COMMUNITY_WORDS)) return true;
  let p = end;
  for (let names = 0; names <= 2; names++) {
    // Blanks, and at most one of "/", "," or a word of LIST_JOINS, between the names.
    while (text.charCodeAt(p) === 32) p++;
    const a = p;
    const e = lettersEnd(text, a, 12);
    if (e === a) {
      const c = text.charCodeAt(p);
      if (names === 2 || (c !== 47 && c !== 44)) return false;
      p++;
      continue;
    }
    if (isCapitalLetter(text.charCodeAt(a))) {
      // Another name of the list, or the community's word written with a capital ("Reddy Community", "Bharadwaj Gotra").
      if (!COMMUNITY_STARTS.has(text.charCodeAt(a), text.charCodeAt(a + 1)) || !COMMUNITY_WORDS.has(text, a, e)) {
        p = e;
        continue;
      }
      return a > end && !roleAfter(text, e);
    }
    // Lowercase: a community's word or a list's join.
    if (COMMUNITY_WORDS.hasExact(text, a, e)) return a > end && !roleAfter(text, e);
    if (!LIST_JOINS.hasExact(text, a, e)) return false;
    p = e;
  }
  return false;
}

/** Words after "community" that make it a job or a place, not a people: "Sharma, community manager", "community hall". */
const COMMUNITY_ROLES = new WordSet(['manager', 'managers', 'lead', 'leads', 'head', 'team', 'events', 'event', 'support', 'outreach', 'member',
  'members', 'moderator', 'admin', 'hall', 'centre', 'center', 'college', 'radio', 'service', 'services', 'health', 'care', 'officer', 'worker']);

/** A word of COMMUNITY_ROLES follows the word that ends at `e`, after one blank. */
function roleAfter(text: string, e: number): boolean {
  return text.charCodeAt(e) === 32 && COMMUNITY_ROLES.has(text, e + 1, lettersEnd(text, e + 1, 11));
}

/** Words for food after which a community's name is a kind of food or diet: "Jain menu", "Gujarati thali", "Parsi food". */
const FOOD_WORDS = new WordSet(['menu', 'menus', 'menú', 'food', 'meal', 'meals', 'thali', 'thalis', 'dishes', 'cuisine', 'buffet', 'catering', 'snacks']);

/** A one-word finding right before a word for food: "veg + Jain menu, no alcohol" (Jain is a surname too). */
export function beforeFoodWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const c = text.charCodeAt(end + 1) | 32;
  if (c !== 109 && c !== 102 && c !== 116 && c !== 100 && c !== 98 && c !== 115) return false; // m f t d c b s
  for (let i = start; i < end; i++) if (!isLetter(text.charCodeAt(i))) return false;
  let e = end + 1;
  while (e < text.length && e - end <= 9 && isLetter(text.charCodeAt(e))) e++;
  return e - end - 1 <= 8 && (e === text.length || !isLetter(text.charCodeAt(e))) && FOOD_WORDS.has(text, end + 1, e);
}

/** Lowercase "max" or "min" before a small count: "max 6 ppl", "min 20 guests" (not "call max 98450 12345"). */
export function limitBeforeCount(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || text.charCodeAt(end) !== 32 || !isAsciiDigit(text.charCodeAt(end + 1))) return false;
  const w = text.slice(start, end);
  if (w !== 'max' && w !== 'min') return false;
  let d = end + 1;
  while (d < text.length && isAsciiDigit(text.charCodeAt(d))) d++;
  return d - end - 1 <= 4;
}

/**
 * One hyphenated word with an everyday part that is no name, as a queue's, a bot's or a team's
 * handle in a record's owner field is written: "round-robin", "max-bot", "compliance-queue",
 * "HR-OPS". Names joined by a hyphen ("Bhadresha-Verma", "Rose-Marie") have no such part.
 */
export function hyphenedEverydayWord(text: string, start: number, end: number): boolean {
  // One word with a hyphen: letters and hyphens only, most findings are refused on their first blank.
  let hyphen = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) hyphen = true;
    else if (!isLetter(c)) return false;
  }
  if (!hyphen) return false;
  let p = start;
  let hyphens = 0;
  let everyday = false;
  while (p < end) {
    let e = p;
    while (e < end && isLetter(text.charCodeAt(e))) e++;
    if (e === p) return false;
    if (e < end && text.charCodeAt(e) !== 45) return false;
    const part = text.slice(p, e);
    // A part in capitals is a team's or a system's acronym ("HR-OPS"); else an everyday word that is no name.
    if ((e - p >= 2 && isCapitalLetter(text.charCodeAt(p)) && isCapitalLetter(text.charCodeAt(e - 1))) || everydayWord(part)) everyday = true;
    if (e < end) hyphens++;
    p = e + 1;
  }
  return hyphens > 0 && everyday;
}

/**
 * A bot's or a virtual assistant's name: after a word that ends in "bot" ("Vertriebsbot Otto",
 * "chatbot Max"), or before a phrase that calls it one ("Lena, Ihrer digitalen Assistentin",
 * "Ava, our AI assistant", "Max (virtual assistant)").
 */
export function botsName(text: string, start: number, end: number): boolean {
  // "…bot " right before: compared in place, then the word must be longer than "bot" alone.
  if (start >= 5 && text.charCodeAt(start - 1) === 32 && (text.charCodeAt(start - 2) | 32) === 116 && (text.charCodeAt(start - 3) | 32) === 111
    && (text.charCodeAt(start - 4) | 32) === 98 && isLetter(text.charCodeAt(start - 5)) && !notABotsEnding(text.charCodeAt(start - 5))) return true;
  // A comma, a bracket or a dash first: "User: ravi Bot: …" is a speaker's label, no apposition.
  const c = text.charCodeAt(end);
  let p: number;
  if (c === 44) p = end + 1;
  else if (c === 32 && isAppositionMark(text.charCodeAt(end + 1))) p = end + 2;
  else return false;
  // BOT_AFTER reads a letter next, after one blank at most: "Ravi (+91 …)" is refused here.
  if (text.charCodeAt(p) === 32) p++;
  const l = text.charCodeAt(p);
  if (!(l >= 128 || isLetter(l))) return false;
  return botWordWithin(text, end, Math.min(text.length, end + 48)) && BOT_AFTER.test(text.slice(end, end + 48));
}

const isAppositionMark = (c: number): boolean => c === 40 || c === 0x2013 || c === 0x2014 || c === 45;

/** The letter before "bot" in German "Angebot", "Gebot", "Verbot" (an offer, a bid, a ban): no bot. */
const notABotsEnding = (c: number): boolean => (c | 32) === 101 || (c | 32) === 114;

/** "bot", "assist" or "agent" (any case) starts in text[from, to) before a sentence's or a line's end: most appositions are refused before the pattern runs. */
function botWordWithin(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i + 2 < to; i++) {
    const raw = text.charCodeAt(i);
    if (raw === 46 || raw === 10 || raw === 59) return false;
    const c = raw | 32;
    if (c !== 98 && c !== 97) continue;
    const d = text.charCodeAt(i + 1) | 32;
    const e = text.charCodeAt(i + 2) | 32;
    if (c === 98 ? d === 111 && e === 116 : (d === 115 && e === 115) || (d === 103 && e === 101)) return true;
  }
  return false;
}

/** What calls the name before it a bot: ", our AI assistant", " (virtual assistant", ", Ihrer digitalen Assistentin", ", the sales bot" (not ", das Angebot"). */
const BOT_AFTER = /^(?:,| \(| [\u2013\u2014-]) ?(?:\p{L}+ ){0,2}?(?:(?:ai|ia|ki|virtual|virtuel\p{L}*|digital\p{L}*|automat\p{L}*)[ -](?:\p{L}+ )?(?:assist\p{L}*|agent\p{L}*)|(?:\p{L}*(?<![er])bot)\b(?!:))/iu;

/**
 * A postal code right before the finding, the town's name after it as addresses write it: "CAP: 00184
 * Roma", "4000-322 Porto", "…7, 2517 JR Den Haag", "…21, 20121 Milano". The code: four or five digits,
 * Portugal's "-ddd" or the Netherlands' two capitals after them, after a comma or a postal code's
 * label; a name particle may stand between ("Den").
 */
export function afterPostcode(text: string, start: number): boolean {
  let p = start - 1;
  if (p < 4 || text.charCodeAt(p) !== 32) return false;
  // A digit before the blank, or a capital ending a short word ("JR", "Den"): most findings are refused here.
  const c = text.charCodeAt(p - 1);
  if (!isAsciiDigit(c) && !(isLatinLetter(c) && (isCapitalLetter(text.charCodeAt(p - 2)) || isCapitalLetter(text.charCodeAt(p - 3))))) return false;
  // "Den Haag": one capitalised particle, then a blank.
  // Eight letters: enough to tell a particle (at most five) from the tail of a longer word.
  const w = latinWordStartBefore(text, p, 8);
  if (w < p && isCapitalLetter(text.charCodeAt(w)) && PARTICLE_WORDS.has(text, w, p) && w > 0 && text.charCodeAt(w - 1) === 32) p = w - 1;
  // The Netherlands: "2517 JR".
  if (p >= 3 && isCapitalLetter(text.charCodeAt(p - 1)) && isCapitalLetter(text.charCodeAt(p - 2)) && text.charCodeAt(p - 3) === 32) p -= 3;
  let d = p;
  while (d > 0 && isAsciiDigit(text.charCodeAt(d - 1))) d--;
  // Portugal: "4000-322".
  if (p - d === 3 && d > 5 && text.charCodeAt(d - 1) === 45) {
    p = d - 1;
    d = p;
    while (d > 0 && isAsciiDigit(text.charCodeAt(d - 1))) d--;
  }
  const digits = p - d;
  if (digits < 4 || digits > 5) return false;
  if (d === 0) return false;
  // An address's line after a comma ("Via Garibaldi 21, 20121 Milano"), or a postal code's label before
  // it ("CAP: 00184 Roma", "Código postal: 4000-322 Porto"); not a number alone before a name
  // ("Ticket 48213 Ravi Kumar", "+1 305 571 1596 Aalok").
  const before = text.charCodeAt(d - 1);
  if (before === 44 || (before === 32 && text.charCodeAt(d - 2) === 44)) return true;
  if (before !== 32 && before !== 58) return false;
  return POSTCODE_LABEL.test(text.slice(Math.max(0, d - 24), d));
}

/** A postal code's label right before it: "CAP:", "PLZ", "Código postal:", "Kod pocztowy:", "ZIP" (no Unicode classes: a regex with them costs ~1 ms to compile on a Worker's first request). */
const POSTCODE_LABEL = /(?:^|[\s,;:(])(?:cap|cp|c\.p\.|plz|zip|zip code|postcode|post code|postal code|c\u00f3digo postal|codigo postal|code postal|kod pocztowy|postleitzahl)\s*:?\s*$/i;


/** A word the lexicon knows as an everyday word and as no name ("Waiting", "Evening"); unknown words may be names. */
function everydayWord(word: string): boolean {
  const f = flagsOf(nameKey(word));
  return (f & (COMMON | PLAIN | STOP)) !== 0 && (f & (FIRST | LAST)) === 0;
}

/** Marks that open a quoted title, and those that close one: "…", “…”, „…“, «…». */
const isOpeningQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x201e || c === 0xab;
const isClosingQuote = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x201c || c === 0xbb;
/** Inside a title, a mark of a sentence or a list (, ; : ! ? ( ) @ and line ends): the quotes hold speech or a record, not a title. */
const notInTitles = (c: number): boolean => c < 65 && (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 64 || c === 10 || c === 13);

/**
 * The finding stands inside a quoted title of a work, a show or a campaign: 'CALL SHEET — "Waiting
 * for Meera"', '"Verano con Lola"', '"Ep. 143 — Chai With Kabir"', '« Jeanne & les Loups »'. The
 * quotes open with a capital and hold, besides the finding, a capitalised everyday word that is no
 * name ("Waiting"; not a surname in capitals, nor an unknown word, which may be a name) or a short
 * lowercase word that is no name's particle ("for", "con", "with"); a lowercase word of five
 * letters or more makes them a sentence ('"please call Ravi"'), and a comma, colon, bracket or
 * question a record or speech, whose names stay names.
 */
/** Words for "and": names joined by one are two people's ("Divya and Girja", „Juan Ramón i Homero”), not a title. */
const AND_WORDS = new Set(['and', 'y', 'i', 'e', 'et', 'und', 'en', 'ou', 'or', 'aur']);

/** text[i] is a dash (—, – or -) with a blank on each side. */
const isDashBetweenBlanks = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c === 0x2014 || c === 0x2013 || c === 45) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
};

export function inQuotedTitle(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && start - a <= 48 && !isOpeningQuote(text.charCodeAt(a))) {
    if (notInTitles(text.charCodeAt(a))) return false;
    a--;
  }
  if (a < 0 || start - a > 48 || !isCapitalLetter(text.charCodeAt(a + 1))) return false;
  let b = end;
  while (b < text.length && b - end <= 48 && !isClosingQuote(text.charCodeAt(b))) {
    if (notInTitles(text.charCodeAt(b))) return false;
    b++;
  }
  if (b >= text.length || b - end > 48) return false;
  // A dash splits the quote into a title and what it is given to: "Employee of the Year — Bhaanumati
  // Sinha" names a person; "Ep. 143 — Chai With Kabir" is a title on the finding's side of the dash.
  let from = a + 1;
  let to = b;
  for (let i = a + 2; i < start - 1; i++) if (isDashBetweenBlanks(text, i)) from = i + 2;
  for (let i = end + 1; i < b - 1; i++) if (isDashBetweenBlanks(text, i)) { to = i - 1; break; }
  let titleWord = false;
  // Words of a dedication alone around the name ("Happy Birthday Andrea", "Forever Mario", „Für Anna“) make no title.
  let dedication = true;
  for (let p = a + 1; p < b; ) {
    if (!isLetter(text.charCodeAt(p))) {
      p++;
      continue;
    }
    let e = p + 1;
    while (e < b && isLetter(text.charCodeAt(e))) e++;
    if (p < start || p >= end) {
      const capital = isCapitalLetter(text.charCodeAt(p));
      if (!capital && e - p >= 5) return false;
      const word = text.slice(p, e);
      if (p >= from && e <= to) {
        if (capital ? e - p >= 3 && !isCapitalLetter(text.charCodeAt(p + 1)) && everydayWord(word) : !PARTICLES.has(word) && !AND_WORDS.has(word)) titleWord = true;
        if (dedication && !DEDICATION_WORDS.has(word.toLowerCase())) dedication = false;
      }
    }
    p = e;
  }
  return titleWord && !dedication;
}

/** The words of a gift's dedication or a greeting card, in our customers' languages: the name among them is a person's. */
const DEDICATION_WORDS: ReadonlySet<string> = new Set(['happy', 'birthday', 'bday', 'anniversary', 'forever', 'always', 'love', 'loving',
  'with', 'to', 'for', 'from', 'best', 'dear', 'dearest', 'congratulations', 'congrats', 'welcome', 'mum', 'mom', 'dad', 'grandma', 'grandpa',
  'feliz', 'cumpleaños', 'aniversario', 'siempre', 'para', 'con', 'amor', 'für', 'in', 'liebe', 'alles', 'gute', 'zum', 'geburtstag',
  'joyeux', 'anniversaire', 'pour', 'toujours', 'wszystkiego', 'najlepszego', 'kocham', 'buon', 'compleanno', 'auguri', 'per', 'sempre',
  'parabéns', 'parabens', 'sempre', 'te', 'amo', 'quiero', 'my', 'our']);
