import { AnsweringEngine, confidenceFeatures, runnerUpShare, type CatalogueSnapshot } from '@stacks/answering';
import { answerAll, isCorrect, scoreAnswers, type ScoredQuestion } from './evaluate.js';

/** One question's top candidate: its confidence features and whether its answer is right (an out-of-scope question's answer never is). */
export interface ConfidenceSample {
  features: Record<string, number>;
  right: boolean;
}

/** The samples of a question set, answered with no confidence threshold so every top candidate is scored. */
export function confidenceSamples(snapshot: CatalogueSnapshot, questions: readonly ScoredQuestion[], defaultNow: string): ConfidenceSample[] {
  const engine = new AnsweringEngine(snapshot, { minConfidence: 0 });
  return questions.map((item) => {
    const ranked = engine.rank(item.question.trim());
    const best = ranked[0];
    const features = best ? confidenceFeatures({ ...best, runnerUpShare: runnerUpShare(ranked) }) : confidenceFeatures({ coverage: 0, entity: 'none', aspect: 'none' });
    const right = !item.unknown && Boolean(best) && isCorrect(item, engine.answerSync(item.question, new Date(item.now ?? defaultNow)));
    return { features, right };
  });
}

/** Mean log-loss of weights (with `bias`) on the samples. */
export function logLoss(weights: Record<string, number>, samples: readonly ConfidenceSample[]): number {
  let loss = 0;
  for (const sample of samples) {
    const p = predict(weights, sample.features);
    loss -= Math.log(sample.right ? p : 1 - p);
  }
  return loss / Math.max(1, samples.length);
}

function predict(weights: Record<string, number>, features: Record<string, number>): number {
  let z = weights.bias ?? 0;
  for (const [name, value] of Object.entries(features)) z += (weights[name] ?? 0) * value;
  // Clamped so a perfectly separated sample cannot make the loss infinite.
  return Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-z))));
}

/** Maximum-likelihood logistic regression by batch gradient descent, from the given starting weights. */
export function fitLogistic(samples: readonly ConfidenceSample[], start: Record<string, number>, iterations = 20_000, rate = 0.5): Record<string, number> {
  const weights = { ...start };
  const names = Object.keys(weights);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = Object.fromEntries(names.map((name) => [name, 0]));
    for (const sample of samples) {
      const error = predict(weights, sample.features) - (sample.right ? 1 : 0);
      gradient.bias += error;
      for (const [name, value] of Object.entries(sample.features)) if (name in gradient) gradient[name] += error * value;
    }
    for (const name of names) weights[name] -= (rate * gradient[name]) / Math.max(1, samples.length);
  }
  return weights;
}

/**
 * What each outcome is worth to a member, for choosing the threshold. A right answer given outright
 * is worth 1 (so is declining an out-of-scope question); a declined question whose right answer the
 * member still sees (the unsure closest answer, or a close-topic button) is worth half, since they
 * must judge it themselves; a confident wrong answer costs 2, as it costs their trust.
 */
export const THRESHOLD_UTILITY = { right: 1, shownUnsure: 0.5, wrongButConfident: -2 } as const;

export interface ThresholdOutcome {
  threshold: number;
  right: number;
  shownUnsure: number;
  wrongButConfident: number;
  utility: number;
}

/** Each threshold's outcomes over the question sets, answered as the engine would with it. */
export function thresholdOutcomes(
  snapshot: CatalogueSnapshot,
  sets: readonly { questions: readonly ScoredQuestion[]; now: string }[],
  thresholds: readonly number[],
): ThresholdOutcome[] {
  return thresholds.map((threshold) => {
    const engine = new AnsweringEngine(snapshot, { minConfidence: threshold });
    let right = 0;
    let shownUnsure = 0;
    let wrongButConfident = 0;
    for (const { questions, now } of sets) {
      const { answers, picked } = answerAll(engine, questions, now);
      const report = scoreAnswers(questions, answers, picked);
      right += report.correct;
      shownUnsure += report.declinedButShown;
      wrongButConfident += report.wrongButConfident;
    }
    const utility = right * THRESHOLD_UTILITY.right + shownUnsure * THRESHOLD_UTILITY.shownUnsure + wrongButConfident * THRESHOLD_UTILITY.wrongButConfident;
    return { threshold, right, shownUnsure, wrongButConfident, utility };
  });
}
