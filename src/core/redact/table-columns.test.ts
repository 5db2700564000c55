import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_DETECTOR_OPTIONS } from './engine.ts';

const detect = createDetector(DEFAULT_DETECTOR_OPTIONS);
const found = (text: string, type: string): string[] => detect(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

// Names the lexicon lacks ("Zorblat", "Qwenth") and national numbers no rule takes without a label.
describe('cells under a name or a phone column', () => {
  it('reads a semicolon export by its header (Spanish labels, "Surname, Given" cells)', () => {
    const text = 'id;nombre;telefono;email;etapa\nL-1;Qwenth Varma, Zorblat;734269501;zq@wp.pl;ganado\nL-2;ZORBLAT QWENTH;020 822 5973;q@x.es;perdido';
    expect(found(text, 'PERSON')).toEqual(['Qwenth Varma, Zorblat', 'ZORBLAT QWENTH']);
    expect(found(text, 'PHONE_NUMBER')).toEqual(['734269501', '020 822 5973']);
  });

  it('reads a PESEL column, whose numbers need their cue outside a table', () => {
    const text = 'id;imie_nazwisko;pesel;telefon\n0001862524;Zorblat, Qwenth;44051401359;601 234 567\n0001862525;Qwenth Zorblat;44051401358;601 234 568';
    // The second PESEL fails its check digit.
    expect(found(text, 'PL_PESEL')).toEqual(['44051401359']);
    expect(found('id;nombre;pedido;telefono\nL-1;Qwenth Zorblat;44051401359;601 234 567', 'PL_PESEL')).toEqual([]);
  });

  it('clears a reference column of Aadhaar look-alikes, but not a column labelled "ID" (an identity document)', () => {
    const utr = 'refund_id,customer,upi_id,amount,utr,reason\nR-1,Qwenth Zorblat,qz@oksbi,$8.00,234567890124,TIMEOUT';
    expect(found(utr, 'IN_AADHAAR')).toEqual([]);
    const manifest = 'Coach B4\nSeat,Passenger,Age,ID\n31,Qwenth Zorblat,34,2345 6789 0124\n32,Zorblat Qwenth,29,MBYPD1234E';
    expect(found(manifest, 'IN_AADHAAR')).toEqual(['2345 6789 0124']);
  });

  it('reads a markdown table, rule line and all', () => {
    const text = 'Pipeline:\n\n| Owner | Contact | Phone | Stage |\n|---|:---:|---|---|\n| Zorblat | B.C. Qwenth | 06 3318 0386 | Demo done |\n';
    expect(found(text, 'PERSON')).toEqual(['Zorblat', 'B.C. Qwenth']);
    expect(found(text, 'PHONE_NUMBER')).toEqual(['06 3318 0386']);
  });

  it('reads comma and tab separated rows, with quoted cells', () => {
    const csv = 'full_name,mobile_no,city\n"Qwenth, Zorblat",734 02 78 73,Pune\n';
    expect(found(csv, 'PERSON')).toEqual(['Qwenth, Zorblat']);
    expect(found(csv, 'PHONE_NUMBER')).toEqual(['734 02 78 73']);
    const tsv = 'Nr tel.\tNazwisko i imię\n601 234 567\tQwenth Zorblat\n';
    expect(found(tsv, 'PERSON')).toEqual(['Qwenth Zorblat']);
    expect(found(tsv, 'PHONE_NUMBER')).toEqual(['601 234 567']);
  });

  it('reads a guardian\'s or a carer\'s column as names (the ninety-eighth set\'s first run)', () => {
    const csv = 'ref,guardian,relation,phone,stop\nLA-049438,"ZORBLAT Qwenth",Mother,(201) 639-6570,Gate 2\nLA-917034,"Qwenth, Zorblat",Grandfather,+1-415-965-6978,Gate 3\n';
    expect(found(csv, 'PERSON')).toEqual(['ZORBLAT Qwenth', 'Qwenth, Zorblat']);
  });

  it('reads a doctor\'s column as names (the seventy-seventh set)', () => {
    const csv = 'Account ID,Doctor,Speciality,Phone,Email\nHCP-00317113,"ZORBLAT QWENTH Rubén",Endocrinology,+44 20 7946 0958,z@x.com\n';
    expect(found(csv, 'PERSON')).toEqual(['ZORBLAT QWENTH Rubén']);
  });

  it('joins an unquoted "Surname, Given" name so the columns after it line up', () => {
    const csv = 'patient_id,name,phone,email,last_visit\nPT-0042,Qwenth, Zorblat,734 269 501,zq@wp.pl,22-11-2024\nPT-0043,Varma, Qwenth,020 822 5973,q@x.es,March 6, 2024\n';
    expect(found(csv, 'PERSON')).toEqual(['Qwenth, Zorblat', 'Varma, Qwenth']);
    expect(found(csv, 'PHONE_NUMBER')).toEqual(['734 269 501', '020 822 5973']);
  });

  it('leaves a reference column\'s numbers alone, even after an e-mail address', () => {
    const csv = 'name,mobile,email,loan_account,emi,due_date\nQwenth Zorblat,+34 612 345 678,zq@wp.pl,4839201934,Rs. 4500,05-12-2026\n';
    expect(found(csv, 'PHONE_NUMBER')).toEqual(['+34 612 345 678']);
    const owners = 'case owner,phone\nQwenth Zorblat,601 234 567\n';
    expect(found(owners, 'PERSON')).toEqual(['Qwenth Zorblat']);
  });

  it('reads a passport column', () => {
    const md = '| Name | Passport | Phone | Status |\n|---|---|---|---|\n| Qwenth Zorblat | Z1234567 | +34 612 345 678 | clear |\n| Varma, Qwenth | A0123456 | 601 234 567 | pending |\n';
    expect(found(md, 'IN_PASSPORT')).toEqual(['Z1234567']);
  });

  it('takes a bare "Name" or "Customer" column only in a table of contacts', () => {
    expect(found('name,price,sku\nZorblat Bundle,1200,SKU-1\n', 'PERSON')).toEqual([]);
    expect(found('| Customer | Plan | Seats |\n|---|---|---|\n| Zorblat Qwenth | Pro | 12 |', 'PERSON')).toEqual([]);
    expect(found('| Customer | Email |\n|---|---|\n| Zorblat Qwenth | zq@example.com |', 'PERSON')).toEqual(['Zorblat Qwenth']);
    // A thing's name stays a thing's, contacts or not.
    expect(found('Company name;Phone\nZorblat Qwenth;734269501', 'PERSON')).toEqual([]);
  });

  it('reads a "Contact" column as a name, a phone number or an e-mail address', () => {
    const text = '| # | Lead | Contact | Source |\n|---|---|---|---|\n| 1 | Zorblat Qwenth | 612 345 678 | Fair |\n| 2 | Qwenth, Zorblat | z@x.com | Ads |\n| 3 | Ravi | Qwenth Zorblat | Web |';
    expect(found(text, 'PERSON')).toEqual(['Zorblat Qwenth', 'Qwenth, Zorblat', 'Ravi', 'Qwenth Zorblat']);
    expect(found(text, 'PHONE_NUMBER')).toEqual(['612 345 678']);
  });

  it('reads a comma-separated row whose last amount splits into more cells', () => {
    const text = 'Owner,Contact,Phone,Stage,Value\nZorblat R.,Qwenth Zorblat,74512 50562,Won,₹1,20,000\n';
    expect(found(text, 'PERSON')).toEqual(['Zorblat R.', 'Qwenth Zorblat']);
    expect(found(text, 'PHONE_NUMBER')).toEqual(['74512 50562']);
  });

  it('joins an amount split by its thousands separators in mid-row, so a reference column after it lines up', () => {
    const text = 'name,upi,amount,utr,status\nZorblat Qwenth,zq@ibl,$6,942.00,725968644233,SUCCESS\nQwenth Zorblat,qz@ybl,₹ 1,20,000,759323951503,PENDING\n';
    expect(found(text, 'IN_AADHAAR')).toEqual([]);
    expect(found(text, 'IN_UPI_ID')).toEqual(['zq@ibl', 'qz@ybl']);
    // The same numbers are Aadhaar-valid: outside a reference column they are taken.
    expect(found('aadhaar 725968644233 and 759323951503', 'IN_AADHAAR')).toEqual(['725968644233', '759323951503']);
  });

  it('reads no person\'s phone in a firm\'s row (a firm\'s word in its contact cell)', () => {
    const text = 'Contact,Phone,Email,Stage\n"Qwenth, Zorblat",612345678,z@x.com,Negotiation\n"Ford Motors Pune",912345678,-,Closed Lost';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['612345678']);
    expect(found(text, 'PERSON')).toEqual(['Qwenth, Zorblat']);
  });

  it('takes no person from a company\'s column', () => {
    const text = '| Name | Company | Phone |\n|---|---|---|\n| Zorblat Qwenth | Zara España | 928696029 |\n| Ravi Kumar | Ravi Kumar & Sons | 98450 12345 |';
    expect(found(text, 'PERSON')).toEqual(['Zorblat Qwenth', 'Ravi Kumar']);
    expect(found('Zara España and Ravi Kumar called', 'PERSON')).toContain('Ravi Kumar');
  });

  it('leaves cells that are no name or no number', () => {
    const text = 'Contact | Phone | Note\nKrishna Traders | N/A | call later\nSales Team | 12 | -\nZorblat Qwenth | ext. 42 | vip';
    expect(found(text, 'PERSON')).toEqual(['Zorblat Qwenth']);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('ends the table at a row of another width, and reads no prose as one', () => {
    const text = 'name;phone\nZorblat Qwenth;734269501\n\nWe met; it went well; we noted 734269502 there; Qwenth said yes.';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['734269501']);
    expect(found(text, 'PERSON')).toEqual(['Zorblat Qwenth']);
    expect(found('Notes: phone, name, email, all checked; fine', 'PERSON')).toEqual([]);
  });

  it('stays linear on long runs of delimiters and of rows', () => {
    for (const text of ['|'.repeat(100_000), ';\n'.repeat(50_000), `a;b;phone\n${'x;y;1\n'.repeat(20_000)}`, `name,phone\n${',\n'.repeat(50_000)}`, 'a,'.repeat(50_000), `${'x'.repeat(41)};`.repeat(2_500)]) {
      const t0 = performance.now();
      detect(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

/** A call log's "caller" column (the 65th blind set, call centres): a number or a name, by the cell. */
describe('a caller column', () => {
  const log = 'call_id,start_utc,duration,direction,caller,agent,disposition\n'
    + 'C-40021877,2025-02-11T09:14:03Z,00:03:41,inbound,+91 98450 12345,"Kumar, Ravi",RESOLVED\n'
    + 'C-40021879,2025-02-11T09:16:02Z,00:12:55,outbound,612 345 678,"Ortiz, Ana",SALE';
  it('holds phone numbers, European national ones too', () => {
    expect(found(log, 'PHONE_NUMBER')).toEqual(['+91 98450 12345', '612 345 678']);
  });

  it('holds names in a table whose agent answered by IVR', () => {
    const table = '| Time | Caller | Agent |\n|---|---|---|\n| 10:02 | Zorvath Quenbar | Ravi |\n| 10:21 | (withheld) | IVR |';
    expect(found(table, 'PERSON')).toEqual(['Zorvath Quenbar', 'Ravi']);
  });
});
