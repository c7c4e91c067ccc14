// `npm run bench`: every benchmark, with ratios against baselines measured in the same run.
// Results print as a table and are written to tmp/bench/results.json; docs/benchmarks.md records them.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchCompletionWrites } from './completion-writes.bench.js';
import { benchAnswering } from './answering.bench.js';
import { benchAttendanceImport } from './attendance-import.bench.js';
import { benchBadges } from './badges.bench.js';
import { benchProgressRead } from './progress-read.bench.js';
import { benchReminders } from './reminders.bench.js';
import { benchWebhookFanout } from './webhook-fanout.bench.js';

const only = process.argv[2];
/** How many of the API's requests the baseline's CPU per request would pay for: steadier than req/s on a loaded machine. */
const cpuRatio = (raw: { serverCpuMsPerRequest?: number }, stacks: { serverCpuMsPerRequest?: number }) =>
  raw.serverCpuMsPerRequest && stacks.serverCpuMsPerRequest ? `${(raw.serverCpuMsPerRequest / stacks.serverCpuMsPerRequest).toFixed(2)}x` : 'n/a';
// A run with failed requests measures error paths, not the work: say so and exit non-zero.
const failures: string[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, node: process.version };

if (!only || only === 'completion-writes') {
  const writes = await benchCompletionWrites();
  results.completionWrites = writes;
  console.log('\nCompletion-event writes (POST /api/v1/me/completion-events)');
  console.table({
    'raw Fastify + pg': { 'req/s': writes.rawBaseline.requestsPerSecond.toFixed(0), 'p50 ms': writes.rawBaseline.p50, 'p99 ms': writes.rawBaseline.p99, 'server CPU ms/req': writes.rawBaseline.serverCpuMsPerRequest, errors: writes.rawBaseline.errors + writes.rawBaseline.non2xx },
    'Stacks API': { 'req/s': writes.stacks.requestsPerSecond.toFixed(0), 'p50 ms': writes.stacks.p50, 'p99 ms': writes.stacks.p99, 'server CPU ms/req': writes.stacks.serverCpuMsPerRequest, errors: writes.stacks.errors + writes.stacks.non2xx },
  });
  console.log(`ratio Stacks / raw: ${writes.ratio.toFixed(2)}x (target >= 0.55x); server CPU per request, raw / Stacks: ${cpuRatio(writes.rawBaseline, writes.stacks)}`);
  for (const [label, run] of Object.entries({ raw: writes.rawBaseline, stacks: writes.stacks })) {
    if (run.errors + run.non2xx > 0) failures.push(`completion writes (${label}): ${run.errors + run.non2xx} failed requests`);
  }
}

if (!only || only === 'progress-read') {
  const progress = await benchProgressRead();
  results.progressRead = progress;
  console.log(`\nProgress reads (GET /api/v1/me/progress), ${progress.learners} learners x ${progress.sessions} sessions`);
  const row = (load: typeof progress.load) => ({ 'req/s': load.requestsPerSecond.toFixed(0), 'p50 ms': load.p50, 'p97.5 ms': load.p97_5, 'p99 ms': load.p99, 'server CPU ms/req': load.serverCpuMsPerRequest, errors: load.errors + load.non2xx });
  console.table({ 'raw Fastify + pg, same query (baseline)': row(progress.rawBaseline), 'Stacks API': row(progress.load) });
  console.log(`p99 ${progress.load.p99} ms (target < 10 ms); ratio Stacks / raw: ${progress.ratio.toFixed(2)}x req/s (target >= 0.7x); server CPU per request, raw / Stacks: ${cpuRatio(progress.rawBaseline, progress.load)}`);
  for (const [label, load] of Object.entries({ raw: progress.rawBaseline, stacks: progress.load })) {
    if (load.errors + load.non2xx > 0) failures.push(`progress reads (${label}): ${load.errors + load.non2xx} failed requests`);
  }
}

if (!only || only === 'answering') {
  const answering = benchAnswering();
  results.answering = answering;
  console.log(`\nQuestion answering, ${answering.catalogueRows} catalogue rows + ${answering.faqEntries} FAQ entries -> ${answering.knowledgeEntries} knowledge entries, ${answering.questions} questions x 2`);
  console.table({
    'linear substring scan (baseline)': { 'build ms': answering.build.baselineMs, 'p50 ms': answering.baseline.p50, 'p95 ms': answering.baseline.p95, 'max ms': answering.baseline.max, 'right answers': answering.baseline.accuracy },
    'Stacks engine (MiniSearch + re-rank)': { 'build ms': answering.build.engineMs, 'p50 ms': answering.engine.p50, 'p95 ms': answering.engine.p95, 'max ms': answering.engine.max, 'right answers': answering.engine.accuracy },
  });
  console.log(`p95 ${answering.engine.p95} ms (target < 5 ms); baseline / engine p95: ${(answering.baseline.p95 / answering.engine.p95).toFixed(2)}x`);
  console.log(
    `Index refresh after one FAQ edit: ${answering.faqEdit.inPlaceMs} ms in place (target < 1000 ms), ${answering.faqEdit.fullRebuildMs} ms as a full rebuild; ` +
      `next answer uses the edit: ${answering.faqEdit.answeredWithEdit}`,
  );
}

if (!only || only === 'badges') {
  const badges = await benchBadges();
  results.badges = badges;
  console.log(`\nOpen Badges credentials: sign + verify, ${badges.stacks.credentials} credentials, one core`);
  console.table({
    'raw node:crypto Ed25519 sign + verify (baseline)': { 'credentials/s': badges.rawBaseline.perSecond, 'ms each': badges.rawBaseline.msPerCredential },
    'Stacks (schema + VC-JOSE sign, full verify)': { 'credentials/s': badges.stacks.perSecond, 'ms each': badges.stacks.msPerCredential },
  });
  console.log(`ratio Stacks / raw: ${badges.ratio.toFixed(2)}x; ${badges.stacks.perSecond} credentials/s (target >= 1000)`);
  const di = badges.dataIntegrity;
  console.log(`\nOpen Badges Data Integrity (eddsa-rdfc-2022): issue + verify, ${di.stacks.credentials} credentials, one core`);
  console.table({
    'bare @digitalbazaar/vc issue + verifyCredential (baseline)': { 'credentials/s': di.libraryBaseline.perSecond, 'ms each': di.libraryBaseline.msPerCredential },
    'Stacks (schema + DI proof + JWS wrap, full verify of the JSON)': { 'credentials/s': di.stacks.perSecond, 'ms each': di.stacks.msPerCredential },
  });
  console.log(`ratio Stacks / library: ${di.ratio.toFixed(2)}x (target >= 0.8x); RDFC-1.0 canonicalisation ${di.canonicalisationMsPerCredential} ms per credential`);
  if (!badges.verifiedAll) failures.push('badges: a credential failed verification');
}

if (!only || only === 'reminders') {
  const reminders = await benchReminders();
  results.reminders = reminders;
  console.log(`\nReminders: scheduling, send throughput (no-op channel), delayed-job lateness`);
  console.table({
    [`plan ${reminders.scheduling.reminders} reminders (1 session, 2 offsets)`]: { seconds: reminders.scheduling.seconds, 'per s': reminders.scheduling.perSecond, 'target': '< 10 s' },
    [`re-plan unchanged (${reminders.scheduling.replanKept} kept)`]: { seconds: reminders.scheduling.replanSeconds, 'per s': Math.round(reminders.scheduling.replanKept / reminders.scheduling.replanSeconds), target: '' },
    [`raw BullMQ addBulk of ${reminders.scheduling.reminders} delayed jobs (baseline)`]: { seconds: reminders.scheduling.rawAddBulkSeconds, 'per s': Math.round(reminders.scheduling.reminders / reminders.scheduling.rawAddBulkSeconds), target: '' },
  });
  console.log(`planning / bare addBulk: ${reminders.scheduling.ratioToAddBulk.toFixed(2)}x (target <= 1.5x)`);
  console.table({
    'raw BullMQ worker, no-op jobs (ceiling)': { 'jobs/s': reminders.throughput.rawPerSecond },
    'raw BullMQ worker + pg, ledger claim and mark-sent (baseline)': { 'jobs/s': reminders.throughput.rawDurablePerSecond },
    'Stacks send-session-reminder, no-op channel': { 'jobs/s': reminders.throughput.stacksPerSecond },
  });
  console.log(
    `ratio Stacks / raw durable: ${reminders.throughput.ratio.toFixed(2)}x (target >= 0.7x); Stacks / no-op ceiling: ${reminders.throughput.ceilingRatio.toFixed(2)}x; concurrency ${reminders.throughput.concurrency}`,
  );
  console.log(`lateness of ${reminders.lateness.jobs} delayed reminders: p50 ${reminders.lateness.p50Ms} ms, p99 ${reminders.lateness.p99Ms} ms, max ${reminders.lateness.maxMs} ms (target p99 < 250 ms)`);
  if (reminders.throughput.sent !== reminders.throughput.jobs) failures.push(`reminders: ${reminders.throughput.jobs - reminders.throughput.sent} reminders not sent`);
  if (reminders.lateness.earliestMs < 0) failures.push('reminders: a reminder was processed before it was due');
}

if (!only || only === 'attendance-import') {
  const imports = await benchAttendanceImport();
  results.attendanceImport = imports;
  console.log(
    `\nAttendance import: a ${imports.rows}-row Zoom webinar attendee report (${(imports.bytes / 1024 / 1024).toFixed(1)} MiB; ` +
      `${imports.learners} learners and ${imports.pendingAddresses} unknown addresses, two joins each)`,
  );
  const phase = (run: typeof imports.apply) => ({ seconds: run.seconds, 'rows/s': run.rowsPerSecond, 'peak RSS MiB': run.peakRssMiB, status: run.status });
  console.table({
    'bare pg INSERT … unnest of the same rows (baseline)': { seconds: imports.bareInsert.seconds, 'rows/s': imports.bareInsert.rowsPerSecond, 'peak RSS MiB': '', status: '' },
    'Stacks dry run (parse, validate, preview)': phase(imports.dryRun),
    'Stacks apply (completions, unlocks, outbox, pending)': phase(imports.apply),
    'Stacks re-import of the same file (no change)': phase(imports.reimport),
  });
  console.log(`apply ${imports.apply.seconds} s (target < 5 s); apply / bare insert: ${imports.ratio.toFixed(1)}x; API RSS idle ${imports.idleRssMiB} MiB`);
  for (const [label, run] of Object.entries({ 'dry run': imports.dryRun, apply: imports.apply, reimport: imports.reimport })) {
    if (run.status !== 200) failures.push(`attendance import (${label}): HTTP ${run.status}`);
  }
}

if (!only || only === 'webhook-fanout') {
  const fanout = await benchWebhookFanout();
  results.webhookFanout = fanout;
  console.log(`\nWebhook fan-out: ${fanout.events} events x ${fanout.endpoints} local endpoints, concurrency ${fanout.concurrency}`);
  console.table({
    'bare BullMQ + signed HTTP POST (baseline)': { seconds: fanout.baseline.seconds, 'deliveries/s': fanout.baseline.deliveriesPerSecond },
    'the same + delivery log in raw SQL (durable baseline)': { seconds: fanout.durableBaseline.seconds, 'deliveries/s': fanout.durableBaseline.deliveriesPerSecond },
    'Stacks (fan-out, SSRF check, signature, delivery log)': { seconds: fanout.stacks.seconds, 'deliveries/s': fanout.stacks.deliveriesPerSecond },
  });
  console.log(`${fanout.stacks.seconds} s (target < 30 s); ratio Stacks / bare baseline: ${fanout.ratio.toFixed(2)}x (target >= 0.6x); Stacks / durable baseline: ${fanout.durableRatio.toFixed(2)}x`);
  const expected = fanout.events * fanout.endpoints;
  if (fanout.stacks.delivered !== expected || fanout.stacks.failed > 0) failures.push(`webhook fan-out: ${expected - fanout.stacks.delivered} deliveries not logged as delivered, ${fanout.stacks.failed} failed`);
}

mkdirSync('tmp/bench', { recursive: true });
writeFileSync('tmp/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
if (failures.length > 0) console.error(`\nINVALID RUN:\n- ${failures.join('\n- ')}`);
process.exit(failures.length > 0 ? 1 : 0);
