import { didAuthenticationRequest, learnerCredentialWalletUrl, linkedInAddToProfileUrl } from './profile-links.js';

describe('linkedInAddToProfileUrl', () => {
  const certification = {
    name: 'Dialogue Facilitation for Large & Urban Public Libraries',
    organizationName: 'ALA Public Programs Office',
    issuedAt: new Date('2026-12-31T23:30:00Z'),
    credentialUrl: 'https://stacks.example.org/api/v1/credentials/0b9d6f0e-4ad4-4a55-9f5e-3f1f0a4b1c2d/page',
    credentialId: '0b9d6f0e-4ad4-4a55-9f5e-3f1f0a4b1c2d',
  };

  it('prefills the certification form with name, organisation, UTC issue month, URL and id', () => {
    const url = new URL(linkedInAddToProfileUrl(certification));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Dialogue Facilitation for Large & Urban Public Libraries',
      organizationName: 'ALA Public Programs Office',
      issueYear: '2026',
      issueMonth: '12',
      certUrl: certification.credentialUrl,
      certId: certification.credentialId,
    });
    // The ampersand in the name is encoded, not a parameter break.
    expect(url.search).toContain('name=Dialogue+Facilitation+for+Large+%26+Urban');
  });

  it('adds the expiry month when the credential expires, and prefers a LinkedIn organisation id', () => {
    const url = new URL(linkedInAddToProfileUrl({ ...certification, organizationId: '1234', validUntil: new Date('2028-01-15T00:00:00Z') }));
    expect(url.searchParams.get('organizationId')).toBe('1234');
    expect(url.searchParams.has('organizationName')).toBe(false);
    expect([url.searchParams.get('expirationYear'), url.searchParams.get('expirationMonth')]).toEqual(['2028', '1']);
  });
});

describe('Learner Credential Wallet hand-off', () => {
  const exchange = { exchangeUrl: 'https://stacks.example.org/api/v1/exchanges/abc_DEF-123', challenge: 'c-1', issuer: 'stacks.example.org' };

  it('deep-links the wallet to the exchange with its challenge', () => {
    const url = new URL(learnerCredentialWalletUrl(exchange));
    expect(`${url.origin}${url.pathname}`).toBe('https://lcw.app/request.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      issuer: 'stacks.example.org',
      auth_type: 'bearer',
      challenge: 'c-1',
      vc_request_url: exchange.exchangeUrl,
    });
  });

  it('asks the wallet for DID authentication at the same exchange', () => {
    expect(didAuthenticationRequest({ ...exchange, domain: 'stacks.example.org' })).toEqual({
      verifiablePresentationRequest: {
        query: [{ type: 'DIDAuthentication', acceptedMethods: [{ method: 'key' }] }],
        challenge: 'c-1',
        domain: 'stacks.example.org',
        interact: { service: [{ type: 'VerifiableCredentialApiExchangeService', serviceEndpoint: exchange.exchangeUrl }] },
      },
    });
  });
});
