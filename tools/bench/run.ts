// `npm run bench`: every benchmark, with ratios against baselines measured in the same run.
// Results print as a table and are written to tmp/bench/results.json; docs/benchmarks.md records them.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchCompletionWrites } from './completion-writes.bench.js';
import { benchProgressRead } from './progress-read.bench.js';

const only = process.argv[2];
// A run with failed requests measures error paths, not the work: say so and exit non-zero.
const failures: string[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, node: process.version };

if (!only || only === 'completion-writes') {
  const writes = await benchCompletionWrites();
  results.completionWrites = writes;
  console.log('\nCompletion-event writes (POST /api/v1/me/completion-events)');
  console.table({
    'raw Fastify + pg': { 'req/s': writes.rawBaseline.requestsPerSecond.toFixed(0), 'p50 ms': writes.rawBaseline.p50, 'p99 ms': writes.rawBaseline.p99, errors: writes.rawBaseline.errors + writes.rawBaseline.non2xx },
    'Stacks API': { 'req/s': writes.stacks.requestsPerSecond.toFixed(0), 'p50 ms': writes.stacks.p50, 'p99 ms': writes.stacks.p99, errors: writes.stacks.errors + writes.stacks.non2xx },
  });
  console.log(`ratio Stacks / raw: ${writes.ratio.toFixed(2)}x (target >= 0.5x)`);
  for (const [label, run] of Object.entries({ raw: writes.rawBaseline, stacks: writes.stacks })) {
    if (run.errors + run.non2xx > 0) failures.push(`completion writes (${label}): ${run.errors + run.non2xx} failed requests`);
  }
}

if (!only || only === 'progress-read') {
  const progress = await benchProgressRead();
  results.progressRead = progress;
  console.log(`\nProgress reads (GET /api/v1/me/progress), ${progress.learners} learners x ${progress.sessions} sessions`);
  console.table({
    'Stacks API': { 'req/s': progress.load.requestsPerSecond.toFixed(0), 'p50 ms': progress.load.p50, 'p97.5 ms': progress.load.p97_5, 'p99 ms': progress.load.p99, errors: progress.load.errors + progress.load.non2xx },
  });
  console.log(`p99 ${progress.load.p99} ms (target < 20 ms)`);
  if (progress.load.errors + progress.load.non2xx > 0) failures.push(`progress reads: ${progress.load.errors + progress.load.non2xx} failed requests`);
}

mkdirSync('tmp/bench', { recursive: true });
writeFileSync('tmp/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
if (failures.length > 0) console.error(`\nINVALID RUN:\n- ${failures.join('\n- ')}`);
process.exit(failures.length > 0 ? 1 : 0);
