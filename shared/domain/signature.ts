/**
 * The signature block as data: who signs and in what capacity. Decree 30 writes the capacity
 * before the authority: TM. (on behalf of a collective body), KT. (a deputy signing for the head),
 * TL. and TUQ. (signing by delegation), Q. (acting head); none when the head signs in their own right.
 */
export const SIGNATURE_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', ''] as const;
export type SignaturePrefix = (typeof SIGNATURE_PREFIXES)[number];

export interface SignatureBlock {
  prefix: SignaturePrefix;
  /** After the prefix: "Hội đồng Thi đua - Khen thưởng" after TM., "Chủ tịch" after KT.; empty without a prefix. */
  authority: string;
  /** The signer's position: "Chủ tịch", "Phó Chủ tịch", "Trưởng ban"; may be empty after Q. */
  position: string;
  /** Full name, normal case; may be empty (the space for the signature stays). */
  signer: string;
}

/** The signature an issuer signs with unless the issue dialog says otherwise. */
export interface IssuerSignature extends SignatureBlock {
  /** Issuer abbreviation the default belongs to: "HĐTĐKT", "BTĐKT". */
  issuer: string;
}

/** The council signs on behalf of the collective body; a Ban is headed by a Trưởng ban who signs in their own right. */
export const DEFAULT_SIGNATURES: IssuerSignature[] = [
  { issuer: 'HĐTĐKT', prefix: 'TM.', authority: 'Hội đồng Thi đua - Khen thưởng', position: 'Chủ tịch', signer: '' },
  { issuer: 'BTĐKT', prefix: '', authority: '', position: 'Trưởng ban', signer: '' },
];

/**
 * The default signature of an issuer: its entry in settings, else one read from the issuing body's
 * name (a Ban: "Trưởng ban"; a council or any other body: "TM. <body>" / "Chủ tịch").
 */
export function defaultSignatureFor(issuer: string, defaults: readonly IssuerSignature[], issuingBody: string): SignatureBlock {
  const found = defaults.find((entry) => entry.issuer.normalize('NFC') === issuer.normalize('NFC'));
  if (found) return { prefix: found.prefix, authority: found.authority, position: found.position, signer: found.signer };
  const body = issuingBody.normalize('NFC').trim();
  if (/^ban\s/iu.test(body)) return { prefix: '', authority: '', position: 'Trưởng ban', signer: '' };
  return { prefix: 'TM.', authority: body, position: 'Chủ tịch', signer: '' };
}
