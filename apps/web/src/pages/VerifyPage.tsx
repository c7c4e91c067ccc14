import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { OpenBadgeCredential, Verdict, VerificationCheck } from '../api/types';
import { Link, usePageTitle } from '../app/router';
import { formatDate } from '../components/format';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

const STATUS_TEXT: Record<Verdict['status'], string> = {
  valid: 'Valid',
  revoked: 'Revoked',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  invalid: 'Cannot be verified',
};

/** What each check means, for a person who has never heard of a JWS. */
const CHECK_TEXT: Record<VerificationCheck['check'], string> = {
  format: 'A well-formed, signed badge credential',
  signature: 'Signature matches the content (nobody changed it after it was issued)',
  issuer: 'Signed with a key the issuer publishes',
  schema: 'Follows the Open Badges 3.0 standard',
  status: 'Not revoked by the issuer',
  validity: 'Within its validity dates',
  content: 'Consistent content',
};

interface Result {
  verdict: Verdict;
  holder: string | null;
  /** The full credential (description, criteria, evidence); its claims are trusted only as far as the verdict says. */
  claims: OpenBadgeCredential | null;
}

/** The public page a shared badge link opens: who earned what, from whom, when, and whether it checks out. */
export function VerifyPage({ credentialId }: { credentialId: string }) {
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<unknown>();
  const name = result?.verdict.credential?.achievement.name;
  usePageTitle(name ? `Verify: ${name}` : 'Verify a badge');

  const verify = useCallback(async () => {
    setError(undefined);
    try {
      // The credential as wallets carry it (JSON with its Data Integrity proof) is what gets verified:
      // the proof, the issuer's key, the status list, the dates.
      const [claims, holder] = await Promise.all([
        api.request<OpenBadgeCredential>(`/credentials/${encodeURIComponent(credentialId)}`),
        api.request<{ name: string }>(`/credentials/${encodeURIComponent(credentialId)}/holder`).then((found) => found.name, () => null),
      ]);
      const verdict = await api.request<Verdict>('/verify', { method: 'POST', body: { credential: claims } });
      setResult({ verdict, holder, claims });
    } catch (caught) {
      setError(caught);
    }
  }, [credentialId]);

  useEffect(() => {
    void verify();
  }, [verify]);

  if (error) {
    return (
      <>
        <PageHeading>Badge not found</PageHeading>
        <ErrorMessage error={error} title="This badge could not be checked" />
        <p>Check that the link is complete. A badge link looks like /verify/ followed by a long identifier.</p>
      </>
    );
  }
  if (!result) return <Loading what="and checking the badge" />;
  const { verdict, holder, claims } = result;
  const credential = verdict.credential;
  const achievement = claims?.credentialSubject.achievement;
  const evidence = claims?.evidence ?? [];
  const issuerUrl = claims?.issuer.url;

  return (
    <>
      <PageHeading>{credential?.achievement.name ?? achievement?.name ?? 'Badge verification'}</PageHeading>
      <VerdictBanner verdict={verdict} />
      <div className="verify-layout">
        <img src={`/api/v1/credentials/${encodeURIComponent(credentialId)}/badge.svg`} alt={credential ? `Badge: ${credential.achievement.name}` : 'Badge image'} width={180} height={180} />
        <dl className="facts">
          <dt>Awarded to</dt>
          <dd>{holder ?? 'The holder of the e-mail address it was issued to'}</dd>
          <dt>Achievement</dt>
          <dd>{achievement?.description ?? '—'}</dd>
          {achievement?.criteria?.narrative && (
            <>
              <dt>How it is earned</dt>
              <dd>{achievement.criteria.narrative}</dd>
            </>
          )}
          <dt>Issued by</dt>
          <dd>
            {issuerUrl && /^https?:\/\//.test(issuerUrl) ? <a href={issuerUrl}>{credential?.issuer.name}</a> : (credential?.issuer.name ?? claims?.issuer.name)}
            {credential && <span className="muted"> ({credential.issuer.id})</span>}
          </dd>
          <dt>Issued on</dt>
          <dd>{formatDate(credential?.validFrom)}</dd>
          <dt>Valid until</dt>
          <dd>{credential?.validUntil ? formatDate(credential.validUntil) : 'Does not expire'}</dd>
          {evidence.length > 0 && (
            <>
              <dt>Evidence</dt>
              <dd>
                <ul>
                  {evidence.map((item, index) => (
                    <li key={index}>
                      {item.narrative}
                      {item.id && /^https?:\/\//.test(item.id) && (
                        <>
                          {' '}
                          <a href={item.id} rel="nofollow noopener">
                            {item.id}
                          </a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </div>
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">What was checked</h2>
        <p>This page checked the badge just now, against the issuer’s published keys and revocation list:</p>
        <CheckList checks={verdict.checks} />
        <p>
          <button type="button" className="secondary" onClick={() => void verify()}>
            Check again
          </button>{' '}
          <a href={`/api/v1/credentials/${encodeURIComponent(credentialId)}`}>The credential as JSON</a> ·{' '}
          <a href={`/api/v1/credentials/${encodeURIComponent(credentialId)}/jws`}>signed (JWS)</a> · <Link to="/verify">Check another badge</Link> ·{' '}
          <Link to="/">Stacks catalogue</Link>
        </p>
      </section>
    </>
  );
}

function VerdictBanner({ verdict }: { verdict: Verdict }) {
  return (
    <div className={`verdict verdict-${verdict.status}`} data-testid="verdict">
      <p className="verdict-status">
        <span aria-hidden="true">{verdict.status === 'valid' ? '✓ ' : '✗ '}</span>
        {STATUS_TEXT[verdict.status]}
      </p>
      <p>{sentence(verdict.reason)}</p>
      {verdict.status === 'revoked' && verdict.revocationReason && <p>Reason given by the issuer: {verdict.revocationReason}</p>}
    </div>
  );
}

function CheckList({ checks }: { checks: VerificationCheck[] }) {
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li key={check.check} className={check.passed ? 'pass' : 'fail'}>
          <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> <strong>{CHECK_TEXT[check.check] ?? check.check}</strong>
          <span className="visually-hidden">{check.passed ? ': passed' : ': failed'}</span>
          <br />
          <span className="muted">{sentence(check.message)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The content type POST /verify reads a badge file as: baked PNG or SVG, or the text of a credential. */
function uploadType(file: File): string {
  const name = file.name.toLowerCase();
  if (file.type === 'image/png' || name.endsWith('.png')) return 'image/png';
  if (file.type === 'image/svg+xml' || name.endsWith('.svg')) return 'image/svg+xml';
  return 'text/plain';
}

/**
 * The public check for a badge someone hands you: a baked badge image (PNG or SVG, as Stacks and
 * other Open Badges 3.0 issuers bake them), a credential JSON with its Data Integrity proof, or a
 * compact JWS. Every check is explained, as on a shared badge's page.
 */
export function VerifyUploadPage() {
  usePageTitle('Check a badge');
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const check = async (body: string | Blob, contentType: string) => {
    setBusy(true);
    setError(undefined);
    setVerdict(undefined);
    try {
      setVerdict(await api.request<Verdict>('/verify', { method: 'POST', body, contentType }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Check a badge</PageHeading>
      <p>Upload a badge image (PNG or SVG) with its credential baked in, or paste the credential (JSON, or a signed JWS).</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void check(text.trim(), 'text/plain');
        }}
      >
        <label htmlFor="badge-file">Badge file</label>
        <input
          id="badge-file"
          type="file"
          accept=".png,.svg,.json,.jwt,image/png,image/svg+xml,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file, uploadType(file));
          }}
        />
        <label htmlFor="badge-text">Or the credential itself</label>
        <textarea id="badge-text" rows={6} value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" disabled={busy || !text.trim()}>
          Check
        </button>
      </form>
      {busy && <Loading what="and checking the badge" />}
      {error !== undefined && <ErrorMessage error={error} title="This badge could not be checked" />}
      {verdict && (
        <section aria-labelledby="upload-checks-heading">
          <VerdictBanner verdict={verdict} />
          {verdict.credential && (
            <p>
              {verdict.credential.achievement.name ?? 'A badge'}, issued by {verdict.credential.issuer.name ?? verdict.credential.issuer.id} on{' '}
              {formatDate(verdict.credential.validFrom)}.
            </p>
          )}
          <h2 id="upload-checks-heading">What was checked</h2>
          <CheckList checks={verdict.checks} />
        </section>
      )}
    </>
  );
}

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : '');
