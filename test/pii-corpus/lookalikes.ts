/** Hard negatives: business numbers and words that look like PII and must pass unchanged. */
import type { Rng } from './values.ts';
import { aadhaar, luhnInvalid16, nif } from './values.ts';
import { luhnValid } from '../../src/core/redact/checksums.ts';

const digits = (f: Rng, n: number): string => Array.from({ length: n }, () => f.number.int(9)).join('');
function luhnDigits(f: Rng, prefix: string, len: number): string {
  const body = prefix + digits(f, len - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  return body + '0';
}

export const LOOKALIKE_KINDS = {
  ORDER: (f: Rng) => f.helpers.arrayElement([`#${f.helpers.arrayElement(['9', '8', '7'])}${digits(f, 9)}`, `OD${digits(f, 15)}`, `${f.number.int({ min: 100000, max: 999999 })}`]),
  INVOICE: (f: Rng) => f.helpers.arrayElement([`INV-2024-${digits(f, 5)}`, `INV/${digits(f, 4)}/${digits(f, 2)}`, `${digits(f, 8)}`]),
  TICKET: (f: Rng) => f.helpers.arrayElement([`#${digits(f, 5)}`, `TKT-${digits(f, 6)}`, `CS${digits(f, 7)}`]),
  SKU: (f: Rng) => f.helpers.arrayElement([`SKU-${digits(f, 6)}`, `A${f.number.int({ min: 1, max: 9 })}${digits(f, 6)}`, `HX-${digits(f, 4)}-B`]),
  PRICE: (f: Rng) => f.helpers.arrayElement([`$${f.number.int({ min: 1, max: 9 })},${digits(f, 3)}.00`, `₹1,${digits(f, 2)},${digits(f, 3)}`, `Rs. ${f.number.int({ min: 100, max: 99999 })}`, `€${f.number.int(999)}.${digits(f, 2)}`, `₹ ${f.number.int({ min: 999, max: 9999999 })}`]),
  DATE: (f: Rng) => f.helpers.arrayElement([`15/03/2024`, `2024-0${f.number.int({ min: 1, max: 9 })}-1${f.number.int(9)}`, `1${f.number.int(9)}.0${f.number.int({ min: 1, max: 9 })}.2025`, `March ${f.number.int({ min: 1, max: 28 })}, 2024`, `${f.number.int({ min: 10, max: 28 })}-11-2024`]),
  TIME: (f: Rng) => f.helpers.arrayElement([`10:30 AM`, `${f.number.int({ min: 10, max: 23 })}:${f.number.int({ min: 10, max: 59 })}`, `9:15 pm`, `10:30:45`]),
  VERSION: (f: Rng) => f.helpers.arrayElement([`v${f.number.int(9)}.${f.number.int(20)}.${f.number.int(9)}`, `v1.2.3.4`, `${f.number.int(9)}.${f.number.int(9)}.${f.number.int(99)}`]),
  UUID: (f: Rng) => f.string.uuid(),
  TRACKING: (f: Rng) => f.helpers.arrayElement([`1Z${digits(f, 3)}AA1${digits(f, 10)}`, `${digits(f, 12)}`, `EE${digits(f, 9)}IN`]),
  LUHN_INVALID_16: (f: Rng) => luhnInvalid16(f),
  VERHOEFF_INVALID_12: (f: Rng) => aadhaar(f, false),
  ROOMS: (f: Rng) => f.helpers.arrayElement([`${f.number.int({ min: 1, max: 5 })} BHK`, `${f.number.int({ min: 100, max: 2400 })} sq ft`, `unit ${f.number.int({ min: 1, max: 40 })}${f.helpers.arrayElement(['A', 'B', 'C'])}`, `${f.number.int({ min: 2, max: 12 })} rooms`]),
  QUANTITY: (f: Rng) => `${f.number.int({ min: 1, max: 500 })} units`,
  UTR: (f: Rng) => `${f.number.int({ min: 1, max: 9 })}${digits(f, 11)}`,
  IMEI: (f: Rng) => luhnDigits(f, '35', 15),
  OTP: (f: Rng) => digits(f, 6),
  PINCODE: (f: Rng) => `${f.number.int({ min: 1, max: 8 })}${digits(f, 5)}`,
  PO: (f: Rng) => `45${digits(f, 8)}`,
  CITY: (f: Rng) => f.location.city(),
  PRODUCT: (f: Rng) => f.commerce.productName(),
  JOB_TITLE: (f: Rng) => f.person.jobTitle(),
  STREET: (f: Rng) => f.location.street(),
  WEEKDAY: (f: Rng) => f.date.weekday(),
  MONTH: (f: Rng) => f.date.month(),
  /** An order, invoice or customer reference of 8–10 digits in the phone-like groups European notes use. */
  REF_EU: (f: Rng) => f.helpers.arrayElement([`${digits(f, 3)} ${digits(f, 3)} ${digits(f, 3)}`, `${f.number.int({ min: 1, max: 9 })}${digits(f, 8)}`, `0${digits(f, 9)}`, `${digits(f, 4)}-${digits(f, 4)}`]),
  /** A DNI or NIE with the wrong control letter. */
  NIF_INVALID: (f: Rng) => nif(f, false),
  SERIAL: (f: Rng) => f.helpers.arrayElement([`SN-${digits(f, 10)}`, `SN${digits(f, 12)}`]),
} as const;

export type LookalikeKind = keyof typeof LOOKALIKE_KINDS;
