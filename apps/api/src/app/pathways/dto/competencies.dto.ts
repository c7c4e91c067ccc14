import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** PUT /admin/competencies/{slug}: a competency statement, created or replaced. */
export class PutCompetencyDto {
  @ApiProperty({ example: 'Dialogue facilitation' }) @IsString() @Length(3, 200) name: string;
  @ApiProperty({ example: 'Plans and facilitates a community conversation using a named dialogue or deliberation model.' })
  @IsString()
  @Length(10, 2000)
  statement: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Community engagement' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Length(1, 120)
  category?: string | null;

  @ApiPropertyOptional({ description: 'Retire it (kept for its URL and history, no longer offered for self-assessment)' })
  @IsOptional()
  retired?: boolean;
}

export class PutAchievementCompetenciesDto {
  @ApiProperty({ type: [String], example: ['dialogue-facilitation'], description: 'Slugs of the competencies the achievement aligns to (replaces the list)' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(SLUG, { each: true, message: 'each competency must be a competency slug' })
  competencies: string[];
}

export class CompetencyAchievementDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class CompetencyDto {
  @ApiProperty({ example: 'https://stacks.example.org/api/v1/competencies/dialogue-facilitation', description: 'The stable public URL (alignment targetUrl)' }) id: string;
  @ApiProperty({ example: 'ext:StacksCompetency', description: 'OB 3.0 AlignmentTargetType used in credentials' }) type: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() statement: string;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ example: 'Stacks competency framework' }) framework: string;
  @ApiProperty() retired: boolean;
  @ApiProperty({ type: [CompetencyAchievementDto], description: 'Achievements aligned to it' }) achievements: CompetencyAchievementDto[];
}

export class SelfAssessmentInputDto {
  @ApiProperty({ example: 'dialogue-facilitation' })
  @Matches(SLUG, { message: 'competency must be a competency slug' })
  @Length(1, 120)
  competency: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'How I rate myself, 1 (beginning) to 5 (confident)' })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1)
  @Max(5)
  rating: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, description: 'A private note' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Length(0, 1000)
  note?: string | null;
}

export class SelfRatingDto {
  @ApiProperty() rating: number;
  @ApiProperty({ format: 'date-time' }) assessedAt: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class CompetencyGrowthDto {
  @ApiProperty() competency: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null until I rate it' }) latest: number | null;
  @ApiProperty({ type: Number, nullable: true }) first: number | null;
  @ApiProperty({ description: 'latest − first' }) change: number;
  @ApiProperty({ type: [SelfRatingDto], description: 'Every rating, oldest first' }) history: SelfRatingDto[];
}

export class SelfAssessmentDto {
  @ApiProperty({ description: 'Self-assessments are private: only I see them' }) private: boolean;
  @ApiProperty({ type: [CompetencyGrowthDto] }) competencies: CompetencyGrowthDto[];
}

export class WeakCompetencyDto {
  @ApiProperty() competency: string;
  @ApiProperty() name: string;
  @ApiProperty() rating: number;
}

export class RecommendationDto {
  @ApiProperty({ enum: ['session', 'pathway'] }) kind: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String], description: 'The weak competencies it builds, weakest first' }) builds: string[];
}

export class RecommendationsDto {
  @ApiProperty({ type: [WeakCompetencyDto] }) weakest: WeakCompetencyDto[];
  @ApiProperty({ type: [RecommendationDto] }) recommendations: RecommendationDto[];
}
