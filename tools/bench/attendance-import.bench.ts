// Attendance import: a generated 20 000-row Zoom webinar attendee report sent through
// POST /api/v1/admin/sessions/{session}/attendance-imports (dry run, then apply), against the
// same rows inserted by one bare pg INSERT … unnest in the same run (the floor for the writes).
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { parseConfig } from '@stacks/config';
import { createBenchDatabase } from './lib/bench-database.js';
import { BENCH_JWT_SECRET, seedBenchFixtures } from './lib/bench-fixtures.js';
import { startServer } from './lib/server-process.js';

export interface ImportPhase {
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident set of the API process during the phase (MiB). */
  peakRssMiB: number;
  status: number;
}

export interface AttendanceImportResult {
  rows: number;
  bytes: number;
  learners: number;
  pendingAddresses: number;
  idleRssMiB: number;
  dryRun: ImportPhase;
  apply: ImportPhase;
  reimport: ImportPhase;
  bareInsert: { seconds: number; rowsPerSecond: number };
  /** Apply time / bare insert time. */
  ratio: number;
  report: Record<string, unknown>;
}

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
/** Each attendee joins twice; half the attendees have an account, half are pending. */
const JOINS = 2;

const pad = (value: number) => String(value).padStart(2, '0');
const zoomTime = (minutes: number) => {
  const hour = 18 + Math.floor(minutes / 60);
  const hour12 = hour > 12 ? hour - 12 : hour;
  return `"Dec 14, 2026 ${pad(hour12)}:${pad(minutes % 60)} ${hour >= 12 ? 'PM' : 'AM'}"`;
};

interface GeneratedRow {
  email: string;
  name: string;
  joinMinute: number;
  minutes: number;
}

/** A Zoom webinar attendee report as Zoom writes it: preamble, host and panelist sections, then attendees. */
export function zoomWebinarReport(rows: number, learners: number): { text: string; generated: GeneratedRow[] } {
  const attendees = rows / JOINS;
  const generated: GeneratedRow[] = [];
  for (let index = 0; index < attendees; index += 1) {
    const email = index < learners ? `bench-${index + 1}@bench.example` : `pending-${index + 1}@newcomers.example`;
    generated.push({ email, name: `Attendee ${index + 1}`, joinMinute: 0, minutes: 25 });
    generated.push({ email, name: `Attendee ${index + 1}`, joinMinute: 30, minutes: 20 + (index % 10) });
  }
  const header =
    'Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,';
  const lines = [
    'Attendee Report,',
    'Report Generated:,"Dec 14, 2026 08:15 PM",',
    'Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,# Cancelled,Unique Viewers,Total Users,Max Concurrent Views,',
    `Bench webinar,912 3456 7890,"Dec 14, 2026 06:00 PM",60,${attendees},0,${attendees},${rows},${attendees},`,
    'Host Details,',
    'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,',
    'Yes,Bench Host,host@staff.example,"Dec 14, 2026 05:50 PM","Dec 14, 2026 07:05 PM",75,No,United States,',
    'Attendee Details,',
    header,
    ...generated.map(
      (row) =>
        `Yes,${row.name},Attendee,${row.name.split(' ')[1]},${row.email},"Dec 1, 2026 09:00 AM",approved,${zoomTime(row.joinMinute)},${zoomTime(row.joinMinute + row.minutes)},${row.minutes},No,United States,`,
    ),
  ];
  return { text: `${lines.join('\r\n')}\r\n`, generated };
}

function peakRssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

function resetPeak(pid: number | undefined): void {
  // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux); ignored where not allowed.
  try {
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* the peak then covers the process's life so far */
  }
}

export async function benchAttendanceImport(): Promise<AttendanceImportResult> {
  const config = parseConfig(process.env);
  const database = await createBenchDatabase(config.DATABASE_URL);
  const learners = ROWS / JOINS / 2;
  try {
    const fixtures = await seedBenchFixtures(database.url, { series: 1, sessionsPerSeries: 1, learners });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const adminId = randomUUID();
    const family = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", "displayName", role, "updatedAt") VALUES ($1, 'bench-admin@bench.example', 'x', 'Bench admin', 'ADMIN', now())`,
      [adminId],
    );
    await client.query(
      `INSERT INTO "RefreshToken" (id, "userId", "familyId", "tokenHash", "expiresAt") VALUES (gen_random_uuid(), $1, $2, md5(random()::text), now() + interval '1 day')`,
      [adminId, family],
    );
    await client.query(`UPDATE "Session" SET "startsAt" = '2026-12-14T18:00:00Z' WHERE id = $1`, [fixtures.sessionIds[0]]);
    const adminToken = jwt.sign({ sub: adminId, role: 'ADMIN', sid: family }, BENCH_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });
    const { text, generated } = zoomWebinarReport(ROWS, learners);
    const body = Buffer.from(text);

    const port = 3911;
    const server = await startServer(
      'apps/api/src/main.ts',
      { DATABASE_URL: database.url, API_PORT: String(port), JWT_ACCESS_SECRET: BENCH_JWT_SECRET, QUEUE_PREFIX: 'stacks-bench-import', DATABASE_POOL_SIZE: '10' },
      port,
    );
    try {
      const idleRssMiB = peakRssMiB(server.pid);
      const upload = async (query: string): Promise<{ phase: ImportPhase; report: Record<string, unknown> }> => {
        resetPeak(server.pid);
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/admin/sessions/${fixtures.sessionIds[0]}/attendance-imports${query}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
          body,
        });
        const report = (await response.json()) as Record<string, unknown>;
        const seconds = (performance.now() - started) / 1000;
        return { phase: { seconds: round(seconds), rowsPerSecond: Math.round(ROWS / seconds), peakRssMiB: peakRssMiB(server.pid), status: response.status }, report };
      };
      const dryRun = await upload('?dryRun=true');
      const apply = await upload('');
      const reimport = await upload('');

      // Baseline: the same rows written by one bare statement (no parsing, no validation, no rules).
      await client.query('CREATE TEMP TABLE bench_attendance (email text, name text, joined timestamptz, minutes int)');
      const started = performance.now();
      await client.query(
        `INSERT INTO bench_attendance SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::int[])`,
        [
          generated.map((row) => row.email),
          generated.map((row) => row.name),
          generated.map((row) => new Date(Date.UTC(2026, 11, 14, 18, row.joinMinute))),
          generated.map((row) => row.minutes),
        ],
      );
      const bareSeconds = (performance.now() - started) / 1000;
      await client.end();
      return {
        rows: ROWS,
        bytes: body.length,
        learners,
        pendingAddresses: ROWS / JOINS - learners,
        idleRssMiB,
        dryRun: dryRun.phase,
        apply: apply.phase,
        reimport: reimport.phase,
        bareInsert: { seconds: round(bareSeconds), rowsPerSecond: Math.round(ROWS / bareSeconds) },
        ratio: apply.phase.seconds / bareSeconds,
        report: Object.fromEntries(Object.entries(apply.report).filter(([key]) => !['pending', 'errors'].includes(key))),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
