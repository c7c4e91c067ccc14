/**
 * How alike two questions are worded, for the specs that keep the evaluation sets apart: a question set
 * must not repeat (or nearly repeat) a question another set is tuned or scored on.
 */
export const normalisedQuestion = (question: string) => question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export const questionWords = (question: string) => new Set(normalisedQuestion(question).split(' '));

/** Jaccard similarity of two questions' word sets: 1 for the same words, 0 for none shared. */
export const wordSimilarity = (a: Set<string>, b: Set<string>) => [...a].filter((word) => b.has(word)).length / new Set([...a, ...b]).size;
