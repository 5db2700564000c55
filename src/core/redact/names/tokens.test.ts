import { describe, expect, it } from 'vitest';
import { isLetter, tokenize, useFoldedPath } from './tokens.ts';

describe('isLetter', () => {
  it('agrees with \\p{L}|\\p{M} on every code unit outside the surrogates', () => {
    const letter = /[\p{L}\p{M}]/u;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetter(c) !== letter.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('a letter iff \\p{L} or \\p{M}');
    }
  });
});

describe('folded words (accented, with "’", possessive)', () => {
  const KEEP = new Set(['hi', 'de', 'from', 'here', 'senor', "it's", "don't", 'it']);
  // Keys the rules read: kept words and particles (tokens.ts); the general path keys every word.
  const READ = new Set([...KEEP, 'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'du', 'le', 'y', 'bin', 'binti', 'al', 'el']);
  const dump = (text: string): string => {
    const t = tokenize(text, KEEP);
    return JSON.stringify([...Array(t.count).keys()].map((i) => [t.start[i], t.end[i], t.len[i], t.bits[i], READ.has(t.key[i]!) ? t.key[i] : '']));
  };
  const general = (text: string): string => {
    useFoldedPath(false);
    try {
      return dump(text);
    } finally {
      useFoldedPath(true);
    }
  };
  it('gives every Latin letter the general path\'s token, in every case and position', () => {
    const words: string[] = ['María', 'González', 'Łukasz', 'Wójcik', 'Zoë', 'DÍAZ', 'señor', 'Señor', 'SEÑOR', 'dé', 'Dé', 'Ávila', 'Muñoz'];
    for (let c = 0xc0; c <= 0x24f; c++) {
      if (!isLetter(c)) continue;
      const x = String.fromCharCode(c);
      words.push(`${x}ab`, `Ab${x}d`, `AB${x}`, `ab${x}`, `${x}${x}${x}`, `O'${x}ab`, `${x}a${x}`, `Ab${x}'s`, `d’${x}b`, `Ana-${x}b`, `${x}a-Ravi`);
    }
    for (const w of words) {
      for (const text of [`hi ${w} x`, `Hi ${w.toUpperCase()} x.`, `hi ${w.toLowerCase()}, x`, `${w}’s ${w}'S ${w}.`]) {
        expect(dump(text), text).toBe(general(text));
      }
    }
  });
  it('gives words in other scripts and with combining marks the general path\'s tokens', () => {
    const words = ['नमस्ते', 'रवि', 'कुमार', 'आधार', 'क़िला', 'Иван', 'ПЕТРОВ', 'иванов', 'Ολυμπία', 'ΟΔΥΣΣΕΑΣ', 'σοφία', 'محمد', '김민준', '王伟', 'e\u0301', 'Mari\u0301a', 'd\u0301e', 'ǅemal', 'ǆ', 'İstanbul', 'ıstanbul', 'ſtraße', 'Kelvin', 'ﬁne', 'Ŋ', 'Ǳ', 'ᾼ', 'ﬀ', 'ñ\u0303', 'कुमार’s', "Иван's", 'रवि-कुमार'];
    for (let c = 0x370; c < 0x3100; c += 7) words.push(`${String.fromCharCode(c)}ab`, `A${String.fromCharCode(c)}`);
    for (const w of words) {
      for (const text of [`hi ${w} x`, `Hi ${w.toUpperCase()} x.`, `${w.toLowerCase()} ${w}'s ${w}`]) expect(dump(text), text).toBe(general(text));
    }
  });
  it('gives possessives, words with "’" and hyphenated words the general path\'s tokens', () => {
    const words = ['Anna-Maria', 'Kowalska-Nowak', 'Follow-up', 'E-mail', 'Jean-Luc', 'JEAN-LUC', 'jean-luc', 'María-José', 'Ana-María’s', "O'Neil-Smith", "Mary-Kate's", 'x-Ray', 'de-la', 'Wi-Fi', 'Will-Grant', 'Hope-Will', 'San-Calle', 'Ravi-kumar', 'नमस्ते-जी', 'Иван-Петров', "Ravi's", "RAVI'S", "it's", "It’s", "it’s's", "Señor's", "dé's", "don’t's", "that’s", "don’t", "I’m", "O’Brien", "D’Souza", "Ravi’s", "McAllister's", "de's", "ab's", "a's", "Zoë's", "l’Ávila", "customer’s", "Kowalski’S", "o’neil", "Ana-María's"];
    for (const w of words) {
      for (const text of [`hi ${w} here`, `${w}\nfrom ${w.toUpperCase()} x`, `${w.toLowerCase()} ${w}`]) expect(dump(text), text).toBe(general(text));
    }
  });
});

describe('marks', () => {
  // Kept words and marks are keyed as the tokens are: lowercase, accents folded ("señor": "senor").
  const KEEP = new Set(['here', 'wife', 'from', 'senor', 'зовут']);
  const MARKS = new Map([['here', 1 << 20], ['wife', 1 << 21], ['senor', 1 << 22], ['зовут', 1 << 23], ['ravi', 1 << 24]]);
  const marksOf = (key: string): number => MARKS.get(key) ?? 0;
  const marked = (text: string): [string, number][] => {
    const t = tokenize(text, KEEP, undefined, marksOf);
    return [...Array(t.count).keys()].map((i) => [text.slice(t.start[i], t.end[i]), t.bits[i]! & ~0xffff] as [string, number]).filter(([, m]) => m !== 0);
  };

  it('marks the tokens of marked kept words in every case and path, and no other token', () => {
    expect(marked('Amrita here, from my wife')).toEqual([['here', 1 << 20], ['wife', 1 << 21]]);
    expect(marked('HERE Here here’s Wife')).toEqual([['HERE', 1 << 20], ['Here', 1 << 20], ['here', 1 << 20], ['Wife', 1 << 21]]);
    // An accented kept word (the folded path), and a word outside the Latin scripts (the general path);
    // "ravi" is marked but not kept, so it has no key and no mark.
    expect(marked('Señor Ravi, SEÑOR ravi')).toEqual([['Señor', 1 << 22], ['SEÑOR', 1 << 22]]);
    expect(marked('Меня зовут Иван')).toEqual([['зовут', 1 << 23]]);
  });

  it('is the same table for the same keep set and marks, and rebuilt for other marks', () => {
    expect(marked('here')).toEqual([['here', 1 << 20]]);
    const t = tokenize('here wife', KEEP);
    expect([t.bits[0]! & ~0xffff, t.bits[1]! & ~0xffff]).toEqual([0, 0]);
    expect(marked('wife')).toEqual([['wife', 1 << 21]]);
  });
});
