import path from 'node:path';
import { applyMigrations } from '../migrations/migration-runner.js';
import { createPrismaClient } from '../prisma.service.js';
import { withScratchDatabase } from '../testing/scratch-database.js';
import { questionInsights, rateAskedQuestion, recordAskedQuestion } from './asked-questions.js';

describe('asked-question log', () => {
  it('groups the same question typed differently, and ranks most asked, unanswered and down-voted', async () => {
    await withScratchDatabase('asked', async (url) => {
      await applyMigrations(url, path.resolve('prisma/migrations'));
      const prisma = createPrismaClient(url, { poolSize: 2 });
      try {
        const base = { answer: 'An answer.', confidence: 0.8, answered: true, channel: 'web' as const };
        await recordAskedQuestion(prisma, { ...base, question: 'Who funds LTC?' });
        await recordAskedQuestion(prisma, { ...base, question: 'who funds  ltc' });
        const declined = await recordAskedQuestion(prisma, { ...base, question: 'Where do I park?', answer: "I don't know.", answered: false, confidence: 0.2 });
        const rated = await recordAskedQuestion(prisma, { ...base, question: 'When is Día?', channel: 'discord' });

        expect(await rateAskedQuestion(prisma, rated, 'down')).toBe(true);
        expect(await rateAskedQuestion(prisma, rated, 'down')).toBe(true);
        expect(await rateAskedQuestion(prisma, declined, 'up')).toBe(true);
        expect(await rateAskedQuestion(prisma, '00000000-0000-4000-8000-000000000000', 'up')).toBe(false);

        const insights = await questionInsights(prisma, { since: new Date(Date.now() - 60_000), limit: 10 });
        expect(insights.mostAsked[0]).toMatchObject({ question: 'who funds  ltc', asked: 2 });
        expect(insights.unanswered.map((tally) => tally.question)).toEqual(['Where do I park?']);
        expect(insights.downVoted).toEqual([expect.objectContaining({ question: 'When is Día?', downVotes: 1 })]);
      } finally {
        await prisma.$disconnect();
      }
    });
  });
});
