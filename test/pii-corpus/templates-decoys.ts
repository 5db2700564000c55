/**
 * Decoy set: business text full of capitalised words that are not people (faker cities, streets,
 * product names, job titles, months, weekdays) with few real names. Written last and run once
 * before any change, to measure PERSON precision on text the engine was not tuned on.
 */
import type { Domain } from './templates.ts';

export const DECOY_TEMPLATES: Record<Domain, readonly string[]> = {
  crm: [
    'Shipment of {~PRODUCT} leaves {~CITY} on {~WEEKDAY}; the {~JOB_TITLE} signs off.',
    'Quarterly Review: {~PRODUCT} Sales Up In {~CITY}. Next Steps For The {~JOB_TITLE} Team.',
    'Warehouse moved to {~STREET}, {~CITY}. Contact {NAME} for the keys.',
  ],
  whatsapp: [
    'the {~PRODUCT} is back in stock at {~CITY} store 🛒 see you {~WEEKDAY}',
    'Delivery to {~STREET} failed, please reschedule for {~MONTH}.',
  ],
  kyc: [
    'Address proof: {~STREET}, {~CITY}. Occupation: {~JOB_TITLE}.',
    'Employer confirmed {NAME} as {~JOB_TITLE} based in {~CITY}.',
  ],
  refund: [
    'Refund for the {~PRODUCT} ({~PRICE}) approved; pickup from {~STREET} on {~WEEKDAY}.',
    'Returned: {~PRODUCT}, {~PRODUCT}. Reason: Damaged In Transit From {~CITY}.',
  ],
  lead: [
    'Lead from the {~CITY} Expo in {~MONTH}: {~JOB_TITLE}, interested in {~PRODUCT}.',
    'Campaign "{~PRODUCT} Launch" got 120 replies from {~CITY} and {~CITY}.',
  ],
};
