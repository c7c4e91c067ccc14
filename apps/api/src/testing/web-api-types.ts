import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The web app's copy of the API contract, generated from the OpenAPI document (committed). */
export const WEB_API_TYPES_FILE = new URL('../../../web/src/api/generated/openapi.ts', import.meta.url).pathname;

export const WEB_API_TYPES_COMMAND = 'npx nx run api:web-api-types';

/** TypeScript types of every path and schema of the document, as openapi-typescript writes them. */
export async function webApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true });
  return `// Generated from the API's OpenAPI document by \`${WEB_API_TYPES_COMMAND}\`; do not edit.\n// apps/api/src/app/openapi.int-spec.ts fails when it no longer matches the document.\n\n${astToString(ast)}`;
}
