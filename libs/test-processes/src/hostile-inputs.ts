/**
 * The shapes of input that have cost Stacks a 500 or a stall: deep nesting, repeated tags, long
 * tokens. Shared by the fuzz suite (as generators) and the event-loop responsiveness test.
 */

/** `levels` of JSON nesting, alternating objects and arrays, as the value of `field`. */
export function deeplyNestedJson(levels: number, field = 'email'): string {
  const open = Array.from({ length: levels }, (_, index) => (index % 2 === 0 ? '{"a":' : '[')).join('');
  const close = Array.from({ length: levels }, (_, index) => (index % 2 === 0 ? '}' : ']'))
    .reverse()
    .join('');
  return `{"${field}":${open}1${close}}`;
}

/** An SVG with `count` copies of an element: many openings, as a badge image would never have. */
export function repeatedTagsSvg(count: number, tag = 'g'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">${`<${tag}>`.repeat(count)}${`<openbadges:credential>`.repeat(Math.min(count, 1000))}</svg>`;
}

/** A compact-JWS-shaped token whose segments are `length` characters of base64url. */
export function longJwsToken(length: number): string {
  const segment = 'A'.repeat(Math.floor(length / 3));
  return `${segment}.${segment}.${segment}`;
}

/** A JSON body whose one string field is `length` characters long. */
export function longStringJson(length: number, field = 'email'): string {
  return JSON.stringify({ [field]: 'a'.repeat(length), password: 'x' });
}

export interface HostileInput {
  name: string;
  path: string;
  contentType: string;
  payload: string;
}

/** One of each, sized to fit a body limit of `bytes`, aimed at anonymous routes. */
export function hostileInputs(bytes: number): HostileInput[] {
  const room = bytes - 200;
  return [
    { name: 'deep JSON nesting', path: '/api/v1/auth/login', contentType: 'application/json', payload: deeplyNestedJson(Math.floor(room / 5)) },
    {
      name: 'a deeply nested credential',
      path: '/api/v1/verify',
      contentType: 'application/json',
      payload: deeplyNestedJson(Math.floor(room / 5), 'credential'),
    },
    { name: 'a long JSON string', path: '/api/v1/auth/register', contentType: 'application/json', payload: longStringJson(room) },
    { name: 'a long JWS token', path: '/api/v1/verify', contentType: 'application/vc+jwt', payload: longJwsToken(room) },
    { name: 'repeated SVG tags', path: '/api/v1/verify', contentType: 'image/svg+xml', payload: repeatedTagsSvg(Math.floor(room / 4)) },
  ];
}
