import { nameKeyOfLower } from './key.ts';
import { RELATIONS, ROLE_WORDS } from './cues.ts';
import type { Phrase } from './cues.ts';

/**
 * The cue phrases as written (for people and for `npm run build:names`). The engine does not import
 * this module: it reads names/cue-index.ts, the index `cueIndex` builds from these, generated so
 * that a Worker's start-up parses one JSON string instead of running this list's ~900 steps (~6 ms
 * of the engine's cold start). cues.test.ts checks the two agree.
 */
const list = (s: string): string[] => [...new Set(s.split('|'))];
/** Cue words are matched on token keys, which are accent-folded: "señor" is keyed "senor". */
const words = (phrase: string): string[] => phrase.split(' ').map(nameKeyOfLower);
/** Sign-offs that take the name on their own line too ("Thanks & regards, Krishnamurthy"), not only on the next. */
const INLINE_SIGN_OFFS = 'regards|best regards|warm regards|kind regards|best|cheers|cordialement|pozdrawiam|pozdrowienia|saludos|un saludo|'
  + 'atentamente|liebe grüße|viele grüße|beste grüße|grüße|cordiali saluti|saluti|cumprimentos|abraços|bisous';
/** Every cue phrase, in the order `cueBefore` tries those that share a last word (longest first, then this order). */
export const CUE_PHRASES: readonly Phrase[] = [
  ...list('mr|mrs|ms|miss|dr|prof|shri|shree|sri|smt|kumari|mister|señor|señora|señorita|sir|madam').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const })),
  ...list('begum|sahiba|sig|panią|pania|pana|panem|panu|herr|frau|monsieur|madame|mme|mlle|signor|signora|signorina|meneer|mevrouw|dhr|mevr|senhor|senhora|господин|госпожа|श्री|श्रीमती|सुश्री|कुमारी').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const })),
  ...list('sr|sra|srta|dra|don|doña|pan|pani|mx|adv|er|mohd|md|dott|avv|ing|fr|rev|pt').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const, capitalised: true })),
  ...list('sig ra|sig na|dott ssa|prof ssa|avv ta').map((w) => ({ words: words(w), strength: 'honorific' as const, tail: 'space' as const, dotted: true })),
  ...list('z tej strony|naa peru|na peru|en peyar|en per|maza nav|mazha nav|mera naam|mera name|apna naam|naam|my name is|my name|me llamo|mi nombre es|nazywam się|mam na imię|name is|ich heiße|ich heisse|mein name ist|je m\'appelle|mon nom est|mi chiamo|il mio nome è|mijn naam is|ik heet|ik ben|meu nome é|me chamo|chamo-me|меня зовут|мене звати|казвам се|मेरा नाम').map((p) => ({ words: words(p), strength: 'intro' as const, tail: 'punct' as const })),
  ...list(`${INLINE_SIGN_OFFS}|many thanks|thanks|thank you|cheers|sincerely|best|yours truly|yours|un saludo|atentamente|gracias|z poważaniem|dziękuję|dhanyavaad|dhanyavad|sent by|mit freundlichen grüßen|freundliche grüße|viele grüße|liebe grüße|grüße|bien à vous|merci|cordiali saluti|saluti|grazie|met vriendelijke groet|groeten|bedankt|cumprimentos|obrigado|obrigada|с уважением|з повагою|с уважение|धन्यवाद`)
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'newline' as const })),
  // A sign-off on the name's own line: "Thanks & regards, Krishnamurthy", "Warm regards - Anil".
  ...list(INLINE_SIGN_OFFS)
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'punct' as const })),
  ...list('namaskara|assalam o alaikum|assalamu alaikum|assalam alaikum|salaam|hi|hii|hiii|hello|helo|hey|heyy|hiya|oi|dear|bhai|bhaiya|didi|ok|okay|gracias|dziękuję|dzięki|hola|namaste|namaskar|vanakkam|cześć|czesc|witam|witaj|dzień dobry|buenos días|buenas tardes|good morning|good afternoon|good evening|thanks|thank you|thx|greetings|welcome|hallo|guten tag|guten morgen|sehr geehrte|sehr geehrter|liebe|lieber|bonjour|bonsoir|salut|cher|chère|ciao|buongiorno|buonasera|gentile|hoi|goedemorgen|goedemiddag|olá|bom dia|boa tarde|estimado|estimada|querido|querida|здравствуйте|добрый день|вітаю|добрий день|здравейте|уважаемый|уважаемая|шановний|шановна|नमस्ते|प्रिय')
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'punct' as const })),
  ...list('responsável comercial|responsable comercial|responsável|responsavel|responsable|responsabile|opiekun|surname|family name|given name|middle name|apellidos|apellido|vorname|nachname|sobrenome|apelido|nom de famille|achternaam|voornaam|beneficial owner|present|absent|apologies|attendees|participants|invitees|name as per bank|name as per pan|name as per aadhaar|name as per passport|as per bank|as per pan|as per aadhaar|as per passport|fn|name on card|name on account|approver|proprietor|signatory|authorised signatory|authorized signatory|candidate|interviewer|patient|guest|attendee|participant|employee|student|tenant|landlord|buyer|seller|driver|passenger|traveller|traveler|member|borrower|guarantor|co-applicant|lead|prospect|lead owner|account owner|account manager|relationship manager|sales owner|host|organizer|organiser')
    .map((p) => ({ words: words(p), strength: 'strong' as const, tail: 'label' as const })),
  ...list('coach|head coach|assistant coach|gk coach|physio|physiotherapist|captain|nurse|contractor|insured|policyholder|claimant|adjuster|handler|perito asignado|assigned|cashier|stylist|stylistin|beautician|therapist|zuständig|zustandig|technician|electrician|plumber|monteur|tutor|cleaner|partner name|worker name|técnico|tecnico|name|full name|first name|last name|customer name|client name|contact name|lead name|applicant name|account holder|account holder name|nominee|nominee name|father name|spouse name|sender|recipient|beneficiary|customer|client|contact person|contact|applicant|assignee|owner|agent|rep|sales rep|holder|card holder|cardholder|legal name|caller|from|to|cc|bcc|nombre|nombre completo|cliente|imię|imię i nazwisko|nazwisko|klient|titular|contacto|kunde|kundin|ansprechpartner|ansprechpartnerin|nom|prénom|nom complet|titulaire|nome|cognome|nome completo|naam|klant|contactpersoon|destinatario|destinataire|remitente|odbiorca|nadawca')
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
    // A job or a lead given to someone: "Matched Virginia — rating 4.8", "Asignar a Sarala.", "Przypisano do Shwet."
    // "survey done by Kashyap", "la abuela se llama Daksha" (is called), "Sitter assigned: Josep".
    + 'done by|se llama|se chama|si chiama|s\'appelle|heißt|heisst|nazywa się|'
    // A parent's or a child's relation: "la Sra. Saini (madre de Daiwik", "sono la mamma di Laura", "Sohn Roser, 9. Klasse"
    // ("call" as in "call Diksha back" was tried and dropped: "call Sales", "call Monday" and more cost precision on six sets).
    + 'madre de|padre de|hijo de|hija de|mamma di|mamma de|papà di|papa di|figlio di|figlia di|mère de|mere de|père de|pere de|fils de|fille de|'
    + 'mãe de|mae de|pai de|filho de|filha de|mutter von|vater von|sohn|tochter|syn|córka|corka|'
    + 'callback by|call back by|matched|matched with|asignar a|asignado a|asignada a|przypisano do|przypisany do|assegnato a|assegnata a|zugewiesen an|attribué à|attribue a|toegewezen aan|atribuído a|atribuido a|'
    + 'this is|i am|i\'m|im|soy|jestem|ich bin|hier ist|je suis|c\'est|sono|ik ben|sou|spoke to|spoke with|speaking with|talked to|talking to|assigned to|handled by|ask|tell|ping|remind|inform|cc|route to|route this lead to|route the lead to|referral by|referred by|forwarding to|forward to|forwarded to|escalate to|escalated to|send to|issued to|note from|message from|reply from|confirm|attn|attention|on behalf of|called by|signed by|approved by|reported by|requested by|created by|submitted by|raised by|booked by|colleague|my colleague|ur colleague|your colleague|my friend|my husband|my wife|my son|my daughter|my brother|my sister|my father|my mother|my boss|my assistant|my manager|'
    // "her cousin Brajendra is opening a clinic", "his wife Meera will sign".
    + RELATIONS.flatMap((r) => ['my', 'his', 'her', 'your'].map((p) => `${p} ${r}`)).join('|'))
    .map((p) => ({ words: words(p), strength: 'medium' as const, tail: 'punct' as const })),
  // A role's word right before the name, a blank between: "Customer Harit Varma reported …", "cardholder PONCE PORTILLO Homero"
  // (not "existing customer, St. Xavier's").
  ...list(ROLE_WORDS)
    .map((p) => ({ words: words(p), strength: 'medium' as const, tail: 'space' as const })),
];


/** The index cues.ts reads: phrases by their last word, longest first, and every word of every phrase. */
export function cueIndex(phrases: readonly Phrase[] = CUE_PHRASES): { byLast: Record<string, Phrase[]>; words: string[] } {
  const byLast: Record<string, Phrase[]> = {};
  for (const p of phrases) (byLast[p.words[p.words.length - 1]!] ??= []).push(p);
  // Longest first (a stable sort keeps the list's order among equals).
  for (const list of Object.values(byLast)) list.sort((x, y) => y.words.length - x.words.length);
  return { byLast, words: [...new Set([...phrases.flatMap((p) => p.words), 'here', 'from', 'to'])] };
}
