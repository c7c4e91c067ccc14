import { AnsweringEngine } from './engine.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

describe('"Who runs X" answers and the organisation the question names', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('leaves out the organisation named as a partner, so the answer names the others', () => {
    const answer = engine.answerSync('who runs LTC together with ALA', NOW).answer;
    expect(answer).toMatch(/^Besides the American Library Association \(ALA\), /);
    expect(answer).toContain('in partnership with the Harwood Institute');
  });

  it('keeps the named organisation when its role is what is asked (its description says the asked word)', () => {
    const answer = engine.answerSync('what grant does the Bill & Melinda Gates Foundation give LTC', NOW).answer;
    expect(answer).not.toMatch(/^Besides/);
    expect(answer).toContain('funded by the Bill & Melinda Gates Foundation — funds the initiative through a grant');
  });
});
