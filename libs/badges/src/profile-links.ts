/** What LinkedIn's "Add to profile" certification form is prefilled with. */
export interface LinkedInCertification {
  /** The achievement's name. */
  name: string;
  /** The issuing organisation's name (LinkedIn matches it to a page when it can). */
  organizationName: string;
  /** LinkedIn's numeric organisation id, when the issuer has a LinkedIn page. */
  organizationId?: string | null;
  issuedAt: Date;
  validUntil?: Date | null;
  /** Where anyone can check it: the credential's public page. */
  credentialUrl: string;
  credentialId: string;
}

/**
 * LinkedIn "Add to profile" link for a licence or certification
 * (https://addtoprofile.linkedin.com): the learner lands on the form with every field filled in.
 * Months are 1-12, in UTC, as the credential's dates are.
 */
export function linkedInAddToProfileUrl(certification: LinkedInCertification): string {
  const params = new URLSearchParams({ startTask: 'CERTIFICATION_NAME', name: certification.name });
  if (certification.organizationId) params.set('organizationId', certification.organizationId);
  else params.set('organizationName', certification.organizationName);
  params.set('issueYear', String(certification.issuedAt.getUTCFullYear()));
  params.set('issueMonth', String(certification.issuedAt.getUTCMonth() + 1));
  if (certification.validUntil) {
    params.set('expirationYear', String(certification.validUntil.getUTCFullYear()));
    params.set('expirationMonth', String(certification.validUntil.getUTCMonth() + 1));
  }
  params.set('certUrl', certification.credentialUrl);
  params.set('certId', certification.credentialId);
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

/**
 * The DCC Learner Credential Wallet's deep link for a VC-API exchange (its "request" link, opened
 * from a QR code or a tap on the phone): the wallet answers `challenge` with a DIDAuth
 * presentation POSTed to `vc_request_url` and receives the credential in return.
 */
export function learnerCredentialWalletUrl(exchange: { exchangeUrl: string; challenge: string; issuer: string }): string {
  const params = new URLSearchParams({ issuer: exchange.issuer, auth_type: 'bearer', challenge: exchange.challenge, vc_request_url: exchange.exchangeUrl });
  return `https://lcw.app/request.html?${params.toString()}`;
}

/**
 * The VC-API exchange's first answer: a Verifiable Presentation Request for DID authentication
 * (W3C CCG VPR spec), telling the wallet where to send its signed presentation.
 */
export function didAuthenticationRequest(exchange: { exchangeUrl: string; challenge: string; domain: string }) {
  return {
    verifiablePresentationRequest: {
      query: [{ type: 'DIDAuthentication', acceptedMethods: [{ method: 'key' }] }],
      challenge: exchange.challenge,
      domain: exchange.domain,
      interact: { service: [{ type: 'VerifiableCredentialApiExchangeService', serviceEndpoint: exchange.exchangeUrl }] },
    },
  };
}
