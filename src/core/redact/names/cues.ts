import { nameKeyOfLower } from './key.ts';
import { T_TITLE } from './tokens.ts';
import type { Tokens } from './tokens.ts';

/**
 * Context that announces a name, matched on tokens (no regex over the text, so it is cheap).
 * Each cue has a strength that decides what may follow it:
 * - `honorific` (Mr, Dr, Shri, Sra., Pani …): any capitalised word, lowercase if not a common word;
 * - `intro` ("my name is", "me llamo"): any word that is not a common or stop word;
 * - `strong` ("Hi", "Dear", "Name:", sign-offs): a known name, or a word that is not common;
 * - `medium` ("this is", "I'm", "spoke to", "name …"): a known name, or a capitalised word that is not common.
 */
export type CueStrength = 'honorific' | 'intro' | 'strong' | 'medium';

/** What may stand between the cue and the name: `space` "Mr. X", `punct` "Hi, X", `label` "Name: X", `newline` "Regards,\nX". */
export type Tail = 'space' | 'punct' | 'label' | 'newline';

interface Phrase {
  words: readonly string[];
  strength: CueStrength;
  tail: Tail;
  /** Matched only when capitalised: "Pan Kowalski" (Polish Mr.), not "pan card". */
  capitalised?: boolean;
  /** Its words are joined by '.' in the text: Italian "sig.ra", "dott.ssa". */
  dotted?: boolean;
}

/** '"', "'", '“', '‘', '«', '„': a quote that opens a value. */
const isOpeningQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e;

/** A space or a tab. */
export const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * The gap text[a, b) between a cue and a name, as each tail allows it (hand-written forms of
 * `TAIL_PATTERNS`, no slice; cues.test.ts compares them):
 * space /^\.?[ \t]+$/, punct /^[ \t]*[,:;!\-–/]?[ \t]*$/ ("spoke w/ Ravi"), label /^[ \t]*\)?[ \t]*[:=\-–][ \t]*$/,
 * newline /^[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$/.
 */
export function tailMatches(tail: Tail, text: string, a: number, b: number): boolean {
  let i = a;
  if (tail === 'space') {
    if (i < b && text.charCodeAt(i) === 46) i++;
    if (i >= b) return false;
    for (; i < b; i++) if (!isBlank(text.charCodeAt(i))) return false;
    return true;
  }
  // Blanks around at most one mark (exactly one for a label); a newline tail then takes "\r?\n" and blanks.
  let marks = 0;
  // "Name (as per PAN): …": a label's closing bracket before its mark.
  if (tail === 'label') {
    while (i < b && isBlank(text.charCodeAt(i))) i++;
    if (i < b && text.charCodeAt(i) === 41) i++;
  }
  for (; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) continue;
    const mark = tail === 'punct' ? c === 44 || c === 58 || c === 59 || c === 33 || c === 45 || c === 0x2013 || c === 47
      : tail === 'label' ? c === 58 || c === 61 || c === 45 || c === 0x2013
        : c === 44 || c === 46 || c === 33;
    if (!mark || ++marks > 1) break;
  }
  if (tail === 'punct') return i === b;
  if (tail === 'label') return i === b && marks === 1;
  if (i < b && text.charCodeAt(i) === 13) i++;
  if (i >= b || text.charCodeAt(i) !== 10) return false;
  for (i++; i < b; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** The tails as regexes (the definition `tailMatches` follows). */
export const TAIL_PATTERNS: Record<Tail, RegExp> = {
  space: /^\.?[ \t]+$/,
  punct: /^[ \t]*[,:;!\-–/]?[ \t]*$/,
  label: /^[ \t]*\)?[ \t]*[:=\-–][ \t]*$/,
  newline: /^[ \t]*[,.!]?[ \t]*\r?\n[ \t]*$/,
};

const list = (s: string): string[] => [...new Set(s.split('|'))];
/** Roles written right before a name, a blank between ("Customer Harit Varma", "cardholder …"); person-after-cue.ts reads their last words. */
export const ROLE_WORDS = 'customer|client|cardholder|card holder|account holder|owner|cliente|klient|klientka|kunde|kundin|titular|beneficiary|applicant|nominee';
/** Relations after his/her/your/our ("her cousin Brajendra"); "my …" of the first thirteen are in the list below already. */
const RELATIONS = ['friend', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'partner', 'colleague', 'boss', 'assistant', 'manager', 'neighbour', 'dad', 'mom'];
/** Cue words are matched on token keys, which are accent-folded: "señor" is keyed "senor". */
const words = (phrase: string): string[] => phrase.split(' ').map(nameKeyOfLower);
/** Sign-offs that take the name on their own line too ("Thanks & regards, Krishnamurthy"), not only on the next. */
const INLINE_SIGN_OFFS = 'regards|best regards|warm regards|kind regards|best|cheers|cordialement|pozdrawiam|pozdrowienia|saludos|un saludo|'
  + 'atentamente|liebe grüße|viele grüße|beste grüße|grüße|cordiali saluti|saluti|cumprimentos|abraços|bisous';
const PHRASES: Phrase[] = [
  ...list('mr|mrs|ms|miss|dr|prof|shri|shree|sri|smt|kumari|mister|señor|señora|señorita|sir|madam').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const })),
  ...list('sig|panią|pania|pana|panem|panu|herr|frau|monsieur|madame|mme|mlle|signor|signora|signorina|meneer|mevrouw|dhr|mevr|senhor|senhora|господин|госпожа|श्री|श्रीमती|सुश्री|कुमारी').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const })),
  ...list('sr|sra|srta|don|doña|pan|pani|mx|adv|er|mohd|md|dott|avv|ing').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const, capitalised: true })),
  ...list('sig ra|sig na|dott ssa|prof ssa|avv ta').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const, dotted: true })),
  ...list('mera naam|mera name|apna naam|naam|my name is|my name|me llamo|mi nombre es|nazywam się|mam na imię|name is|ich heiße|ich heisse|mein name ist|je m\'appelle|mon nom est|mi chiamo|il mio nome è|mijn naam is|ik heet|meu nome é|me chamo|chamo-me|меня зовут|мене звати|казвам се|मेरा नाम').map((p) => ({ words: words(p), strength: 'intro' as const, tail: 'punct' as const })),
  ...list(`${INLINE_SIGN_OFFS}|many thanks|thanks|thank you|cheers|sincerely|best|yours truly|yours|un saludo|atentamente|gracias|z poważaniem|dziękuję|dhanyavaad|dhanyavad|sent by|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|grüße|bien à vous|merci|cordiali saluti|saluti|grazie|met vriendelijke groet|groeten|bedankt|cumprimentos|obrigado|obrigada|с уважением|з повагою|с уважение|धन्यवाद`)
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'newline' as const })),
  // A sign-off on the name's own line: "Thanks & regards, Krishnamurthy", "Warm regards - Anil".
  ...list(INLINE_SIGN_OFFS)
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'punct' as const })),
  ...list('hi|hii|hiii|hello|helo|hey|heyy|hiya|oi|dear|bhai|bhaiya|didi|ok|okay|gracias|dziękuję|dzięki|hola|namaste|namaskar|vanakkam|cześć|czesc|witam|witaj|dzień dobry|buenos días|buenas tardes|good morning|good afternoon|good evening|thanks|thank you|thx|greetings|welcome|hallo|guten tag|guten morgen|sehr geehrte|sehr geehrter|liebe|lieber|bonjour|bonsoir|salut|cher|chère|ciao|buongiorno|buonasera|gentile|hoi|goedemorgen|goedemiddag|olá|bom dia|boa tarde|estimado|estimada|querido|querida|здравствуйте|добрый день|вітаю|добрий день|здравейте|уважаемый|уважаемая|шановний|шановна|नमस्ते|प्रिय')
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'punct' as const })),
  ...list('responsável comercial|responsable comercial|responsável|responsavel|responsable|responsabile|opiekun|surname|family name|given name|middle name|apellidos|apellido|vorname|nachname|sobrenome|apelido|nom de famille|achternaam|voornaam|beneficial owner|present|absent|apologies|attendees|participants|invitees|name as per bank|name as per pan|name as per aadhaar|name as per passport|as per bank|as per pan|as per aadhaar|as per passport|fn|name on card|name on account|approver|proprietor|signatory|authorised signatory|authorized signatory|candidate|interviewer|patient|guest|attendee|participant|employee|student|tenant|landlord|buyer|seller|driver|passenger|traveller|traveler|member|borrower|guarantor|co-applicant|lead|prospect|lead owner|account owner|account manager|relationship manager|sales owner|host|organizer|organiser')
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'label' as const })),
  ...list('name|full name|first name|last name|customer name|client name|contact name|lead name|applicant name|account holder|account holder name|nominee|nominee name|father name|spouse name|sender|recipient|beneficiary|customer|client|contact person|contact|applicant|assignee|owner|agent|rep|sales rep|holder|card holder|cardholder|legal name|caller|from|to|cc|bcc|nombre|nombre completo|cliente|imię|imię i nazwisko|nazwisko|klient|titular|contacto|kunde|kundin|ansprechpartner|ansprechpartnerin|nom|prénom|nom complet|titulaire|nome|cognome|nome completo|naam|klant|contactpersoon|destinatario|destinataire|remitente|odbiorca|nadawca')
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'label' as const })),
  ...list('name|vorname|nachname|apellidos|nombre').map((w) => ({ words: words(w), strength: 'medium' as const, tail: 'space' as const })),
  ...list('proprietor|signatory|authorised signatory|authorized signatory|approver|prospect|referral from|agent|'
    + 'verified by|checked by|updated by|changed by|added by|closed by|resolved by|uploaded by|collected by|transferred to|reassigned to|'
    + 'spoke w|talked w|met w|call w|meeting w|its|mówi|mowi|fala|aqui fala|aqui é|aqui é a|aqui é o|le escribe|te escribe|reunión con|reunion con|llamada con|hablé con|hable con|'
    + 'anfrage von|nachricht von|e-mail von|rückruf von|termin mit|gespräch mit|richiesto da|inviato da|da parte di|'
    + 'zapytanie od|ofertowe od|wiadomość od|rozmowa z|spotkanie z|reçu de|message de|de la part de|réunion avec|rendez-vous avec|'
    + 'chiedere di|chiedi di|rückfragen von|anruf von|grüße an|grüsse an|gruß an|gruss an|driver|delivery boy|courier|grazie a te|'
    + 'mon mari|ma femme|mon fils|ma fille|mi esposo|mi marido|mi esposa|mi mujer|mi hijo|mi hija|mein mann|meine frau|mein sohn|'
    + 'meine tochter|meu marido|minha esposa|meu filho|minha filha|mio marito|mia moglie|mój mąż|moja żona|née|nee|geb|geborene|z domu|'
    + 'looping in|loop in|looped in|recap w|sync w|catch up w|catchup w|chat w|rückruf durch|erledigt durch|bearbeitet von|geprüft von|'
    + 'failed for|verified for|approved for|his ea|her ea|his pa|her pa|his assistant|her assistant|run by|owned by|managed by|'
    + 'preventivo da|richiesta da|échange avec|téléphonique avec|appel avec|entretien avec|vérifiée par|vérifié par|validé par|'
    + 'approvato da|approvata da|gestito da|creato da|firmato da|verificato da|aprobado por|aprobada por|creado por|firmado por|gestionado por|'
    + 'verificado por|revisado por|erstellt von|genehmigt von|unterschrieben von|approuvé par|approuve par|créé par|signé par|'
    + 'zatwierdzone przez|zatwierdził|utworzone przez|podpisane przez|aprovado por|criado por|assinado por|'
    + 'il cliente|la cliente|el cliente|o cliente|der kunde|die kundin|le client|la clienta|fyi|'
    + 'asked|told|pinged|reminded|informed|emailed|messaged|texted|thanked|our ae|your ae|our csm|your csm|our sdr|your rm|our rm|'
    + 'a nombre de|en nombre de|in the name of|au nom de|a nome di|em nome de|auf den namen|'
    + 'this is|i am|i\'m|im|soy|jestem|ich bin|hier ist|je suis|c\'est|sono|ik ben|sou|spoke to|spoke with|speaking with|talked to|talking to|assigned to|handled by|ask|tell|ping|remind|inform|cc|route to|route this lead to|route the lead to|referral by|referred by|forwarding to|forward to|forwarded to|escalate to|escalated to|send to|issued to|note from|message from|reply from|confirm|attn|attention|on behalf of|called by|signed by|approved by|reported by|requested by|created by|submitted by|raised by|booked by|colleague|my colleague|ur colleague|your colleague|my friend|my husband|my wife|my son|my daughter|my brother|my sister|my father|my mother|my boss|my assistant|my manager|'
    // "her cousin Brajendra is opening a clinic", "his wife Meera will sign".
    + RELATIONS.flatMap((r) => ['my', 'his', 'her', 'your'].map((p) => `${p} ${r}`)).join('|'))
    .map((p) => ({ words: words(p), strength: 'medium' as const, tail: 'punct' as const })),
  // A role's word right before the name, a blank between: "Customer Harit Varma reported …", "cardholder PONCE PORTILLO Homero"
  // (not "existing customer, St. Xavier's").
  ...list(ROLE_WORDS)
    .map((p) => ({ words: words(p), strength: 'medium' as const, tail: 'space' as const })),
];

/** Every word of every cue phrase: the tokenizer must keep these. */
export const CUE_WORDS: ReadonlySet<string> = new Set([...PHRASES.flatMap((p) => p.words), 'here', 'from', 'to']);

/** Phrases indexed by their last word, longest first. */
const BY_LAST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  const key = p.words[p.words.length - 1]!;
  const list = BY_LAST.get(key);
  if (list) list.push(p);
  else BY_LAST.set(key, [p]);
}
// Longest first, each list sorted once (a stable sort keeps the lists' order among equals).
for (const list of BY_LAST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The cue that ends right before token `i`, if any. */
export function cueBefore(text: string, toks: Tokens, i: number): CueStrength | undefined {
  if (i < 1) return undefined;
  const prev = i - 1;
  const phrases = BY_LAST.get(toks.key[prev]!);
  if (!phrases) return undefined;
  const gapStart = toks.end[prev]!;
  // A value in quotes is the value: 'Name: "Ravi"', 'last name “Kaul”' (the quote is not the tail's).
  let gapEnd = toks.start[i]!;
  if (gapEnd > gapStart && isOpeningQuote(text.charCodeAt(gapEnd - 1))) gapEnd--;
  // Each tail kind is tested at most once per call (several phrases share a last word and a tail:
  // "to" ends thirteen): bit k of `tested` says tail kind k was tested, bit k + 4 that it matched.
  let tested = 0;
  for (const p of phrases) {
    if (p.capitalised && (toks.bits[prev]! & T_TITLE) === 0) continue;
    let ok = true;
    for (let w = 2; w <= p.words.length && ok; w++) {
      const t = i - w;
        // The earlier words of the phrase, one space apart ('.' inside an abbreviation: "sig.ra", "dott.ssa").
      ok = t >= 0 && toks.key[t] === p.words[p.words.length - w] && toks.start[t + 1]! - toks.end[t]! === 1
        && (text.charCodeAt(toks.end[t]!) === 32 || (p.dotted === true && text.charCodeAt(toks.end[t]!) === 46));
    }
    if (!ok) continue;
    const bit = TAIL_BIT[p.tail];
    if ((tested & bit) === 0) {
      tested |= bit;
      if (tailMatches(p.tail, text, gapStart, gapEnd)) tested |= bit << 4;
    }
    if ((tested & (bit << 4)) !== 0) return p.strength;
  }
  return undefined;
}

const TAIL_BIT: Record<Tail, number> = { space: 1, punct: 2, label: 4, newline: 8 };
