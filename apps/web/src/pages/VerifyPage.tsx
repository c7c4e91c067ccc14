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
      // The signed form is what gets verified: the signature, the issuer's key, the status list.
      const jws = await api.request<string>(`/credentials/${encodeURIComponent(credentialId)}/jws`, { text: true, headers: { accept: 'application/vc+jwt' } });
      const [verdict, holder, claims] = await Promise.all([
        api.request<Verdict>('/verify', { method: 'POST', body: jws, contentType: 'application/vc+jwt' }),
        api.request<{ name: string }>(`/credentials/${encodeURIComponent(credentialId)}/holder`).then((found) => found.name, () => null),
        api.request<OpenBadgeCredential>(`/credentials/${encodeURIComponent(credentialId)}`).catch(() => null),
      ]);
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
      <div className={`verdict verdict-${verdict.status}`} data-testid="verdict">
        <p className="verdict-status">
          <span aria-hidden="true">{verdict.status === 'valid' ? '✓ ' : '✗ '}</span>
          {STATUS_TEXT[verdict.status]}
        </p>
        <p>{sentence(verdict.reason)}</p>
        {verdict.status === 'revoked' && verdict.revocationReason && <p>Reason given by the issuer: {verdict.revocationReason}</p>}
      </div>
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
        <ul className="checks">
          {verdict.checks.map((check) => (
            <li key={check.check} className={check.passed ? 'pass' : 'fail'}>
              <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> <strong>{CHECK_TEXT[check.check] ?? check.check}</strong>
              <span className="visually-hidden">{check.passed ? ': passed' : ': failed'}</span>
              <br />
              <span className="muted">{sentence(check.message)}</span>
            </li>
          ))}
        </ul>
        <p>
          <button type="button" className="secondary" onClick={() => void verify()}>
            Check again
          </button>{' '}
          <a href={`/api/v1/credentials/${encodeURIComponent(credentialId)}`}>The credential as JSON</a> ·{' '}
          <a href={`/api/v1/credentials/${encodeURIComponent(credentialId)}/jws`}>signed (JWS)</a> · <Link to="/">Stacks catalogue</Link>
        </p>
      </section>
    </>
  );
}

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : '');
