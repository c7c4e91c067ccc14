import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The source documents sit beside the repository (../shared/seeds). CI always has them there; a
// checkout elsewhere skips the checks against their text instead of failing.
export const SOURCE_DOCUMENTS_DIR = path.resolve(fileURLToPath(import.meta.url), '../../../../../shared/seeds');
export const SOURCE_DOCUMENTS_PRESENT = existsSync(SOURCE_DOCUMENTS_DIR);
if (!SOURCE_DOCUMENTS_PRESENT && process.env.CI) throw new Error(`the source documents are missing at ${SOURCE_DOCUMENTS_DIR}`);
