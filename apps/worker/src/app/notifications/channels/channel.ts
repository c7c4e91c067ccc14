import type { ComposedMessage, DeliveryChannel } from '@stacks/notifications';

export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  discordUserId: string | null;
}

export interface OutgoingMessage {
  /** Ledger key of the delivery; channels derive their idempotency token (nonce, Message-ID) from it. */
  deliveryKey: string;
  message: ComposedMessage;
  unsubscribeUrl: string;
}

/** One way of reaching a learner. `send` resolves once the far side has accepted the message. */
export interface ChannelSender {
  readonly channel: DeliveryChannel;
  /** Waits for the channel's rate limit; called before the delivery is claimed, so waiting never eats into the lease. */
  acquire?(): Promise<void>;
  send(recipient: Recipient, outgoing: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}


/** Removes credentials and keeps an error short enough for the ledger and the admin API. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\/\/[^/@\s]+@/g, '//***@').replace(/(Bot|Bearer)\s+[\w.-]+/gi, '$1 ***').slice(0, 500);
}
