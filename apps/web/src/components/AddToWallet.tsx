import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Badge, BadgeIssuance, NewWalletExchange, WalletExchange } from '../api/types';
import { ErrorMessage } from './ui';
import { WalletHandOff } from './WalletHandOff';

export interface AddToWalletProps {
  badge: Badge;
  /** After a re-issue naming the wallet's DID: the list should be loaded again. */
  onReissued?: (credentialId: string) => void;
  /** How often to ask whether the wallet has taken it. */
  pollMs?: number;
}

/** The "Add to wallet" button: asks for a one-time exchange, shows its QR code, watches for the wallet. */
export function AddToWallet({ badge, onReissued, pollMs = 3000 }: AddToWalletProps) {
  const [exchange, setExchange] = useState<NewWalletExchange>();
  const [status, setStatus] = useState<WalletExchange>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const pending = exchange !== undefined && (status ?? exchange).status === 'pending';
  /** The re-issue naming the wallet's DID, while the worker signs it. */
  const [reissue, setReissue] = useState<BadgeIssuance>();

  useEffect(() => {
    if (!reissue) return;
    if (reissue.status === 'ISSUED' && reissue.credentialId) {
      setReissue(undefined);
      onReissued?.(reissue.credentialId);
      return;
    }
    if (reissue.status === 'FAILED') {
      setError(new Error(`The re-issue failed: ${reissue.failure ?? 'unknown reason'}`));
      setReissue(undefined);
      return;
    }
    const timer = setTimeout(() => {
      api.request<BadgeIssuance>(`/me/badge-issuances/${reissue.id}`).then(setReissue, setError);
    }, pollMs);
    return () => clearTimeout(timer);
  }, [reissue, pollMs, onReissued]);

  useEffect(() => {
    if (!pending || !exchange) return;
    const timer = setTimeout(() => {
      api.request<WalletExchange>(`/me/wallet-exchanges/${exchange.id}`).then(setStatus, setError);
    }, pollMs);
    return () => clearTimeout(timer);
  }, [pending, exchange, status, pollMs]);

  const start = async () => {
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setExchange(await api.request<NewWalletExchange>(`/me/badges/${badge.credentialId}/wallet-exchanges`, { method: 'POST' }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const useDid = async (did: string) => {
    setError(undefined);
    try {
      await api.request('/me/holder-did', { method: 'PUT', body: { did } });
      setReissue(await api.request<BadgeIssuance>(`/me/badges/${badge.credentialId}/reissue-to-did`, { method: 'POST', body: {} }));
    } catch (caught) {
      setError(caught);
    }
  };

  if (badge.status === 'revoked') return null;
  return (
    <div className="add-to-wallet">
      <button type="button" onClick={() => void start()} disabled={busy}>
        {exchange ? 'New wallet code' : 'Add to wallet'}
        <span className="visually-hidden"> for {badge.achievement.name}</span>
      </button>
      <ErrorMessage error={error} title="Could not hand the badge to your wallet" />
      {reissue && <p className="muted">Re-issuing your badge naming your wallet’s DID…</p>}
      {exchange && <WalletHandOff exchange={exchange} status={status} badgeName={badge.achievement.name} onUseDid={(did) => void useDid(did)} />}
    </div>
  );
}
