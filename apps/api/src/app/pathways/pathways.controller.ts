import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { CompetenciesService } from './competencies.service.js';
import { CompetencyDto, PutAchievementCompetenciesDto, PutCompetencyDto, RecommendationsDto, SelfAssessmentDto, SelfAssessmentInputDto } from './dto/competencies.dto.js';
import { MyPathwayDto, PathwayDto, PutPathwayDto } from './dto/pathways.dto.js';
import { PathwaysService } from './pathways.service.js';
import { SlugPipe } from './slug.pipe.js';

@ApiTags('pathways')
@Public()
@Controller()
export class PathwaysPublicController {
  constructor(
    private readonly pathways: PathwaysService,
    private readonly competencies: CompetenciesService,
  ) {}

  @Get('pathways')
  @ApiOperation({ summary: 'Every pathway: the series, sessions and badges it stacks, in requirement groups, and the certificate it issues' })
  @ApiOkResponse({ type: PathwayDto, isArray: true })
  list() {
    return this.pathways.list();
  }

  @Get('pathways/:slug')
  @ApiOperation({ summary: 'One pathway’s public description' })
  @ApiParam({ name: 'slug', example: 'community-engagement-facilitation' })
  @ApiOkResponse({ type: PathwayDto })
  @ApiNotFoundResponse({ description: 'No such pathway' })
  get(@Param('slug', SlugPipe) slug: string) {
    return this.pathways.get(slug);
  }

  @Get('competencies')
  @ApiOperation({ summary: 'The competency framework: every statement with its stable URL' })
  @ApiOkResponse({ type: CompetencyDto, isArray: true })
  listCompetencies() {
    return this.competencies.list();
  }

  @Get('competencies/:slug')
  @ApiOperation({ summary: 'One competency statement (the targetUrl of credential alignments)' })
  @ApiParam({ name: 'slug', example: 'dialogue-facilitation' })
  @ApiOkResponse({ type: CompetencyDto })
  @ApiNotFoundResponse({ description: 'No such competency' })
  getCompetency(@Param('slug', SlugPipe) slug: string) {
    return this.competencies.get(slug);
  }
}

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class MyPathwaysController {
  constructor(
    private readonly pathways: PathwaysService,
    private readonly competencies: CompetenciesService,
  ) {}

  @Get('pathways')
  @ApiOperation({ summary: 'My pathway maps: done, next, still open and by when, and each certificate once issued' })
  @ApiOkResponse({ type: MyPathwayDto, isArray: true })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.pathways.mine(user.id);
  }

  @Get('self-assessment')
  @ApiOperation({ summary: 'My self-assessment (private): per competency my latest and first rating and every rating since' })
  @ApiOkResponse({ type: SelfAssessmentDto })
  selfAssessment(@CurrentUser() user: AuthenticatedUser) {
    return this.competencies.mine(user.id);
  }

  @Post('self-assessment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rate myself 1-5 on one competency; earlier ratings are kept, so growth shows' })
  @ApiHeader({ name: 'idempotency-key', required: false, description: 'A retried request with the same key adds nothing' })
  @ApiOkResponse({ type: SelfAssessmentDto })
  rate(@CurrentUser() user: AuthenticatedUser, @Body() body: SelfAssessmentInputDto, @Headers('idempotency-key') idempotencyKey: string | undefined) {
    return this.competencies.rate(user.id, body, idempotencyKey);
  }

  @Get('competency-recommendations')
  @ApiOperation({ summary: 'Sessions and pathways that build my weakest competencies (from my latest self-ratings)' })
  @ApiOkResponse({ type: RecommendationsDto })
  recommendations(@CurrentUser() user: AuthenticatedUser) {
    return this.competencies.recommendations(user.id);
  }
}

@AdminOnly()
@Controller('admin')
export class AdminPathwaysController {
  constructor(
    private readonly pathways: PathwaysService,
    private readonly competencies: CompetenciesService,
  ) {}

  @Put('pathways/:slug')
  @ApiOperation({ summary: 'Create or replace a pathway and its certificate achievement (the same request again changes nothing); audited' })
  @ApiParam({ name: 'slug', example: 'community-engagement-facilitation' })
  @ApiOkResponse({ type: PathwayDto })
  @ApiConflictResponse({ description: 'The certificate slug belongs to another achievement, or the pathway already issues another certificate' })
  putPathway(@CurrentUser() admin: AuthenticatedUser, @Param('slug', SlugPipe) slug: string, @Body() body: PutPathwayDto) {
    return this.pathways.put(slug, body, admin.id);
  }

  @Put('competencies/:slug')
  @ApiOperation({ summary: 'Create or replace a competency statement (retire it to stop offering it); audited' })
  @ApiParam({ name: 'slug', example: 'dialogue-facilitation' })
  @ApiOkResponse({ type: CompetencyDto })
  putCompetency(@CurrentUser() admin: AuthenticatedUser, @Param('slug', SlugPipe) slug: string, @Body() body: PutCompetencyDto) {
    return this.competencies.put(slug, body, admin.id);
  }

  @Put('achievements/:idOrSlug/competencies')
  @ApiOperation({ summary: 'Set the competencies an achievement aligns to (OB 3.0 alignment of credentials issued from then on); audited' })
  @ApiParam({ name: 'idOrSlug' })
  @ApiOkResponse({ type: CompetencyDto, isArray: true })
  @ApiNotFoundResponse({ description: 'No such achievement' })
  align(@CurrentUser() admin: AuthenticatedUser, @Param('idOrSlug') idOrSlug: string, @Body() body: PutAchievementCompetenciesDto) {
    return this.competencies.alignAchievement(idOrSlug, body, admin.id);
  }
}
