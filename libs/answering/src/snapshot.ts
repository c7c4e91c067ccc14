/*
 * The catalogue as the answering engine sees it: plain data, no ORM types, so the engine can be fed
 * from PostgreSQL, from the seed module or from a generated benchmark catalogue alike.
 * Dates are ISO strings: calendar dates as YYYY-MM-DD, instants as full ISO timestamps.
 */

import type { FaqEntry } from './knowledge.js';

export type OrganizationRoleName = 'LEAD' | 'PARTNER' | 'FUNDER' | 'FACILITATOR';
export type CompletionRuleName = 'ALL' | 'ANY_K' | 'IN_ORDER';

export interface OrganizationFacts {
  slug: string;
  name: string;
  acronym: string | null;
  description: string;
  url: string | null;
}

export interface SessionFacts {
  slug: string;
  title: string;
  description: string;
  type: string;
  /** 1-based order inside its series; null for a stand-alone session. */
  position: number | null;
  /** ISO instant, or null while the date is still to be announced. */
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  cancelled: boolean;
  recordingUrl: string | null;
  location: string | null;
}

export interface SeriesFacts {
  slug: string;
  title: string;
  description: string;
  audience: string;
  rule: CompletionRuleName;
  /** k for ANY_K; null means every session is required. */
  requiredCount: number | null;
  unlockTitle: string | null;
  unlockDescription: string | null;
  sessions: SessionFacts[];
}

export interface KeyDateFacts {
  slug: string;
  title: string;
  kind: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  description: string;
}

export interface ProgramFacts {
  slug: string;
  title: string;
  acronym: string | null;
  kind: string;
  summary: string;
  description: string;
  audience: string;
  libraryTypes: string[];
  librarySizes: string[];
  /** Calendar dates, YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
  url: string | null;
  tags: string[];
  organizations: { slug: string; role: OrganizationRoleName }[];
  keyDates: KeyDateFacts[];
  series: SeriesFacts[];
  /** Sessions that belong to no series. */
  sessions: SessionFacts[];
}

/** A badge a learner can earn, and how. */
export interface AchievementFacts {
  slug: string;
  name: string;
  description: string;
  /** How it is earned, in plain words. */
  criteria: string;
  seriesSlug: string | null;
  programSlug: string | null;
  url: string | null;
}

/** A free material of a program or session (worksheet, conversation guide, booklist, recording). */
export interface ResourceFacts {
  slug: string;
  programSlug: string | null;
  sessionSlug: string | null;
  title: string;
  description: string;
  /** WORKSHEET, CONVERSATION_GUIDE, BOOKLIST, RECORDING or OTHER. */
  kind: string;
  url: string | null;
  /** Path of the uploaded file (under the API), when there is one. */
  filePath: string | null;
  audience: string;
}

/** The public program registry (programs libraries host, e.g. Día programs), as the bot sums it up. */
export interface RegistryFacts {
  /** Published programs per catalogue program slug. */
  publishedByProgram: Record<string, number>;
}

/** A pathway (track): what it stacks and the certificate completing it issues. */
export interface PathwayFacts {
  slug: string;
  title: string;
  description: string;
  certificateName: string;
  /** Certificate or MicroCredential. */
  certificateType: string;
  /** How the requirements read, e.g. "any one of: A, B or C". */
  requirement: string;
}

export interface CatalogueSnapshot {
  /** Changes whenever the catalogue changes (e.g. the latest updatedAt); the index rebuilds on a new version. */
  version: string;
  /**
   * The version of everything but the FAQ, when the source knows it: a new snapshot with the same
   * contentVersion differs only in its FAQ, which the engine then updates in place.
   */
  contentVersion?: string;
  programs: ProgramFacts[];
  organizations: OrganizationFacts[];
  achievements?: AchievementFacts[];
  resources?: ResourceFacts[];
  registry?: RegistryFacts;
  pathways?: PathwayFacts[];
  /** Curated FAQ entries staff maintain (from the database); when absent the engine uses its configured list. */
  faq?: FaqEntry[];
}
