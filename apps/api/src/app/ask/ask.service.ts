import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type Answer, LiveAnswerer, type TopicAnswerer, withOptionalComposition } from '@stacks/answering';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { type AskChannel, askedQuestionFrom, databaseSnapshotSource, PrismaService, rateAskedQuestion, ReadPrismaService, recordAskedQuestion, seedCatalogueSnapshot } from '@stacks/db';
import { DomainError } from '../problem/domain-error.js';
import type { AnswerDto } from './dto/ask.dto.js';

/** Answers members' questions from the catalogue, rebuilding the index when the catalogue changes. */
@Injectable()
export class AskService implements OnModuleInit {
  private readonly logger = new Logger(AskService.name);
  private answerer!: TopicAnswerer;
  private live: LiveAnswerer | null = null;

  constructor(
    private readonly read: ReadPrismaService,
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const source = databaseSnapshotSource(this.read.client);
    const options = {
      checkEveryMs: this.config.ANSWERING_REFRESH_SECONDS * 1000,
      catalogueUrl: this.config.PUBLIC_BASE_URL,
      onRefresh: (version: string) => this.logger.log(`Catalogue changed (${version.slice(0, 8)}): answer index rebuilt`),
      onError: (error: unknown) => this.logger.warn(`Catalogue check failed; answering from the last index: ${(error as Error).name}`),
    };
    let live: LiveAnswerer;
    try {
      live = new LiveAnswerer(await source.load(), source, options);
    } catch (error) {
      // Start anyway (readiness reports the database); the first successful check swaps in the real catalogue.
      this.logger.warn(`Catalogue unavailable at start (${(error as Error).name}); answering from the seed catalogue`);
      live = new LiveAnswerer(seedCatalogueSnapshot(), source, options, undefined, false);
    }
    this.live = live;
    const composed = withOptionalComposition(live, {
      url: this.config.ANSWERING_LLM_URL,
      model: this.config.ANSWERING_LLM_MODEL,
      apiKey: this.config.ANSWERING_LLM_API_KEY,
      timeoutMs: this.config.ANSWERING_LLM_TIMEOUT_MS,
    });
    if (composed.composing) this.logger.log(`Answers composed by ${this.config.ANSWERING_LLM_MODEL} from retrieved passages`);
    this.answerer = composed;
  }

  /** Re-reads the catalogue version now (after an FAQ edit here) instead of waiting for the next poll. */
  async refreshIndex(): Promise<void> {
    await this.live?.refreshNow();
  }

  async ask(question: string, channel: AskChannel = 'api'): Promise<AnswerDto> {
    return this.recorded(question, await this.answerer.answer(question), channel);
  }

  /** The answer of a topic the member picked from an unsure answer's suggestions, worded for their question when given. */
  async askTopic(entryId: string, question: string | undefined, channel: AskChannel = 'api'): Promise<AnswerDto> {
    const result = await this.answerer.answerTopic(entryId, question);
    if (!result) {
      throw new DomainError(404, 'not-found', `no topic ${entryId}`, [{ field: 'entryId', rule: 'exists', message: 'no such topic: it may have been retired; ask again' }]);
    }
    // Logged as the topic: picking it is what the member asked for, and their question is logged already.
    return this.recorded(result.question, result, channel);
  }

  /** Logs the question with its answer, so the answer has an id to rate. */
  private async recorded(question: string, result: Answer, channel: AskChannel): Promise<AnswerDto> {
    const id = await recordAskedQuestion(this.prisma, askedQuestionFrom(question, result, channel));
    const topics = (offered: Answer['suggestedTopics']) => (offered ?? []).map(({ entryId, topic }) => ({ entryId, topic }));
    return { id, answer: result.answer, sources: result.sources, confidence: result.confidence, suggestions: topics(result.suggestedTopics), related: topics(result.relatedTopics) };
  }

  /** 👍/👎 on an answer; repeating it (or changing one's mind) is fine. */
  async rate(id: string, rating: 'up' | 'down'): Promise<void> {
    if (!(await rateAskedQuestion(this.prisma, id, rating))) {
      throw new DomainError(404, 'not-found', `no question ${id}`, [{ field: 'id', rule: 'exists', message: 'no such question' }]);
    }
  }
}
