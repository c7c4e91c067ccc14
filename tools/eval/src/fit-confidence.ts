// Refits the answering confidence (CONFIDENCE_WEIGHTS in libs/answering/src/engine.ts) on the development
// set and its calibration split, never on the held-out set; prints the weights to paste there.
import { CONFIDENCE_WEIGHTS } from '@stacks/answering';
import { seedCatalogueSnapshot } from '@stacks/db';
import { CALIBRATION_NOW, CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { confidenceSamples, fitLogistic, logLoss } from './confidence-fit.js';
import { EVAL_NOW, EVAL_QUESTIONS } from './questions.js';

const catalogue = seedCatalogueSnapshot();
const samples = [...confidenceSamples(catalogue, EVAL_QUESTIONS, EVAL_NOW), ...confidenceSamples(catalogue, CALIBRATION_QUESTIONS, CALIBRATION_NOW)];
const current: Record<string, number> = { ...CONFIDENCE_WEIGHTS };
const fitted = fitLogistic(samples, current);
console.log(`${samples.length} questions, ${samples.filter((sample) => sample.right).length} answered right at top-1`);
console.log(`log-loss: current weights ${logLoss(current, samples).toFixed(4)}, refitted ${logLoss(fitted, samples).toFixed(4)}`);
for (const [name, weight] of Object.entries(fitted)) console.log(`  ${name}: ${weight.toFixed(2)},`);
