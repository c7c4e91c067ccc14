import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Badge, NewWalletExchange } from '../api/types';
import { AddToWallet } from './AddToWallet';
import { qrDataUrl } from './WalletHandOff';

const ID = '5b0c7a52-2f7e-4d4a-9a53-0d3c9b6a1e01';
const DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const badge = { credentialId: ID, status: 'valid', achievement: { name: 'Dialogue Facilitation' } } as Badge;
const exchange: NewWalletExchange = {
  id: '0f0e0d0c-1111-4222-8333-444455556666',
  credentialId: ID,
  status: 'pending',
  expiresAt: '2026-12-02T02:00:00.000Z',
  completedAt: null,
  presentedDid: null,
  exchangeUrl: 'http://localhost:3000/api/v1/exchanges/token',
  walletUrl: 'https://lcw.app/request.html?vc_request_url=http%3A%2F%2Flocalhost%3A3000%2Fapi%2Fv1%2Fexchanges%2Ftoken',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"></svg>',
  challenge: 'c-1',
};

/** The API as the component sees it: every call recorded, answered by the script. */
function network(answer: (method: string, path: string) => unknown) {
  const calls: string[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = url.replace('/api/v1', '');
    calls.push(`${method} ${path}${init.body ? ` ${init.body}` : ''}`);
    const body = answer(method, path);
    return { ok: true, status: 200, statusText: '', json: async () => body, text: async () => JSON.stringify(body) } as Response;
  }) as typeof fetch;
  return calls;
}

const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

describe('AddToWallet', () => {
  it('asks for a one-time exchange and shows its QR code and wallet link, then sees the wallet take it', async () => {
    let polled = 0;
    const calls = network((method, path) => {
      if (method === 'POST') return exchange;
      polled += 1;
      return { ...exchange, status: polled > 1 ? 'completed' : 'pending', presentedDid: polled > 1 ? DID : null, completedAt: polled > 1 ? '2026-12-02T01:50:00.000Z' : null, path };
    });
    render(<AddToWallet badge={badge} pollMs={20} />);
    await userEvent.click(screen.getByRole('button', { name: /Add to wallet/ }));

    const qr = await screen.findByRole('img', { name: /QR code: add Dialogue Facilitation/ });
    expect(qr.getAttribute('src')).toBe(qrDataUrl(exchange.qrSvg));
    expect(screen.getByRole('link', { name: /open the wallet/ }).getAttribute('href')).toBe(exchange.walletUrl);
    expect(calls[0]).toBe(`POST /me/badges/${ID}/wallet-exchanges`);

    expect((await screen.findByRole('status')).textContent).toContain(`Added to your wallet (it identified itself as ${DID})`);
    expect(calls.filter((call) => call === `GET /me/wallet-exchanges/${exchange.id}`)).toHaveLength(2);
    expect(screen.queryByRole('img', { name: /QR code/ })).toBeNull();
  });

  it('saves the DID the wallet presented and asks for a re-issue naming it', async () => {
    const reissued: string[] = [];
    const calls = network((method, path) => {
      if (path.endsWith('/wallet-exchanges')) return { ...exchange, status: 'completed', presentedDid: DID };
      // The worker signs the re-issue: pending at first, issued on the second look.
      const issuance = { id: 'req-1', awardId: 'award-1', replaces: ID, subjectDid: DID, failure: null, requestedAt: '2026-12-01T10:00:00.000Z', poll: '/api/v1/me/badge-issuances/req-1' };
      if (path.endsWith('/reissue-to-did')) return { ...issuance, status: 'PENDING', credentialId: null, completedAt: null };
      if (path === '/me/badge-issuances/req-1') {
        looks += 1;
        return looks < 2 ? { ...issuance, status: 'PENDING', credentialId: null, completedAt: null } : { ...issuance, status: 'ISSUED', credentialId: 'new-id', completedAt: '2026-12-01T10:00:02.000Z' };
      }
      return { did: DID };
    });
    let looks = 0;
    render(<AddToWallet badge={badge} onReissued={(id) => reissued.push(id)} pollMs={10} />);
    await userEvent.click(screen.getByRole('button', { name: /Add to wallet/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Use this DID for my badges' }));
    expect(await screen.findByText(/Re-issuing your badge naming your wallet’s DID/)).toBeTruthy();
    await waitFor(() => expect(reissued).toEqual(['new-id']));
    expect(screen.queryByText(/Re-issuing your badge/)).toBeNull();
    expect(calls.slice(1, 3)).toEqual([`PUT /me/holder-did ${JSON.stringify({ did: DID })}`, `POST /me/badges/${ID}/reissue-to-did {}`]);
    expect(calls.filter((call) => call === 'GET /me/badge-issuances/req-1')).toHaveLength(2);
  });

  it('offers nothing for a revoked badge', () => {
    render(<AddToWallet badge={{ ...badge, status: 'revoked' }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
