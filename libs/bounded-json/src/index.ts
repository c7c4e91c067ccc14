export { MAX_JSON_DEPTH, JsonTooDeepError, jsonNestingExceeds, parseBoundedJson } from './json-depth.js';
