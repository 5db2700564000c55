import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.ts';
import type { BuiltinEntityType } from '../entities.ts';

/** Values each detector finds in text ("…" marks the value), and look-alikes it leaves alone. */
const CASES: Record<Exclude<BuiltinEntityType, 'PERSON'>, { finds: string[]; ignores: string[] }> = {
  EMAIL_ADDRESS: {
    finds: ['mail «ravi.kumar+crm@mail.example.co.in» today', 'to «SNEHA@EXAMPLE.COM».', '(«a_b-c@sub.domain.io»)',
      // Spelt out to dodge scrapers (email-obfuscated.ts).
      'mail me: «ravi[at]gmail.com» pls', '«ravi (at) gmail (dot) com»', '«RAVI {AT} GMAIL.COM»', 'id «ravi<at>example<dot>org»',
      'write to «ravi at gmail dot com»', '«ravi.k at yahoo dot co dot in».', 'reach «ravi at gmail.com» today', '«priya AT rediffmail DOT com»',
      '«ravi @ gmail.com»', '«ravi@gmail[dot]com»', '«ravi@gmail dot com», thanks', '«ravi [ at ] gmail [ dot ] com»',
      'Son adresse: «arya58@ gmx.de».', 'my email is «puneet11 at yahoo» pls send', 'mail: «rati92 at yahoo».', '«ogandhi at ziggo.nl»',
      '«kanti dot suthar at outlook dot com»', 'or «ravi @gmail.com»'],
    ignores: ['ravi@okicici', 'user@localhost', 'a..b@x.com is bad', 'version@2.0', '@@@@',
      'email us at acme.com', 'look at this dot matrix printer', 'meet at home.Then call', 'ping me at 5 dot 30', 'see you at 9:15 pm.',
      'the [at] key', 'ravi [at] home', 'deploy @ 5pm', 'x @ y', 'ravi@okicici dot', 'stay at hotel dot',
      'meet at gmail.', 'look at google.com', 'Stay at Hotel.com tonight', 'ping @rahul.verma in Slack'],
  },
  PHONE_NUMBER: {
    finds: ['call «+91 98450 12345»', 'mob «09845012345»', 'ph «98450-12345»', '«(415) 555-2671»', '«+1-415-555-2671» ok',
      '«+44 20 7946 0958»', 'tel «020 7946 0958»', '«+48 601 234 567»', '«+34 612 345 678»', '«+919845012345»', 'ring («9845012345»)',
      'call «(+91) 98450 12345»', '«(+91)9845012345».', 'tel «(+44) 20 7946 0958»',
      'https://wa.me/«919845012345»', 'api.whatsapp.com/send?phone=«919845012345»&text=hi', 'wa.me/«+447911123456»',
      'Mob: «9845012345»/«9845067890»', 'mobile no.«9845012345»', 'Mob.«9845012345»',
      // "my number" outweighs a business word further back ("otp").
      'pls send the otp to my number «98450 12345»', 'proszę o kontakt pod numerem «601 234 567».', 'send the otp to «98450 12345»'],
    ignores: ['Order #9845012345', 'order no. 9845012345', 'invoice 9845012345', 'on 15-03-2024 10:30', '2024-03-15', 'Rs. 9845012345',
      'ip 192.168.10.12', 'qty 1234567', 'AWB 123456789012', '(911) 555-1234', '4839201934', '(+91) 12345',
      'https://example.com/order/919845012345', 'wa.me/919845012345abc', '?phone=12345',
      'Invoice no.9845012345', 'ratio 1/9845012345', 'pi 3.14159265358', 'path /orders/9845012345/items', 'v2.98450123456',
      'my order number 9845012345', 'otp 48213957', 'OTP: 845012'],
  },
  CREDIT_CARD: {
    finds: ['card «4111 1111 1111 1111» exp 12/27', '«4111-1111-1111-1111»', 'amex «3782 822463 10005»', '«5555555555554444»'],
    ignores: ['4111 1111 1111 1112', 'order 4111111111111111', 'IMEI 356938035643809', '1234567890123456', 'assistant: Thanks. Device 356938035643809 is eligible'],
  },
  IBAN_CODE: {
    finds: ['«DE89 3704 0044 0532 0130 00»', 'iban «GB82WEST12345698765432».', '«PL61 1090 1014 0000 0712 1981 2874»'],
    ignores: ['DE89 3704 0044 0532 0130 01', 'GB82WEST1234569876543', 'XX89370400440532013000'],
  },
  IP_ADDRESS: {
    finds: ['from «192.168.1.10».', '«2001:db8::1»', '«fe80::1%eth0»', '[«2001:db8::8a2e:370:7334»]:443', '«::ffff:192.0.2.1»',
      '«2001:0db8:85a3:0000:0000:8a2e:0370:7334»',
      // An address's label after a version word (from the ninety-eighth set's first run).
      'Parent Saini complained via app (IP «219.2.22.252»). Little Acorns', 'app login, ip address «62.39.232.116»'],
    ignores: ['version 10.0.0.1', 'v1.2.3.4', 'app 10.0.0.1', 'IP camera firmware 4.2.1.9', 'at 10:30:45', 'MAC 00:1A:2B:3C:4D:5E', '999.1.1.1', '1.2.3', 'ratio 3:2'],
  },
  US_SSN: {
    finds: ['SSN «536-22-1234»', '«536 22 1234»', 'ssn: «536221234»', 'the insurer says the SSN on the claim («233-39-1814») does not match'],
    ignores: ['000-12-3456', '666-12-3456', '912-12-3456', '536-00-1234', '536-22-0000', '536221234', 'order 536-22-1234', 'claim 233-39-1814 filed'],
  },
  US_ITIN: {
    finds: ['ITIN «912-70-1234»', '«999-88-1234»', 'itin «912701234»'],
    // A cue word's letters inside a longer word the cue window cuts ("mar|tin_cisneros") are no cue.
    ignores: ['912-69-1234', '912-89-1234', '912701234', 'en copia (martin_cisneros@mail.example.com). Reserva 913522587'],
  },
  IN_AADHAAR: {
    finds: ['Aadhaar «2345 6789 0124»', '«2345-6789-0124»', '«234567890124»'],
    ignores: ['2345 6789 0123', '1345 6789 0124', 'AWB 234567890124', 'card 4202 2345 6789 0124', 'Kurier InPost, nr przesyłki 804749939473.',
      // The second of a pair takes the pair's label.
      'double EMI debit (UTR 626863926034 and 234567890124)',
      // A UTR column's cells, a confirmation's and a parcel's number.
      'refund_id,customer,upi_id,amount,utr,reason\nR-1,Ravi Kumar,ravi@oksbi,$8.00,234567890124,TIMEOUT',
      'Confirmation 234567890124. Bank says', 'corriere per il pacco 234567890124.',
      // Tracking, a settlement, a courier's label.
      'ya salió con Correos Express, seguimiento 234567890124.', 'Payout reconciliation – settlement 234567890124',
      'hat die Ware per DHL zurückgeschickt (234567890124).',
      // A Polish meter point's number, a utility consumer's number.
      'Numer PPE: 234567890124', 'Consumer number 234567890124',
      // A payment's reference further back than the UTR cue's window reaches; a parcel's "Track:".
      'UTR of the original payment 234567890124. Approved', 'is out for delivery. Track: 234567890124.'],
  },
  IN_PAN: {
    finds: ['PAN «ABCPK1234F»', '«AAACB1234C» company', 'my pan is «abcpk1234f»', 'pan card no. «Abcpk1234f»'],
    ignores: ['ABCXK1234F', 'abcpk1234f', 'ABCPK12345', 'coupon abcpk1234f', 'pan abcxk1234f'],
  },
  IN_GSTIN: { finds: ['GSTIN «27AAPFU0939F1ZV»', '«29AAGCB7383J1Z4»'], ignores: ['27AAPFU0939F1ZW', '45AAPFU0939F1ZV'] },
  IN_UPI_ID: { finds: ['pay «ravi.kumar@okicici»', '«9845012345@ybl»', 'UPI: «shop@merchantbank»'], ignores: ['ravi@example.com', 'meet @ravi', 'x@y'] },
  IN_IFSC: {
    finds: ['IFSC «HDFC0001234»', '«SBIN0005943»', 'ifsc code: «hdfc0001234»', 'IFSC «Sbin0005943»'],
    ignores: ['HDFC1001234', 'HDFCO001234', 'promo sbin0005943', 'ifsc hdfc1001234'],
  },
  IN_PASSPORT: {
    finds: ['passport no. «J8369854»', 'Passport: «Z1234567»', 'Anmeldung: GILL, Reisepass «W1234567», IBAN', 'Mme Rana, passeport «Z1234567»', 'nr paszportu «K1234567»',
      '1. Photo ID («P5392927»)', 'Passport uploaded by SANTIAGO CRESPO ACEVEDO: no. «A9735944», for the seller'],
    ignores: ['SKU J8369854', 'J8369854', 'passport J0369854', 'passport renewal paid; ticket J8369854 closed'],
  },
  UK_NINO: { finds: ['NI «AB 12 34 56 C»', '«AB123456C»'], ignores: ['GB123456C', 'AB123456E', 'DA123456C'] },
  ES_NIF: {
    finds: ['DNI «12345678Z»', 'titular con NIF «48392019-L»', 'NIE: «X1234567L»', '«Y7654321G» (residente)'],
    ignores: ['DNI 12345678A', 'pedido 48392019L', 'SKU48392019L', 'X1234567A', '12345678Za'],
  },
  PL_PESEL: {
    finds: ['PESEL «44051401359»', 'nr PESEL: «02270803624»', 'pesel «85013000005», tel.'],
    ignores: ['44051401359', 'PESEL 44051401358', 'PESEL 90023112347', 'PESEL 440514013591', 'PESEL 4405140135'],
  },
};

function marked(s: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  for (const part of s.split(/(«[^»]*»)/)) {
    if (part.startsWith('«')) {
      spans.push([text.length, text.length + part.length - 2]);
      text += part.slice(1, -1);
    } else text += part;
  }
  return { text, spans };
}

describe.each(Object.entries(CASES))('%s', (type, { finds, ignores }) => {
  const detect = createDetector({ entities: [type], custom: [], allowTerms: [] });
  it.each(finds)('finds the value in %s', (s) => {
    const { text, spans } = marked(s);
    expect(detect(text).map((f) => [f.start, f.end])).toEqual(spans);
  });
  it.each(ignores)('leaves %s alone', (text) => {
    expect(detect(text)).toEqual([]);
  });
});
