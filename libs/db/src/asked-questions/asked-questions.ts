import { foldText } from '@stacks/answering';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/*
 * The question log behind staff's insights: every question asked through the bot or the web, the
 * answer it got, and the member's rating. One place for the API and the bot to write and read it.
 */

export type AskChannel = 'discord' | 'web' | 'api';
export type Rating = 'up' | 'down';

export interface AskedQuestionInput {
  question: string;
  answer: string;
  entryId?: string;
  confidence: number;
  /** False when the engine declined ("I don't know"). */
  answered: boolean;
  channel: AskChannel;
}

/** The log entry for an engine answer: answered unless the engine declined (no entry behind it). */
export function askedQuestionFrom(
  question: string,
  result: { answer: string; entryId?: string; confidence: number },
  channel: AskChannel,
): AskedQuestionInput {
  return { question, answer: result.answer, entryId: result.entryId, confidence: result.confidence, answered: result.entryId !== undefined, channel };
}

/** Same question, typed differently: folded, punctuation dropped, spaces collapsed. */
export function normalizeQuestion(question: string): string {
  return foldText(question).replace(/[^a-z0-9#]+/g, ' ').trim().slice(0, 300);
}

/** Stores an asked question; returns its id, which the asker's rating refers to. */
export async function recordAskedQuestion(prisma: PrismaClient, input: AskedQuestionInput): Promise<string> {
  const row = await prisma.askedQuestion.create({
    data: {
      question: input.question.slice(0, 500),
      normalized: normalizeQuestion(input.question),
      answer: input.answer.slice(0, 4000),
      entryId: input.entryId ?? null,
      confidence: input.confidence,
      answered: input.answered,
      channel: input.channel,
    },
    select: { id: true },
  });
  return row.id;
}

/** Sets (or changes) the rating of an answer; false when there is no such question. Repeating it changes nothing. */
export async function rateAskedQuestion(prisma: PrismaClient, id: string, rating: Rating): Promise<boolean> {
  const value = rating === 'up' ? 'UP' : 'DOWN';
  const { count } = await prisma.askedQuestion.updateMany({
    where: { id, OR: [{ rating: null }, { rating: { not: value } }] },
    data: { rating: value, ratedAt: new Date() },
  });
  return count > 0 || (await prisma.askedQuestion.count({ where: { id } })) > 0;
}

export interface QuestionTally {
  /** One way members typed it (the latest). */
  question: string;
  asked: number;
  unanswered: number;
  downVotes: number;
  upVotes: number;
  /** The latest answer it got. */
  lastAnswer: string;
  lastAskedAt: string;
}

export interface QuestionInsights {
  mostAsked: QuestionTally[];
  unanswered: QuestionTally[];
  downVoted: QuestionTally[];
}

/** Staff's view of the log since `since`: most asked, declined and down-voted questions, grouped by their normalised text. */
export async function questionInsights(prisma: PrismaClient, options: { since: Date; limit: number }): Promise<QuestionInsights> {
  const rows = await prisma.$queryRaw<
    { question: string; asked: bigint; unanswered: bigint; down: bigint; up: bigint; lastAnswer: string; lastAskedAt: Date }[]
  >(Prisma.sql`
    SELECT (array_agg("question" ORDER BY "createdAt" DESC))[1] AS question,
           count(*) AS asked,
           count(*) FILTER (WHERE NOT "answered") AS unanswered,
           count(*) FILTER (WHERE "rating" = 'DOWN') AS down,
           count(*) FILTER (WHERE "rating" = 'UP') AS up,
           (array_agg("answer" ORDER BY "createdAt" DESC))[1] AS "lastAnswer",
           max("createdAt") AS "lastAskedAt"
    FROM "AskedQuestion"
    WHERE "createdAt" >= ${options.since}
    GROUP BY "normalized"`);
  const tallies: QuestionTally[] = rows.map((row) => ({
    question: row.question,
    asked: Number(row.asked),
    unanswered: Number(row.unanswered),
    downVotes: Number(row.down),
    upVotes: Number(row.up),
    lastAnswer: row.lastAnswer,
    lastAskedAt: row.lastAskedAt.toISOString(),
  }));
  const top = (filter: (tally: QuestionTally) => boolean, by: (tally: QuestionTally) => number) =>
    tallies
      .filter(filter)
      .sort((a, b) => by(b) - by(a) || b.lastAskedAt.localeCompare(a.lastAskedAt))
      .slice(0, options.limit);
  return {
    mostAsked: top(() => true, (tally) => tally.asked),
    unanswered: top((tally) => tally.unanswered > 0, (tally) => tally.unanswered),
    downVoted: top((tally) => tally.downVotes > 0, (tally) => tally.downVotes - tally.upVotes),
  };
}
