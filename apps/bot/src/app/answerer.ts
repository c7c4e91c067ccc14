/** What the bot says back; the question-answering engine (bot issue) will fill this in. */
export interface Answer {
  question: string;
  answer: string;
  sources: string[];
  confidence: number;
}

export interface Answerer {
  answer(question: string): Promise<Answer>;
}
