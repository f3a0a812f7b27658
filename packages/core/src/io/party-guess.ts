import type { PartySide } from '../matrix/model';

// Checked in order; the first rule whose words appear in the name wins. "Internal" (or the
// customer, client or agency an MSP or cloud provider serves) is said
// outright and beats everything ("Internal SOC" is ours); provider words come next so that
// "MSP helpdesk" is the MSP's; "IT" alone is weak and checked late ("IT vendor" is a vendor).
const RULES: readonly (readonly [PartySide, RegExp])[] = [
  ['internal', /\b(internal|in-house|inhouse|customer|client|agency|intern[aoe]?|klant|cliente)\b/],
  [
    'provider',
    /\b(msp|mssp|provider|noc|soc|vcio|vciso|managed services?|outsourced|partner|co-managed|csp|microsoft|aws|azure|google cloud)\b/,
  ],
  [
    'vendor',
    /\b(vendors?|suppliers?|third[- ]party|isv|carrier|manufacturer|reseller|3pao|auditors?|assessors?|contractors?|leverancier|fornecedor|proveedor|lieferant|fournisseur)\b/,
  ],
  ['internal', /\b(it|ict|helpdesk|help desk|service desk|sysadmins?|it team|it staff)\b/],
  [
    'business',
    /\b(leadership|ceo|cfo|coo|cio|cto|business|executives?|exec|management|board|owners?|hr|finance|legal|department heads?|managers?)\b/,
  ],
];

/**
 * The side a party's name suggests, or `undefined` when it says nothing:
 *
 * | Words in the name (whole words, any case)                         | Side       |
 * | ----------------------------------------------------------------- | ---------- |
 * | internal, in-house, customer, client, agency (interna/o, intern(e), klant, cliente) | `internal` |
 * | MSP, MSSP, provider, NOC, SOC, vCIO, vCISO, managed service(s), partner, outsourced, CSP, Microsoft, AWS, Azure, Google Cloud | `provider` |
 * | vendor, supplier, third party, ISV, carrier, manufacturer, reseller, 3PAO, auditor, assessor, contractor (leverancier, fornecedor, proveedor, Lieferant, fournisseur) | `vendor`  |
 * | IT, ICT, helpdesk, help desk, service desk, sysadmin               | `internal` |
 * | leadership, CEO, CFO, COO, CIO, CTO, business, executive, management, board, owner, HR, finance, legal, manager | `business` |
 *
 * Rows are tried top to bottom, so `MSP helpdesk` is a provider and `IT vendor` a vendor.
 *
 * @example
 * guessPartySide('MSP NOC'); // 'provider'
 * guessPartySide('Internal IT lead'); // 'internal'
 * guessPartySide('Alice'); // undefined
 */
export function guessPartySide(name: string): PartySide | undefined {
  const words = name.toLowerCase().replace(/[_/]+/g, ' ');
  for (const [side, pattern] of RULES) if (pattern.test(words)) return side;
  return undefined;
}
