import { cleanup, render, screen } from '@testing-library/react';
import type { NewWalletExchange } from '../api/types';
import { qrDataUrl, WalletHandOff } from './WalletHandOff';

afterEach(cleanup);

const exchange: NewWalletExchange = {
  id: 'e1',
  credentialId: 'c1',
  status: 'pending',
  expiresAt: '2026-12-02T02:00:00.000Z',
  completedAt: null,
  presentedDid: null,
  exchangeUrl: 'http://localhost:3000/api/v1/exchanges/token',
  walletUrl: 'https://lcw.app/request.html?vc_request_url=x',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  challenge: 'c',
};

describe('WalletHandOff', () => {
  it('shows the QR code as an image (so its SVG cannot run script) with the expiry', () => {
    render(<WalletHandOff exchange={exchange} badgeName="Dialogue" />);
    const qr = screen.getByRole('img', { name: /QR code: add Dialogue/ });
    expect(qr.getAttribute('src')).toBe(qrDataUrl(exchange.qrSvg));
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('group', { name: 'Add Dialogue to your wallet' }).textContent).toContain('works once, until Dec 2, 2026');
  });

  it('says when the code has expired, without the QR code', () => {
    render(<WalletHandOff exchange={exchange} status={{ ...exchange, status: 'expired' }} badgeName="Dialogue" />);
    expect(screen.getByRole('status').textContent).toContain('expired');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
