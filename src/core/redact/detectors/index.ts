import type { BuiltinEntityType } from '../entities.ts';
import type { Recognizer } from '../recognizer.ts';
import { creditCardRecognizer } from './credit-card.ts';
import { emailRecognizer } from './email.ts';
import { esNifRecognizer } from './es-nif.ts';
import { ibanRecognizer } from './iban.ts';
import { inAadhaarRecognizer } from './in-aadhaar.ts';
import { inGstinRecognizer } from './in-gstin.ts';
import { inIfscRecognizer } from './in-ifsc.ts';
import { inPanRecognizer } from './in-pan.ts';
import { inPassportRecognizer } from './in-passport.ts';
import { upiRecognizer } from './in-upi.ts';
import { ipRecognizer } from './ip.ts';
import { personRecognizer } from './person.ts';
import { phoneRecognizer } from './phone.ts';
import { plPeselRecognizer } from './pl-pesel.ts';
import { ukNinoRecognizer } from './uk-nino.ts';
import { usItinRecognizer } from './us-itin.ts';
import { usSsnRecognizer } from './us-ssn.ts';

/** One recognizer per built-in entity. */
export const RECOGNIZERS = {
  PERSON: personRecognizer,
  EMAIL_ADDRESS: emailRecognizer,
  PHONE_NUMBER: phoneRecognizer,
  CREDIT_CARD: creditCardRecognizer,
  IBAN_CODE: ibanRecognizer,
  IP_ADDRESS: ipRecognizer,
  US_SSN: usSsnRecognizer,
  US_ITIN: usItinRecognizer,
  IN_AADHAAR: inAadhaarRecognizer,
  IN_PAN: inPanRecognizer,
  IN_GSTIN: inGstinRecognizer,
  IN_UPI_ID: upiRecognizer,
  IN_IFSC: inIfscRecognizer,
  IN_PASSPORT: inPassportRecognizer,
  UK_NINO: ukNinoRecognizer,
  ES_NIF: esNifRecognizer,
  PL_PESEL: plPeselRecognizer,
} as const satisfies Record<BuiltinEntityType, Recognizer>;
