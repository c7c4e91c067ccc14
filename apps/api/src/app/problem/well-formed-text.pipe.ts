import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** Depth-first path of the first string holding a lone UTF-16 surrogate, or null. */
export function findIllFormedText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path;
  // Raw bodies (an uploaded file as a Buffer) are bytes, not text fields: each reader decodes its own.
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!isWellFormed(key)) return childPath;
    const found = findIllFormedText(child, childPath, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * JSON can carry a lone surrogate ("\ud800") that is not text at all; validators and the
 * database choke on it (validator's isEmail throws). Refused before validation, naming the field.
 */
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findIllFormedText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (field !== null) {
      const name = field || metadata.type;
      throw new DomainError(400, 'validation', `${name} is not well-formed Unicode text`, [
        { field: name, rule: 'isWellFormed', message: `${name} must be valid Unicode text (no lone surrogates)` },
      ]);
    }
    return value;
  }
}
