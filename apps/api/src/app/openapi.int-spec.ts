import { createConfig, lintFromString } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { WEB_API_TYPES_COMMAND, WEB_API_TYPES_FILE, webApiTypes } from '../testing/web-api-types.js';

/** The document the API serves at /docs-json, linted with Redocly's `recommended` rules. */
describe('OpenAPI document', () => {
  let app: TestApp;
  let source: string;

  beforeAll(async () => {
    app = await startTestApp();
    source = (await app.inject({ method: 'GET', url: '/docs-json' })).body;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("passes Redocly's recommended rules with no error, and every example fits its schema", async () => {
    const config = await createConfig({ extends: ['recommended'], rules: { 'no-invalid-media-type-examples': 'error', 'no-invalid-schema-examples': 'error' } });
    const problems = await lintFromString({ source, absoluteRef: 'docs-json.json', config });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
    expect(errors).toEqual([]);
  });

  it("matches the web app's generated types, so the client cannot drift from the API", async () => {
    const committed = readFileSync(WEB_API_TYPES_FILE, 'utf8');
    const current = await webApiTypes(JSON.parse(source));
    if (committed === current) return;
    const [was, is] = [committed.split('\n'), current.split('\n')];
    const line = is.findIndex((text, index) => text !== was[index]);
    throw new Error(`${WEB_API_TYPES_FILE} is stale against the OpenAPI document (line ${line + 1} should be ${JSON.stringify(is[line])}): run \`${WEB_API_TYPES_COMMAND}\` and commit it`);
  });
});
