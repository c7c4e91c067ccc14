import { Prisma } from '@stacks/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Catalogue entities are addressable by UUID or by their stable slug. */
export function whereIdOrSlug(value: string): { id: string } | { slug: string } | null {
  if (UUID.test(value)) return { id: value.toLowerCase() };
  if (value.length <= 120 && SLUG.test(value)) return { slug: value };
  return null;
}

/** The SQL condition for `whereIdOrSlug`'s result on the table aliased `alias`. */
export function sqlIdOrSlug(where: { id: string } | { slug: string }, alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias}"`);
  return 'id' in where ? Prisma.sql`${table}.id = ${where.id}::uuid` : Prisma.sql`${table}.slug = ${where.slug}`;
}
