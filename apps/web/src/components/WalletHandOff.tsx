import type { NewWalletExchange, WalletExchange } from '../api/types';
import { formatDateTime } from './format';

export interface WalletHandOffProps {
  exchange: NewWalletExchange;
  /** The latest status from GET /me/wallet-exchanges/{id}, when polled. */
  status?: WalletExchange;
  badgeName: string;
  /** Save the DID the wallet presented, to have badges re-issued naming it. */
  onUseDid?: (did: string) => void;
}

/** The QR code is an SVG document from the API; as an <img> data URL it cannot run script. */
export const qrDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** "Add to wallet": scan the QR code with the Learner Credential Wallet, or open the link on the phone. */
export function WalletHandOff({ exchange, status, badgeName, onUseDid }: WalletHandOffProps) {
  const current = status ?? exchange;
  return (
    <div className="wallet-hand-off" role="group" aria-label={`Add ${badgeName} to your wallet`}>
      {current.status === 'pending' && (
        <>
          <img src={qrDataUrl(exchange.qrSvg)} alt={`QR code: add ${badgeName} to the Learner Credential Wallet`} width={200} height={200} />
          <p>
            Scan this with the <strong>Learner Credential Wallet</strong> app, or on your phone{' '}
            <a href={exchange.walletUrl}>
              open the wallet<span className="visually-hidden"> to add {badgeName}</span>
            </a>
            . The code works once, until {formatDateTime(exchange.expiresAt)}.
          </p>
        </>
      )}
      {current.status === 'completed' && (
        <p role="status">
          Added to your wallet{current.presentedDid ? <> (it identified itself as <code>{current.presentedDid}</code>)</> : null}.
          {current.presentedDid && onUseDid && (
            <>
              {' '}
              <button type="button" className="secondary" onClick={() => onUseDid(current.presentedDid as string)}>
                Use this DID for my badges
              </button>
            </>
          )}
        </p>
      )}
      {current.status === 'expired' && <p role="status">This code has expired. Ask for a new one.</p>}
    </div>
  );
}
