import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.ts';

const detect = createDetector({ entities: ['PERSON'], custom: [], allowTerms: [] });
const names = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));

describe('PERSON', () => {
  it.each([
    ['Hi Sneha, your order shipped.', ['Sneha']],
    ['hi sneha pls check', ['sneha']],
    ['my name is ravi kumar and I need help', ['ravi kumar']],
    ['This is Ravi from Acme Realty.', ['Ravi']],
    ['Thanks for the update.\nRegards,\nRavi Kumar', ['Ravi Kumar']],
    ['Saludos,\nJosé García López', ['José García López']],
    ['Pozdrawiam,\nŁukasz Wiśniewski', ['Łukasz Wiśniewski']],
    ['Dear Mr. O\'Brien, thank you.', ["O'Brien"]],
    ['Please ask Shri Ramesh Iyer to sign.', ['Ramesh Iyer']],
    ['Dr. Agnieszka Kowalska will call.', ['Agnieszka Kowalska']],
    ['Customer name: Priya Nair', ['Priya Nair']],
    ['pls ask rahul sharma to call back', ['rahul sharma']],
    ['Meeting with Juan de la Cruz tomorrow', ['Juan de la Cruz']],
    ['KYC for RAVI KUMAR: PAN pending', ['RAVI KUMAR']],
    ["Ravi's order is late", ['Ravi']],
    ['ok pilar 👍 see you', ['pilar']],
    ['Amrita here, order pending', ['Amrita']],
    // A list of first names makes its line look like a Title Case heading; the items are still names.
    ['Attendees: Ravi, Priya, John and Sneha', ['Ravi', 'Priya', 'John', 'Sneha']],
    ['Participants: Neha, Arjun & Kavya.', ['Neha', 'Arjun', 'Kavya']],
    // "van" / "von" after a given name lead to the surname, listed or not.
    ['Pieter van der Berg from Rotterdam called', ['Pieter van der Berg']],
    ['Ursula von der Leyen spoke first', ['Ursula von der Leyen']],
    // "Mohd." and "Md" (Mohammed) before a name, as an honorific is.
    ['Mohd. Salim paid in cash', ['Salim']],
    ['Md Rafiq wants a refund', ['Rafiq']],
    // A sign-off on the name's own line.
    ['Thanks & regards, Krishnamurthy', ['Krishnamurthy']],
    ['Warm regards - Anil Verma', ['Anil Verma']],
    // "I" is the pronoun; "I." an initial.
    ['Dear I. K. Gujral,', ['I. K. Gujral']],
    // A contraction after a greeting is not the name: it introduces it.
    ["Hi, I'm Aditya.", ['Aditya']],
    ['Hi, I’m Aditya.', ['Aditya']],
    ["Hello, I'm Priya from Acme", ['Priya']],
    // Labels of people's roles, and "… by" phrases.
    ['Interviewer: Mrs. Iyer; Candidate: Harshavardhan Reddy', ['Iyer', 'Harshavardhan Reddy']],
    ['Patient: Ramesh Babu, 45', ['Ramesh Babu']],
    ['Lead owner: Oluwaseun Adeyemi', ['Oluwaseun Adeyemi']],
    ['Ticket raised by Zorblat Qwenth', ['Zorblat Qwenth']],
    // Initials before a surname the lexicon lacks; after initials, a name that is also a stop word.
    ['Call back C.B. Zorblat re: renewal', ['C.B. Zorblat']],
    ['Prospect S. Qwenth wants a demo', ['S. Qwenth']],
    ['Dhr. B. M. Kumari heeft gebeld over de factuur', ['B. M. Kumari']],
    // A trailing initial after a given name; an unlisted given name before an initial and a surname.
    ['Call back Gustavo G. re: renewal', ['Gustavo G.']],
    ['Call back Zorblat D. Desai re: renewal', ['Zorblat D. Desai']],
    ['Ravi Kumar S. called', ['Ravi Kumar']],
    // In a Title Case line, an unlisted word beside a listed name.
    ['Follow Up Call With Zorblat Mehra Re: Q3 Renewal For Acme', ['Zorblat Mehra']],
    // Verbs of other languages after a name are not part of it.
    ['Frau Müller hat angerufen', ['Müller']],
    ['Mme Dubois souhaite déplacer le rendez-vous', ['Dubois']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Will you confirm the order?',
    "Hi, we're moving the call to Friday.",
    'Agenda: Budget, Hiring, Marketing And Sales',
    'Regards, Team Acme',
    'hi, I need help with my order',
    'Thanks, I will check and revert.',
    'see the md file',
    'MD approved it',
    'sir mera order kab aayega?',
    'madam aapka payment ho gaya',
    'Best regards, Sales',
    'Team: Grace, Hope And Faith',
    'Quarterly Review: Sales, Support And Hiring In The North Region',
    "Hi, I've sent it.",
    "ok, I'd like a refund",
    "Thanks, I'll check and revert.",
    'Mark the task as done.',
    'Grace period ends on Friday.',
    'Warehouse moved to Hope Street.',
    'Chase Bank approved the loan.',
    'See you in May.',
    'Quarterly Review: Sales Up In The North Region',
    'Reference UUID ada6d6c7-9b99-4e16-b635-0a1b2c3d4e5f',
    'user_ravi logged in',
    'ok will do',
    'Hi team, hello everyone, dear customer',
    'KYC PAN UPI GSTIN IFSC OTP',
    'Host: TBD',
    'Name: None',
    'Assignee: Unassigned',
    'Lead: Facebook ad',
    'Candidate: Strong fit',
    'Go with Option B. Premium costs more.',
    'DNI 79642198-Y. Documento anterior anulado',
    // "More" is a hand-listed surname; in lowercase chat it is the word.
    'i want more info pls',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Señor Qwertaño llegará mañana.', ['Qwertaño']],
    ['Buenos días Zibrelda, su pedido está listo.', ['Zibrelda']],
    ['Dzień dobry Xavrik, zamówienie wysłane.', ['Xavrik']],
    ['Nazywam się Brzęczykiewski i mam pytanie.', ['Brzęczykiewski']],
    ['Z poważaniem,\nQuorbal', ['Quorbal']],
  ])('accented cue words count like plain ones (unknown name after the cue): %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('does not take Spanish function words that are also given names for names', () => {
    expect(names('su pedido está listo, pero esta semana no hay una entrega')).toEqual([]);
  });
});

describe('PERSON beside places', () => {
  it.each([
    // Particles that are everyday words elsewhere ("del", "los") still join a name.
    ['Aadhaar verified for María del Carmen Garica Centeno.', ['María del Carmen Garica Centeno']],
    ['hello María del Carmen! ur delivery is out today', ['María del Carmen']],
    // After particles, an unlisted word carries the name on when a listed name follows it.
    ['Refund approved by María de los Ángeles Méndez Brito for SKU-1', ['María de los Ángeles Méndez Brito']],
    // A surname that is also a town's name, after a given name or a cue, is a surname.
    ['Chargeback: cardholder Ana Burgos Menéndez', ['Ana Burgos Menéndez']],
    ['Please call Sr. Burgos tomorrow', ['Burgos']],
    ['Our prospect Alejandro Girón Delatorre called from Madrid', ['Alejandro Girón Delatorre']],
    ['The contractor Daniel Puente Arevalo filed with ITIN', ['Daniel Puente Arevalo']],
    // An honorific that does not follow "the" still announces a name.
    ['Met Sri Ramesh Babu at the expo', ['Ramesh Babu']],
    // A greeting's name stays a name before a street word.
    ['Dear Priya Lane,', ['Priya']],
    ['Ravi Kumar from Acme Software called', ['Ravi Kumar']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Town names that are also surnames, alone.
    'Campaign got 120 replies from Burgos and Oviedo.',
    'Campaign got 120 replies from Linares and Huelva.',
    'Warehouse moved to Aldea Óscar, Ávila.',
    // A place's name with a particle, and a street named after a person.
    'Shipment leaves Mollet del Vallés on viernes.',
    'Warehouse moved to Jardines María del Carmen, Pontevedra.',
    // A street word after a given name is a place unless it is only a surname.
    'pickup from Dharmaketu Brook on Monday.',
    'Warehouse moved to Soma Hills, Adoni.',
    'Warehouse moved to Khatri Light, Bhubaneswar.',
    'Delivery to Somayaji Brooks failed.',
    // "the Sri …", "the Dr …": an honorific after "the" starts a place's or a thing's name.
    'Lead from the Sri Madhopur Expo in January',
    // Business words after a name, street words inside a hyphenated name, place labels before one.
    'Fleet deal: 12 vans for Zara Logistics; invoice to follow',
    'KYC docs for Shree Ganesh Traders (proprietorship)',
    'Bill to M/s Sharma Traders',
    'Firmensitz Karl-Marx-Straße 10, Berlin',
    'Adres biura: al. Jana Pawła II 27, Warszawa.',
    'Lead form\nCity: Vigo\nBudget: 12 lakh',
    'Order #7862731533 - Rs. 33592 - Processed',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON after the number it belongs to', () => {
  it.each([
    ['Rückruf erbeten: Tel. 692 312 459 (Zorblat). Rechnung offen.', ['Zorblat']],
    ['proszę o kontakt, tel. 787 781 048 — Qwendolyn. zamówienie 0513552', ['Qwendolyn']],
    ['Call 98450 12345 - Ravi Kumar.', ['Ravi Kumar']],
    ['alt number +91 98450 12345(Zorblat)', ['Zorblat']],
    // Right after the number, before a dash; lowercase only where it ends the line.
    ['ok noted. +44 7911 716846 Zorblat – call after 6', ['Zorblat']],
    ['pls save my no 72726 12948 - zorblat', ['zorblat']],
    // Before the number, at a line's start, in lists of visitors.
    ['Zorblat +34 699 829 080 will collect the keys', ['Zorblat']],
    // (lowercase, only a listed name)
    ['site visit pe:\nZorblat +33 6 89 17 68 86\nvidhya 63767 57982', ['Zorblat', 'vidhya']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Order 12345 (Pending)', // too few digits for a phone
    'Room 12 (Deluxe)',
    'ref 2024-03-15 - Pending.', // a date
    'call 98450 12345 (Landline)',
    'call 98450 12345 (WhatsApp)',
    'Call 1800 123 456 (Toll Free)',
    'call 98450 12345 (Zorblat is the office)', // no closing bracket after the word
    'call 98450 12345 - Zorblat will pick up', // the clause goes on
    'Order 12345678 shipped',
    'Dossier 490494255: see the attached file',
    'Invoice 12345678 attached',
    'passport 12199940',
    'Passport 1219994025',
    'site visit pe:\nzorblat 63767 57982',
    'Order #7862731533 - Rs. 33592 - Processed',
    'Address Proof: Zorblat Brooks, Tirunelveli. Occupation: Lead Planner.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON signing off a chat message', () => {
  it.each([
    ['payment 8345429264@upi se karunga. Ravi', ['Ravi']],
    ['can you deliver before Diwali? - zorblat', ['zorblat']],
    ['hey! met ur colleague Zorblat at the Pune expo', ['Zorblat']],
    ['oi Jordi! o meu número novo', ['Jordi']],
    ['Sig. Qwenth Zorblat ha chiesto il preventivo', ['Qwenth Zorblat']],
    ['Attendees: Devani Desai, G. Jain, Puneet (Head of Partnerships)', ['Devani Desai', 'G. Jain', 'Puneet']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Order shipped. Tracking',
    'see you soon - bye',
    'Status update - Processed',
    'Thanks. Regards',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('PERSON in Cyrillic and Devanagari, after a cue (no name list in these scripts)', () => {
  it.each([
    ['Меня зовут Иван Петров', ['Иван Петров']],
    ['Здравствуйте, Анна! Ваш заказ готов.', ['Анна']],
    ['Уважаемый Сергей Николаевич,', ['Сергей Николаевич']],
    ['мене звати Олена Коваленко', ['Олена Коваленко']],
    ['С уважением,\nОльга Иванова', ['Ольга Иванова']],
    ['मेरा नाम राहुल शर्मा है', ['राहुल शर्मा']],
    ['श्री रमेश अय्यर से बात करें', ['रमेश अय्यर']],
    ['नमस्ते सुनीता जी', ['सुनीता']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Здравствуйте, Ваш заказ готов.',
    'नमस्ते जी, आपका ऑर्डर भेज दिया गया है',
    'Иван Петров', // no cue: capitals alone say nothing in a script the lexicon has no names for
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
