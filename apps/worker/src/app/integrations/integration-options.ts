/** What is kept of a receiver's response in the delivery log. */
export const KEPT_RESPONSE_BYTES = 1024;
/** Reading a response stops here (the rest is not waited for). */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/** An error message fit for the delivery log: one line, bounded. */
export function logMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}
