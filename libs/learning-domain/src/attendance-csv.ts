import { parseCsv } from './csv.js';
import { zonedTimeToInstant } from './zoned-time.js';

export interface AttendanceRow {
  /** Line of the learner's first valid record (the header is line 1). */
  line: number;
  /** Lower-cased and trimmed. */
  email: string;
  name: string | null;
  /** Summed over rejoins, at most a day. */
  minutesAttended: number;
  firstJoinedAt: Date | null;
}

export interface RowError {
  line: number;
  /** `email`, `joinTime`, `leaveTime`, `minutes`, `header` or `file`. */
  field: string;
  /** `required`, `isEmail`, `isDate`, `leaveAfterJoin`, `nonNegative`, `maxMinutes`, `columns`, `maxRows`. */
  rule: string;
  message: string;
}

export interface ParsedAttendance {
  rows: AttendanceRow[];
  errors: RowError[];
  /** Data records in the file (header and blank lines excluded). */
  totalRecords: number;
}

export interface AttendanceCsvOptions {
  /** Zone of times written without an offset: an IANA name or a fixed offset such as `-06:00`. Default UTC. */
  timeZone?: string;
  maxRows?: number;
}

const MAX_MINUTES = 1440;

// Column names as the common webinar platforms export them, lower-cased.
const COLUMN_NAMES = {
  email: ['email', 'e-mail', 'user email', 'attendee email', 'email address', 'participant email'],
  name: ['name', 'user name', 'name (original name)', 'attendee name', 'full name', 'participant name', 'participant'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  joinTime: ['join time', 'joined at', 'join', 'join time (utc)', 'first join time', 'first join'],
  leaveTime: ['leave time', 'left at', 'leave', 'leave time (utc)', 'last leave time', 'last leave'],
  minutes: ['minutes', 'duration (minutes)', 'duration (mins)', 'time in session (minutes)', 'minutes attended', 'attendance duration', 'duration'],
} as const;

type Column = keyof typeof COLUMN_NAMES;

// A pragmatic address check: something@domain.tld, no spaces; the account lookup does the rest.
const EMAIL = /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]{2,}$/;

/** Validates every record of an attendance export and merges rejoins per learner. */
export function parseAttendanceCsv(text: string, options: AttendanceCsvOptions = {}): ParsedAttendance {
  const timeZone = options.timeZone ?? 'UTC';
  const maxRows = options.maxRows ?? 10_000;
  const [header, ...records] = parseCsv(text);
  if (!header) {
    return { rows: [], errors: [{ line: 1, field: 'header', rule: 'required', message: 'the file is empty; expected a header row' }], totalRecords: 0 };
  }
  const columns = locateColumns(header.fields);
  const missing: string[] = [];
  if (columns.email === undefined) missing.push('an email column');
  const hasTimes = columns.joinTime !== undefined && columns.leaveTime !== undefined;
  if (!hasTimes && columns.minutes === undefined) missing.push('join and leave times or a minutes column');
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [{ line: header.line, field: 'header', rule: 'columns', message: `the header needs ${missing.join(' and ')}` }],
      totalRecords: records.length,
    };
  }
  if (records.length > maxRows) {
    return {
      rows: [],
      errors: [{ line: records[maxRows].line, field: 'file', rule: 'maxRows', message: `at most ${maxRows} records per import` }],
      totalRecords: records.length,
    };
  }

  const errors: RowError[] = [];
  const byEmail = new Map<string, AttendanceRow>();
  for (const record of records) {
    const cell = (column: Column) => {
      const index = columns[column];
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const rowErrors: RowError[] = [];
    const fail = (field: string, rule: string, message: string) => rowErrors.push({ line: record.line, field, rule, message });

    const email = cell('email').toLowerCase();
    if (!email) fail('email', 'required', 'email is empty');
    else if (!EMAIL.test(email)) fail('email', 'isEmail', `email "${email}" is not a valid address`);

    let joinedAt: Date | null = null;
    let minutes: number | null = null;
    if (hasTimes && (cell('joinTime') || cell('leaveTime') || columns.minutes === undefined)) {
      joinedAt = parseTime(cell('joinTime'), timeZone);
      const leftAt = parseTime(cell('leaveTime'), timeZone);
      if (!joinedAt) fail('joinTime', cell('joinTime') ? 'isDate' : 'required', `join time "${cell('joinTime')}" is not a date and time`);
      if (!leftAt) fail('leaveTime', cell('leaveTime') ? 'isDate' : 'required', `leave time "${cell('leaveTime')}" is not a date and time`);
      if (joinedAt && leftAt) {
        if (leftAt < joinedAt) fail('leaveTime', 'leaveAfterJoin', 'leave time is before join time');
        else minutes = Math.floor((leftAt.getTime() - joinedAt.getTime()) / 60_000);
      }
    }
    if (columns.minutes !== undefined && cell('minutes') !== '') {
      const value = Number(cell('minutes'));
      if (!Number.isFinite(value)) fail('minutes', 'isNumber', `minutes "${cell('minutes')}" is not a number`);
      else if (value < 0) fail('minutes', 'nonNegative', 'minutes must not be negative');
      else if (value > MAX_MINUTES) fail('minutes', 'maxMinutes', `minutes must be at most ${MAX_MINUTES}`);
      else minutes = Math.floor(value);
    } else if (!hasTimes) {
      fail('minutes', 'required', 'minutes is empty');
    }
    if (minutes !== null && minutes > MAX_MINUTES && !rowErrors.length) fail('leaveTime', 'maxMinutes', `attendance must be at most ${MAX_MINUTES} minutes`);

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ') || null;
    const known = byEmail.get(email);
    if (known) {
      known.minutesAttended = Math.min(MAX_MINUTES, known.minutesAttended + (minutes ?? 0));
      if (joinedAt && (!known.firstJoinedAt || joinedAt < known.firstJoinedAt)) known.firstJoinedAt = joinedAt;
      known.name ??= name;
    } else {
      byEmail.set(email, { line: record.line, email, name, minutesAttended: minutes ?? 0, firstJoinedAt: joinedAt });
    }
  }
  return { rows: [...byEmail.values()], errors, totalRecords: records.length };
}

function locateColumns(headerFields: string[]): Partial<Record<Column, number>> {
  const normalised = headerFields.map((field) => field.trim().toLowerCase().replace(/\s+/g, ' '));
  const located: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    const index = normalised.findIndex((name) => (COLUMN_NAMES[column] as readonly string[]).includes(name));
    if (index >= 0) located[column] = index;
  }
  return located;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const US_LOCAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?$/i;

/** ISO 8601 (with or without an offset) or the US `MM/DD/YYYY hh:mm:ss AM` that Zoom writes. */
export function parseTime(value: string, timeZone: string): Date | null {
  if (!value) return null;
  if (ISO_WITH_OFFSET.test(value)) {
    const parsed = new Date(value.replace(' ', 'T'));
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  let parts: { year: number; month: number; day: number; hour: number; minute: number; second: number } | null = null;
  const iso = ISO_LOCAL.exec(value);
  const us = US_LOCAL.exec(value);
  if (iso) {
    parts = { year: +iso[1], month: +iso[2], day: +iso[3], hour: +iso[4], minute: +iso[5], second: +(iso[6] ?? 0) };
  } else if (us) {
    let hour = +us[4];
    const meridiem = us[7]?.toUpperCase();
    if (meridiem && (hour < 1 || hour > 12)) return null;
    if (meridiem === 'PM' && hour < 12) hour += 12;
    if (meridiem === 'AM' && hour === 12) hour = 0;
    parts = { year: +us[3], month: +us[1], day: +us[2], hour, minute: +us[5], second: +(us[6] ?? 0) };
  }
  if (!parts || !isRealDateTime(parts)) return null;
  return zonedTimeToInstant(parts, timeZone);
}

function isRealDateTime(parts: { year: number; month: number; day: number; hour: number; minute: number; second: number }): boolean {
  const probe = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return (
    probe.getUTCFullYear() === parts.year &&
    probe.getUTCMonth() === parts.month - 1 &&
    probe.getUTCDate() === parts.day &&
    parts.hour < 24 &&
    parts.minute < 60 &&
    parts.second < 60
  );
}
