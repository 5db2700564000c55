/**
 * Value generators for the labelled PII corpus. Names come from @faker-js/faker (en_IN, en_US,
 * es, pl); identifiers are generated with valid check digits (and look-alikes with invalid ones).
 */
import type { Faker } from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { gstinCheckChar, luhnValid, verhoeffCheckDigit } from '../../src/core/redact/checksums.ts';

export type Rng = Faker;

const digits = (f: Rng, n: number): string => Array.from({ length: n }, () => f.number.int(9)).join('');
const letters = (f: Rng, n: number, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string =>
  Array.from({ length: n }, () => set[f.number.int(set.length - 1)]).join('');
const group = (s: string, sizes: number[], sep: string): string => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; }
  return out.filter(Boolean).join(sep);
};

export function person(f: Rng, style: 'full' | 'first' | 'lower' | 'upper'): string {
  const first = f.person.firstName();
  const last = f.person.lastName();
  if (style === 'first') return first;
  if (style === 'lower') return f.datatype.boolean() ? first.toLowerCase() : `${first} ${last}`.toLowerCase();
  if (style === 'upper') return `${first} ${last}`.toUpperCase();
  return `${first} ${last}`;
}

export function email(f: Rng, name: string): string {
  const [a = 'user', b = 'x'] = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z ]/g, '').toLowerCase().split(' ');
  const domains = ['gmail.com', 'yahoo.co.in', 'outlook.com', 'mail.example.com', 'corp.acme.io', 'rediffmail.com', 'wp.pl', 'hotmail.es'];
  const d = f.helpers.arrayElement(domains);
  const local = f.helpers.arrayElement([`${a}.${b}`, `${a}${f.number.int(99)}`, `${a}+crm`, `${a}_${b}`, `${a[0]}${b}`]);
  const e = `${local}@${d}`;
  return f.number.int(9) === 0 ? e.toUpperCase() : e;
}

const US_AREAS = ['201', '212', '303', '312', '415', '512', '617', '646', '702', '718', '773', '818', '917', '206', '305'];
/** A phone number that libphonenumber (full metadata) calls valid, in one of many written forms. */
export function phone(f: Rng): string {
  for (;;) {
    const p = phoneForm(f);
    const intl = p.startsWith('+') ? p : undefined;
    const parsed = intl ? parsePhoneNumberFromString(intl) : (['IN', 'US', 'GB'] as const).map((c) => parsePhoneNumberFromString(p, c)).find((x) => x?.isValid());
    if (parsed?.isValid()) return p;
  }
}

function phoneForm(f: Rng): string {
  const kind = f.number.int(9);
  const in10 = `${f.helpers.arrayElement(['9', '8', '7', '6'])}${digits(f, 9)}`;
  const us = `${f.helpers.arrayElement(US_AREAS)}${f.number.int({ min: 2, max: 9 })}${digits(f, 2)}${digits(f, 4)}`;
  switch (kind) {
    case 0: return `+91 ${in10.slice(0, 5)} ${in10.slice(5)}`;
    case 1: return f.helpers.arrayElement([`0${in10}`, in10, `+91-${in10}`, `+91${in10}`]);
    case 2: return f.helpers.arrayElement([`(${us.slice(0, 3)}) ${us.slice(3, 6)}-${us.slice(6)}`, `${us.slice(0, 3)}-${us.slice(3, 6)}-${us.slice(6)}`]);
    case 3: return f.helpers.arrayElement([`+1 ${us.slice(0, 3)} ${us.slice(3, 6)} ${us.slice(6)}`, `+1-${us.slice(0, 3)}-${us.slice(3, 6)}-${us.slice(6)}`, `+1${us}`]);
    case 4: return f.helpers.arrayElement([`+44 20 7946 ${digits(f, 4)}`, `020 7946 ${digits(f, 4)}`, `+44 7911 ${digits(f, 6)}`]);
    case 5: return `+48 ${f.helpers.arrayElement(['601', '502', '795', '881'])} ${digits(f, 3)} ${digits(f, 3)}`;
    case 6: return `+34 ${f.helpers.arrayElement(['612', '655', '699'])} ${digits(f, 3)} ${digits(f, 3)}`;
    case 7: return f.helpers.arrayElement([`+49 30 ${digits(f, 8)}`, `+33 6 ${group(digits(f, 8), [2, 2, 2, 2], ' ')}`]);
    default: return `${in10.slice(0, 5)} ${in10.slice(5)}`;
  }
}

/**
 * A European national number as people write it, without a country code, that libphonenumber (full
 * metadata) calls valid for its country: Spain, Poland, Germany, France, Italy, the Netherlands and
 * Portugal, mobiles and landlines, grouped the local way or not at all.
 */
export function europeanPhone(f: Rng): string {
  for (;;) {
    const [country, text] = europeanPhoneForm(f);
    if (parsePhoneNumberFromString(text, country)?.isValid()) return text;
  }
}

function europeanPhoneForm(f: Rng): [CountryCode, string] {
  switch (f.number.int(6)) {
    case 0: {
      const n = `${f.helpers.arrayElement(['6', '7', '9'])}${digits(f, 8)}`;
      return ['ES', f.helpers.arrayElement([group(n, [3, 3, 3], ' '), n, group(n, [3, 2, 2, 2], ' ')])];
    }
    case 1: {
      const n = `${f.helpers.arrayElement(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'])}${digits(f, 7)}`;
      return ['PL', f.helpers.arrayElement([group(n, [3, 3, 3], ' '), group(n, [3, 3, 3], '-'), n])];
    }
    case 2: {
      const mobile = `015${f.helpers.arrayElement(['1', '2', '7', '9'])}${digits(f, 7)}`;
      const city = `0${f.helpers.arrayElement(['30', '40', '89', '221', '69'])}`;
      const landline = `${city} ${digits(f, 7)}`;
      return ['DE', f.helpers.arrayElement([group(mobile, [4, 7], ' '), mobile, landline, `(${city}) ${digits(f, 7)}`])];
    }
    case 3: {
      const n = `0${f.helpers.arrayElement(['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(f, 8)}`;
      return ['FR', f.helpers.arrayElement([group(n, [2, 2, 2, 2, 2], ' '), group(n, [2, 2, 2, 2, 2], '.'), n])];
    }
    case 4: {
      const mobile = `3${f.helpers.arrayElement(['20', '28', '33', '35', '38', '40', '47', '49', '66', '88', '92'])}${digits(f, 7)}`;
      const landline = `0${f.helpers.arrayElement(['2', '6'])}${digits(f, 8)}`;
      return ['IT', f.helpers.arrayElement([group(mobile, [3, 3, 4], ' '), mobile, group(landline, [2, 4, 4], ' ')])];
    }
    case 5: {
      const mobile = `06${digits(f, 8)}`;
      return ['NL', f.helpers.arrayElement([group(mobile, [2, 8], '-'), group(mobile, [2, 4, 4], ' '), `020 ${digits(f, 3)} ${digits(f, 4)}`])];
    }
    default: {
      const n = `9${f.helpers.arrayElement(['1', '2', '3', '6'])}${digits(f, 7)}`;
      return ['PT', f.helpers.arrayElement([group(n, [3, 3, 3], ' '), n, `21 ${digits(f, 3)} ${digits(f, 4)}`])];
    }
  }
}

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** A Spanish DNI ("12345678Z", "12345678-Z") or NIE ("X1234567L") with its control letter; `valid: false` gives a wrong one. */
export function nif(f: Rng, valid = true): string {
  const nie = f.number.int(3) === 0;
  const lead = nie ? f.helpers.arrayElement(['X', 'Y', 'Z']) : '';
  const digits = nie ? digits7(f) : `${f.number.int({ min: 1, max: 9 })}${digits7(f)}`;
  const n = Number(`${lead === '' ? '' : 'XYZ'.indexOf(lead)}${digits}`);
  const right = NIF_LETTERS[n % 23]!;
  const letter = valid ? right : NIF_LETTERS[(n + 1 + f.number.int(21)) % 23]!;
  return `${lead}${digits}${f.number.int(4) === 0 ? '-' : ''}${letter}`;
}
const digits7 = (f: Rng): string => Array.from({ length: 7 }, () => f.number.int(9)).join('');

/** A Polish PESEL with a real birth date (1940–2009) and its check digit. */
export function pesel(f: Rng): string {
  const year = f.number.int({ min: 1940, max: 2009 });
  const month = f.number.int({ min: 1, max: 12 }) + (year >= 2000 ? 20 : 0);
  const day = f.number.int({ min: 1, max: 28 });
  const base = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${digits(f, 4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(base[i]) * w[i]!;
  return base + String((10 - (sum % 10)) % 10);
}

function withLuhn(prefix: string, len: number, f: Rng): string {
  const body = prefix + digits(f, len - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  return body + '0';
}
export function creditCard(f: Rng): string {
  const [prefix, len] = f.helpers.arrayElement([['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['37', 15], ['6011', 16], ['60', 16], ['35', 16], ['4', 13], ['62', 19]] as const);
  const n = withLuhn(prefix, len, f);
  const sep = f.helpers.arrayElement([' ', '-', '']);
  if (len === 15) return group(n, [4, 6, 5], sep);
  return group(n, [4, 4, 4, 4, 3], sep);
}
export function luhnInvalid16(f: Rng): string {
  let n = withLuhn('4', 16, f);
  n = n.slice(0, 15) + String((Number(n[15]) + 1 + f.number.int(7)) % 10);
  return group(n, [4, 4, 4, 4], f.helpers.arrayElement([' ', '-', '']));
}

export function iban(f: Rng): string {
  const [cc, bban] = f.helpers.arrayElement([
    ['DE', () => digits(f, 18)], ['GB', () => letters(f, 4) + digits(f, 14)], ['FR', () => digits(f, 23)],
    ['ES', () => digits(f, 20)], ['PL', () => digits(f, 24)], ['NL', () => letters(f, 4) + digits(f, 10)], ['IT', () => letters(f, 1) + digits(f, 22)],
  ] as const);
  const b = bban();
  const numeric = (b + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const iban = cc + String(98 - rem).padStart(2, '0') + b;
  return f.datatype.boolean() ? iban : iban.replace(/(.{4})/g, '$1 ').trim();
}

export function ip(f: Rng): string {
  const kind = f.number.int(5);
  const h = (): string => f.number.hex({ min: 1, max: 0xffff });
  if (kind <= 2) return `${f.number.int({ min: 11, max: 223 })}.${f.number.int(255)}.${f.number.int(255)}.${f.number.int({ min: 1, max: 254 })}`;
  if (kind === 3) return `2001:db8:${h()}:${h()}::${h()}`;
  if (kind === 4) return `fe80::${h()}:${h()}%eth0`;
  return `${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

export function ssn(f: Rng): string {
  const area = String(f.number.int({ min: 1, max: 899 })).padStart(3, '0').replace(/^666$/, '667');
  return `${area}-${String(f.number.int({ min: 1, max: 99 })).padStart(2, '0')}-${String(f.number.int({ min: 1, max: 9999 })).padStart(4, '0')}`;
}
export function itin(f: Rng): string {
  const g = f.helpers.arrayElement([70, 75, 80, 88, 90, 92, 94, 99, 50, 65]);
  return `9${digits(f, 2)}-${g}-${digits(f, 4)}`;
}
export function aadhaar(f: Rng, valid = true): string {
  const body = `${f.number.int({ min: 2, max: 9 })}${digits(f, 10)}`;
  const c = verhoeffCheckDigit(body);
  const n = body + (valid ? c : (c + 1 + f.number.int(8)) % 10);
  return group(n, [4, 4, 4], f.helpers.arrayElement([' ', ' ', '-', '']));
}
export function pan(f: Rng): string {
  return letters(f, 3) + f.helpers.arrayElement(['P', 'P', 'P', 'C', 'H', 'F']) + letters(f, 1) + digits(f, 4) + letters(f, 1);
}
export function gstin(f: Rng): string {
  const first14 = String(f.number.int({ min: 1, max: 37 })).padStart(2, '0') + pan(f) + f.helpers.arrayElement(['1', '2', 'A']) + 'Z';
  return first14 + gstinCheckChar(first14);
}
export function upi(f: Rng, name: string): string {
  const base = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '').slice(0, 10) || 'pay';
  const local = f.datatype.boolean() ? base : `${f.helpers.arrayElement(['9', '8', '7'])}${digits(f, 9)}`;
  return `${local}@${f.helpers.arrayElement(['okicici', 'ybl', 'paytm', 'oksbi', 'okhdfcbank', 'axl', 'ibl', 'upi'])}`;
}
export function ifsc(f: Rng): string {
  return `${f.helpers.arrayElement(['HDFC', 'SBIN', 'ICIC', 'UTIB', 'KKBK', 'PUNB', 'BARB', 'YESB'])}0${digits(f, 6)}`;
}
export function passport(f: Rng): string {
  return `${letters(f, 1, 'ABCDEFGHJKLMNPRSTUVWZ')}${f.number.int({ min: 1, max: 9 })}${digits(f, 6)}`;
}
export function nino(f: Rng): string {
  const n = `${letters(f, 1, 'ABCEHJKLMPRSTWXY')}${letters(f, 1, 'ABCEHJKLMPRSTWXY')}${digits(f, 6)}${letters(f, 1, 'ABCD')}`;
  return f.datatype.boolean() ? n : `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n[8]}`;
}

// --- Slots added for the fresh held-out set (templates-fresh.ts). Only new slots call these, so
// every existing slot's output is unchanged.

/** Letters of a name as people put them in an address: no accents, no punctuation, lower case. */
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase() || 'user';

/**
 * An e-mail address written to dodge scrapers, the ways people type one into a chat or a form:
 * "ravi.kumar at gmail dot com", "ravi(at)gmail.com", "ravi [at] gmail [dot] com", "ravi @ gmail.com",
 * "RAVI AT GMAIL DOT COM", "ravi dot kumar at outlook dot com", "ravi_k at yahoo", "ravi{at}wp.pl".
 */
export function spelledEmail(f: Rng): string {
  const a = plain(f.person.firstName());
  const b = plain(f.person.lastName());
  const domain = f.helpers.arrayElement(['gmail.com', 'yahoo.co.in', 'outlook.com', 'hotmail.es', 'wp.pl', 'o2.pl', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'ziggo.nl', 'sapo.pt', 'icloud.com', 'rediffmail.com', 'protonmail.com']);
  const local = f.helpers.arrayElement([`${a}.${b}`, `${a}${f.number.int({ min: 1, max: 99 })}`, `${a}_${b}`, `${a[0]}${b}`, a]);
  const [host = 'gmail', ...rest] = domain.split('.');
  const tld = rest.join('.');
  const spell = (at: string, dot: string, dotsInLocal = false): string =>
    `${dotsInLocal ? local.split('.').join(dot) : local}${at}${host}${dot}${tld.split('.').join(dot)}`;
  const form = f.number.int(11);
  switch (form) {
    case 0: return spell(' at ', ' dot ');
    case 1: return spell('(at)', '.');
    case 2: return spell(' [at] ', ' [dot] ');
    case 3: return spell(' @ ', '.');
    case 4: return spell(' AT ', ' DOT ').toUpperCase();
    case 5: return spell(' at ', ' dot ', true);
    case 6: return `${local} at ${f.helpers.arrayElement(['gmail', 'yahoo', 'outlook', 'hotmail'])}`;
    case 7: return spell('{at}', '.');
    case 8: return spell(' (at) ', ' (dot) ');
    case 9: return spell('[at]', '[dot]');
    case 10: return spell('@ ', '.');
    default: return spell(' at ', '.');
  }
}

/** A name with initials: "R. Sharma", "A.K. Verma", "Ravi S.", "John Q. Miller", "K. L. Rahul". */
export function initialledName(f: Rng): string {
  const first = f.person.firstName();
  const last = f.person.lastName();
  const i = (s: string): string => s[0] ?? 'A';
  switch (f.number.int(4)) {
    case 0: return `${i(first)}. ${last}`;
    case 1: return `${i(first)}.${i(f.person.firstName())}. ${last}`;
    case 2: return `${first} ${i(last)}.`;
    case 3: return `${first} ${i(f.person.firstName())}. ${last}`;
    default: return `${i(first)}. ${i(last)}. ${f.person.firstName()}`;
  }
}

/** A family name alone, as after "Mr.", "Sra.", "Pani", "Herr", "Mme". */
export function surname(f: Rng): string {
  return f.person.lastName();
}

/** A name the way exports and forms put it: "Kumar, Ravi", "KOWALSKI Jan", "García López, María". */
export function reversedName(f: Rng): string {
  const first = f.person.firstName();
  const last = f.person.lastName();
  switch (f.number.int(2)) {
    case 0: return `${last}, ${first}`;
    case 1: return `${last.toUpperCase()} ${first}`;
    default: return `${last} ${f.person.lastName()}, ${first}`;
  }
}
