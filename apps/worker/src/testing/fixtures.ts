import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@stacks/db';

export interface ReminderFixture {
  programId: string;
  seriesId: string;
  sessionId: string;
  learners: { id: string; email: string; discordUserId: string }[];
}

/** A program with one live session and N enrolled learners, each with a linked Discord account. */
export async function createReminderFixture(prisma: PrismaClient, options: { learners: number; startsAt: Date; discord?: boolean }): Promise<ReminderFixture> {
  const tag = randomUUID().slice(0, 8);
  const program = await prisma.program.create({
    data: {
      slug: `reminder-program-${tag}`,
      title: `Reminder program ${tag}`,
      kind: 'LEARNING_SERIES',
      summary: 'Made by a reminders test.',
      description: 'Made by a reminders test.',
      audience: 'Testers',
    },
  });
  const series = await prisma.series.create({
    data: { programId: program.id, slug: `reminder-series-${tag}`, title: `Reminder series ${tag}`, description: 'Test series.', audience: 'Testers' },
  });
  const session = await prisma.session.create({
    data: {
      programId: program.id,
      seriesId: series.id,
      position: 1,
      slug: `reminder-session-${tag}`,
      title: `Cataloguing clinic ${tag}`,
      description: 'A live session made by a test.',
      type: 'WEBINAR',
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + 3_600_000),
      joinUrl: 'https://meet.example.org/clinic',
    },
  });
  const learners = Array.from({ length: options.learners }, (_, index) => ({
    id: randomUUID(),
    email: `learner-${tag}-${index}@test.example`,
    discordUserId: String(100_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e12)) + BigInt(index)),
  }));
  await prisma.user.createMany({ data: learners.map((learner, index) => ({ id: learner.id, email: learner.email, passwordHash: 'x', displayName: `Learner ${index}` })) });
  await prisma.enrolment.createMany({ data: learners.map((learner) => ({ userId: learner.id, sessionId: session.id, status: 'ENROLLED' as const })) });
  if (options.discord !== false) {
    await prisma.discordAccountLink.createMany({ data: learners.map((learner) => ({ userId: learner.id, discordUserId: learner.discordUserId })) });
  }
  return { programId: program.id, seriesId: series.id, sessionId: session.id, learners };
}
