import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../engine.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const persons = (text: string): string[] => detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));

/** Names no list holds ("Zorvath", "Quenbar"), found by what stands around them: forms the fourteenth blind set showed missing. */
describe('PERSON: unlisted names by their context', () => {
  it.each([
    // After a role's word, a lowercase word (a verb) after the name closes it as a name would.
    ['customer Zorvath bol raha hai usne request nahi ki', ['Zorvath']],
    ['customer Zorvath said the parcel was open', ['Zorvath']],
    // A name glossed with a relation, in brackets or after "of".
    ['Referral 🙌 Zorvath (my cousin) wants spoken-English classes', ['Zorvath']],
    ['Parent callback: Aasha Varman (father of Quenbar, JEE 2026 batch B)', ['Aasha Varman', 'Quenbar']],
    // A tradesperson's word, a job given to someone, "my name" in Telugu, Tamil and Marathi.
    ['sir, electrician Zorvath number kudunga? wiring problem', ['Zorvath']],
    ['Monteur: Zorvath Quenbar\nAuftragsnr. 2024-1187', ['Zorvath Quenbar']],
    ['Telugu-medium maths tutor, evenings. Matched Zorvath — rating 4.8', ['Zorvath']],
    ['Presupuesto estimado Rs. 4500. Asignar a Zorvath.', ['Zorvath']],
    ['Termin am Montag. Przypisano do Zorvath.', ['Zorvath']],
    ['sir naa peru Zorvath, pest control ki vastunna', ['Zorvath']],
    ['Missed-call lead at 10:40 AM. Callback by Zorvath: name given as quenbar', ['Zorvath']],
    // At a salon or a till; Kannada and Urdu greetings.
    ['Loyalty card: Gold member\nCashier: Zorvath', ['Zorvath']],
    ['Brautfrisur, Termin Oktober. Zuständig: Zorvath', ['Zorvath']],
    ['Farbe Rose Gold Balayage, Stylistin Zorvath. Rechnung 4839201934', ['Zorvath']],
    ['namaskara Zorvath avare 🙏 nimma gold chain ready', ['Zorvath']],
    ['Residente não habitual. Indicado pela Dra. Zorvath.', ['Zorvath']],
    // Household services: a nurse, a rider, a sitter, a tutor; "done by"; Spanish "se llama" (is called).
    ['Nurse Zorvath checked BP 130/85, sugar 142.', ['Zorvath']],
    // School transport: the bus's attendant (the ninety-eighth set's first run).
    ['Route R-14: driver Ravi Kumar, mob +91 98450 12345; attendant Zorvath. Pickup 7:05', ['Ravi Kumar', 'Zorvath']],
    ['2 kurtas missing. Rider Zorvath, pickup 10:30 AM.', ['Zorvath']],
    ['€787.71/night. Sitter assigned: Zorvath.', ['Zorvath']],
    ['Packers & movers survey done by Zorvath. Unit 4A', ['Zorvath']],
    ['Contractor DESAI Zorvath has no SSN yet, using ITIN 987-65-4321', ['DESAI Zorvath']],
    ['Referencia 661 605 743. Nota: la abuela se llama Zorvath, 87 años.', ['Zorvath']],
    // A parent's or a child's relation in Spanish, Italian and German.
    ['Nota de llamada: la Sra. Quenbar (madre de Zorvath, 2º de ESO) pide información', ['Quenbar', 'Zorvath']],
    ['ciao a tutti 👋 sono la mamma di Zorvath (3ª A)', ['Zorvath']],
    ['Anfrage Nachhilfe: Sohn Zorvath, 9. Klasse Gymnasium', ['Zorvath']],
  ])('%j: %j', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it.each([
    ['Occupation: Customer Usability Architect.'],
    ['the Mother of Pearl shop on MG Road'],
    ['Owner reassigned from the old queue to the new one'],
  ])('%j has no name', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

/** Insurance claims' roles (the 75th blind set): the name after one is a person's. */
describe('PERSON: after an insurance role', () => {
  it.each([
    ['payment released to insured Zorvath Quenbar yesterday', ['Zorvath Quenbar']],
    ['UK motor total-loss settlement: policyholder Zorvath Quenbar, NI number pending', ['Zorvath Quenbar']],
    ['El perito asignado Zorvath Quenbar revisó el coche ayer.', ['Zorvath Quenbar']],
  ])('%j: %j', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});

/** Sports clubs' and claims' line labels (the 75th and 80th blind sets): the value is a person's name. */
describe('PERSON: after a role label at a line start', () => {
  it.each([
    ['Coaching staff roster 2025\nHead coach: Zorvath Quenbar\nAssistant: Daya', ['Zorvath Quenbar']],
    ['Claim KYC\nInsured: Zorvath Quenbar\nPAN: ARYFH0038R', ['Zorvath Quenbar']],
    ['Coach: 2 buses booked for Sunday', []],
  ])('%j: %j', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('does not read the word after "coach" in prose as a name ("Coach référent")', () => {
    expect(persons('Abonnement Premium 49 € / mois. Coach référent : Zorvath.')).not.toContain('référent');
  });
});
