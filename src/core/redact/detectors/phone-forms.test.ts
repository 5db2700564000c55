import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from '../engine.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const phones = (text: string): string[] => detect(text).filter((f) => f.type === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

/** How people write someone's number, in forms the twelfth and thirteenth blind sets showed the engine missing. */
describe('phone numbers as people write them', () => {
  it.each([
    // US numbers with an N11 exchange: unassigned by the NANP rules, valid in libphonenumber's plan, written as phones.
    ['my no +1 512 911 8977, name laura', '+1 512 911 8977'],
    ['Menka Iyer rang from (718) 611-6626 about the invoice', '(718) 611-6626'],
    ['correct numbr is 305-811-4834 not the one i sent', '305-811-4834'],
    // A telephone emoji after the number (no cue word here: without the emoji these are left).
    ['Obrigado pela compra! 912 345 678 📞 fatura 78236147', '912 345 678'],
    ['dispo le soir 06 12 34 56 78 ☎', '06 12 34 56 78'],
    // A label's abbreviation dot with no blank after it.
    ['his no.+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['Tel.+49 30 12345678', '+49 30 12345678'],
    ['fb ad lead: udai / ph-98450 12345 / send price list', '98450 12345'],
    // A phone kept on a record: the business word says where, not whose number it is.
    ['RMA #79450. Phone on order: 881 721 861.', '881 721 861'],
    ['the mobile on file is 98450 12345', '98450 12345'],
    // A listed name, then a dash or "on", then the number: signatures and "reach X on …".
    ['Cordialement,\nGopal Agarwal – 9845012345', '9845012345'],
    ['or my colleague Carlos Rivera on 612345678.', '612345678'],
    ['qualquer coisa chama no 98450 12345', '98450 12345'],
    // Items of a list line apart: " - " between a policy number and the phone.
    ['1) Rohana Nehru - policy 4504173134 - 09587656405\n2) Varrier, Devi', '09587656405'],
    // A business word's sentence has ended when a capital follows its dot.
    ['keen on fleet tracking for 40 units. Card says (212) 555-0147 / x@y.com', '(212) 555-0147'],
    ['ha chiesto un preventivo per 250 units, richiamarlo al 3471234567 oppure scrivere', '3471234567'],
    // More verbs and idioms: Spanish "me llamas al", "best reached on", a number to top up, Hindi "ka no".
    ['¿me llamas al 91 234 5678? el código es 1234', '91 234 5678'],
    ['asked for pricing on 250 units, best reached on 98450 12345 after lunch', '98450 12345'],
    ['la ricarica non è andata. Numero da ricaricare 3471234567, IBAN per il rimborso', '3471234567'],
    ['delivery boy ka no 09845012345 switch off aa raha hai', '09845012345'],
    // French typography: a blank before the colon after a listed name.
    ['Votre livreur Ricardo : 612 345 678. Code de remise 123456.', '612 345 678'],
    // A business compound right before a number wins over a phone cue further back.
    ['Rückfragen bitte unter 030 1234567. Bestellnummer 9845012345.', '030 1234567'],
    // A listed name, then Portuguese "no" (at): "liga para Ana … no …"; and "Per info …".
    ['qualquer dúvida liga para Roberto Alanis Olvera no 912 345 678', '912 345 678'],
    ['il turno è spostato alle 10:30. Per info 347 1234567', '347 1234567'],
    // A double surname of more than 24 letters before the number.
    ['Nuevo lead: Vasanti Bhattathiri-Chattopadhyay, 612 345 678, interesado', '612 345 678'],
    // Someone's number: a possessive before "no", "num" or "nr".
    ['uska num (212) 555-0147 hai, pin 110011', '(212) 555-0147'],
    ['her no 98450 12345', '98450 12345'],
    // Calling and being called back, in the languages of our customers.
    ['elle préfère être rappelée au 0612345678.', '0612345678'],
    ['Pan Nowak dzwonił z numeru 512 345 678 w sprawie faktury 1234', '512 345 678'],
    ['Sendung 123456789012 ist nicht angekommen. Bitte unter 0151 2345678 melden.', '0151 2345678'],
    ['quer orçamento, tlm 912 345 678', '912 345 678'],
    ['qualquer problema liga para 912 345 678, obrigado', '912 345 678'],
    ['Si no contesto, puedes marcar 612 345 678', '612 345 678'],
    // A calling preposition after any word reads the whole cue window: Dutch "op", and a place before "al".
    ['Bel de huisartsenpraktijk op 612 345 678 tussen 9 en 17 uur', '612 345 678'],
    ['Llama a la clínica dental al 612 345 678', '612 345 678'],
    // From the forty-fourth set (after its first run): someone's number as support asks for it, and a word for "is".
    ['Merci, pouvez-vous confirmer votre numéro, 612345678 ?', '612345678'],
    ['Ktoś zalogował się na moje konto i zmienił numer na 512 345 678.', '512 345 678'],
    ['der Fahrer hat meine Nummer falsch, richtig ist 151 2345 678', '151 2345 678'],
    ['Può richiamarci? Il suo numero in archivio è 347 123 456.', '347 123 456'],
    // A verb of calling after the number (German and Dutch put it last), the last line of a signature, Dutch "belde".
    ['Auftragsnr. 4839201934. Bei Verhinderung bitte 030 1234567 anrufen.', '030 1234567'],
    ['Cordialement,\nKanti Kaur\n612345678', '612345678'],
    // From the forty-first set: the signature's last line, a firm's name and a dash before the number; Spanish "forward to".
    ['A presto,\nSatish Talwar\nStudio Luce & Grano — 089 1172233', '089 1172233'],
    ['las entradas, asientos 7 y 8, ref TKT-506649. te las reenvío al 06-32866940 o a vaijayanti42@corp.acme.io', '06-32866940'],
    // From the ninety-seventh set's first run: "let … know at".
    ['Clase el lunes a las 11:43 con el Ibiza "Pepa". Si no puedes avisa al 602 300 145 porfa', '602 300 145'],
    // From the forty-ninth set: a number given after a question for someone's number, on the same line.
    ['Hat jemand die Nummer von Nalini Kaniyar? ich hab nur 21 208 8390, geht keiner ran.', '21 208 8390'],
    ['qualcuno ha il numero della maestra Gandhi? il mio è 963105254. colloqui alle 11:30', '963105254'],
    // From the 101st and 104th sets' first runs: German "questions?", and a roster's middle dots.
    ['Lieferung morgen, ca. 9:15. Sendungsnr. 086037222496. Fragen? 607 202 881', '607 202 881'],
    ['Sworn translators:\n- Kanaka Bhattacharya · 513 754 583 · available Mon–Thu', '513 754 583'],
    ['Gracias.\nAtentamente,\nEsperanza de Jesús Guillén\n3881553778', '3881553778'],
    ['Bitte Rückruf Tuesday zwischen 10:30:45 und 14:34 unter 0282636487. Hausarzt: Dr. Rao', '0282636487'],
    ['Rückruf Friday zwischen 10:30 AM und 9:15 pm unter 749903322.', '749903322'],
    // The 105th set's first run: Spanish "confirm to … at".
    ['Cena el sábado en el Colegio Mayor. confirma a eloisa al 619598288', '619598288'],
    ['De chauffeur belde mij vanaf 612 345 678 maar ik was niet thuis', '612 345 678'],
    // Brazilian "zap" (WhatsApp), a sign-off without its comma, a sign-off then a dash.
    ['R$ 150 a diária. meu zap é 912 345 678 😘', '912 345 678'],
    ['Mit freundlichen Grüßen\nAnand Swarup Gowda\n612-345-678', '612-345-678'],
    ['sont remboursés. Merci — 06 12 34 56 78.', '06 12 34 56 78'],
    ['ya está, llámale al 612 345 678 before 10', '612 345 678'],
    ['check-in às 14:00. qualquer coisa: 912 345 678', '912 345 678'],
    // After an e-mail address and "or", a word or two for "at (the)": "o en el", "or at".
    ['escríbeme a ana@outlook.com o en el 612-345-678. Pretensión salarial', '612-345-678'],
    // A support line's label; "we'll get back to you at …" in German and French.
    ['Rinnovo previsto al 12/05/2025. assistenza: 347 123 4567', '347 123 4567'],
    ['Danke! Wir melden uns unter 030 1234567. Fall #4821', '030 1234567'],
    ['Merci ! Nous vous rappelons au 06 1234 5678 avant 18h', '06 1234 5678'],
    ['Zapisy do 15 maja (Ravi Kumar). pytania: 512345678', '512345678'],
    // Polish "contact number" (genitive), and a line labelled "Alt:".
    ['Wyniki wysłane mailem. Numer do kontaktu: 601 234 567. Luxmed, gabinet 21', '601 234 567'],
    ['Alt: 0151 2345678', '0151 2345678'],
    // More words for "at": German "unter" after a name, Portuguese "pelo"; Italian "you find me at".
    ['Bitte Rückfragen an Frau Montero Calvillo unter 0151 2345678.', '0151 2345678'],
    ['Em caso de dúvida, contacte Esha Jangid pelo 912 345 678 ou email', '912 345 678'],
    ['La rata di ₹ 4500 scade il 05.12.2026. Mi trovi al 347 123 4567.', '347 123 4567'],
    // A number in brackets after a name, even after a business word: "reference" names the person.
    ['Your reference Aalok Patil (09845012345) confirmed your dates.', '09845012345'],
    // The number an account is registered to.
    ['Login from a new device, app v2.1.3. Registered no. 98450 12345', '98450 12345'],
    // A job's, a contract's or a loan's number after a phone: the nearer business word decides.
    ['ac not cooling. refund chahiye. mera number 98450 12345, job #4839201934', '98450 12345'],
    ['W razie pytań proszę dzwonić: 601 234 567. Numer umowy 4839201934.', '601 234 567'],
    // Formal Italian "call me at", and a signature's one-letter labels.
    ['Appartamento 2 BHK in Via Roma. Mi chiami al 347-123-456 per la visita di venerdì.', '347-123-456'],
    ['Lola Ruiz\nAccount Executive, EMEA\nM: 612345678\nlola@x.com', '612345678'],
    // "no" after a common noun is "number", not Portuguese "at the": the ration card's number is no phone.
    ['IFSC SBIN0001234, mobile +91 98450 12345. Ration card no 612345678. Verified by field officer', '+91 98450 12345'],
    // A name, then " | ", then the number: a record written on one line; French future "rappellera".
    ['Satay ontbrak. Klant Bodhan Reddy | 06 12 34 56 78 | bedrag €12', '06 12 34 56 78'],
    ['Notre équipe rappellera la donatrice Sharmila Saini au 612345678 avant le 05.12.2026.', '612345678'],
    // Polish "na" (at) after a time: "oddzwonię jutro o 10:30 na …".
    ['Dzień dobry, z Akademii Chopina, oddzwonię jutro o 10:30 na 601 234 567, ok?', '601 234 567'],
    ['Container voor Rotterdam (MRKU 1234567). Bereikbaar op 612345678. Collega Roser stuurt de CMR', '612345678'],
    ['your driver octavio jaimes (driver no. 98450 12345) has signed POD', '98450 12345'],
    ["Rendez-vous le 05.12.2026 à 10:30. En cas d'empêchement : 06 12 34 56 78. À bientôt", '06 12 34 56 78'],
    // A prose bracket's close ends the number: not "303-242-2020). 62.1".
    ['co-borrower Begum Ontiveros Vargas (303-242-2020). 62.1 g ornaments, 20K', '303-242-2020'],
    ['co-borrower Begum Ontiveros Vargas (+44 20 7946 0958). 62.1 g ornaments', '+44 20 7946 0958'],
    // Dutch "called back" and a record's cells glued by pipes.
    ['Graag wil ik teruggebeld worden op 612345678 over factuur INV-1.', '612345678'],
    ['new lead: Marar|612345678|vasu@x.in', '612345678'],
    // A name after a label's colon, then the number; Hindi "unke number".
    ['A reserva está confirmada. contacto do guia: Marilú Marrero Mena 705953891', '705953891'],
    ['UTR 790657381517. receipt bhej do unke number 78034 36587 pe', '78034 36587'],
  ])('%j: %j', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it.each([
    // The second number of a pair, with its own place word, takes the pair's label.
    ['Cellulare 347 123 4567, ufficio 06 1234 5678. Referente tecnico', ['347 123 4567', '06 1234 5678']],
    ['Telemóvel 912 345 678; armazém 21 234 5678. Entrega via DHL', ['912 345 678', '21 234 5678']],
    ['Tel. 0151 2345678 oder Büro 030 1234567. Lieferschein folgt', ['0151 2345678', '030 1234567']],
    ['Vous pouvez me joindre au 06 12 34 56 78 ou au bureau 880-861-622.', ['06 12 34 56 78', '880-861-622']],
    // A case file's number after a phone is the case's.
    ['IBAN PT50000201231234567890154, telemóvel 912345678, processo 612345678.', ['912345678']],
    // The second number of a pair takes the pair's label, however far back it stands.
    ['Primary phone: 98450 12345\nAlternate: +44 20 7946 0958 / 612 345 678\nPharmacy: Apollo', ['98450 12345', '+44 20 7946 0958', '612 345 678']],
    ['Tel. 030 1234567 oder 0151 2345678', ['030 1234567', '0151 2345678']],
    // Two numbers glued by a slash in a CSV cell or a form field.
    ['VARMA Chandani,+91 98450 12345/98450 67890,,NEET-W-24', ['+91 98450 12345', '98450 67890']],
    ['phone/alt: (212) 555-0147/+34 612 345 678', ['(212) 555-0147', '+34 612 345 678']],
  ])('%j: %j', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  it.each([
    ['Invoice No.98450 12345'],
    ['v1.98450 12345'],
    ['Bestellung unter 512345678'],
    ['SKU-9845012345'],
    ['order on file 98450 12345'],
    ['Total – 612345678'],
    ['Monday on 612345678'],
    // A parcel's number after "info".
    ['Hallo Gati, kurze Info: das Paket 436253969418 liegt in der Packstation.'],
    // The surname Llamas is no call.
    ['Silvia Granados Llamas per il reso 979 710 564.'],
    ['numer zamówienia 512 345 678'],
    // A firm's tax number: Italian VAT, Polish NIP.
    ['Negozio "Bottega di Giuseppe" (P.IVA IT 1234567890 non verificata)'],
    ['NIP firmy: 123-456-78-90'],
    // A return's number, though a call is spoken of.
    ['dhr. Ontiveros Villa belde over Bol.com retour #7554101069.'],
    ['Przelew z 5 marca nie dotarł do odbiorcy. Nr transakcji 0143526369. W razie pytań dzwoń.'],
    // Clinicians' registration numbers.
    ['Prescripteur : Dr S. Malik (RPPS 10003456789)'],
    ['Ordering provider: P. Embranthiri, NPI 1234567893'],
    ['(911) 555-1234'],
    ['❤️ 912 345 678'],
    ['Obrigado pela compra! 912 345 678 fatura 78236147'],
    // After "on", a business word in the window still says what the number is; a pair after an order is no pair of phones.
    ['please check the invoice on 612345678'],
    ['order 4839201934 / 612345678'],
    // Slash-joined digits that are no pair of written numbers: a decimal, a year, a path.
    ['x 371670620.6/5 27679441 y'],
    ['Ref 4839201934/2023'],
    ['/api/v2/98450 12345/98450 67890'],
    // A business word's number in brackets after a firm's word is still the firm's.
    ['Your order Acme Invoice (4839201934) is ready'],
    ['La rata del prestito 3471234567 di Rs. 4500 scade il 5 marzo.'],
    // A one-letter label counts only at a line's start or after " | ".
    ['Ref: T: 4839201934'],
    ['Total | 612345678 | paid'],
    ['Total|612345678|paid'],
    ['Invoice: Acme Widgets 4839201934'],
    ['faktura na 612345678 zł'],
    ['Hoi Sanne, bel als het later wordt. Afspraak 612345678'],
    // A signature's last line with a business word, or a number inside it, before the dash.
    ['Regards,\nAnita Rao\nInvoice — 4839201934'],
    ['Regards,\nAnita Rao\nUnit 4, Acme Park — 4839201934'],
    // A question for a thing's number, or a name's number asked on another line.
    ['What is the number of your order? it is 4839201934'],
    ['Do you have the number of Acme? no. Order 4839201934'],
    ['Hat jemand die Nummer von Nalini?\nRechnung 4839201934'],
    ['Fragen zur Rechnung 4839201934'],
    ['Total · 612345678 · paid'],
    ['Apotheke am Marienplatz. PZN 04114918 (Ibuflam 600), PZN 00999848 (Novalgin Tropfen)'],
    ['Lieferung am 12.03. um 14:30 unter Auftrag 4839201934'],
  ])('%j has no phone number', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
