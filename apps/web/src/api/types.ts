// Shapes of the public API's responses (see /docs-json), limited to what the web app reads.

export type LibraryType = 'PUBLIC' | 'ACADEMIC' | 'SCHOOL' | 'SPECIAL' | 'RURAL';
export type SessionType = 'WEBINAR' | 'WORKSHOP' | 'EVENT';
export type ProgramKind = 'LEARNING_SERIES' | 'INITIATIVE' | 'NATIONAL_DAY' | 'CELEBRATION' | 'COHORT' | 'MEMBERSHIP';
export type CompletionRule = 'ALL' | 'ANY_K' | 'IN_ORDER';
export type BadgeStatus = 'valid' | 'expired' | 'revoked';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: 'LEARNER' | 'ADMIN';
  profile?: { libraryType?: LibraryType; timeZone?: string };
}

export interface Page<T> {
  items: T[];
  page: { total: number; limit: number; offset: number };
}

export interface ProgramSummary {
  id: string;
  slug: string;
  title: string;
  acronym: string | null;
  kind: ProgramKind;
  summary: string;
}

export interface SeriesSummary {
  id: string;
  slug: string;
  title: string;
  rule: CompletionRule;
  requiredCount: number | null;
  unlockTitle: string | null;
}

export interface Recording {
  availableNow: boolean;
  url: string | null;
  availableFrom: string | null;
  availableUntil: string | null;
  minutes: number | null;
}

export interface SessionSummary {
  id: string;
  slug: string;
  title: string;
  type: SessionType;
  status: 'SCHEDULED' | 'CANCELLED';
  program: { slug: string; title: string };
  series: { slug: string; title: string } | null;
  position: number | null;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  recording: Recording;
  capacity: number | null;
  free: boolean;
  priceCents: number;
  location: string | null;
  joinUrl: string | null;
  libraryTypes: LibraryType[];
}

export interface SessionDetail extends SessionSummary {
  description: string;
  seatsLeft: number | null;
  waitlisted: number;
}

export interface ProgramDetail extends ProgramSummary {
  description: string;
  series: SeriesSummary[];
  sessions: SessionSummary[];
}

export interface Enrolment {
  id: string;
  status: 'ENROLLED' | 'WAITLISTED' | 'CANCELLED';
  waitlistPosition: number | null;
  session: SessionSummary;
}

export interface CompletionResult {
  session: string;
  duplicate: boolean;
  sessionCompleted: boolean;
  unlocked: { series: string; unlockTitle: string | null }[];
}

export interface ProgressSession {
  slug: string;
  title: string;
  position: number | null;
  completedAt: string | null;
  availableNow: boolean;
}

export interface SeriesProgress {
  series: string;
  title: string;
  rule: CompletionRule;
  totalSessions: number;
  requiredSessions: number;
  percentage: number;
  satisfied: boolean;
  done: ProgressSession[];
  remaining: ProgressSession[];
  neededCount: number;
  next: ProgressSession | null;
  requirement: string;
  unlock: { title: string | null; description: string | null; unlockedAt: string | null };
}

export interface TranscriptItem {
  session: string;
  title: string;
  programTitle: string;
  seriesTitle: string | null;
  completedAt: string;
  source: 'LIVE_ATTENDANCE' | 'RECORDING_VIEWED' | 'ADMIN_MARK' | 'ATTENDANCE_IMPORT';
  hours: number;
}

export interface Transcript {
  items: TranscriptItem[];
  totalHours: number;
  sessionsCompleted: number;
  unlocks: { title: string | null; description: string | null; unlockedAt: string | null }[];
}

export interface Achievement {
  id: string;
  slug: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  image: string;
  issuer: { name?: string };
}

export interface CredentialLinks {
  page: string;
  json: string;
  jws: string;
  bakedSvg: string;
  bakedPng: string;
}

export interface Badge {
  credentialId: string;
  awardId: string;
  status: BadgeStatus;
  achievement: Achievement;
  issuedAt: string;
  validUntil: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  manual: boolean;
  links: CredentialLinks;
}

export interface AdminBadge extends Badge {
  learner: { id: string; email: string; displayName: string };
  replaces: string | null;
}

export interface VerificationCheck {
  check: 'format' | 'signature' | 'issuer' | 'schema' | 'status' | 'validity' | 'content';
  passed: boolean;
  message: string;
}

export interface Verdict {
  verified: boolean;
  status: 'valid' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid';
  reason: string;
  checks: VerificationCheck[];
  /** What the credential claims, summarised by the verifier. */
  credential: { id: string; name: string; issuer: { id: string; name: string }; achievement: { id: string; name: string }; validFrom: string; validUntil: string | null } | null;
  revocationReason?: string | null;
}

export interface OpenBadgeCredential {
  id: string;
  name: string;
  description?: string;
  validFrom: string;
  validUntil?: string;
  issuer: { id: string; name: string; url?: string };
  credentialSubject: { achievement: { name: string; description: string; criteria?: { narrative?: string } } };
  evidence?: { id?: string; narrative?: string }[];
}

export interface NotificationPreferences {
  emailEnabled: boolean;
  discordEnabled: boolean;
  remindersEnabled: boolean;
  nudgesEnabled: boolean;
  weeklyDigest: boolean;
  /** Minutes after local midnight. */
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  subscribed: boolean;
  timeZone: string;
  discordLinked: boolean;
}

export interface DiscordLinkCode {
  code: string;
  expiresAt: string;
  command: string;
}

export interface DiscordLink {
  linked: boolean;
  discordUserId: string | null;
  linkedAt: string | null;
}

export interface LearnerSummary {
  id: string;
  email: string;
  displayName: string;
  role: 'LEARNER' | 'ADMIN';
  sessionsCompleted: number;
}

export interface SeriesFunnel {
  series: string;
  totalSessions: number;
  requiredSessions: number;
  enrolled: number;
  started: number;
  byCompletedCount: { completed: number; learners: number }[];
  unlocked: number;
}

export interface ImportRowError {
  line: number;
  field: string;
  rule: string;
  message: string;
}

export interface AttendanceImportReport {
  dryRun: boolean;
  applied: boolean;
  totalRecords: number;
  validLearners: number;
  errors: ImportRowError[];
  recorded: number;
  unchanged: number;
  newlyCompleted: number;
  unlocked: number;
}

export interface FieldViolation {
  field: string;
  rule: string;
  message: string;
}

export interface Problem {
  title: string;
  status: number;
  detail?: string;
  errors?: FieldViolation[];
}

export interface SeriesDetail extends SeriesSummary {
  description: string;
  program: { slug: string; title: string };
  sessions: SessionSummary[];
}

// --- Answering (issue 18) ---

export interface SourceLink {
  title: string;
  url: string;
}

/** POST /ask */
export interface AskAnswer {
  /** Id of the question, for rating the answer. */
  id: string;
  answer: string;
  sources: SourceLink[];
  confidence: number;
}

export type AnswerRating = 'up' | 'down';

export type FaqAspect = 'overview' | 'organisations' | 'dates' | 'audience' | 'unlock' | 'contact' | 'general';

export interface FaqEntry {
  id: string;
  slug: string;
  question: string;
  variants: string[];
  keywords: string;
  answer: string;
  aspect: FaqAspect | null;
  programSlugs: string[];
  urls: string[];
  retiredAt: string | null;
  updatedAt: string;
}

export interface QuestionTally {
  question: string;
  asked: number;
  unanswered: number;
  downVotes: number;
  upVotes: number;
  lastAnswer: string;
  lastAskedAt: string;
}

export interface QuestionInsights {
  mostAsked: QuestionTally[];
  unanswered: QuestionTally[];
  downVoted: QuestionTally[];
}
