import type { Verdict } from '@stacks/badges';

export interface CredentialPageInput {
  credentialId: string;
  learnerName: string;
  achievement: { name: string; description: string; criteria: string };
  issuer: { name: string; url: string; did: string };
  issuedAt: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  evidence: { url: string | null; narrative: string | null };
  verdict: Verdict;
  links: { json: string; jws: string; bakedSvg: string; bakedPng: string };
  imageUrl: string;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) stays text. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : null);

const formatDate = (date: Date) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';

/** The public, human-readable page of a credential: who, what, when, issuer and its current status. */
export function renderCredentialPage(input: CredentialPageInput): string {
  const { verdict } = input;
  const statusLabel: Record<string, string> = {
    valid: 'Valid',
    revoked: 'Revoked',
    expired: 'Expired',
    'not-yet-valid': 'Not yet valid',
    invalid: 'Cannot be verified',
  };
  const statusText = statusLabel[verdict.status] ?? verdict.status;
  const revocation =
    verdict.status === 'revoked' && input.revocationReason
      ? `<p>Revoked on ${escapeHtml(formatDate(input.revokedAt as Date))}. Reason given by the issuer: ${escapeHtml(input.revocationReason)}</p>`
      : '';
  const evidenceUrl = input.evidence.url ? safeHref(input.evidence.url) : null;
  const evidence =
    input.evidence.url || input.evidence.narrative
      ? `<h2>Evidence</h2>${input.evidence.narrative ? `<p>${escapeHtml(input.evidence.narrative)}</p>` : ''}${
          input.evidence.url ? `<p>${evidenceUrl ? `<a href="${evidenceUrl}" rel="nofollow noopener">${evidenceUrl}</a>` : escapeHtml(input.evidence.url)}</p>` : ''
        }`
      : '';
  const issuerHref = safeHref(input.issuer.url);
  const checks = verdict.checks
    .map((check) => `<li class="${check.passed ? 'pass' : 'fail'}">${check.passed ? '✓' : '✗'} ${escapeHtml(check.check)}: ${escapeHtml(check.message)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.achievement.name)} — awarded to ${escapeHtml(input.learnerName)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
.status{display:inline-block;padding:.2rem .7rem;border-radius:1rem;font-weight:bold;color:#fff}
.status-valid{background:#2e7d32}.status-revoked,.status-invalid{background:#b71c1c}.status-expired,.status-not-yet-valid{background:#8d6e00}
.badge{float:right;width:9rem;height:9rem;margin:0 0 1rem 1rem}
dt{font-weight:bold}dd{margin:0 0 .6rem 0}.pass{color:#2e7d32}.fail{color:#b71c1c}ul.checks{list-style:none;padding:0}
</style>
</head>
<body>
<main>
<img class="badge" src="${escapeHtml(input.imageUrl)}" alt="">
<h1>${escapeHtml(input.achievement.name)}</h1>
<p><span class="status status-${escapeHtml(verdict.status)}">${escapeHtml(statusText)}</span></p>
<p>${escapeHtml(verdict.reason)}</p>
${revocation}
<dl>
<dt>Awarded to</dt><dd>${escapeHtml(input.learnerName)}</dd>
<dt>Issued by</dt><dd>${issuerHref ? `<a href="${issuerHref}">${escapeHtml(input.issuer.name)}</a>` : escapeHtml(input.issuer.name)} <small>(${escapeHtml(input.issuer.did)})</small></dd>
<dt>Issued on</dt><dd>${escapeHtml(formatDate(input.issuedAt))}</dd>
<dt>Valid until</dt><dd>${input.validUntil ? escapeHtml(formatDate(input.validUntil)) : 'No expiry'}</dd>
</dl>
<h2>What it recognises</h2>
<p>${escapeHtml(input.achievement.description)}</p>
<h2>How it is earned</h2>
<p>${escapeHtml(input.achievement.criteria)}</p>
${evidence}
<h2>Verification</h2>
<ul class="checks">${checks}</ul>
<p>This is an Open Badges 3.0 credential signed with EdDSA (VC-JOSE). Download it as
<a href="${escapeHtml(input.links.json)}">JSON</a>, <a href="${escapeHtml(input.links.jws)}">signed JWS</a>,
or a baked badge image (<a href="${escapeHtml(input.links.bakedPng)}">PNG</a>, <a href="${escapeHtml(input.links.bakedSvg)}">SVG</a>),
and check it with any verifier that resolves did:web.</p>
</main>
</body>
</html>
`;
}
