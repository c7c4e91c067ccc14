import { spawnSync } from 'node:child_process';

describe('start-up configuration check', () => {
  it.each([
    ['DATABASE_URL', 'nonsense', 'Invalid configuration: DATABASE_URL must be a postgresql:// URL'],
    ['API_PORT', '99999', 'Invalid configuration: API_PORT Too big: expected number to be <=65535 (got "99999")'],
  ])('exits non-zero with one line naming %s when it is malformed', (key, value, line) => {
    const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', [key]: value },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe(line);
  });
});
