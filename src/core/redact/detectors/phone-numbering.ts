import { CALLING_CODES_JSON, PHONE_PLANS } from './phone-plans.ts';

/**
 * Phone number validity from precompiled numbering plans (phone-plans.ts, generated from
 * libphonenumber-js min metadata), without libphonenumber at run time. It follows the steps of
 * libphonenumber-js 1.13 `parsePhoneNumberFromString(text, region?, metadata)?.isValid()` for the
 * candidates the phone detector passes (ASCII digits, one leading '+', separators): calling code,
 * IDD prefix, national prefix stripping, country by leading digits or number type, then the
 * national number pattern. Every RegExp is compiled once per country instead of once per call.
 * phone-numbering.test.ts checks it against libphonenumber-js on a large generated set.
 */
/** A number type: pattern, possible lengths or 0, and for long patterns its alternatives by first digit. */
type RawType = [string, number[] | 0, [string, number][]?];
type RawPlan = [string, string, string, number[] | 0, string, string, string, string, RawType[] | 0];

/** A number type's pattern, compiled on first use, or per first digit when the pattern is long. */
interface NumberType {
  source: string;
  whole: RegExp | undefined;
  lengths: number[] | undefined;
  parts: [string, number][] | undefined;
  /** Per first digit: the alternatives that can start with it (null: none can). */
  byDigit: (RegExp | null | undefined)[];
}

interface Plan {
  callingCode: string;
  /** The calling code as a number, its index in `codesTable()`. */
  code: number;
  idd: RegExp | undefined;
  national: RegExp;
  lengths: number[] | undefined;
  nationalPrefix: string;
  prefixForParsing: RegExp | undefined;
  transform: string;
  leading: RegExp | undefined;
  /** undefined: the metadata has no number types for this country. */
  types: NumberType[] | undefined;
}

/**
 * EEA countries and Switzerland, the European markets in the plans, most likely first (the
 * corpus's Spanish and Polish customers, then by population): national numbers without a country
 * code are read as theirs only after a phone cue (phone.ts).
 */
export const EUROPEAN_REGIONS = ['ES', 'PL', 'DE', 'FR', 'IT', 'NL', 'PT', 'BE', 'AT', 'IE', 'CH', 'SE', 'DK', 'NO', 'FI', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'LT', 'LV', 'EE', 'LU', 'MT', 'CY'] as const;
export type Region = 'IN' | 'US' | 'GB' | (typeof EUROPEAN_REGIONS)[number];
/** The result when libphonenumber would return no number at all (parse error). */
export const NOT_PARSED = -1;

/**
 * Countries by calling code, at the code's number (no code starts with 0, so its digits name it
 * alone): an array read instead of a property lookup with a string key, on every candidate.
 */
let callingCodes: (string[] | undefined)[] | undefined;
const compiled = new Map<string, Plan>();

function codesTable(): (string[] | undefined)[] {
  if (callingCodes !== undefined) return callingCodes;
  const table = new Array<string[] | undefined>(1000).fill(undefined); // dense: codes go up to 998
  for (const [code, countries] of Object.entries(JSON.parse(CALLING_CODES_JSON) as Record<string, string[]>)) table[Number(code)] = countries;
  return (callingCodes = table);
}
const entire = (p: string): RegExp => new RegExp(`^(?:${p})$`);
const prefix = (p: string): RegExp => new RegExp(`^(?:${p})`);

function planOf(country: string): Plan {
  let plan = compiled.get(country);
  if (plan !== undefined) return plan;
  const raw = JSON.parse(PHONE_PLANS[country]!) as RawPlan;
  plan = {
    callingCode: raw[0],
    code: Number(raw[0]),
    idd: raw[1] ? new RegExp(raw[1]) : undefined,
    national: entire(raw[2]),
    lengths: raw[3] === 0 ? undefined : raw[3],
    nationalPrefix: raw[4],
    prefixForParsing: raw[5] ? prefix(raw[5]) : undefined,
    transform: raw[6],
    leading: raw[7] ? prefix(raw[7]) : undefined,
    // Validity asks whether any type matches, so the order is free: short patterns first, so a
    // number of a simple type never compiles the long fixed-line pattern.
    types: raw[8] === 0 ? undefined : [...raw[8]].sort((a, b) => a[0].length - b[0].length).map(([source, l, parts]) => ({ source, whole: undefined, lengths: l === 0 ? undefined : l, parts, byDigit: [] })),
  };
  compiled.set(country, plan);
  return plan;
}

/** A calling code and the digits after it. The code is a number (see `codesTable`), never parsed from a string. */
interface Split {
  code: number;
  rest: string;
}

const countriesOf = (code: number): string[] | undefined => codesTable()[code];
/** The plan libphonenumber selects for a calling code: its main country's. */
const mainPlan = (code: number): Plan => planOf(countriesOf(code)![0]!);

/** True when a one- to three-digit prefix of `digits` is a calling code in the tables. */
export function hasKnownCallingCode(digits: string): boolean {
  return callingCodeOf(digits) !== 0;
}

/**
 * The calling code that starts `digits` (ASCII digits only), the shortest of its first one to three
 * digits in the tables, or 0 for none. It has as many digits as its value has (no code starts with 0).
 */
function callingCodeOf(digits: string): number {
  if (digits.charCodeAt(0) === 48) return 0;
  const codes = codesTable();
  let code = 0;
  for (let i = 0; i < 3 && i < digits.length; i++) {
    code = code * 10 + digits.charCodeAt(i) - 48;
    if (codes[code] !== undefined) return code;
  }
  return 0;
}

/**
 * `^(?:pattern)$` on a national number. For a split pattern only the alternatives that can start
 * with the number's first digit are compiled and tried: the same answer (phone-pattern-split.ts).
 */
function typeMatches(t: NumberType, nationalNumber: string): boolean {
  if (t.parts === undefined) return (t.whole ??= entire(t.source)).test(nationalNumber);
  const d = nationalNumber.charCodeAt(0) - 48;
  if (d < 0 || d > 9) return false;
  let re = t.byDigit[d];
  if (re === undefined) {
    const alternatives = t.parts.filter(([, mask]) => (mask & (1 << d)) !== 0).map(([alternative]) => alternative);
    re = alternatives.length === 0 ? null : entire(alternatives.join('|'));
    t.byDigit[d] = re;
  }
  return re !== null && re.test(nationalNumber);
}

/** getNumberType(...) !== undefined for a plan with types. */
function hasNumberType(plan: Plan, nationalNumber: string): boolean {
  if (!plan.national.test(nationalNumber)) return false;
  for (const t of plan.types!) {
    const lengths = t.lengths ?? plan.lengths;
    if (lengths !== undefined && !lengths.includes(nationalNumber.length)) continue;
    if (typeMatches(t, nationalNumber)) return true;
  }
  return false;
}

/**
 * The plan and national number of the last `countryByCallingCode` answer that was chosen because
 * `hasNumberType(plan, nationalNumber)` held: `phoneValidity` then knows its final check's answer
 * (the same pure test on the same arguments) instead of running the type patterns again.
 */
let typedPlan: Plan | undefined;
let typedNumber = '';

/** getCountryByCallingCode: the only country, or the first whose leading digits (or number types) fit. */
function countryByCallingCode(code: number, nationalNumber: string): string | undefined {
  const countries = countriesOf(code);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = planOf(country);
    if (plan.leading !== undefined) {
      if (nationalNumber !== '' && plan.leading.test(nationalNumber)) return country;
    } else if (plan.types !== undefined && hasNumberType(plan, nationalNumber)) {
      typedPlan = plan;
      typedNumber = nationalNumber;
      return country;
    }
  }
  return undefined;
}

/** checkNumberLength: 'short', 'long', 'invalid' or 'ok'. */
function lengthCheck(nationalNumber: string, plan: Plan): 'short' | 'long' | 'invalid' | 'ok' {
  const lengths = plan.lengths;
  if (lengths === undefined) return 'ok';
  const n = nationalNumber.length;
  if (lengths[0] === n) return 'ok';
  if (lengths[0]! > n) return 'short';
  if (lengths[lengths.length - 1]! < n) return 'long';
  return lengths.indexOf(n, 1) >= 0 ? 'ok' : 'invalid';
}

/** extractNationalNumber: strip the national prefix (or apply its transform) when that is plausible. */
function nationalNumberOf(number: string, plan: Plan): string {
  const re = plan.prefixForParsing;
  if (number === '' || re === undefined) return number;
  const m = re.exec(number);
  if (m === null) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && Boolean(m[groups]);
  const stripped = plan.transform !== '' && captured ? number.replace(re, plan.transform) : number.slice(m[0].length);
  if (stripped === number) return number;
  if (plan.national.test(number) && !plan.national.test(stripped)) return number;
  if (plan.lengths !== undefined) {
    const country = countryByCallingCode(plan.code, stripped);
    const check = lengthCheck(stripped, country === undefined ? plan : planOf(country));
    if (check === 'short' || check === 'invalid') return number;
  }
  return stripped;
}

/** extractCountryCallingCodeFromInternationalNumberWithoutPlusSign ("919845012345" read in IN). */
function callingCodeWithoutPlus(number: string, region: Region): Split | undefined {
  const plan = planOf(region);
  if (!number.startsWith(plan.callingCode)) return undefined;
  const shorter = number.slice(plan.callingCode.length);
  const shorterNational = nationalNumberOf(shorter, plan);
  const national = nationalNumberOf(number, plan);
  if ((!plan.national.test(national) && plan.national.test(shorterNational)) || lengthCheck(national, plan) === 'long') {
    return { code: plan.code, rest: shorter };
  }
  return undefined;
}

/** extractCountryCallingCode for "+…" (after any IDD prefix was turned into '+'). */
function callingCodeAfterPlus(digits: string): Split | undefined {
  const code = callingCodeOf(digits);
  return code === 0 ? undefined : { code, rest: digits.slice(code < 10 ? 1 : code < 100 ? 2 : 3) };
}

/**
 * Validity of a phone candidate: 1 valid, 0 invalid, NOT_PARSED (-1) where libphonenumber-js
 * returns undefined. `text` holds ASCII digits, separators and at most a leading '+'.
 */
export function phoneValidity(text: string, region?: Region): number {
  let digits = '';
  let plus = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
    else if (c === 43 && digits === '' && !plus) plus = true;
  }
  let split: Split | undefined;
  let country: string | undefined;
  if (plus) {
    split = callingCodeAfterPlus(digits);
    if (split === undefined) return NOT_PARSED;
  } else if (region !== undefined) {
    const idd = planOf(region).idd;
    const m = idd === undefined ? null : idd.exec(digits);
    const afterIdd = m !== null && m.index === 0 ? digits.slice(m[0].length) : undefined;
    if (afterIdd !== undefined && afterIdd !== '' && afterIdd[0] !== '0') {
      split = callingCodeAfterPlus(afterIdd);
      if (split === undefined) return NOT_PARSED;
    } else {
      split = callingCodeWithoutPlus(digits, region);
      if (split === undefined) {
        if (digits === '') return NOT_PARSED;
        country = region;
        split = { code: planOf(region).code, rest: digits };
      }
    }
  } else return NOT_PARSED;
  if (split.rest === '') return NOT_PARSED;
  const nationalNumber = nationalNumberOf(split.rest, country !== undefined ? planOf(country) : mainPlan(split.code));
  typedPlan = undefined;
  const exact = countryByCallingCode(split.code, nationalNumber);
  if (exact !== undefined) country = exact;
  if (nationalNumber.length < 2 || nationalNumber.length > 17) return NOT_PARSED;
  const plan = country !== undefined ? planOf(country) : mainPlan(split.code);
  if (plan.types !== undefined) return (plan === typedPlan && nationalNumber === typedNumber) || hasNumberType(plan, nationalNumber) ? 1 : 0;
  return plan.national.test(nationalNumber) ? 1 : 0;
}
