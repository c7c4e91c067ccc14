import type { CatalogueSnapshot, ProgramFacts } from './snapshot.js';

/** A small catalogue for the engine's unit tests: one program with a series, a deadline and a session. */
export function testCatalogue(overrides: Partial<ProgramFacts> = {}, version = 'v1'): CatalogueSnapshot {
  return {
    version,
    organizations: [
      { slug: 'ala', name: 'American Library Association', acronym: 'ALA', description: 'The national library association.', url: 'https://www.ala.org' },
      { slug: 'harwood', name: 'Harwood Institute for Public Innovation', acronym: null, description: 'Nonprofit behind the Turning Outward approach.', url: 'https://theharwoodinstitute.org' },
      { slug: 'gates', name: 'Bill & Melinda Gates Foundation', acronym: null, description: 'Funds the initiative through a grant.', url: null },
    ],
    programs: [
      {
        slug: 'ltc',
        title: 'Libraries Transforming Communities',
        acronym: 'LTC',
        kind: 'INITIATIVE',
        summary: 'Helps librarians lead community engagement.',
        description: 'Community engagement training for public librarians using the Turning Outward approach.',
        audience: 'Public library staff',
        libraryTypes: ['PUBLIC'],
        librarySizes: ['LARGE_URBAN'],
        startsOn: '2030-03-01',
        endsOn: null,
        url: 'https://example.org/ltc',
        tags: ['community engagement'],
        organizations: [
          { slug: 'ala', role: 'LEAD' },
          { slug: 'harwood', role: 'PARTNER' },
          { slug: 'gates', role: 'FUNDER' },
        ],
        keyDates: [
          { slug: 'ltc-applications-close', title: 'Applications close', kind: 'DEADLINE', date: '2030-02-15', description: 'Last day to apply to the cohort.' },
        ],
        series: [
          {
            slug: 'ltc-webinars',
            title: 'Turning Outward webinar series',
            description: 'Two webinars on the Turning Outward approach.',
            audience: 'Public library staff',
            rule: 'ALL',
            requiredCount: null,
            unlockTitle: 'Invitation to the in-person workshop',
            unlockDescription: 'Finish both webinars to be invited.',
            sessions: [
              {
                slug: 'ltc-webinar-1',
                title: 'Turning Outward webinar 1',
                description: 'First webinar.',
                type: 'WEBINAR',
                position: 1,
                startsAt: '2030-02-20T18:00:00.000Z',
                endsAt: null,
                timeZone: 'America/Chicago',
                cancelled: false,
                recordingUrl: 'https://example.org/recordings',
                location: null,
              },
            ],
          },
        ],
        sessions: [],
        ...overrides,
      },
    ],
  };
}
