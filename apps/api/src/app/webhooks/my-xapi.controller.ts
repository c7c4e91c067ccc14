import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { PageQueryDto } from '../common/pagination.dto.js';
import { XapiStatementDto } from './dto/webhooks.dto.js';
import { XapiStatementsService } from './xapi-statements.service.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me/xapi')
export class MyXapiController {
  constructor(private readonly statements: XapiStatementsService) {}

  @Get()
  @ApiOperation({ summary: 'My xAPI statements (completions, attendance, badges) as sent to the learning record store, newest first' })
  @ApiOkResponse({ type: [XapiStatementDto] })
  @ApiBadRequestResponse({ description: 'limit is out of range' })
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.statements.mine(user.id, query);
  }
}
