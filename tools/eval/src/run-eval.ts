// `npm run eval`: top-1 accuracy of the answering engine on the development set (tools/eval/src/questions.ts,
// tune on it; with its calibration and member-phrasing splits) and on the held-out set (held-out-questions.ts,
// never tune on it), printed separately.
// Runs on the seed catalogue; `npm run eval -- --database` uses the catalogue in DATABASE_URL instead.
// Held-out misses stay hidden unless asked for (`-- --held-out-misses`), so the set is not tuned on.
import { parseConfig } from '@stacks/config';
import { createPrismaClient, loadCatalogueSnapshot, seedCatalogueSnapshot } from '@stacks/db';
import { evaluate, type EvalReport } from './evaluate.js';
import { HELD_OUT_NOW, HELD_OUT_QUESTIONS, QUESTION_PATTERNS } from './held-out-questions.js';
import { CALIBRATION_NOW, CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { MEMBER_PHRASING_NOW, MEMBER_PHRASING_QUESTIONS } from './member-phrasing-questions.js';
import { EVAL_NOW, EVAL_QUESTIONS } from './questions.js';

const DEVELOPMENT_TARGET = 0.9;
const HELD_OUT_TARGET = 0.95;
const HELD_OUT_WRONG_BUT_CONFIDENT_LIMIT = 0.02;

async function snapshot() {
  if (!process.argv.includes('--database')) return seedCatalogueSnapshot();
  const prisma = createPrismaClient(parseConfig(process.env).DATABASE_URL);
  try {
    return await loadCatalogueSnapshot(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function printSummary(title: string, report: EvalReport, target: string) {
  console.log(`\n${title}: ${report.correct}/${report.total} correct`);
  console.log(`  top-1 accuracy        ${percent(report.accuracy)} (${target})`);
  console.log(`  refusals              ${report.refusals} (${report.wrongRefusals} of them on questions the documents answer)`);
  console.log(
    `  wrong but confident   ${report.wrongButConfident} = ${percent(report.wrongButConfidentRate)} of all questions (${report.wrongButRelated} with the right answer under a related-topic button)`,
  );
  const reachable = report.correct + report.declinedButShown + report.wrongButRelated;
  console.log(
    `  right answer reachable ${reachable}/${report.total} = ${percent(report.total ? reachable / report.total : 0)}: shown or one press away (the ${report.correct} right; ${report.declinedButShown} declined whose unsure closest answer or a close-topic button gives it; ${report.wrongButRelated} answered wrong with it under a related-topic button)`,
  );
  const bands = report.calibration.map((band) => `>= ${band.atLeast}: ${band.right}/${band.answered}${band.answered ? ` = ${percent(band.right / band.answered)}` : ''}`);
  console.log(`  right when answered   ${bands.join('; ')}`);
}

function printMisses(report: EvalReport) {
  for (const miss of report.misses) {
    console.log(`\nMISS  ${miss.id ? `[${miss.id}] ` : ''}${miss.question}\n  expected: ${miss.expected}\n  got (${miss.got.confidence}): ${miss.got.answer}`);
  }
}

const catalogue = await snapshot();
const development = evaluate(catalogue, EVAL_QUESTIONS, EVAL_NOW);
const calibration = evaluate(catalogue, CALIBRATION_QUESTIONS, CALIBRATION_NOW);
const memberPhrasing = evaluate(catalogue, MEMBER_PHRASING_QUESTIONS, MEMBER_PHRASING_NOW);
const heldOut = evaluate(catalogue, HELD_OUT_QUESTIONS, HELD_OUT_NOW);

printSummary('Development set (questions.ts)', development, `target >= ${percent(DEVELOPMENT_TARGET)}`);
printMisses(development);

printSummary('Calibration split of the development set (calibration-questions.ts; fits the confidence only)', calibration, 'no target');
printMisses(calibration);

printSummary('Member-phrasing split of the development set (member-phrasing-questions.ts; tune on it)', memberPhrasing, 'no target');
printMisses(memberPhrasing);

printSummary('Held-out set (held-out-questions.ts)', heldOut, `target >= ${percent(HELD_OUT_TARGET)}, wrong but confident <= ${percent(HELD_OUT_WRONG_BUT_CONFIDENT_LIMIT)}`);
const missed = new Set(heldOut.misses.map((miss) => miss.id));
console.log('  by pattern:');
for (const pattern of QUESTION_PATTERNS) {
  const asked = HELD_OUT_QUESTIONS.filter((item) => item.pattern === pattern);
  const right = asked.filter((item) => !missed.has(item.id)).length;
  console.log(`    ${pattern.padEnd(18)} ${right}/${asked.length}`);
}
if (process.argv.includes('--held-out-misses')) printMisses(heldOut);
else console.log('  (misses hidden: tune on the development set; `npm run eval -- --held-out-misses` shows them)');

const met =
  development.accuracy >= DEVELOPMENT_TARGET &&
  heldOut.accuracy >= HELD_OUT_TARGET &&
  heldOut.wrongButConfidentRate <= HELD_OUT_WRONG_BUT_CONFIDENT_LIMIT;
process.exit(met ? 0 : 1);
