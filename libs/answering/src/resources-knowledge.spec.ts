import { AnsweringEngine } from './engine.js';
import type { CatalogueSnapshot, ProgramFacts } from './snapshot.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

function withDia(): CatalogueSnapshot {
  const base = testCatalogue();
  const dia: ProgramFacts = {
    ...base.programs[0],
    slug: 'dia',
    title: 'Día: celebrating children and families',
    acronym: 'Día',
    kind: 'CELEBRATION',
    summary: 'A celebration of children and families of every culture and language.',
    description: 'Host a Día program and add it to the registry.',
    url: 'https://example.org/dia',
    tags: ['program registry', 'booklists'],
    organizations: [{ slug: 'ala', role: 'LEAD' }],
    keyDates: [],
    series: [],
    sessions: [],
  };
  return {
    ...base,
    programs: [...base.programs, dia],
    resources: [
      {
        slug: 'dia-booklists',
        programSlug: 'dia',
        sessionSlug: null,
        title: 'Día booklists',
        description: 'Booklists for Día programs from the Quicklists Consulting Committee, available all year long.',
        kind: 'BOOKLIST',
        url: null,
        filePath: null,
        audience: "Children's library staff",
      },
      {
        slug: 'ltc-conversation-guides',
        programSlug: 'ltc',
        sessionSlug: null,
        title: 'LTC conversation guides',
        description: 'Free conversation guides for community conversations.',
        kind: 'CONVERSATION_GUIDE',
        url: 'https://example.org/ltc/guides',
        filePath: '/api/v1/resources/ltc-conversation-guides/file',
        audience: 'Public library staff',
      },
    ],
    registry: { publishedByProgram: { dia: 3 } },
  };
}

describe('answering: resources and the program registry', () => {
  const engine = new AnsweringEngine(withDia(), { faq: [], catalogueUrl: 'https://stacks.example' });

  it('finds the Día booklists for "is there a booklist for Día?", pointing at the program page when there is no link', () => {
    const answer = engine.answerSync('Is there a booklist for Día?', NOW);
    expect(answer.answer).toContain('Día booklists');
    expect(answer.answer).toContain('https://stacks.example/programs/dia');
    expect(answer.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('gives a resource its own link as the source', () => {
    const answer = engine.answerSync('Are there conversation guides for LTC?', NOW);
    expect(answer.answer).toContain('LTC conversation guides');
    expect(answer.sources[0]).toEqual({ title: 'LTC conversation guides', url: 'https://example.org/ltc/guides' });
  });

  it('explains how to submit a Día program to the registry, with how many are published', () => {
    const answer = engine.answerSync('How do I submit my Día program to the registry?', NOW);
    expect(answer.answer).toContain('https://stacks.example/registry');
    expect(answer.answer).toContain('3 Día');
  });
});
