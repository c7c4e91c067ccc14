/**
 * Deeply nested JSON parses fine (V8's JSON.parse is iterative) but then overflows the stack of
 * whatever walks it recursively (class-transformer, validators, JSON-LD). The text is scanned
 * once, iteratively, before anyone parses it: linear time, constant memory.
 */

/** Deeper than any document Stacks accepts (request bodies, credentials, JWS segments). */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Whether objects and arrays in `text` nest deeper than `maxDepth`; brackets inside strings do not count. */
export function jsonNestingExceeds(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

export class JsonTooDeepError extends Error {
  constructor(readonly maxDepth: number) {
    super(`JSON nests objects and arrays deeper than ${maxDepth} levels`);
    this.name = 'JsonTooDeepError';
  }
}

/** JSON.parse that refuses (JsonTooDeepError) documents nesting deeper than `maxDepth`. */
export function parseBoundedJson(text: string, maxDepth: number = MAX_JSON_DEPTH): unknown {
  if (jsonNestingExceeds(text, maxDepth)) throw new JsonTooDeepError(maxDepth);
  return JSON.parse(text) as unknown;
}
