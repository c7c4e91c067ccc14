import type { TopicAnswerer } from '@stacks/answering';

/** What the bot says back: @stacks/answering's Answer (catalogue-answerer.ts builds the engine). */
export type { Answer, SuggestedTopic } from '@stacks/answering';

/** Answers a question, or a suggested topic a member picked (null when its entry is gone). */
export type Answerer = TopicAnswerer;
