import type { KeyDate, Organization, Program, ProgramOrganization, Series, Session } from '@stacks/db';
import { isRecordingAvailable, sessionCreditHours } from '@stacks/learning-domain';
import type {
  KeyDateDto,
  OrganizationDto,
  ProgramSummaryDto,
  RecordingDto,
  SeriesSummaryDto,
  SessionSummaryDto,
} from './dto/catalogue.dto.js';

/** Prisma `include` that every session summary needs. */
export const SESSION_SUMMARY_INCLUDE = {
  program: { select: { slug: true, title: true } },
  series: { select: { slug: true, title: true } },
} as const;

export type SessionWithRefs = Session & {
  program: { slug: string; title: string };
  series: { slug: string; title: string } | null;
};

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export function recordingOf(
  session: Pick<Session, 'recordingUrl' | 'recordingAvailableFrom' | 'recordingAvailableUntil' | 'recordingMinutes'>,
  now: Date,
): RecordingDto {
  return {
    availableNow: isRecordingAvailable(session, now),
    url: session.recordingUrl,
    availableFrom: session.recordingAvailableFrom,
    availableUntil: session.recordingAvailableUntil,
    minutes: session.recordingMinutes,
  };
}

export function toSessionSummary(session: SessionWithRefs, now: Date): SessionSummaryDto {
  return {
    id: session.id,
    slug: session.slug,
    title: session.title,
    type: session.type,
    status: session.status,
    program: session.program,
    series: session.series,
    position: session.position,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    recording: recordingOf(session, now),
    creditHours: sessionCreditHours(session),
    capacity: session.capacity,
    free: session.priceCents === 0,
    priceCents: session.priceCents,
    location: session.location,
    joinUrl: session.joinUrl,
    libraryTypes: session.libraryTypes,
    completion: {
      recordingCompletion: session.recordingCompletion,
      attendanceMinMinutes: session.attendanceMinMinutes,
      attendanceMinPercent: session.attendanceMinPercent,
    },
  };
}

export function toProgramSummary(program: Program): ProgramSummaryDto {
  return {
    id: program.id,
    slug: program.slug,
    title: program.title,
    acronym: program.acronym,
    kind: program.kind,
    summary: program.summary,
    audience: program.audience,
    libraryTypes: program.libraryTypes,
    librarySizes: program.librarySizes,
    startsOn: isoDate(program.startsOn),
    endsOn: isoDate(program.endsOn),
    url: program.url,
    tags: program.tags,
  };
}

export function toSeriesSummary(series: Series): SeriesSummaryDto {
  return {
    id: series.id,
    slug: series.slug,
    title: series.title,
    description: series.description,
    audience: series.audience,
    rule: series.rule,
    requiredCount: series.requiredCount,
    unlockTitle: series.unlockTitle,
    unlockDescription: series.unlockDescription,
    libraryTypes: series.libraryTypes,
    librarySizes: series.librarySizes,
  };
}

export function toOrganization(link: ProgramOrganization & { organization: Organization }): OrganizationDto {
  const { organization } = link;
  return {
    slug: organization.slug,
    name: organization.name,
    acronym: organization.acronym,
    role: link.role,
    url: organization.url,
    description: organization.description,
  };
}

export function toKeyDate(keyDate: KeyDate & { program: { slug: string; title: string } }): KeyDateDto {
  return {
    slug: keyDate.slug,
    title: keyDate.title,
    kind: keyDate.kind,
    date: isoDate(keyDate.date) as string,
    description: keyDate.description,
    program: keyDate.program,
  };
}
