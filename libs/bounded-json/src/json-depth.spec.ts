import { JsonTooDeepError, MAX_JSON_DEPTH, jsonNestingExceeds, parseBoundedJson } from './json-depth.js';

const nested = (levels: number, open = '[', close = ']') => open.repeat(levels) + close.repeat(levels);

describe('JSON nesting depth', () => {
  it('accepts documents up to the limit and refuses one level more', () => {
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestingExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestingExceeds('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
    expect(jsonNestingExceeds('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
  });

  it('counts siblings once, not as extra depth', () => {
    expect(jsonNestingExceeds(`[${'[],'.repeat(10_000)}[]]`, 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingExceeds(JSON.stringify({ text: '[[[[[[{{{{{{' }), 1)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ text: 'a "quoted [[[[" \\ back\\slash' }), 1)).toBe(false);
    expect(jsonNestingExceeds(`{"a\\"":[[[1]]]}`, 3)).toBe(true);
  });

  it('refuses 100 000 levels quickly instead of overflowing the stack', () => {
    const started = performance.now();
    expect(() => parseBoundedJson(nested(100_000, '{"a":', '}'))).toThrow(JsonTooDeepError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('parses what it accepts exactly as JSON.parse does', () => {
    const text = '{"a":[1,"x]",{"b":null}],"c":"\\u005b"}';
    expect(parseBoundedJson(text)).toEqual(JSON.parse(text));
    expect(() => parseBoundedJson('{"unterminated": ')).toThrow(SyntaxError);
  });
});
