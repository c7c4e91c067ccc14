// `npm run faults [-- <scenario>...]`: each fault scenario on its own PostgreSQL / Redis / stand-ins,
// one verdict line per scenario, figures in tmp/faults/results.json; exit 1 if any scenario fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { botReconnectFault } from './bot-reconnect.fault.js';
import { postgresRestartFault } from './postgres-restart.fault.js';
import { redisRestartFault } from './redis-restart.fault.js';
import type { ScenarioResult } from './scenario.js';

const scenarios: Record<string, () => Promise<ScenarioResult>> = {
  'postgres-restart': postgresRestartFault,
  'redis-restart': redisRestartFault,
  'bot-reconnect': botReconnectFault,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in scenarios));
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

const results: ScenarioResult[] = [];
for (const name of wanted.length ? wanted : Object.keys(scenarios)) {
  const startedAt = Date.now();
  let result: ScenarioResult;
  try {
    result = await scenarios[name]();
  } catch (error) {
    result = { name, passed: false, summary: 'did not complete', failures: [(error as Error).stack ?? String(error)], figures: {} };
  }
  result.figures.runSeconds = Math.round((Date.now() - startedAt) / 100) / 10;
  results.push(result);
  console.log(`${result.passed ? 'PASS' : 'FAIL'} ${name}: ${result.summary}`);
  for (const failure of result.failures) console.log(`     - ${failure}`);
}

// A run of some scenarios replaces only their entries, so the file keeps the latest figure of each.
const file = 'tmp/faults/results.json';
mkdirSync('tmp/faults', { recursive: true });
const ranAt = new Date().toISOString();
const previous: (ScenarioResult & { ranAt?: string })[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results: ScenarioResult[] }).results : [];
const merged = [...previous.filter((old) => !results.some((result) => result.name === old.name)), ...results.map((result) => ({ ...result, ranAt }))];
writeFileSync(file, `${JSON.stringify({ results: merged }, null, 2)}\n`);
console.log('figures written to tmp/faults/results.json');
process.exit(results.every((result) => result.passed) ? 0 : 1);
