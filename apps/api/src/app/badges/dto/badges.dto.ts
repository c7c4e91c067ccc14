import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { PageInfoDto, PageQueryDto } from '../../common/pagination.dto.js';

export class AchievementIssuerDto {
  @ApiProperty({ example: 'ALA Public Programs Office' }) name: string;
  @ApiProperty({ example: 'did:web:localhost%3A3000:issuers:ala-ppo' }) did: string;
  @ApiProperty({ example: 'https://www.ala.org/tools/programming' }) url: string;
}

export class AchievementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ltc-mfc-large-urban-dialogue-facilitation' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() criteriaNarrative: string;
  @ApiProperty({ enum: ['SERIES_COMPLETED', 'PROGRAM_COMPLETED', 'MANUAL', 'PATHWAY_COMPLETED', 'COHORT_COMPLETED'] }) rule: string;
  @ApiProperty({ type: String, nullable: true, description: 'Slug of the series whose completion awards it' }) series: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Slug of the program whose completion awards it' }) program: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'Credentials expire this many days after issue' }) validForDays: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Continuing-education hours (OB 3.0 creditsAvailable), from the sessions its rule counts' })
  creditsAvailable: number | null;
  @ApiProperty({ description: 'Badge image URL' }) image: string;
  @ApiProperty({ description: 'The Open Badges 3.0 Achievement JSON' }) achievementUrl: string;
  @ApiProperty({ type: AchievementIssuerDto }) issuer: AchievementIssuerDto;
}

export class CredentialLinksDto {
  @ApiProperty({ description: 'Public page to share' }) page: string;
  @ApiProperty({ description: 'The credential JSON (the signed payload)' }) json: string;
  @ApiProperty({ description: 'The compact JWS (VC-JOSE)' }) jws: string;
  @ApiProperty() bakedSvg: string;
  @ApiProperty() bakedPng: string;
}

export class BadgeDto {
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ format: 'uuid' }) awardId: string;
  @ApiProperty({ enum: ['valid', 'expired', 'revoked'] }) status: 'valid' | 'expired' | 'revoked';
  @ApiProperty() achievement: AchievementDto;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Hours the credential states I earned (credentialSubject.creditsEarned)' })
  creditsEarned: number | null;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) revocationReason: string | null;
  @ApiProperty({ description: 'Awarded by an admin (true) or by the achievement rule (false)' }) manual: boolean;
  @ApiProperty() links: CredentialLinksDto;
  @ApiProperty({ type: String, nullable: true, description: 'The wallet DID the credential names as credentialSubject.id' }) subjectDid: string | null;
  @ApiProperty({ description: 'LinkedIn “Add to profile” link, prefilled with the achievement, issuer, issue month and credential page' })
  addToLinkedIn: string;
}

export class BadgeLearnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
}

export class IssuanceAchievementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class AdminBadgeDto extends BadgeDto {
  @ApiProperty({ type: BadgeLearnerDto }) learner: BadgeLearnerDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The credential this one re-issued' }) replaces: string | null;
}

/** A credential the worker was asked to sign (manual award or re-issue), and what became of it. */
export class BadgeIssuanceDto {
  @ApiProperty({ format: 'uuid', description: 'The issuance request (poll it until status is ISSUED)' }) id: string;
  @ApiProperty({ format: 'uuid' }) awardId: string;
  @ApiProperty({ enum: ['PENDING', 'ISSUED', 'FAILED'], description: 'PENDING until the worker has signed the credential' })
  status: 'PENDING' | 'ISSUED' | 'FAILED';
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The signed credential, once ISSUED' }) credentialId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The credential it re-issues (in force until the new one is signed)' })
  replaces: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The holder DID the new credential names, when one was asked for' }) subjectDid: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it could not be issued (status FAILED)' }) failure: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ description: 'Where to poll this request (also the Location header of the 202)' }) poll: string;
}

export class AdminBadgeIssuanceDto extends BadgeIssuanceDto {
  @ApiProperty({ type: BadgeLearnerDto }) learner: BadgeLearnerDto;
  @ApiProperty({ type: IssuanceAchievementDto }) achievement: IssuanceAchievementDto;
  @ApiProperty({ type: AdminBadgeDto, nullable: true, description: 'The issued credential, once ISSUED' }) credential: AdminBadgeDto | null;
}

export class AdminBadgeIssuanceListDto {
  @ApiProperty({ type: [AdminBadgeIssuanceDto] }) items: AdminBadgeIssuanceDto[];
}

export class AdminBadgeIssuanceQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'ISSUED', 'FAILED'], description: 'Default: PENDING and FAILED (what still needs the worker or an admin)' })
  @IsOptional()
  @IsIn(['PENDING', 'ISSUED', 'FAILED'])
  status?: 'PENDING' | 'ISSUED' | 'FAILED';
}

export class AdminBadgePageDto {
  @ApiProperty({ type: [AdminBadgeDto] }) items: AdminBadgeDto[];
  @ApiProperty() page: PageInfoDto;
}

export class AdminBadgeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the learner’s e-mail or name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Achievement id or slug' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  achievement?: string;

  @ApiPropertyOptional({ enum: ['valid', 'expired', 'revoked'] })
  @IsOptional()
  @IsIn(['valid', 'expired', 'revoked'])
  status?: 'valid' | 'expired' | 'revoked';
}

export class ManualAwardDto {
  @ApiProperty({ format: 'uuid', description: 'The learner receiving the badge' })
  @IsUUID('all', { message: 'learnerId must be a UUID' })
  learnerId: string;

  @ApiProperty({ example: 'ltc-mfc-large-urban-dialogue-facilitation', description: 'Achievement id or slug' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,120}$/i, { message: 'achievement must be an achievement id or slug' })
  achievement: string;

  @ApiPropertyOptional({ example: 'https://example.org/forum-report.pdf', description: 'Evidence URL (this or a narrative is required)' })
  @ValidateIf((body: ManualAwardDto) => body.evidenceUrl !== undefined || body.evidenceNarrative === undefined)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidenceUrl must be an http(s) URL (give evidenceUrl or evidenceNarrative)' })
  @Length(1, 2000)
  evidenceUrl?: string;

  @ApiPropertyOptional({ example: 'Facilitated three community conversations at the branch.', description: 'Evidence narrative' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(3, 5000)
  evidenceNarrative?: string;
}

export class RevokeDto {
  @ApiProperty({ example: 'Awarded to the wrong learner', description: 'Shown publicly on the credential page and in verification results' })
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(3, 500)
  reason: string;
}

export class ReissueDto {
  @ApiPropertyOptional({ example: 'Achievement description corrected' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(3, 500)
  reason?: string;
}

export class CredentialHolderDto {
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ example: 'Maya Okafor', nullable: true, type: String, description: 'The display name the public credential page shows as “Awarded to”; null once the holder erased their account' })
  name: string | null;
}

export class VerificationCheckDto {
  @ApiProperty({ enum: ['format', 'signature', 'issuer', 'schema', 'status', 'validity', 'content'] }) check: string;
  @ApiProperty() passed: boolean;
  @ApiProperty() message: string;
}

export class ClaimedPartyDto {
  @ApiProperty({ type: String, nullable: true }) id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

/** What a presented credential claims, read before (and whatever the outcome of) verification. */
export class CredentialSummaryDto {
  @ApiProperty({ type: String, nullable: true }) id: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: ClaimedPartyDto }) issuer: ClaimedPartyDto;
  @ApiProperty({ type: ClaimedPartyDto }) achievement: ClaimedPartyDto;
  @ApiProperty({ type: String, nullable: true }) validFrom: string | null;
  @ApiProperty({ type: String, nullable: true }) validUntil: string | null;
}

export class VerdictDto {
  @ApiProperty() verified: boolean;
  @ApiProperty({ enum: ['valid', 'revoked', 'expired', 'not-yet-valid', 'invalid'] }) status: string;
  @ApiProperty({ example: 'invalid because its signature does not match its content (it was altered after signing, or signed by another key)' })
  reason: string;
  @ApiProperty({ type: [VerificationCheckDto] }) checks: VerificationCheckDto[];
  @ApiProperty({ type: CredentialSummaryDto, nullable: true, description: 'What the credential claims (untrusted unless verified)' }) credential: CredentialSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the issuer revoked it, for credentials issued here' }) revocationReason?: string | null;
  @ApiProperty({ enum: ['jws', 'json', 'png', 'svg'], description: 'What was presented' }) presented: string;
}
