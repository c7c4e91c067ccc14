import { BadgeIssuance } from '@stacks/badge-issuance';
import { waitFor } from '@stacks/test-processes';
import type { TestAccount } from './accounts.js';
import type { TestApp } from './test-app.js';

export interface IssuedBadge {
  credentialId: string;
  validUntil: string | null;
  status: string;
}

export interface Issuance {
  id: string;
  awardId: string;
  replaces: string | null;
  subjectDid: string | null;
  status: 'PENDING' | 'ISSUED' | 'FAILED';
  credentialId: string | null;
  failure: string | null;
  /** Admin answers carry the issued credential (AdminBadgeDto). */
  credential?: (IssuedBadge & { manual: boolean; replaces: string | null }) | null;
}

/**
 * Polls an issuance request (the 202's Location) as its requester would, until the worker has
 * signed it; fails at once on FAILED or an error answer, and after `timeoutMs` otherwise.
 */
export async function waitForIssued(app: TestApp, auth: Record<string, string>, location: string, timeoutMs = 30_000): Promise<Issuance> {
  return waitFor(
    async () => {
      const response = await app.inject({ method: 'GET', url: location, headers: auth });
      if (response.statusCode !== 200) throw new Error(`polling ${location} answered ${response.statusCode} ${response.body}`);
      const issuance = response.json() as Issuance;
      if (issuance.status === 'FAILED') throw new Error(`issuance ${issuance.id} failed: ${issuance.failure}`);
      return issuance.status === 'ISSUED' ? issuance : null;
    },
    timeoutMs,
    `the worker to sign ${location}`,
  );
}

/** An admin awards the achievement by hand (with a narrative) and waits for the worker to sign it; the answer is the issued badge. */
export async function awardByAdmin(
  app: TestApp,
  admin: TestAccount,
  learnerId: string,
  achievement: string,
  evidenceNarrative = 'Finished the series.',
  options: { signHere?: boolean } = {},
): Promise<IssuedBadge & { issuanceId: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/badge-awards',
    headers: admin.auth,
    payload: { learnerId, achievement, evidenceNarrative },
  });
  if (response.statusCode !== 202) throw new Error(`award failed: ${response.statusCode} ${response.body}`);
  // For specs that run no worker and drive what follows an award by hand: sign it in this process,
  // exactly as the worker's handler does.
  if (options.signHere) await app.nest.get(BadgeIssuance).issueRequested((response.json() as Issuance).id);
  const issued = await waitForIssued(app, admin.auth, String(response.headers.location));
  if (!issued.credential) throw new Error(`issuance ${issued.id} is ISSUED without a credential`);
  return { ...issued.credential, issuanceId: issued.id };
}
