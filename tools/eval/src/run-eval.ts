// `npm run eval`: top-1 accuracy of the answering engine on tools/eval/src/questions.ts, with every miss.
// Runs on the seed catalogue; `npm run eval -- --database` uses the catalogue in DATABASE_URL instead.
import { parseConfig } from '@stacks/config';
import { createPrismaClient, loadCatalogueSnapshot, seedCatalogueSnapshot } from '@stacks/db';
import { evaluate } from './evaluate.js';

async function snapshot() {
  if (!process.argv.includes('--database')) return seedCatalogueSnapshot();
  const prisma = createPrismaClient(parseConfig(process.env).DATABASE_URL);
  try {
    return await loadCatalogueSnapshot(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

const report = evaluate(await snapshot());
console.log(`Answering evaluation: ${report.correct}/${report.total} correct, top-1 accuracy ${(report.accuracy * 100).toFixed(1)} % (target >= 90 %)`);
console.log(`Wrong but confident: ${(report.wrongButConfident * 100).toFixed(1)} % (target <= 2 %)`);
console.log('Calibration (best entry, no threshold): threshold  right-above  wrong-above  right-but-refused');
for (const row of report.calibration) console.log(`  ${row.threshold.toFixed(2)}  ${row.right}  ${row.wrong}  ${row.refusedRight}`);
for (const miss of report.misses) {
  console.log(`\nMISS  ${miss.question}\n  expected: ${miss.expected}\n  got (${miss.got.confidence}): ${miss.got.answer}`);
}
process.exit(report.accuracy >= 0.9 ? 0 : 1);
