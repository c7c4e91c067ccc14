// Refits the answering confidence (CONFIDENCE_WEIGHTS in libs/answering/src/engine.ts) on the development
// set and its calibration split, never on the held-out set; prints the weights to paste there, then each
// threshold's outcomes on the development set and both its splits (DEFAULT_MIN_CONFIDENCE is the best).
import { CONFIDENCE_WEIGHTS } from '@stacks/answering';
import { seedCatalogueSnapshot } from '@stacks/db';
import { CALIBRATION_NOW, CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { confidenceSamples, fitLogistic, logLoss, THRESHOLD_UTILITY, thresholdOutcomes } from './confidence-fit.js';
import { MEMBER_PHRASING_NOW, MEMBER_PHRASING_QUESTIONS } from './member-phrasing-questions.js';
import { EVAL_NOW, EVAL_QUESTIONS } from './questions.js';

const catalogue = seedCatalogueSnapshot();
const samples = [...confidenceSamples(catalogue, EVAL_QUESTIONS, EVAL_NOW), ...confidenceSamples(catalogue, CALIBRATION_QUESTIONS, CALIBRATION_NOW)];
const current: Record<string, number> = { ...CONFIDENCE_WEIGHTS };
const fitted = fitLogistic(samples, current);
console.log(`${samples.length} questions, ${samples.filter((sample) => sample.right).length} answered right at top-1`);
console.log(`log-loss: current weights ${logLoss(current, samples).toFixed(4)}, refitted ${logLoss(fitted, samples).toFixed(4)}`);
for (const [name, weight] of Object.entries(fitted)) console.log(`  ${name}: ${weight.toFixed(2)},`);

// With the engine's current weights (paste the refitted ones first to choose for them).
console.log(`\nthresholds (utility: right ${THRESHOLD_UTILITY.right}, right but shown unsure ${THRESHOLD_UTILITY.shownUnsure}, wrong but confident ${THRESHOLD_UTILITY.wrongButConfident}):`);
const outcomes = thresholdOutcomes(
  catalogue,
  [
    { questions: EVAL_QUESTIONS, now: EVAL_NOW },
    { questions: CALIBRATION_QUESTIONS, now: CALIBRATION_NOW },
    { questions: MEMBER_PHRASING_QUESTIONS, now: MEMBER_PHRASING_NOW },
  ],
  [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
);
for (const outcome of outcomes) {
  console.log(`  ${outcome.threshold.toFixed(2)}: right ${outcome.right}, shown unsure ${outcome.shownUnsure}, wrong but confident ${outcome.wrongButConfident}, utility ${outcome.utility}`);
}
const best = outcomes.reduce((a, b) => (b.utility > a.utility ? b : a));
console.log(`best threshold: ${best.threshold.toFixed(2)}`);
