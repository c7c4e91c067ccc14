import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { OutboundAgents, sendOutbound, XAPI_VERSION } from '@stacks/integrations';
import { JobName, type SendXapiStatementPayload } from '@stacks/queue-contracts';
import { type JobContext, OnJob } from '../jobs/on-job.decorator.js';
import { KEPT_RESPONSE_BYTES, logMessage, MAX_RESPONSE_BYTES } from './integration-options.js';

/** The Authorization header for the LRS: LRS_AUTHORIZATION as given, or Basic from user name and password. */
export function lrsAuthorization(config: Pick<AppConfig, 'LRS_AUTHORIZATION' | 'LRS_USERNAME' | 'LRS_PASSWORD'>): string | null {
  if (config.LRS_AUTHORIZATION) return config.LRS_AUTHORIZATION;
  if (config.LRS_USERNAME) return `Basic ${Buffer.from(`${config.LRS_USERNAME}:${config.LRS_PASSWORD ?? ''}`).toString('base64')}`;
  return null;
}

/**
 * PUTs one stored statement to the LRS under its own id (`PUT statements?statementId=`): the
 * LRS stores it once, so a retry or resend is a no-op. 204 (stored, or already there unchanged)
 * is success; 409 (a different statement already has the id) is logged and not retried; other
 * failures throw for the worker base's backoff.
 */
@Injectable()
export class XapiSender {
  private readonly logger = new Logger(XapiSender.name);

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboundAgents) private readonly agents: OutboundAgents,
  ) {}

  @OnJob(JobName.SendXapiStatement)
  async send(payload: SendXapiStatementPayload, context: JobContext): Promise<{ status: string }> {
    if (!this.config.LRS_URL) return { status: 'lrs-disabled' };
    const row = await this.prisma.xapiStatement.findUnique({ where: { id: payload.statementId }, select: { id: true, status: true, statement: true } });
    if (!row) return { status: 'gone' };
    if (row.status === 'SENT') return { status: 'already-sent' };
    const url = new URL(`statements?statementId=${encodeURIComponent(row.id)}`, this.config.LRS_URL.endsWith('/') ? this.config.LRS_URL : `${this.config.LRS_URL}/`);
    const authorization = lrsAuthorization(this.config);
    let outcome: { status: 'SENT' | 'FAILED' | 'DEAD'; error: string | null };
    try {
      const response = await sendOutbound(
        {
          url,
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            'x-experience-api-version': XAPI_VERSION,
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify(row.statement),
          timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
          maxResponseBytes: MAX_RESPONSE_BYTES,
          keepBytes: KEPT_RESPONSE_BYTES,
        },
        this.agents,
      );
      if (response.status >= 200 && response.status < 300) outcome = { status: 'SENT', error: null };
      else if (response.status === 409) outcome = { status: 'DEAD', error: `HTTP 409: the LRS holds a different statement with this id ${response.body.slice(0, 200)}` };
      else outcome = { status: context.finalAttempt ? 'DEAD' : 'FAILED', error: `HTTP ${response.status} ${response.body.slice(0, 200)}` };
    } catch (error) {
      outcome = { status: context.finalAttempt ? 'DEAD' : 'FAILED', error: logMessage(error) };
    }
    await this.prisma.xapiStatement.update({
      where: { id: row.id },
      data: {
        status: outcome.status,
        attempts: { increment: 1 },
        lastError: outcome.error?.replaceAll('\u0000', '') ?? null,
        sentAt: outcome.status === 'SENT' ? new Date() : undefined,
      },
    });
    if (outcome.status === 'FAILED') throw new Error(outcome.error ?? 'LRS send failed');
    if (outcome.status === 'DEAD') this.logger.warn({ statementId: row.id, error: outcome.error }, 'xAPI statement not accepted by the LRS');
    return { status: outcome.status };
  }
}
