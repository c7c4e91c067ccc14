import { zonedTimeToInstant } from './zoned-time.js';

/** One record of a delimited file, with the 1-based line it starts on. */
export interface SourceRecord {
  line: number;
  fields: string[];
}

export interface AttendanceRow {
  /** Line of the learner's first valid record. */
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
  /** `required`, `isEmail`, `isDate`, `isDuration`, `leaveAfterJoin`, `nonNegative`, `maxMinutes`, `columns`, `knownLayout`, `maxRows`. */
  rule: string;
  message: string;
}

/** The exports recognised without editing. */
export type AttendanceFormat = 'zoom-webinar' | 'zoom-meeting' | 'teams' | 'webex' | 'gotowebinar' | 'stacks-csv';

export const ATTENDANCE_FORMAT_NAMES: Record<AttendanceFormat, string> = {
  'zoom-webinar': 'Zoom webinar attendee report',
  'zoom-meeting': 'Zoom meeting participants report',
  teams: 'Microsoft Teams attendance report',
  webex: 'Webex attendance report',
  gotowebinar: 'GoToWebinar attendee report',
  'stacks-csv': 'Stacks attendance CSV',
};

export interface ParsedAttendance {
  /** Null when no known layout was found (then `errors` holds one `knownLayout` error). */
  format: AttendanceFormat | null;
  /** Title of the section the attendees were read from, or null for a single-table file. */
  section: string | null;
  rows: AttendanceRow[];
  errors: RowError[];
  /** Data records read in the attendee section(s) (headers, preamble and staff sections excluded). */
  totalRecords: number;
  /** Records of people who registered but did not attend (`Attended` = No). */
  absentRecords: number;
  /** Records of hosts, co-hosts, panelists, organizers and presenters: never counted. */
  staffRecords: number;
}

export interface AttendanceReadOptions {
  /** Zone of times written without an offset: an IANA name or a fixed offset such as `-06:00`. Default UTC. */
  timeZone?: string;
  /** Data records accepted; one more stops the read with a `maxRows` error. Default 10 000. */
  maxRows?: number;
}

const MAX_MINUTES = 1440;

/** What the unknown-layout error says was looked for. */
export const KNOWN_LAYOUTS_DESCRIPTION =
  'a Zoom webinar attendee report or meeting participants report, a Microsoft Teams attendance report ("2. Participants"), ' +
  'a Webex attendance report, a GoToWebinar attendee report ("Attendee Details"), or a header row with an email column ' +
  'and either join and leave times or a minutes column';

// Column names as the webinar platforms export them, lower-cased, spaces collapsed.
const COLUMN_NAMES = {
  email: ['email', 'e-mail', 'user email', 'attendee email', 'email address', 'participant email', 'registrant email'],
  name: ['name', 'user name', 'name (original name)', 'user name (original name)', 'attendee name', 'full name', 'participant name', 'participant', 'display name'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  joinTime: ['join time', 'joined at', 'join', 'join time (utc)', 'first join time', 'first join', 'start time'],
  leaveTime: ['leave time', 'left at', 'leave', 'leave time (utc)', 'last leave time', 'last leave', 'end time'],
  minutes: [
    'minutes',
    'duration (minutes)',
    'duration (mins)',
    'time in session (minutes)',
    'time in session',
    'in-meeting duration',
    'attendance duration',
    'attendance duration (minutes)',
    'minutes attended',
    'duration',
  ],
  attended: ['attended'],
  role: ['role', 'participant role', 'participant type', 'attendee type', 'user type'],
} as const;

type Column = keyof typeof COLUMN_NAMES;
type Columns = Partial<Record<Column, number>>;

/** Roles that run a webinar rather than attend it. */
const STAFF_ROLES = new Set(['host', 'co-host', 'cohost', 'alternative host', 'alternate host', 'panelist', 'panellist', 'organizer', 'organiser', 'co-organizer', 'presenter', 'staff', 'speaker']);

/** Section titles, lower-cased, and whether their people are attendees. */
const SECTIONS: Record<string, 'attendees' | 'staff' | 'other'> = {
  'attendee details': 'attendees',
  'host details': 'staff',
  'panelist details': 'staff',
  'organizer details': 'staff',
  'staff details': 'staff',
  'other attended': 'other',
  'attendee report': 'other',
  'attendee report:': 'other',
  'webinar details': 'other',
  summary: 'other',
  'participants': 'attendees',
  'in-meeting activities': 'other',
};

// A pragmatic address check: something@domain.tld, no spaces; the account lookup does the rest.
const EMAIL = /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]{2,}$/;

const normaliseHeader = (field: string) => field.trim().toLowerCase().replace(/\s+/g, ' ').replace(/:$/, '');

/** A section title is a record with one non-empty cell (exports often pad it with commas). */
function sectionTitle(fields: string[]): string | null {
  if (fields[0].trim() === '') return null;
  for (let index = 1; index < fields.length; index += 1) if (fields[index].trim() !== '') return null;
  const title = normaliseHeader(fields[0]).replace(/^\d+\.\s*/, '');
  return title in SECTIONS ? title : null;
}

function locateColumns(headerFields: string[]): Columns {
  const normalised = headerFields.map(normaliseHeader);
  const located: Columns = {};
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    // The first name in the list wins (Zoom has both "Duration" per join and nothing else; Webex both).
    for (const candidate of COLUMN_NAMES[column] as readonly string[]) {
      const index = normalised.indexOf(candidate);
      if (index >= 0) {
        located[column] = index;
        break;
      }
    }
  }
  return located;
}

function identifyFormat(header: string[], context: { section: string | null; sawMeetingSummary: boolean }): AttendanceFormat {
  const names = new Set(header.map(normaliseHeader));
  if (names.has('in-meeting duration') || context.section === 'participants') return 'teams';
  if (names.has('interest rating')) return 'gotowebinar';
  if (names.has('time in session (minutes)') || (names.has('attended') && context.section === 'attendee details')) return 'zoom-webinar';
  if (context.sawMeetingSummary || (names.has('name (original name)') && names.has('user email'))) return 'zoom-meeting';
  if (names.has('attendee email') || names.has('attendance duration') || names.has('connection type')) return 'webex';
  return 'stacks-csv';
}

/**
 * Reads an attendance export record by record (so a caller can stream a large file through it):
 * finds the layout and the section with the attendees, skips preambles, staff sections and
 * absentees, validates every attendee record and merges rejoins per e-mail.
 */
export class AttendanceReader {
  private readonly timeZone: string;
  private readonly maxRows: number;
  private format: AttendanceFormat | null = null;
  private readSection: string | null = null;
  /** Section of the records being read now; null before the first title. */
  private section: string | null = null;
  private columns: Columns | null = null;
  private expectHeader = false;
  private sawMeetingSummary = false;
  private meetingSummaryColumns: Columns | null = null;
  private hostEmail: string | null = null;
  private firstLine = '';
  private stopped = false;
  private readonly errors: RowError[] = [];
  private readonly byEmail = new Map<string, AttendanceRow>();
  private totalRecords = 0;
  private absentRecords = 0;
  private staffRecords = 0;
  private sectionsSeen = 0;
  private firstHeaderMiss: { line: number; missing: string } | null = null;

  constructor(options: AttendanceReadOptions = {}) {
    this.timeZone = options.timeZone ?? 'UTC';
    this.maxRows = options.maxRows ?? 10_000;
  }

  /** False once the read stopped (row limit): the caller may stop feeding records. */
  get accepting(): boolean {
    return !this.stopped;
  }

  push(record: SourceRecord): void {
    if (this.stopped) return;
    const fields = record.fields;
    if (fields.every((field) => field.trim() === '')) return;
    if (!this.firstLine) this.firstLine = normaliseHeader(fields[0]);

    const title = sectionTitle(fields);
    if (title) {
      this.section = title;
      this.sectionsSeen += 1;
      this.expectHeader = true;
      this.columns = null;
      return;
    }
    if (this.meetingSummaryColumns) {
      // The one data row under a Zoom meeting's summary header names the host.
      const index = this.meetingSummaryColumns.email;
      if (index !== undefined) this.hostEmail = (fields[index] ?? '').trim().toLowerCase() || null;
      this.meetingSummaryColumns = null;
      return;
    }
    if (this.expectHeader || this.columns === null) {
      this.readHeader(record);
      return;
    }
    this.readData(record, this.columns);
  }

  private readHeader(record: SourceRecord): void {
    const names = record.fields.map(normaliseHeader);
    // Zoom's meeting report opens with a summary table ("Meeting ID", "Topic", …, "User Email" of the host).
    if (names.includes('meeting id') && names.includes('topic')) {
      this.sawMeetingSummary = true;
      this.meetingSummaryColumns = locateColumns(record.fields);
      return;
    }
    const columns = locateColumns(record.fields);
    const hasTimes = columns.joinTime !== undefined && columns.leaveTime !== undefined;
    if (columns.email === undefined || (!hasTimes && columns.minutes === undefined)) {
      // Preamble lines (report title, webinar summary) come before the first real header.
      if (!this.firstHeaderMiss) {
        const missing = [columns.email === undefined ? 'an email column' : null, !hasTimes && columns.minutes === undefined ? 'join and leave times or a minutes column' : null]
          .filter(Boolean)
          .join(' and ');
        this.firstHeaderMiss = { line: record.line, missing };
      }
      if (this.expectHeader) this.expectHeader = false;
      return;
    }
    this.expectHeader = false;
    this.columns = columns;
    const kind = this.section ? SECTIONS[this.section] : 'attendees';
    if (kind === 'attendees' && this.format === null) {
      this.format = identifyFormat(record.fields, { section: this.section, sawMeetingSummary: this.sawMeetingSummary });
      this.readSection = this.section ? titleCase(this.section) : null;
    }
  }

  private readData(record: SourceRecord, columns: Columns): void {
    const kind = this.section ? SECTIONS[this.section] : 'attendees';
    if (kind === 'staff') {
      this.staffRecords += 1;
      return;
    }
    if (kind !== 'attendees') return;
    // A second attendees table (e.g. a Teams participants section after another) is read too, once the format is known.
    const cell = (column: Column) => {
      const index = columns[column];
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    this.totalRecords += 1;
    if (this.totalRecords > this.maxRows) {
      this.errors.push({ line: record.line, field: 'file', rule: 'maxRows', message: `at most ${this.maxRows} records per import` });
      this.byEmail.clear();
      this.stopped = true;
      return;
    }
    const role = cell('role').toLowerCase();
    const email = cell('email').toLowerCase();
    if (STAFF_ROLES.has(role) || (this.hostEmail !== null && email === this.hostEmail)) {
      this.staffRecords += 1;
      this.totalRecords -= 1;
      return;
    }
    if (columns.attended !== undefined && /^(no|false|0)$/i.test(cell('attended'))) {
      this.absentRecords += 1;
      return;
    }

    const rowErrors: RowError[] = [];
    const fail = (field: string, rule: string, message: string) => rowErrors.push({ line: record.line, field, rule, message });
    if (!email) fail('email', 'required', 'email is empty');
    else if (!EMAIL.test(email)) fail('email', 'isEmail', `email "${email}" is not a valid address`);

    const hasTimes = columns.joinTime !== undefined && columns.leaveTime !== undefined;
    let joinedAt: Date | null = null;
    let minutes: number | null = null;
    const minutesText = cell('minutes');
    const hasMinutes = columns.minutes !== undefined && minutesText !== '' && minutesText !== '--';
    if (hasMinutes) {
      // The platform's own duration wins; a join time, when readable, dates the attendance.
      const value = parseDurationMinutes(minutesText);
      if (value === null) fail('minutes', /^-/.test(minutesText) ? 'nonNegative' : 'isDuration', `duration "${minutesText}" is not minutes or a duration such as 1h 2m 3s`);
      else if (value > MAX_MINUTES) fail('minutes', 'maxMinutes', `minutes must be at most ${MAX_MINUTES}`);
      else minutes = value;
      if (columns.joinTime !== undefined) joinedAt = parseTime(cell('joinTime'), this.timeZone);
    } else if (hasTimes) {
      joinedAt = parseTime(cell('joinTime'), this.timeZone);
      const leftAt = parseTime(cell('leaveTime'), this.timeZone);
      if (!joinedAt) fail('joinTime', cell('joinTime') ? 'isDate' : 'required', `join time "${cell('joinTime')}" is not a date and time`);
      if (!leftAt) fail('leaveTime', cell('leaveTime') ? 'isDate' : 'required', `leave time "${cell('leaveTime')}" is not a date and time`);
      if (joinedAt && leftAt) {
        if (leftAt < joinedAt) fail('leaveTime', 'leaveAfterJoin', 'leave time is before join time');
        else minutes = Math.floor((leftAt.getTime() - joinedAt.getTime()) / 60_000);
      }
    } else {
      fail('minutes', 'required', 'minutes is empty');
    }
    if (minutes !== null && minutes > MAX_MINUTES && rowErrors.length === 0) fail('leaveTime', 'maxMinutes', `attendance must be at most ${MAX_MINUTES} minutes`);
    if (rowErrors.length > 0) {
      this.errors.push(...rowErrors);
      return;
    }
    const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ') || null;
    const known = this.byEmail.get(email);
    if (known) {
      known.minutesAttended = Math.min(MAX_MINUTES, known.minutesAttended + (minutes ?? 0));
      if (joinedAt && (!known.firstJoinedAt || joinedAt < known.firstJoinedAt)) known.firstJoinedAt = joinedAt;
      known.name ??= name;
    } else {
      this.byEmail.set(email, { line: record.line, email, name, minutesAttended: minutes ?? 0, firstJoinedAt: joinedAt });
    }
  }

  finish(): ParsedAttendance {
    const base = { totalRecords: this.totalRecords, absentRecords: this.absentRecords, staffRecords: this.staffRecords };
    if (this.format === null) {
      const message =
        this.firstLine === ''
          ? 'the file is empty; expected an attendance report'
          : `no known attendance layout found: looked for ${KNOWN_LAYOUTS_DESCRIPTION}` +
            (this.firstHeaderMiss && this.sectionsSeen === 0 ? ` (line ${this.firstHeaderMiss.line} lacks ${this.firstHeaderMiss.missing})` : '');
      const rule = this.firstLine === '' ? 'required' : 'knownLayout';
      return { format: null, section: null, rows: [], errors: [{ line: this.firstHeaderMiss?.line ?? 1, field: 'header', rule, message }], ...base };
    }
    return { format: this.format, section: this.readSection, rows: [...this.byEmail.values()], errors: this.errors, ...base };
  }
}

/** Convenience for records already in memory. */
export function readAttendance(records: Iterable<SourceRecord>, options: AttendanceReadOptions = {}): ParsedAttendance {
  const reader = new AttendanceReader(options);
  for (const record of records) {
    reader.push(record);
    if (!reader.accepting) break;
  }
  return reader.finish();
}

const titleCase = (title: string) => title.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

/**
 * Minutes in a duration as the platforms write it: `45`, `45.5`, `1h 2m 3s`, `48m 5s`,
 * `1 hour 2 minutes`, `58 mins`, `01:02:03`. Seconds are dropped (floor). Null when unreadable.
 */
export function parseDurationMinutes(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.floor(Number(text));
  const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  // h:mm or h:mm:ss; seconds are dropped.
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const unit = /(\d+(?:\.\d+)?)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes|s|sec|secs|second|seconds)\b/g;
  let seconds = 0;
  let matched = '';
  for (let match = unit.exec(text); match; match = unit.exec(text)) {
    const amount = Number(match[1]);
    const kind = match[2][0];
    seconds += kind === 'h' ? amount * 3600 : kind === 'm' ? amount * 60 : amount;
    matched += match[0];
  }
  if (!matched || text.replace(unit, '').replace(/[\s,]/g, '') !== '') return null;
  return Math.floor(seconds / 60);
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const US_LOCAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?$/i;
const MONTH_NAME = /^([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * ISO 8601 (with or without an offset), the US `MM/DD/YYYY hh:mm:ss AM` (Zoom, Teams) and
 * `Dec 14, 2016 02:00 PM` (Zoom webinar, GoToWebinar). A trailing `UTC`/`GMT` is read as UTC.
 */
export function parseTime(value: string, timeZone: string): Date | null {
  if (!value) return null;
  let text = value.trim();
  const utcSuffix = /\s+(UTC|GMT)$/i.exec(text);
  if (utcSuffix) {
    text = text.slice(0, utcSuffix.index);
    timeZone = 'UTC';
  }
  if (ISO_WITH_OFFSET.test(text)) {
    const parsed = new Date(text.replace(' ', 'T'));
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  let parts: { year: number; month: number; day: number; hour: number; minute: number; second: number } | null = null;
  let meridiem: string | undefined;
  const iso = ISO_LOCAL.exec(text);
  const us = US_LOCAL.exec(text);
  const named = MONTH_NAME.exec(text);
  if (iso) {
    parts = { year: +iso[1], month: +iso[2], day: +iso[3], hour: +iso[4], minute: +iso[5], second: +(iso[6] ?? 0) };
  } else if (us) {
    const year = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    parts = { year, month: +us[1], day: +us[2], hour: +us[4], minute: +us[5], second: +(us[6] ?? 0) };
    meridiem = us[7]?.toUpperCase();
  } else if (named) {
    const month = MONTHS.indexOf(named[1].toLowerCase()) + 1;
    if (month === 0) return null;
    parts = { year: +named[3], month, day: +named[2], hour: +named[4], minute: +named[5], second: +(named[6] ?? 0) };
    meridiem = named[7]?.toUpperCase();
  }
  if (!parts) return null;
  if (meridiem) {
    if (parts.hour < 1 || parts.hour > 12) return null;
    if (meridiem === 'PM' && parts.hour < 12) parts.hour += 12;
    if (meridiem === 'AM' && parts.hour === 12) parts.hour = 0;
  }
  if (!isRealDateTime(parts)) return null;
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
