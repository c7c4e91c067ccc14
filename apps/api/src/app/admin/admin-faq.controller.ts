import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { AdminFaqService } from './admin-faq.service.js';
import { CreateFaqEntryDto, FaqEntryDto, UpdateFaqEntryDto } from './dto/faq-admin.dto.js';

const FAQ_PARAM = { name: 'faq', description: 'FAQ entry UUID or slug', example: 'mfc-newsletter' };

@AdminOnly()
@Controller('admin/faq')
export class AdminFaqController {
  constructor(private readonly faq: AdminFaqService) {}

  @Get()
  @ApiOperation({ summary: 'Every FAQ entry the bot answers from, retired ones last' })
  @ApiOkResponse({ type: [FaqEntryDto] })
  list() {
    return this.faq.list();
  }

  @Post()
  @ApiOperation({ summary: 'Teach the bot a question and answer (audited; answers use it at once)' })
  @ApiCreatedResponse({ type: FaqEntryDto })
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(@CurrentUser() admin: AuthenticatedUser, @Body() body: CreateFaqEntryDto) {
    return this.faq.create(admin.id, body);
  }

  @Patch(':faq')
  @ApiOperation({ summary: 'Edit an FAQ entry (audited)' })
  @ApiParam(FAQ_PARAM)
  @ApiOkResponse({ type: FaqEntryDto })
  @ApiNotFoundResponse({ description: 'No such FAQ entry' })
  update(@CurrentUser() admin: AuthenticatedUser, @Param('faq') faq: string, @Body() body: UpdateFaqEntryDto) {
    return this.faq.update(admin.id, faq, body);
  }

  @Post(':faq/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire an FAQ entry: the bot stops using it (idempotent, audited)' })
  @ApiParam(FAQ_PARAM)
  @ApiOkResponse({ type: FaqEntryDto })
  @ApiNotFoundResponse({ description: 'No such FAQ entry' })
  retire(@CurrentUser() admin: AuthenticatedUser, @Param('faq') faq: string) {
    return this.faq.retire(admin.id, faq);
  }
}
