import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { ComposedMessage } from '@stacks/notifications';
import nodemailer, { type Transporter } from 'nodemailer';

const SMTP_TIMEOUT_MS = 10_000;

/**
 * Sends account mails (verification, password reset) over the same SMTP server and sender as the
 * worker's e-mail channel. They go out from the request, not through the outbox and the worker,
 * because they carry a secret link: queued, it would sit in plain text in the outbox table and in
 * Redis. Neither the link nor the address is ever logged.
 */
@Injectable()
export class AccountMailer implements OnModuleDestroy {
  private readonly logger = new Logger(AccountMailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL, {
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
        } as never)
      : null;
  }

  /** Best effort: a failure is logged by its code only (server replies may quote the address); the caller's answer does not change. */
  async send(to: { name: string; address: string }, message: ComposedMessage): Promise<boolean> {
    if (!this.transport) {
      this.logger.warn({ subject: message.subject }, 'SMTP_URL is unset: account mail not sent');
      return false;
    }
    try {
      await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject: message.subject, text: message.text, html: message.html });
      return true;
    } catch (error) {
      this.logger.warn({ subject: message.subject, code: (error as { code?: string }).code ?? 'unknown' }, 'account mail could not be sent');
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
