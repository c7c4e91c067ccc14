import { BadgeIssuance } from '@stacks/badge-issuance';
import { PrismaService } from '@stacks/db';
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
 * signed it and the status list it sits on (which a re-issue's superseded credential changed);
 * fails at once on FAILED or an error answer, and after `timeoutMs` otherwise.
 */
export async function waitForIssued(app: TestApp, auth: Record<string, string>, location: string, timeoutMs = 30_000): Promise<Issuance> {
  const issued = await waitFor(
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
  if (issued.credentialId) await statusListSigned(app, issued.credentialId, { timeoutMs });
  return issued;
}

/**
 * Waits until the credential's status list is signed as it is now (the worker's sign-status-list
 * job, queued with the credential's new list and with every revocation), so a verifier reading
 * it sees the current bits; `signHere` signs it in this process, as the worker's handler does,
 * for specs that run no worker.
 */
export async function statusListSigned(app: TestApp, credentialId: string, options: { signHere?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const prisma = app.nest.get(PrismaService);
  const { statusListId } = await prisma.badgeCredential.findUniqueOrThrow({ where: { id: credentialId }, select: { statusListId: true } });
  if (options.signHere) await app.nest.get(BadgeIssuance).signStatusList(statusListId);
  await waitFor(
    async () => {
      const list = await prisma.badgeStatusList.findUniqueOrThrow({ where: { id: statusListId }, select: { revision: true, signedRevision: true } });
      return list.signedRevision !== null && list.signedRevision >= list.revision ? true : null;
    },
    options.timeoutMs ?? 30_000,
    `the worker to sign status list ${statusListId}`,
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
  if (options.signHere) {
    const signed = await app.nest.get(BadgeIssuance).issueRequested((response.json() as Issuance).id);
    if (signed.credentialId) await statusListSigned(app, signed.credentialId, { signHere: true });
  }
  const issued = await waitForIssued(app, admin.auth, String(response.headers.location));
  if (!issued.credential) throw new Error(`issuance ${issued.id} is ISSUED without a credential`);
  return { ...issued.credential, issuanceId: issued.id };
}
