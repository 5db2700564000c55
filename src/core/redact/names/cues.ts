/**
 * Context that announces a name. Each cue has a strength that decides what may follow it:
 * - `honorific` (Mr, Dr, Shri, Sra., Pani …): any capitalised word, lowercase if not a common word;
 * - `intro` ("my name is", "me llamo"): any word that is not a stop word;
 * - `strong` ( "Hi", "Dear", "Name:", sign-offs): a known name, or a word that is not common;
 * - `medium` ("this is", "I'm", "spoke to"): a known name, or a capitalised word that is not common;
 */
export type CueStrength = 'honorific' | 'intro' | 'strong' | 'medium';

export interface CueHit {
  /** Where the name may start (end of the cue). */
  at: number;
  strength: CueStrength;
  /** Sign-offs put the name on the next line. */
  multiline: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (body: string, flags: string, tail = '[ \\t]*[,:;!\\-–]?[ \\t]*'): RegExp => new RegExp(`${B}(?:${body})${E}\\.?${tail}`, flags);

const CUES: readonly { re: RegExp; strength: CueStrength; multiline: boolean }[] = [
  { re: re('mr|mrs|ms|miss|dr|prof|shri|shree|sri|smt|kumari|mister|señor|señora|señorita|sir|madam', 'giu', '[ \\t]+'), strength: 'honorific', multiline: false },
  { re: re('Sr|Sra|Srta|Don|Doña|Pan|Pani|Mx|Adv|Er|CA', 'gu', '[ \\t]+'), strength: 'honorific', multiline: false },
  {
    re: re('hi+|hello+|hey+|hiya|dear|bhai|bhaiya|didi|ok|okay|gracias|dziękuję|dzięki|hola|namaste|namaskar|vanakkam|cześć|czesc|witam|witaj|dzień dobry|buenos días|buenas tardes|good (?:morning|afternoon|evening)|thanks|thank you|thx|greetings|welcome', 'giu'),
    strength: 'strong', multiline: false,
  },
  {
    re: re('my name is|my name\'s|name is|me llamo|mi nombre es|nazywam się|mam na imię|(?:full |first |last |customer |client |contact |lead |applicant |account holder |nominee |father\'?s |mother\'?s |spouse |sender |recipient |beneficiary )?name|customer|client|contact person|contact|applicant|nominee|beneficiary|assignee|owner|agent|rep|sales rep|holder|card ?holder|legal name|caller|from|to|cc|bcc|nombre(?: completo)?|cliente|imię(?: i nazwisko)?|nazwisko|klient', 'giu', '[ \\t]*(?:[:=\\-–]|is)[ \\t]*'),
    strength: 'strong', multiline: false,
  },
  {
    re: re('name', 'giu', '[ \\t]+'),
    strength: 'medium', multiline: false,
  },
  { re: re('my name is|my name\'s|me llamo|mi nombre es|nazywam się|mam na imię', 'giu', '[ \\t]+'), strength: 'intro', multiline: false },
  {
    re: re('regards|best regards|warm regards|kind regards|many thanks|thanks|thank you|cheers|sincerely|best|yours truly|yours|saludos|un saludo|atentamente|gracias|pozdrawiam|z poważaniem|dziękuję|dhanyavaad|dhanyavad|sent by', 'giu', '[ \\t]*[,.!]?[ \\t]*\\r?\\n[ \\t]*'),
    strength: 'strong', multiline: true,
  },
  { re: re('this is|i am|i\'m|im|soy|jestem|spoke to|spoke with|speaking with|talked to|talking to|assigned to|handled by|ask|tell|ping|remind|inform|cc|route (?:this |the )?(?:lead |ticket |deal )?to|referral by|referred by|forwarding to|forward to|forwarded to|escalate to|escalated to|send to|issued to|note from|message from|reply from|confirm|attn|attention|on behalf of|called by|referred by|signed by|approved by', 'giu', '[ \\t]*[,:\\-–]?[ \\t]*'), strength: 'medium', multiline: false },
];

/** All cue positions in `text`, in no particular order. Each regex is a bounded alternation: linear. */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(text)) !== null) {
      hits.push({ at: m.index + m[0].length, strength: cue.strength, multiline: cue.multiline });
      if (m[0].length === 0) cue.re.lastIndex++;
    }
  }
  return hits;
}
