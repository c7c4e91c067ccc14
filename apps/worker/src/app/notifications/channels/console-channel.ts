import { Logger } from '@nestjs/common';
import type { ChannelSender, OutgoingMessage, Recipient } from './channel.js';

/** Used when no SMTP server is configured: the message lands in the worker's log, so local development sees it. */
export class ConsoleChannel implements ChannelSender {
  readonly channel = 'console' as const;
  private readonly logger = new Logger('ConsoleChannel');

  async send(recipient: Recipient, outgoing: OutgoingMessage): Promise<void> {
    this.logger.log(
      { to: recipient.email, subject: outgoing.message.subject, deliveryKey: outgoing.deliveryKey },
      `message for ${recipient.email}\n${outgoing.message.subject}\n\n${outgoing.message.text}`,
    );
  }
}
