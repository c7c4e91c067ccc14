import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Verdict } from '../api/types';
import { VerifyUploadPage } from './VerifyPage';

const verdict: Verdict = {
  verified: false,
  status: 'revoked',
  presented: 'json',
  reason: 'invalid because the issuer has revoked it',
  checks: [
    { check: 'format', passed: true, message: 'a JSON credential with an embedded Data Integrity proof (eddsa-rdfc-2022)' },
    { check: 'signature', passed: true, message: 'eddsa-rdfc-2022 proof verified over the canonical (RDFC-1.0) form' },
    { check: 'status', passed: false, message: 'revoked by the issuer' },
  ],
  credential: {
    id: 'http://localhost:3000/api/v1/credentials/1',
    name: 'Dialogue Facilitation',
    issuer: { id: 'did:web:localhost%3A3000', name: 'Public Programs Office' },
    achievement: { id: 'a', name: 'Dialogue Facilitation' },
    validFrom: '2026-11-03T15:00:00Z',
    validUntil: null,
  },
  revocationReason: 'Recorded for the wrong person',
};

const sent: { url: string; init: RequestInit }[] = [];
const originalFetch = globalThis.fetch;

beforeEach(() => {
  sent.length = 0;
  globalThis.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    // jsdom has no Response: the client reads ok, status and json() only.
    return { ok: true, status: 200, json: async () => verdict } as Response;
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('the public “Check a badge” page', () => {
  it('sends a pasted credential to POST /verify and explains every check', async () => {
    render(<VerifyUploadPage />);
    await userEvent.type(screen.getByLabelText('Or the credential itself'), '{{"proof": [[]}');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Revoked')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toMatch(/\/verify$/);
    expect(sent[0].init).toMatchObject({ method: 'POST', body: '{"proof": []}', headers: expect.objectContaining({ 'content-type': 'text/plain' }) });
    expect(screen.getByText('Reason given by the issuer: Recorded for the wrong person')).toBeTruthy();
    expect(screen.getByText('Eddsa-rdfc-2022 proof verified over the canonical (RDFC-1.0) form.')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.className)).toEqual(['pass', 'pass', 'fail']);
  });

  it('uploads a baked PNG as image/png, as it is', async () => {
    render(<VerifyUploadPage />);
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'badge.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Badge file'), png);
    expect(await screen.findByText('Revoked')).toBeTruthy();
    expect(sent[0].init.body).toBe(png);
    expect(sent[0].init.headers).toMatchObject({ 'content-type': 'image/png' });
  });
});
