import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import { AdminSessionsService } from './admin-sessions.service.js';
import { AttendanceImportService } from './attendance-import.service.js';
import { AttendanceImportQueryDto, AttendanceImportReportDto } from './dto/attendance-import.dto.js';
import { AdminSessionDto, CreateSessionDto, UpdateSessionDto } from './dto/session-admin.dto.js';

const SESSION_PARAM = { name: 'session', description: 'Session UUID or slug', example: 'dialogue-facilitation-part-1' };

const SAMPLE_CSV = `Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
Ada Reyes,ada@library.example,2027-03-04 12:00:05,2027-03-04 13:00:10,60
Grace Li,grace@library.example,2027-03-04 12:10:00,2027-03-04 12:55:00,45`;

@AdminOnly()
@Controller('admin/sessions')
export class AdminSessionsController {
  constructor(
    private readonly sessions: AdminSessionsService,
    private readonly imports: AttendanceImportService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a session (audited)' })
  @ApiCreatedResponse({ type: AdminSessionDto })
  @ApiConflictResponse({ description: 'The slug, the position in the series, or the Zoom id is taken' })
  create(@CurrentUser() admin: AuthenticatedUser, @Body() body: CreateSessionDto) {
    return this.sessions.create(admin.id, body);
  }

  @Get(':session')
  @ApiOperation({ summary: 'A session with its admin-only settings (Zoom id)' })
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: AdminSessionDto })
  @ApiNotFoundResponse({ description: 'No such session' })
  get(@Param('session') session: string) {
    return this.sessions.get(session);
  }

  @Patch(':session')
  @ApiOperation({ summary: 'Update or reschedule a session, or set its completion rules and Zoom id (audited)' })
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: AdminSessionDto })
  @ApiNotFoundResponse({ description: 'No such session' })
  @ApiConflictResponse({ description: 'The position in the series, or the Zoom id, is taken' })
  update(@CurrentUser() admin: AuthenticatedUser, @Param('session') session: string, @Body() body: UpdateSessionDto) {
    return this.sessions.update(admin.id, session, body);
  }

  @Post(':session/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a session (idempotent, audited)' })
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: AdminSessionDto })
  cancel(@CurrentUser() admin: AuthenticatedUser, @Param('session') session: string) {
    return this.sessions.cancel(admin.id, session);
  }

  @Post(':session/attendance-imports')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import a webinar platform’s attendance export as downloaded',
    description:
      'Send the file as the body (Content-Type: text/csv). Recognised without editing: the Zoom webinar attendee report and ' +
      'meeting participants report, the Microsoft Teams attendance report (UTF-16, tab-separated), the Webex attendance report, ' +
      'the GoToWebinar attendee report, and a plain CSV whose header names an email column and join and leave times or minutes. ' +
      'The report says which format and section were read. Hosts, panelists, organizers and presenters are never counted; ' +
      'absentees are skipped and counted; rejoins are summed per e-mail. Addresses without an account are kept as pending ' +
      'attendance and credited when someone verifies that address. Every row is validated and reported with its line. ' +
      'Try `dryRun=true` first; `atomic=true` applies nothing unless every row is valid. Valid rows are applied in one ' +
      'transaction; importing the same file again changes nothing.',
  })
  @ApiParam(SESSION_PARAM)
  @ApiConsumes('text/csv', 'text/tab-separated-values')
  @ApiBody({ schema: { type: 'string', format: 'binary', example: SAMPLE_CSV } })
  @ApiOkResponse({ type: AttendanceImportReportDto })
  @ApiBadRequestResponse({ description: 'Empty body, or a query parameter is invalid' })
  @ApiNotFoundResponse({ description: 'No such session' })
  @ApiConflictResponse({ description: 'The session has been cancelled' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than ATTENDANCE_IMPORT_MAX_BYTES or has more than ATTENDANCE_IMPORT_MAX_ROWS records' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not sent as text/csv' })
  @ApiUnprocessableEntityResponse({
    description:
      'The file is in no known layout (the error names what was looked for), is not well-formed CSV, took too long to read, ' +
      'or atomic=true and some rows are invalid (nothing applied; errors listed)',
  })
  import(
    @CurrentUser() admin: AuthenticatedUser,
    @Param('session') session: string,
    @Query() query: AttendanceImportQueryDto,
    @Body() body: unknown,
  ) {
    if (!Buffer.isBuffer(body) || body.toString('latin1').trim() === '') {
      throw new RequestValidationException([{ field: 'body', rule: 'csv', message: 'send the export file as the request body with Content-Type: text/csv' }]);
    }
    return this.imports.import(admin.id, session, body, query);
  }
}
