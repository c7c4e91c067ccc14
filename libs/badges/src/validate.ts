import Ajv2019Module from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { achievementCredentialSchema } from './schemas/achievement-credential.schema.js';

// Both packages are CommonJS with a `default` export property.
const Ajv2019 = Ajv2019Module.default;
const addFormats = addFormatsModule.default;

export interface SchemaResult {
  valid: boolean;
  /** One readable line per violation, e.g. "credentialSubject.achievement: must have required property 'name'". */
  errors: string[];
}

let compiled: ReturnType<InstanceType<typeof Ajv2019>['compile']> | undefined;

function validator() {
  if (!compiled) {
    // strict off: the 1EdTech schema carries annotations ($comment, description on $ref) Ajv's strict mode rejects.
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(achievementCredentialSchema);
  }
  return compiled;
}

/** Validates a credential against the Open Badges 3.0 AchievementCredential JSON Schema. */
export function validateCredentialSchema(credential: unknown): SchemaResult {
  const validate = validator();
  if (validate(credential)) return { valid: true, errors: [] };
  const errors = (validate.errors ?? []).slice(0, 10).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'credential';
    return `${where}: ${error.message ?? 'is invalid'}`;
  });
  return { valid: false, errors: [...new Set(errors)] };
}

export class CredentialSchemaError extends Error {
  override readonly name = 'CredentialSchemaError';
  constructor(readonly errors: string[]) {
    super(`credential does not match the Open Badges 3.0 schema: ${errors.join('; ')}`);
  }
}
