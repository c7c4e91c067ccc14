import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LibraryLocationDto } from '../../registry/dto/registry.dto.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const APPLICATION_STATUSES = ['SUBMITTED', 'SELECTED', 'DECLINED'] as const;

export class CreateCohortDto {
  @ApiProperty({ example: 'ltc-public-innovators-cohort-intake' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'ltc-public-innovators-cohort', description: 'The cohort program (slug)' })
  @Matches(SLUG, { message: 'program must be a program slug' })
  @Length(1, 120)
  program: string;

  @ApiProperty({ example: 'LTC Public Innovators Cohort', maxLength: 200 })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiProperty({ example: 10, description: 'How many teams staff select' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @ApiProperty({ type: [String], example: ['Which community challenge will your team take on?'], description: 'Up to 20 questions every application answers' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(3, 500, { each: true })
  questions: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'No applications after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  applicationsCloseAt?: string;
}

export class TeamMemberDto {
  @ApiProperty({ example: 'Ana Ruiz', maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: 'ana@library.example' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Branch manager', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  role?: string | null;
}

export class CreateCohortApplicationDto extends LibraryLocationDto {
  @ApiProperty({ type: [String], description: "Answers to the cohort's questions, in order (each up to 4000 characters)" })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(4000, { each: true })
  answers: string[];

  @ApiProperty({ type: [TeamMemberDto], description: 'The team, 1 to 12 people, the applicant among them' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  members: TeamMemberDto[];
}

export class CohortDecisionDto {
  @ApiProperty({ enum: ['select', 'decline'] })
  @IsIn(['select', 'decline'])
  decision: 'select' | 'decline';

  @ApiPropertyOptional({ maxLength: 2000, description: 'What the team should know (told to the applicant)' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  reason?: string;
}

export class AdminApplicationQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: (typeof APPLICATION_STATUSES)[number];
}

/** PUT /admin/cohorts/{cohort}/badge: the cohort's own badge, created or updated. */
export class PutCohortBadgeDto {
  @ApiProperty({ example: 'public-innovators-2027-team', description: 'Slug of the badge achievement (created with the first PUT; it cannot change later)' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'Public Innovators Cohort team member', maxLength: 200 }) @IsString() @Length(3, 200) name: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @Length(3, 2000) description: string;
  @ApiProperty({ maxLength: 2000, example: "Completed every session of the cohort as a member of a selected library team." }) @IsString() @Length(3, 2000) criteriaNarrative: string;

  @ApiProperty({ example: 'ala-ppo', description: 'Slug of the badge issuer that signs it' })
  @Matches(SLUG, { message: 'issuer must be an issuer slug' })
  @Length(1, 120)
  issuer: string;
}

export class CohortBadgeDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() criteriaNarrative: string;
  @ApiProperty({ description: 'Slug of the issuer that signs it' }) issuer: string;
}

export class CohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ example: 'ltc-public-innovators-cohort' }) program: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: 10 }) capacity: number;
  @ApiProperty({ example: 3 }) selectedCount: number;
  @ApiProperty({ type: [String] }) questions: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) applicationsCloseAt: string | null;
  @ApiProperty({ description: 'Whether applications are taken now' }) open: boolean;
  @ApiProperty({ type: CohortBadgeDto, nullable: true, description: "The badge members of selected teams earn by completing the cohort's sessions" }) badge: CohortBadgeDto | null;
}

export class TeamMemberViewDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
}

export class CohortApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() cohort: string;
  @ApiProperty() cohortTitle: string;
  @ApiProperty() libraryName: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: [String] }) answers: string[];
  @ApiProperty({ type: [TeamMemberViewDto] }) members: TeamMemberViewDto[];
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: (typeof APPLICATION_STATUSES)[number];
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MemberProgressDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Whether an account with this e-mail exists (progress is counted for accounts only)' }) hasAccount: boolean;
  @ApiProperty({ type: [String], description: 'Slugs of the cohort sessions this member completed' }) completedSessions: string[];
}

export class CohortSessionDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startsAt: string | null;
}

export class CohortProgressDto {
  @ApiProperty() cohort: string;
  @ApiProperty() cohortTitle: string;
  @ApiProperty() libraryName: string;
  @ApiProperty({ type: [CohortSessionDto] }) sessions: CohortSessionDto[];
  @ApiProperty({ type: [MemberProgressDto] }) members: MemberProgressDto[];
}

export class TeamProgressDto {
  @ApiProperty({ format: 'uuid', description: 'The team\'s application' }) application: string;
  @ApiProperty() libraryName: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: [MemberProgressDto] }) members: MemberProgressDto[];
}

export class AdminCohortProgressDto {
  @ApiProperty() cohort: string;
  @ApiProperty() cohortTitle: string;
  @ApiProperty({ example: 10 }) capacity: number;
  @ApiProperty({ example: 3 }) selectedCount: number;
  @ApiProperty({ type: [CohortSessionDto], description: "The cohort's sessions, earliest first" }) sessions: CohortSessionDto[];
  @ApiProperty({ type: [TeamProgressDto], description: 'Every selected team, by library name' }) teams: TeamProgressDto[];
}
