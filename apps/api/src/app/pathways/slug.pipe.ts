import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { RequestValidationException } from '../problem/validation-exception.factory.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path parameter that must be a slug (what a pathway or competency is created under): 400 naming it otherwise. */
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && value.length >= 3 && value.length <= 120 && SLUG.test(value)) return value;
    const field = metadata.data ?? 'slug';
    throw new RequestValidationException([{ field, rule: 'isSlug', message: `${field} must be 3-120 lower-case letters, digits and single hyphens` }]);
  }
}
