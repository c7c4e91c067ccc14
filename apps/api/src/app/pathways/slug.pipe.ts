import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { DomainError } from '../problem/domain-error.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path parameter that must be a slug (what a pathway or competency is created under): 400 naming it otherwise. */
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && value.length >= 3 && value.length <= 120 && SLUG.test(value)) return value;
    const field = `path.${metadata.data ?? 'slug'}`;
    throw new DomainError(400, 'validation', `${field} must be a slug of 3-120 characters`, [{ field, rule: 'isSlug', message: 'must be 3-120 lower-case letters, digits and single hyphens' }]);
  }
}
