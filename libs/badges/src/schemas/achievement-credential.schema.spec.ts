import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2019Module from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenBadgeCredential } from '../credential.js';
import { testIssuer } from '../test-fixtures.js';
import { achievementCredentialSchema } from './achievement-credential.schema.js';

// The association's copy of 1EdTech's schema, kept beside the repository (../shared/specs). CI
// always has it there; a checkout elsewhere without it skips these two checks instead of failing.
const sharedSchemaPath = path.resolve(fileURLToPath(import.meta.url), '../../../../../../shared/specs/openbadges-3.0/achievementcredential.schema.json');
const sharedSchemaPresent = existsSync(sharedSchemaPath);
if (!sharedSchemaPresent && process.env.CI) throw new Error(`the shared Open Badges schema is missing at ${sharedSchemaPath}`);
const sharedSchema = sharedSchemaPresent ? (JSON.parse(readFileSync(sharedSchemaPath, 'utf8')) as Record<string, unknown>) : {};

(sharedSchemaPresent ? describe : describe.skip)('the Open Badges 3.0 schema we validate with', () => {
  it('is the 1EdTech schema from shared/specs, unchanged', () => {
    expect(achievementCredentialSchema).toEqual(sharedSchema);
  });

  it('accepts what we issue when the shared file itself is the schema', () => {
    // A validator of its own, compiled from the shared file, so our validate.ts is not what is tested.
    const ajv = new Ajv2019Module.default({ allErrors: true, strict: false });
    addFormatsModule.default(ajv);
    const validate = ajv.compile(sharedSchema);
    const world = testIssuer();
    const issued = [
      buildOpenBadgeCredential(world.input({ validUntil: new Date('2027-01-01T00:00:00Z') })),
      buildOpenBadgeCredential(world.input({ evidence: [{ url: 'https://example.org/report', narrative: 'Led a community forum.' }] })),
    ];
    for (const credential of issued) expect({ valid: validate(credential), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    const { credentialSubject, ...withoutSubject } = issued[0];
    expect(credentialSubject).toBeDefined();
    expect(validate(withoutSubject)).toBe(false);
  });
});
