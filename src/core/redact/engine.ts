import type { Detect, DetectHint, DetectorOptions } from './detector.ts';
import { addNameAnswers, addNameField, addNameFieldsInJsonText, addNameFieldsInKeyLines } from './name-fields.ts';
import type { EntityType, Finding } from './entities.ts';
import type { Recognizer } from './recognizer.ts';
import { Candidates } from './candidates.ts';
import { RECOGNIZERS } from './detectors/index.ts';
import { compileCustomEntity } from './custom.ts';
import { resolveOverlaps } from './overlaps.ts';
import { TextIndex } from './digit-runs.ts';
import { addNumberedRosters } from './name-rosters.ts';
import { addTableColumns } from './table-columns.ts';
import type { TableScan } from './table-columns.ts';
import { dropBrands } from './names/brands.ts';
import { dropNotPersons } from './names/not-persons.ts';
import { completeLowercaseSurnames, completeReversedNames, joinSplitNames } from './names/split-names.ts';

export { DEFAULT_DETECTOR_OPTIONS, createModeOf, detectorOptionsFromPolicy, modeOf } from './policy-options.ts';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isBuiltin(type: string): type is keyof typeof RECOGNIZERS {
  return Object.hasOwn(RECOGNIZERS, type);
}

/**
 * Build a detector for one policy. Everything that can be compiled (custom patterns, the
 * allow-list) is compiled here, once; the returned function is pure and allocation-light.
 */
export function createDetector(options: DetectorOptions): Detect {
  const recognizers: Recognizer[] = [];
  for (const type of new Set(options.entities)) {
    if (isBuiltin(type)) recognizers.push(RECOGNIZERS[type]);
  }
  // PERSON first: its tokenizer records the digit runs the identifier detectors share (digit-runs.ts).
  // Order changes no result: overlap ties between equal spans go by priority, and PERSON's is its own.
  const person = recognizers.indexOf(RECOGNIZERS.PERSON);
  if (person > 0) recognizers.unshift(...recognizers.splice(person, 1));
  for (const custom of options.custom) recognizers.push(compileCustomEntity(custom));
  const allowTerms = options.allowTerms.map((t) => t.trim()).filter((t) => t.length > 0);
  const allowRe = allowTerms.length > 0
    ? new RegExp(allowTerms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'giu')
    : undefined;

  const personOn = recognizers.includes(RECOGNIZERS.PERSON);
  const phoneOn = recognizers.includes(RECOGNIZERS.PHONE_NUMBER);
  const passportOn = recognizers.includes(RECOGNIZERS.IN_PASSPORT);
  const peselOn = recognizers.includes(RECOGNIZERS.PL_PESEL);
  const aadhaarOn = recognizers.includes(RECOGNIZERS.IN_AADHAAR);
  // Reused by this detector's calls (a call is synchronous: none can begin inside another).
  const candidates = new Candidates();
  const table: TableScan = { persons: personOn, phones: phoneOn, passports: passportOn, pesels: peselOn, aadhaars: aadhaarOn, notPersons: [], notPhones: [], notAadhaars: [] };
  return function detect(text: string, hint?: DetectHint): Finding[] {
    if (text.length === 0 || recognizers.length === 0) return [];
    candidates.clear();
    const index = new TextIndex(text);
    for (const r of recognizers) r.scan(text, candidates, index);
    if (personOn) {
      if (hint?.field !== undefined) addNameField(text, hint.field, candidates);
      addNameFieldsInJsonText(text, candidates);
      addNameFieldsInKeyLines(text, candidates);
      addNameAnswers(text, candidates);
      addNumberedRosters(text, candidates);
    }
    table.notPersons.length = 0;
    table.notPhones.length = 0;
    table.notAadhaars.length = 0;
    addTableColumns(text, candidates, table);
    let findings = resolveOverlaps(candidates);
    if (table.notPersons.length > 0) findings = dropInside(findings, table.notPersons, 'PERSON');
    if (table.notPhones.length > 0) findings = dropInside(findings, table.notPhones, 'PHONE_NUMBER');
    // A reference column's number is no Aadhaar number either, which one run of 12 digits in ten passes for.
    if (table.notAadhaars.length > 0) findings = dropInside(findings, table.notAadhaars, 'IN_AADHAAR');
    if (personOn) {
      findings = dropNotPersons(text, dropBrands(text, findings));
      // Whole names, not parts (names/split-names.ts).
      findings = completeLowercaseSurnames(text, completeReversedNames(text, joinSplitNames(text, findings)));
    }
    return allowRe ? dropAllowed(text, findings, allowRe) : findings;
  };
}

/**
 * Findings of `type` inside one of the spans (start, end pairs) are dropped: a company's table cell
 * holds no person, a loan account's cell no phone number. Findings come in text order; the spans are
 * taken by start, with the furthest end of those that start at or before a finding: it lies inside
 * one of them exactly when that end reaches its end.
 */
function dropInside(findings: Finding[], pairs: number[], type: EntityType): Finding[] {
  const spans: [number, number][] = [];
  for (let k = 0; k < pairs.length; k += 2) spans.push([pairs[k]!, pairs[k + 1]!]);
  spans.sort((a, b) => a[0] - b[0]);
  let k = 0;
  let reach = -1;
  return findings.filter((f) => {
    if (f.type !== type) return true;
    for (; k < spans.length && spans[k]![0] <= f.start; k++) reach = Math.max(reach, spans[k]![1]);
    return f.end > reach;
  });
}

/**
 * Allow-listed terms are never redacted: a finding is dropped when its text equals a term
 * (case-insensitive) or lies inside an occurrence of one ("support@acme.com" in an allowed
 * "support@acme.com" signature line).
 */
function dropAllowed(text: string, findings: Finding[], allowRe: RegExp): Finding[] {
  if (findings.length === 0) return findings;
  const ranges: [number, number][] = [];
  allowRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = allowRe.exec(text)) !== null) {
    if (m[0].length === 0) { allowRe.lastIndex++; continue; }
    ranges.push([m.index, m.index + m[0].length]);
    // Occurrences may overlap ("Acme help" and "help@acme.com" in "Acme help@acme.com"): the next
    // search starts one code unit on, not after this one.
    allowRe.lastIndex = m.index + 1;
  }
  if (ranges.length === 0) return findings;
  let r = 0;
  return findings.filter((f) => {
    while (r < ranges.length && ranges[r]![1] <= f.start) r++;
    for (let k = r; k < ranges.length && ranges[k]![0] <= f.start; k++) if (f.end <= ranges[k]![1]) return false;
    return true;
  });
}
