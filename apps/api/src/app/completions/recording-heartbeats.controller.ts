import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { RecordingHeartbeatDto, RecordingHeartbeatResultDto } from './dto/recording-heartbeat.dto.js';
import { RecordingHeartbeatsService } from './recording-heartbeats.service.js';

@ApiTags('completions')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me/sessions')
export class RecordingHeartbeatsController {
  constructor(private readonly heartbeats: RecordingHeartbeatsService) {}

  @Post(':session/recording-heartbeats')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Report recording playback from the player (every 15 seconds while playing)',
    description:
      'Reports the segment played since the previous heartbeat. The server credits at most the time that passed between two ' +
      'heartbeats (at most 60 s each; the first only starts the clock), counts re-watched seconds once and, once the watched ' +
      'share of recordingMinutes reaches the threshold, completes the session.',
  })
  @ApiParam({ name: 'session', description: 'Session UUID or slug' })
  @ApiOkResponse({ type: RecordingHeartbeatResultDto })
  @ApiNotFoundResponse({ description: 'No such session' })
  @ApiConflictResponse({ description: 'The session is cancelled, its recording is not available now, or it has no recordingMinutes' })
  heartbeat(@CurrentUser() user: AuthenticatedUser, @Param('session') session: string, @Body() body: RecordingHeartbeatDto): Promise<RecordingHeartbeatResultDto> {
    return this.heartbeats.heartbeat(user.id, session, body);
  }
}
