// The public API's shapes under the names the web app uses: aliases of the types generated from
// the OpenAPI document (generated/openapi.ts, `npx nx run api:web-api-types`), so they cannot drift.
import type { components } from './generated/openapi.js';

type Schemas = components['schemas'];

export type ProgramSummary = Schemas['ProgramSummaryDto'];
export type ProgramDetail = Schemas['ProgramDetailDto'];
export type SeriesSummary = Schemas['SeriesSummaryDto'];
export type SeriesDetail = Schemas['SeriesDetailDto'];
export type SessionSummary = Schemas['SessionSummaryDto'];
export type SessionDetail = Schemas['SessionDetailDto'];
export type Recording = Schemas['RecordingDto'];
export type CompletionRules = Schemas['CompletionRulesDto'];
export type RecordingCompletion = CompletionRules['recordingCompletion'];
export type AdminSession = Schemas['AdminSessionDto'];
export type LibraryType = ProgramSummary['libraryTypes'][number];
export type SessionType = SessionSummary['type'];
export type ProgramKind = ProgramSummary['kind'];
export type CompletionRule = SeriesSummary['rule'];

export type TokenPair = Schemas['TokenPairDto'];
export type SsoStatus = Schemas['SsoStatusDto'];
export type SignedOut = Schemas['SignedOutDto'];
export type Account = Schemas['AccountDto'];

/** Every paged list: its items and where the page sits. */
export interface Page<T> {
  items: T[];
  page: Schemas['PageInfoDto'];
}

export type Enrolment = Schemas['EnrolmentDto'];
export type CompletionResult = Schemas['CompletionEventResultDto'];
export type RecordingHeartbeatResult = Schemas['RecordingHeartbeatResultDto'];
export type ProgressSession = Schemas['ProgressSessionDto'];
export type SeriesProgress = Schemas['SeriesProgressDto'];
export type TranscriptItem = Schemas['TranscriptItemDto'];
export type Transcript = Schemas['TranscriptDto'];

export type Achievement = Schemas['AchievementDto'];
export type CredentialLinks = Schemas['CredentialLinksDto'];
export type Badge = Schemas['BadgeDto'];
export type BadgeStatus = Badge['status'];
export type AdminBadge = Schemas['AdminBadgeDto'];
export type BadgeIssuance = Schemas['BadgeIssuanceDto'];
export type AdminBadgeIssuance = Schemas['AdminBadgeIssuanceDto'];
export type VerificationCheck = Schemas['VerificationCheckDto'];
export type Verdict = Schemas['VerdictDto'];

export type NotificationPreferences = Schemas['NotificationPreferencesViewDto'];
export type DiscordLinkCode = Schemas['DiscordLinkCodeDto'];
export type DiscordLink = Schemas['DiscordLinkDto'];

export type LearnerSummary = Schemas['LearnerSummaryDto'];
export type SeriesFunnel = Schemas['SeriesFunnelDto'];
export type ImportRowError = Schemas['ImportRowErrorDto'];
export type AttendanceImportReport = Schemas['AttendanceImportReportDto'];
export type PendingAttendee = Schemas['PendingAttendeeDto'];

export type Problem = Schemas['Problem'];
export type FieldViolation = NonNullable<Problem['errors']>[number];

/**
 * The Open Badges 3.0 credential itself (GET /credentials/{id}), limited to what the web app
 * shows: its shape is 1EdTech's, not this API's, so the document does not restate it.
 */
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

export type WalletExchange = Schemas['WalletExchangeDto'];
export type NewWalletExchange = Schemas['NewWalletExchangeDto'];
export type ExpiringCredential = Schemas['ExpiringCredentialDto'];

export type SourceLink = Schemas['SourceLinkDto'];
export type AskAnswer = Schemas['AnswerDto'];
export type AnswerRating = Schemas['RateAnswerDto']['rating'];
export type SuggestedTopic = Schemas['SuggestedTopicDto'];
export type FaqEntry = Schemas['FaqEntryDto'];
export type FaqAspect = NonNullable<FaqEntry['aspect']>;
export type QuestionTally = Schemas['QuestionTallyDto'];
export type QuestionInsights = Schemas['QuestionInsightsDto'];

export type CalendarFeedStatus = Schemas['CalendarFeedStatusDto'];
export type CalendarFeedCreated = Schemas['CalendarFeedCreatedDto'];
// Resources, the program registry and cohorts (issue 20)
export type Resource = Schemas['ResourceDto'];
export type ResourceKind = Resource['kind'];
export type RegistryEntry = Schemas['RegistryEntryDto'];
export type RegistrySubmission = Schemas['RegistrySubmissionDto'];
export type RegistrySubmissionInput = Schemas['CreateRegistrySubmissionDto'];
export type Cohort = Schemas['CohortDto'];
export type CohortApplication = Schemas['CohortApplicationDto'];
export type CohortProgress = Schemas['CohortProgressDto'];
export type AdminCohortProgress = Schemas['AdminCohortProgressDto'];
export type Pathway = Schemas['PathwayDto'];
export type MyPathway = Schemas['MyPathwayDto'];
export type PathwayNode = Schemas['PathwayNodeDto'];
export type Competency = Schemas['CompetencyDto'];
export type SelfAssessment = Schemas['SelfAssessmentDto'];
export type CompetencyGrowth = Schemas['CompetencyGrowthDto'];
export type CompetencyRecommendations = Schemas['RecommendationsDto'];
export type WebhookEndpoint = Schemas['WebhookEndpointDto'];
export type WebhookEndpointWithSecret = Schemas['WebhookEndpointWithSecretDto'];
export type NewWebhookEndpoint = Schemas['CreateWebhookEndpointDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookEventTypes = Schemas['WebhookEventTypesDto'];
export type XapiStatement = Schemas['XapiStatementDto'];
