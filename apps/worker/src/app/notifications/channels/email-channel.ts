import { emailMessageId } from '@stacks/notifications';
import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelSender, OutgoingMessage, Recipient } from './channel.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * E-mail over SMTP. The Message-ID is derived from the delivery key, so a message resent after
 * a crash between the server's "250 OK" and our ledger update is the same message to the
 * recipient's mail store. Timeouts stay well under the delivery lease.
 */
export class EmailChannel implements ChannelSender {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly limiter: RateLimiter,
    timeoutMs: number,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl, {
      pool: true,
      maxConnections: 4,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    } as never);
    this.domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'stacks.local';
  }

  acquire(): Promise<void> {
    return this.limiter.take();
  }

  async send(recipient: Recipient, outgoing: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: { name: recipient.displayName, address: recipient.email },
      subject: outgoing.message.subject,
      text: outgoing.message.text,
      html: outgoing.message.html,
      messageId: emailMessageId(outgoing.deliveryKey, this.domain),
      headers: {
        // RFC 8058 one-click unsubscribe: mail clients POST to the link without opening a page.
        'List-Unsubscribe': `<${outgoing.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-Stacks-Delivery': outgoing.deliveryKey,
      },
    });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
