import path from 'node:path';
import type { CatalogueSnapshot } from '@stacks/answering';
import { applyMigrations } from '../migrations/migration-runner.js';
import { createPrismaClient } from '../prisma.service.js';
import { runSeed } from '../seed/run-seed.js';
import { withScratchDatabase } from '../testing/scratch-database.js';
import { catalogueVersion, loadCatalogueSnapshot, seedCatalogueSnapshot } from './catalogue-snapshot.js';

/** Order-independent form: the database returns rows in its own order. */
function canonical(snapshot: CatalogueSnapshot) {
  const bySlug = <T extends { slug: string }>(items: T[]) => [...items].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    organizations: bySlug(snapshot.organizations),
    programs: bySlug(snapshot.programs).map((program) => ({
      ...program,
      organizations: [...program.organizations].sort((a, b) => `${a.slug}${a.role}`.localeCompare(`${b.slug}${b.role}`)),
      keyDates: bySlug(program.keyDates),
      series: bySlug(program.series).map((series) => ({ ...series, sessions: bySlug(series.sessions) })),
      sessions: bySlug(program.sessions),
    })),
  };
}

describe('catalogue snapshot from PostgreSQL', () => {
  it('matches the seed catalogue after seeding, and its version changes only when the catalogue does', async () => {
    await withScratchDatabase('snapshot', async (url) => {
      await applyMigrations(url, path.resolve('prisma/migrations'));
      const prisma = createPrismaClient(url, { poolSize: 2 });
      try {
        const empty = await catalogueVersion(prisma);
        await runSeed(prisma, { demoAccounts: false, demoPassword: 'unused in this test', hashPassword: async (value) => value });

        const loaded = await loadCatalogueSnapshot(prisma);
        expect(loaded.version).not.toBe(empty);
        expect(canonical(loaded)).toEqual(canonical(seedCatalogueSnapshot()));
        expect(await catalogueVersion(prisma)).toBe(loaded.version);

        await prisma.program.update({ where: { slug: 'dia' }, data: { summary: 'An edited summary.' } });
        const afterEdit = await catalogueVersion(prisma);
        expect(afterEdit).not.toBe(loaded.version);

        await prisma.keyDate.update({ where: { slug: 'alsc-join-to-vote-2022' }, data: { date: new Date('2022-02-01') } });
        expect(await catalogueVersion(prisma)).not.toBe(afterEdit);

        await prisma.session.update({ where: { slug: 'alsc-membership-mixer-2022' }, data: { status: 'CANCELLED' } });
        const reloaded = await loadCatalogueSnapshot(prisma);
        const membership = reloaded.programs.find((program) => program.slug === 'alsc-membership-2022-ala-elections');
        expect(membership?.sessions[0]).toMatchObject({ slug: 'alsc-membership-mixer-2022', cancelled: true });
        expect(membership?.keyDates[0].date).toBe('2022-02-01');

        // Staff's FAQ is part of the snapshot and of its version; retired entries drop out.
        expect(reloaded.faq?.map((entry) => entry.id)).toContain('ala-mission');
        const beforeFaqEdit = await catalogueVersion(prisma);
        await prisma.faqEntry.update({ where: { slug: 'ala-mission' }, data: { retiredAt: new Date() } });
        expect(await catalogueVersion(prisma)).not.toBe(beforeFaqEdit);
        expect((await loadCatalogueSnapshot(prisma)).faq?.map((entry) => entry.id)).not.toContain('ala-mission');
      } finally {
        await prisma.$disconnect();
      }
    });
  });
});
