/**
 * Entity names follow Microsoft Presidio where Presidio has a name, so operators
 * moving from Presidio keep their vocabulary.
 */
export const ENTITY_TYPES = [
  'PERSON',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'IBAN_CODE',
  'IP_ADDRESS',
  'US_SSN',
  'US_ITIN',
  'IN_AADHAAR',
  'IN_PAN',
  'IN_GSTIN',
  'IN_UPI_ID',
  'IN_IFSC',
  'IN_PASSPORT',
  'UK_NINO',
  'ES_NIF',
  'PL_PESEL',
] as const;

export type BuiltinEntityType = (typeof ENTITY_TYPES)[number];

/** Custom entities declared in a policy are upper-snake names, e.g. EMPLOYEE_ID. */
export type EntityType = BuiltinEntityType | (string & {});

export interface Finding {
  type: EntityType;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
}

export type RedactionMode = 'pseudonymize' | 'mask' | 'block';
