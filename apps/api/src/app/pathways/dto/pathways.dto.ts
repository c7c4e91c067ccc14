import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const REQUIREMENT_EXAMPLE = {
  kind: 'group',
  rule: 'ONE_OF',
  title: 'The series for your library type',
  items: [
    { kind: 'achievement', slug: 'ltc-mfc-large-urban-dialogue-facilitation' },
    { kind: 'achievement', slug: 'ltc-mfc-academic-dialogue-facilitation' },
  ],
};

const REQUIREMENT_SCHEMA_DESCRIPTION =
  'A requirement group: `{ kind: "group", rule: "ALL_OF" | "K_OF" | "ONE_OF", k? (K_OF), ordered? (ALL_OF), title?, items: [...] }`; ' +
  'each item is another group or `{ kind: "series" | "session" | "achievement", slug }`. At most 4 levels, 20 items a group, 60 items in all.';

export class PathwayCertificateInputDto {
  @ApiProperty({ example: 'community-engagement-facilitation', description: 'Slug of the certificate achievement (created or updated with the pathway)' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'Community engagement facilitation' }) @IsString() @Length(3, 200) name: string;
  @ApiProperty() @IsString() @Length(3, 2000) description: string;
  @ApiProperty() @IsString() @Length(3, 2000) criteriaNarrative: string;

  @ApiProperty({ enum: ['Certificate', 'MicroCredential'], description: 'OB 3.0 achievementType of the certificate' })
  @IsIn(['Certificate', 'MicroCredential'])
  achievementType: 'Certificate' | 'MicroCredential';

  @ApiProperty({ example: 'ala-ppo', description: 'Slug of the badge issuer that signs it' })
  @Matches(SLUG, { message: 'issuer must be an issuer slug' })
  @Length(1, 120)
  issuer: string;
}

/** PUT /admin/pathways/{slug}: the whole pathway, created or replaced. */
export class PutPathwayDto {
  @ApiProperty({ example: 'Community engagement facilitation' }) @IsString() @Length(3, 200) title: string;
  @ApiProperty() @IsString() @Length(3, 4000) description: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: REQUIREMENT_EXAMPLE, description: REQUIREMENT_SCHEMA_DESCRIPTION })
  @IsObject()
  requirements: Record<string, unknown>;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Completions after it do not count' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO 8601 date-time' })
  deadline?: string | null;

  @ApiPropertyOptional({ enum: ['REVOKE', 'KEEP'], default: 'REVOKE', description: 'What happens to an issued certificate when a badge it stacks is revoked' })
  @IsOptional()
  @IsIn(['REVOKE', 'KEEP'])
  revocationPolicy?: 'REVOKE' | 'KEEP';

  @ApiProperty({ type: PathwayCertificateInputDto })
  @ValidateNested()
  @Type(() => PathwayCertificateInputDto)
  certificate: PathwayCertificateInputDto;
}

export class PathwayCertificateDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['Certificate', 'MicroCredential'] }) achievementType: string;
  @ApiProperty() description: string;
  @ApiProperty() criteriaNarrative: string;
  @ApiProperty({ description: 'The Open Badges 3.0 Achievement JSON' }) achievementUrl: string;
}

/** One node of a pathway map: an item (series, session, badge) or a group of them. */
export class PathwayNodeDto {
  @ApiProperty({ enum: ['group', 'series', 'session', 'achievement'] }) kind: string;
  @ApiProperty({ type: String, nullable: true, description: 'Items: the slug' }) slug: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The item’s title, or the group’s' }) title: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['ALL_OF', 'K_OF', 'ONE_OF'], description: 'Groups only' }) rule: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Groups: how many items must be met' }) required: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Groups: the items count only in the listed order' }) ordered: boolean | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Sessions: when it starts (live)' }) startsAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Sessions: the recording can be watched until then' }) availableUntil: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['done', 'next', 'open', 'optional', 'out-of-order'], description: 'My map only' }) state: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'My map only: when I met it' }) doneAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'My map, groups: how many items I met' }) met: number | null;
  @ApiProperty({ type: () => [PathwayNodeDto], description: 'Groups: their items (empty for an item)' }) items: PathwayNodeDto[];
}

export class PathwayDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline: string | null;
  @ApiProperty({ enum: ['REVOKE', 'KEEP'] }) revocationPolicy: string;
  @ApiProperty({ type: PathwayCertificateDto }) certificate: PathwayCertificateDto;
  @ApiProperty({ type: PathwayNodeDto }) requirements: PathwayNodeDto;
  @ApiProperty({ type: [String], description: 'Slugs of the competencies its badges and certificate align to' }) competencies: string[];
}

export class NextItemDto {
  @ApiProperty({ enum: ['series', 'session', 'achievement'] }) kind: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class MyPathwayCredentialDto {
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ enum: ['valid', 'expired', 'revoked'] }) status: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: String, nullable: true }) revocationReason: string | null;
}

export class MyPathwayDto extends PathwayDto {
  @ApiProperty({ enum: ['completed', 'in-progress', 'not-started', 'closed'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: [NextItemDto], description: 'What to do now' }) next: NextItemDto[];
  @ApiProperty({ type: MyPathwayCredentialDto, nullable: true, description: 'The certificate I hold (null until it is issued)' }) credential: MyPathwayCredentialDto | null;
}
