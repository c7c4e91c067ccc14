import type { SourceLink } from '@stacks/answering';

/** What the bot says back (from @stacks/answering's engine, see catalogue-answerer.ts). */
export interface Answer {
  question: string;
  answer: string;
  /** Titled links the answer comes from. */
  sources: SourceLink[];
  /** 0..1; below the engine's threshold the answer says it does not know. */
  confidence: number;
  /** Close topics, offered when the engine does not know. */
  suggestions?: string[];
  /** The knowledge entry the answer came from; absent when the engine declined. */
  entryId?: string;
}

export interface Answerer {
  answer(question: string): Promise<Answer>;
}
