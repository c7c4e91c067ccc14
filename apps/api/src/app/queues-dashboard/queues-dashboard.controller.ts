import { Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DASHBOARD_COOKIE, DASHBOARD_PATH, DASHBOARD_TTL_SECONDS, issueDashboardToken } from './dashboard-cookie.js';

export class DashboardSessionDto {
  @ApiProperty({ example: '/admin/queues', description: 'Open this address in the same browser' })
  url: string;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt: Date;
}

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Roles('ADMIN')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@ApiForbiddenResponse({ description: 'Requires the ADMIN role' })
@Controller('admin/queues-dashboard')
export class QueuesDashboardController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * A browser cannot attach a bearer token to page loads, so an admin trades theirs for a
   * short-lived HttpOnly cookie scoped to the dashboard's path, valid only while this sign-in is.
   */
  @Post('session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the queue dashboard (Bull Board): sets a 15-minute HttpOnly cookie for /admin/queues, ended by signing out; read-only without the QUEUE_OPERATOR permission' })
  @ApiOkResponse({ type: DashboardSessionDto })
  open(@CurrentUser() admin: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply): DashboardSessionDto {
    const { token, expiresAt } = issueDashboardToken({ userId: admin.id, sessionId: admin.sessionId }, this.config.JWT_ACCESS_SECRET as string);
    const secure = this.config.PUBLIC_BASE_URL.startsWith('https:') ? '; Secure' : '';
    reply.header('set-cookie', `${DASHBOARD_COOKIE}=${token}; Path=${DASHBOARD_PATH}; Max-Age=${DASHBOARD_TTL_SECONDS}; HttpOnly; SameSite=Strict${secure}`);
    return { url: DASHBOARD_PATH, expiresAt };
  }
}
