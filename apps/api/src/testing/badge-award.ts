import type { TestAccount } from './accounts.js';
import type { TestApp } from './test-app.js';

/** An admin awards the achievement by hand (with a narrative); the answer is the issued badge. */
export async function awardByAdmin(app: TestApp, admin: TestAccount, learnerId: string, achievement: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/badge-awards',
    headers: admin.auth,
    payload: { learnerId, achievement, evidenceNarrative: 'Finished the series.' },
  });
  if (response.statusCode !== 201) throw new Error(`award failed: ${response.statusCode} ${response.body}`);
  return response.json() as { credentialId: string; validUntil: string | null };
}
