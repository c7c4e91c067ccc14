/** The value of cookie `name` in a Cookie request header, if sent (undefined when malformed). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined; // a stray % is not a cookie we set
    }
  }
  return undefined;
}
