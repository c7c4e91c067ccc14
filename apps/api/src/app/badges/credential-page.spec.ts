import { escapeHtml, renderCredentialPage } from './credential-page.js';

describe('credential page', () => {
  const base = {
    credentialId: 'c1',
    learnerName: '<script>alert(1)</script>',
    achievement: { name: 'Dialogue & "facilitation"', description: '<b>desc</b>', criteria: "it's <i>done</i>" },
    issuer: { name: 'ALA', url: 'javascript:alert(1)', did: 'did:web:x' },
    issuedAt: new Date('2026-11-25T10:00:00Z'),
    validUntil: null,
    revokedAt: new Date('2026-11-26T10:00:00Z'),
    revocationReason: '<img src=x onerror=alert(1)>',
    evidence: { url: 'https://example.org/?a=1&b=<2>', narrative: '<svg onload=alert(1)>' },
    verdict: { verified: false, status: 'revoked' as const, reason: 'invalid because the issuer has revoked it', checks: [], credential: null },
    links: { json: 'https://x/j', jws: 'https://x/w', bakedSvg: 'https://x/s', bakedPng: 'https://x/p' },
    imageUrl: 'https://x/i.svg',
  };

  it('escapes every piece of text and never links a non-http URL', () => {
    const html = renderCredentialPage(base);
    expect(html).not.toMatch(/<script>|<img src=x|<svg onload|<b>desc|<i>done/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Dialogue &amp; &quot;facilitation&quot;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&lt;2&gt;"');
  });

  it('shows who, what, when, issuer and status, with the revocation reason', () => {
    const html = renderCredentialPage(base);
    expect(html).toContain('Awarded to</dt><dd>&lt;script&gt;');
    expect(html).toContain('November 25, 2026');
    expect(html).toContain('status-revoked');
    expect(html).toContain('Reason given by the issuer: &lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
