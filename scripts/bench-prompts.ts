/** A CRM-style prompt of about `bytes` bytes, dense with personal data, deterministic. */
const LINES = [
  'Lead from the website: Priya Sharma, priya.sharma@acmecorp.in, +91 98765 43210, wants a demo of the WhatsApp bot.',
  'Customer John Miller (john.miller@example.com, +1 (415) 555-0134) reports card 4111 1111 1111 1111 charged twice for order ORD-20931.',
  'KYC note: PAN ABCPD1234E, Aadhaar 2345 6789 0123 checked; IFSC HDFC0001234; refund to UPI priya@okhdfcbank.',
  'Meeting request from María González <maria.gonzalez@empresa.es> for Thursday 15:00; ticket #48213, invoice INV-2024-0042.',
  'Please summarise the thread and propose the next step for the account owner; keep prices like ₹4,999 and $59.00 as they are.',
];

export function crmPrompt(bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `${LINES[i % LINES.length]}\n`;
  return out.slice(0, bytes);
}
