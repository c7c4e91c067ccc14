import { fitLogistic, logLoss, type ConfidenceSample } from './confidence-fit.js';

describe('the confidence fit', () => {
  it('learns that a higher coverage means a right answer, and lowers the log-loss', () => {
    const samples: ConfidenceSample[] = [0.1, 0.2, 0.3, 0.45, 0.55, 0.7, 0.8, 0.9].map((coverage, index) => ({ features: { coverage }, right: index >= 3 && index !== 3 }));
    samples.push({ features: { coverage: 0.4 }, right: true }, { features: { coverage: 0.6 }, right: false });
    const start = { bias: 0, coverage: 0 };
    const fitted = fitLogistic(samples, start, 5_000);
    expect(fitted.coverage).toBeGreaterThan(1);
    expect(logLoss(fitted, samples)).toBeLessThan(logLoss(start, samples));
  });
});
