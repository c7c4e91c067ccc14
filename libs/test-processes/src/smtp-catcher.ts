// mailparser ships no types: the declaration travels with the one file that imports it, for every project that uses it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mailparser.d.ts" />
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type { ParsedMail };

/** A real SMTP server on a free local port that keeps every message it accepts. */
export class SmtpCatcher {
  readonly messages: ParsedMail[] = [];
  private server?: SMTPServer;
  port = 0;

  constructor(private readonly delayMs = 0) {}

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          async (mail) => {
            if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            this.messages.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Stops listening and drops open connections (an SMTP outage). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The link to `path` (with its `#token=`) in the latest text mail to `address`, or null. */
  lastLink(address: string, path: string): { url: string; token: string } | null {
    const mail = [...this.messages].reverse().find((message) => message.to?.text.includes(address) && message.text?.includes(path));
    const match = new RegExp(`https?://\\S+${path}#token=([\\w-]+)`).exec(mail?.text ?? '');
    return match ? { url: match[0], token: match[1] } : null;
  }

  messageIds(): string[] {
    return this.messages.map((mail) => mail.messageId ?? '');
  }
}
