/**
 * PERSON findings that their own words or the word before them say are no person's name, dropped
 * after the overlaps are resolved (as brands.ts drops brands):
 * - after the English article "the" ("the Hyatt Regency", "not on the ward landline", "the zamora expo");
 * - a saint's name, which is a place's, a church's or a hospital's ("Saint-Louis", "St. Xavier's",
 *   "San José", "São Paulo");
 * - a name in a firm's possessive: "'s" then, within three capitalised words, a firm's or place's
 *   word ("Dr. Batra's Positive Health Clinic", "Agarwal's Eye Hospital");
 * - a car or bike model after its maker ("Skoda Octavia", "Royal Enfield", "SEAT León");
 * - one word whose part after a hyphen is lowercase ("Tele-sales", "Co-founder"): names capitalise
 *   every part ("Bhadresha-Verma");
 * - a degree's abbreviation: "B.Com", "M.Tech", "B. Sc";
 * - French "Le" before a lowercase word, the article ("Le badge de Ravi");
 * - an identifier's label right before that identifier ("Client NINO YH483336B");
 * - a pet's name: after a pet's word ("my dog Bella", "Hund Luna", '"pet": "Max"') or before a breed ("Bruno (beagle)");
 * - a maker alone before its model ("Pojazd: Skoda Kamiq");
 * - a device's hostname keeps its user's name alone ("LAPTOP-Priya": "Priya", device-names.ts);
 * - what not-persons-around.ts reads around it: a quoted title, a postal code, a bot's word, a hyphenated
 *   handle, a house number before "Dr", a word for food after it ("Jain menu"), a count after "max", a ritual ("Lakshmi Kuber Puja").
 * Each test reads a few code units around a finding; no string is built unless one matches.
 */
import type { Finding } from '../entities.ts';
import { isCapitalLetter, isLatinLetter, isLowerLetter, latinWordStartBefore } from '../recognizer.ts';
import { flagsOf, PLACE } from './lexicon.ts';
import { nameKey } from './key.ts';
import { deviceOwnerStart } from './device-names.ts';
import { WordSet } from './word-set.ts';
import { afterPostcode, beforeAirportWord, beforeFoodWord, botsName, communityName, driveAfterHouseNumber, hyphenedEverydayWord, inQuotedTitle, limitBeforeCount, ritualName, roomName, worshipPlaceName } from './not-persons-around.ts';

const SAINTS = new WordSet(['saint', 'sainte', 'st', 'san', 'santa', 'santo', 'são', 'sao', 'sankt', 'sant']);

/**
 * Car and two-wheeler makers whose next capitalised word is a model ("Skoda Octavia", "Maruti Swift",
 * "SEAT León"), as the word before a finding or its first word.
 * Makers that are also names (Ford, Tata, Kia, Mercedes) are not here: the brand list holds some of
 * their models.
 */
const MAKERS = new WordSet(['skoda', 'škoda', 'renault', 'maruti', 'suzuki', 'hyundai', 'toyota', 'honda', 'nissan', 'seat', 'peugeot',
  'citroen', 'citroën', 'fiat', 'volkswagen', 'vw', 'audi', 'bmw', 'opel', 'dacia', 'mahindra', 'jeep', 'chevrolet', 'tesla', 'volvo',
  'mazda', 'mitsubishi', 'lexus', 'porsche', 'yamaha', 'ktm', 'tvs', 'ather', 'royal']);

/** text[a, b) is a maker's name, in any case; no string is made. */
function isMaker(text: string, a: number, b: number): boolean {
  return b - a >= 2 && b - a <= 10 && MAKERS.has(text, a, b);
}

const isLetter = isLatinLetter;

/** The findings without the PERSON ones these rules refuse; compacted in place only when one is refused. */
export function dropNotPersons(text: string, findings: Finding[]): Finding[] {
  let kept = 0;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.type === 'PERSON') {
      // A device's hostname: its user's name alone ("LAPTOP-Priya": "Priya").
      const owner = deviceOwnerStart(text, f.start, f.end);
      if (owner !== -1) f.start = owner;
      else if (notAPerson(text, f.start, f.end) || labelOfNext(text, f, findings[k + 1])) continue;
    }
    if (kept !== k) findings[kept] = f;
    kept++;
  }
  findings.length = kept;
  return findings;
}

/** Labels of identifiers that are names too ("Nino", "Pan", "Tin"). */
const ID_LABELS = new WordSet(['nino', 'pan', 'tin', 'uid', 'nie', 'nif', 'dni', 'pesel', 'iban', 'upi', 'ifsc', 'ssn', 'itin', 'gstin']);

/** What may stand between a label and its identifier: blanks and a colon, or "is", "no", "nr" ("my nino is JC 64 05 17 D"). */
const LABEL_GAP = /^[ :.]*(?:is|es|ist|est|no|nr|number)?[ :.]*$/i;

/** The finding is an identifier's label, that identifier found right after it: "Client NINO YH483336B", "PAN: ABCPD1234E". */
function labelOfNext(text: string, f: Finding, next: Finding | undefined): boolean {
  if (next === undefined || next.type === 'PERSON' || next.type === 'PHONE_NUMBER' || next.type === 'EMAIL_ADDRESS' || next.start - f.end > 10 || f.end - f.start > 6) return false;
  return ID_LABELS.has(text, f.start, f.end) && LABEL_GAP.test(text.slice(f.end, next.start));
}

function notAPerson(text: string, start: number, end: number): boolean {
  // One letter alone is a label or a list's mark ("T 0949 …", "A) …"), not a name.
  if (end - start === 1) return true;
  // French "Le" before a lowercase word is the article ("Le badge de …"); the surname Le comes before a given name.
  if (end - start === 2 && text.charCodeAt(start) === 76 && text.charCodeAt(start + 1) === 101 && text.charCodeAt(end) === 32 && isLowerLetter(text.charCodeAt(end + 1))) return true;
  let firstEnd = start;
  while (firstEnd < end && isLetter(text.charCodeAt(firstEnd))) firstEnd++;
  const before = wordBefore(text, start);
  return afterArticle(text, start, end, before) || saintsName(text, start, firstEnd, end) || lowercaseAfterHyphen(text, start, firstEnd, end)
    || possessiveFirm(text, end) || afterMaker(text, start, before) || (firstEnd < end ? isMaker(text, start, firstEnd) : makerBeforeModel(text, start, end))
    || isDegree(text, start, end) || petsName(text, start, firstEnd, end, before) || inQuotedTitle(text, start, end) || afterPostcode(text, start)
    || (text.charCodeAt(firstEnd) === 45 && hyphenedEverydayWord(text, start, end)) || botsName(text, start, end) || driveAfterHouseNumber(text, start, end)
    || beforeFoodWord(text, start, end) || limitBeforeCount(text, start, end) || afterVesselWord(text, start, before)
    || beforeAirportWord(text, start, end) || (firstEnd === end && communityName(text, start, end)) || worshipPlaceName(text, start, end)
    || roomName(text, start, firstEnd, end, before) || ritualName(text, start, end);
}

/**
 * The word of Latin letters that ends one blank before `start` ("with" of "spoke with Ravi"), read
 * once for the tests of the word before: where it starts (at most WORD_BEFORE_MAX letters back; `start
 * - 1` when there is none), or -1 when no blank is there. A test that takes a word of at most `max`
 * letters takes it when `start - 1 - before` is at most `max`: a longer word starts further back, as
 * `latinWordStartBefore` with its own `max` would have found (a letter before where it stopped).
 */
function wordBefore(text: string, start: number): number {
  return text.charCodeAt(start - 1) === 32 ? latinWordStartBefore(text, start - 1, WORD_BEFORE_MAX) : -1;
}

/** One more than the longest word any test reads before a finding (afterMaker's twelve). */
const WORD_BEFORE_MAX = 13;

/** The one-word finding is a maker and a model follows it, a capitalised word or one with digits: "Pojazd: Skoda Kamiq", "Honda WR-V". */
function makerBeforeModel(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isMaker(text, start, end)) return false;
  const c = text.charCodeAt(end + 1);
  return isCapitalLetter(c) || (c >= 48 && c <= 57);
}


/** Words for a pet, in the languages our customers write: the name after one is the pet's ("my dog Bella", "Hund Luna", '"pet": "Max"'). Not French "chat": English "click-to-chat: Amrita …". */
const PET_WORDS = new WordSet([
  'dog', 'dogs', 'cat', 'puppy', 'pup', 'kitten', 'pet', 'perro', 'perra', 'perrito', 'gato', 'gata', 'hund', 'hündin', 'katze', 'kater',
  'chien', 'chienne', 'chiot', 'chatte', 'cane', 'gatto', 'pies', 'piesek', 'psa', 'kot', 'kota', 'hond', 'kat', 'cão', 'cao',
  'cachorro', 'cadela',
]);
/** Words that join a pet's word and its name: "dog named Oscar", "perro llamado Toby", Dutch "hond heet Max", German "Hund heißt Luna". */
const NAMED_WORDS = new WordSet(['named', 'called', 'llamado', 'llamada', 'namens', 'nommé', 'nommée', 'chiamato', 'chiamata', 'chamado', 'chamada', 'heet', 'heißt', 'heisst']);
const NAME_WORD = new WordSet(['name']);
/** Breeds written in brackets after a pet's name: "Bruno (beagle, 4 yrs)", "Coco (shih tzu)". */
const BREED = /^["\u201d]? ?\((?:lab|lab mix|mixed breed|mutt|beagle|labrador|golden retriever|retriever|pug|shih tzu|pomeranian|poodle|pudel|husky|dachshund|bulldog|terrier|spaniel|cocker|persian|siamese|german shepherd|indie|rottweiler|doberman|boxer|chihuahua|maltese|lhasa apso|dalmatian|schnauzer|collie|maine coon|ragdoll|bengal|tabby)\b/i;

/**
 * After a pet's name, a comma or " the " and a breed or a species: the breeds of BREED that are no
 * nationality, place or job ("Persian", "Bengal", "Boxer" are refused after a comma: "Priya, Persian").
 */
const BREED_AFTER = /^(?:, ?| the )(?:beagle|labrador|golden retriever|retriever|pug|shih tzu|pomeranian|poodle|husky|dachshund|french bulldog|bulldog|terrier|jack russell|cocker spaniel|spaniel|german shepherd|rottweiler|doberman|chihuahua|maltese|lhasa apso|dalmatian|schnauzer|border collie|collie|maine coon|ragdoll|siamese|tabby|bassotto|mixed breed|mutt|dog|cat|puppy|kitten)(?![\p{L}])/iu;

/** text[a, e) is a word of `words` in any case (2 to 9 letters). */
function isWordOf(text: string, a: number, e: number, words: WordSet): boolean {
  return e - a >= 2 && e - a <= 9 && words.has(text, a, e);
}

/** Where the word of letters that ends at `e` (blanks, quotes and a colon skipped back first) starts, and where it ends; undefined if none. */
function wordEndingAt(text: string, e: number): [number, number] | undefined {
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 58)) e--;
  const a = latinWordStartBefore(text, e, 10);
  if (e - a < 2 || e - a > 9 || (a > 0 && isLetter(text.charCodeAt(a - 1)))) return undefined;
  return [a, e];
}

/**
 * `wordEndingAt(text, start)` from the word read once before the finding, when that is where it
 * ends (one blank, then a letter): undefined when it is not, or when the word is not of 2 to 9 letters.
 */
function simpleWordBefore(text: string, start: number, wordBeforeStart: number): [number, number] | undefined {
  if (wordBeforeStart === -1 || !isLetter(text.charCodeAt(start - 2))) return undefined;
  const n = start - 1 - wordBeforeStart;
  return n >= 2 && n <= 9 ? [wordBeforeStart, start - 1] : undefined;
}

/** The finding is a pet's name: after a pet's word (or "named" after one), a pet's word itself ("Hund Luna", "B. Pet"), or a breed after it. */
function petsName(text: string, start: number, firstEnd: number, end: number, wordBeforeStart: number): boolean {
  if (isWordOf(text, start, firstEnd, PET_WORDS)) return true;
  if (firstEnd < end) {
    // A pet's name is one word; a finding of more words is a pet's only with a pet's word in it ("B. Pet").
    let lastStart = end;
    while (lastStart > start && isLetter(text.charCodeAt(lastStart - 1))) lastStart--;
    return lastStart > start && isWordOf(text, lastStart, end, PET_WORDS);
  }
  // The breed may follow the name's closing quote: '"Bella" (lab mix, 62 lbs)'.
  const q = text.charCodeAt(end) === 34 || text.charCodeAt(end) === 0x201d ? end + 1 : end;
  const next = text.charCodeAt(q);
  if ((next === 40 || (next === 32 && text.charCodeAt(q + 1) === 40)) && BREED.test(text.slice(end, end + 24))) return true;
  // Or a comma or "the" and then the breed or the species: "Patient: Max, Beagle, 14.2 kg", "Bella the
  // Pomeranian", a record's "Simba,cat,5.1".
  if ((next === 44 || (next === 32 && (text.charCodeAt(q + 1) | 32) === 116)) && BREED_AFTER.test(text.slice(q, q + 24))) return true;
  const before = simpleWordBefore(text, start, wordBeforeStart) ?? wordEndingAt(text, start);
  if (before === undefined) return false;
  if (isWordOf(text, before[0], before[1], PET_WORDS)) return true;
  // "Pet name: Bella", "Dog's name: Rocky".
  if (NAME_WORD.has(text, before[0], before[1])) {
    let k = before[0];
    while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
    // The possessive's "'s" ("Dog's name").
    if (k > 2 && (text.charCodeAt(k - 1) | 32) === 115 && (text.charCodeAt(k - 2) === 39 || text.charCodeAt(k - 2) === 0x2019)) k -= 2;
    const pet = wordEndingAt(text, k);
    return pet !== undefined && isWordOf(text, pet[0], pet[1], PET_WORDS);
  }
  if (!isWordOf(text, before[0], before[1], NAMED_WORDS)) return false;
  const pet = wordEndingAt(text, before[0]);
  return pet !== undefined && isWordOf(text, pet[0], pet[1], PET_WORDS);
}

/** What follows "B." or "M." in a degree's abbreviation: "B.Com", "M.Tech", "B. Sc", "M.Phil". */
const DEGREE_TAILS = new Set(['com', 'tech', 'sc', 'ed', 'pharm', 'arch', 'phil', 'des', 'lib', 'voc', 'e', 'a', 'b.a', 's']);

/** The finding is a degree's abbreviation, an initial then a tail of DEGREE_TAILS ("B.Com (Hons)"). */
function isDegree(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c !== 66 && c !== 77) || text.charCodeAt(start + 1) !== 46 || end - start > 9) return false;
  const tail = text.slice(text.charCodeAt(start + 2) === 32 ? start + 3 : start + 2, end).toLowerCase();
  return DEGREE_TAILS.has(tail.endsWith('.') ? tail.slice(0, -1) : tail);
}

/**
 * "the X" (English: "an" is German for "to" and "a" Spanish and Portuguese, before names: "grüße an
 * Aanand", "aqui é a Bhaanumati").
 */
function afterArticle(text: string, start: number, end: number, wordBeforeStart: number): boolean {
  if (wordBeforeStart === -1 || start - 1 - wordBeforeStart !== 3) return false;
  const a = wordBeforeStart;
  return (text.charCodeAt(a) | 32) === 116 && (text.charCodeAt(a + 1) | 32) === 104 && (text.charCodeAt(a + 2) | 32) === 101
    && !familyWordAfter(text, end);
}

/** Words after "the X" that make X a family's name: "invite the Barela Maldonado family", "the Gupta–Kaniyar wedding". */
const FAMILY_WORDS = new WordSet(['family', 'families', 'household', 'wedding', 'weddings', 'couple', 'residence', 'reception', 'engagement',
  'sangeet', 'mehendi', 'haldi', 'booking', 'party', 'parents', 'kids', 'children', 'twins', 'familia', 'famille', 'familie', 'rodzina']);

/**
 * The first lowercase word after `end`, over the other names of a couple or a pair of families
 * ("–Bernal Merino", "& Lilia", "'s"), within 40 code units, is a word for a family or its event.
 */
function familyWordAfter(text: string, end: number): boolean {
  let i = end;
  const limit = Math.min(text.length, end + 40);
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 45 || c === 0x2013 || c === 38 || c === 39 || c === 0x2019) { i++; continue; }
    if (!isLetter(c)) return false;
    let e = i;
    while (e < limit && isLetter(text.charCodeAt(e))) e++;
    if (!isCapitalLetter(c)) {
      // The "s" of a possessive ("the Sharma's party") is passed over; the first other lowercase word decides.
      const apostrophe = text.charCodeAt(i - 1);
      if (e - i === 1 && c === 115 && (apostrophe === 39 || apostrophe === 0x2019)) { i = e; continue; }
      return e - i <= 10 && !isLetter(text.charCodeAt(e)) && FAMILY_WORDS.has(text, i, e);
    }
    i = e;
  }
  return false;
}

/** The finding starts with a saint's title and goes on ("Saint-Louis", "St. Xavier", "San José"). */
function saintsName(text: string, start: number, firstEnd: number, end: number): boolean {
  const n = firstEnd - start;
  if (n < 2 || n > 6 || firstEnd >= end) return false;
  const after = text.charCodeAt(firstEnd);
  if (after !== 45 && after !== 32 && after !== 46) return false;
  // Every saint's title starts with an s (no string is made for the other names).
  if ((text.charCodeAt(start) | 32) !== 115) return false;
  return SAINTS.has(text, start, firstEnd);
}

/** One capitalised word (no blank in text[firstEnd, end)) with a lowercase letter right after a hyphen. */
function lowercaseAfterHyphen(text: string, start: number, firstEnd: number, end: number): boolean {
  if (firstEnd >= end || text.charCodeAt(firstEnd) !== 45 || !isCapitalLetter(text.charCodeAt(start))) return false;
  for (let i = firstEnd; i < end; i++) if (text.charCodeAt(i) === 32) return false;
  return isLowerLetter(text.charCodeAt(firstEnd + 1));
}

/** "'s" (or "’s") right after the finding, then up to three capitalised words, one of them a firm's or a place's word. */
function possessiveFirm(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if ((q !== 39 && q !== 0x2019) || (text.charCodeAt(end + 1) | 32) !== 115 || text.charCodeAt(end + 2) !== 32) return false;
  let p = end + 3;
  for (let words = 0; words < 3; words++) {
    const c = text.charCodeAt(p);
    if (!isCapitalLetter(c)) return false;
    let e = p + 1;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if ((flagsOf(nameKey(text.slice(p, e))) & PLACE) !== 0) return true;
    if (text.charCodeAt(e) !== 32) return false;
    p = e + 1;
  }
  return false;
}

/** Words before a ship's name: "Vessel MSC Isabella", "schip CMA CGM Marco Polo", "MV Harmony" (not English "ship", a verb too, nor "v": "State v Ravi Kumar"). */
const VESSEL_WORDS = new WordSet(['vessel', 'schip', 'schiff', 'buque', 'navire', 'nave', 'statek', 'mv', 'mt', 'msc', 'maersk', 'cgm', 'cosco', 'evergreen', 'hapag']);

/** The word right before the finding names a ship or a shipping line: the finding is a vessel's name. */
function afterVesselWord(text: string, start: number, wordBeforeStart: number): boolean {
  const a = wordBeforeStart;
  if (a === -1 || start - 1 - a < 2 || start - 1 - a > 10) return false;
  // Every vessel word starts with one of these letters: most findings are refused before a string is made.
  const c = text.charCodeAt(a) | 32;
  if (c !== 118 && c !== 115 && c !== 98 && c !== 110 && c !== 109 && c !== 99 && c !== 101 && c !== 104) return false; // v s b n m c e h
  return VESSEL_WORDS.has(text, a, start - 1);
}

/** The word right before the finding is a car or bike maker's ("Maruti Swift", "Royal Enfield"). */
function afterMaker(text: string, start: number, wordBeforeStart: number): boolean {
  const a = wordBeforeStart;
  if (a === -1 || start - 1 - a < 2 || start - 1 - a > 12) return false;
  const c = text.charCodeAt(a);
  if (!((c >= 65 && c <= 90) || c === 0x160)) return false; // a capitalised maker ("Maruti", "SEAT", "Škoda")
  return isMaker(text, a, start - 1);
}
