import { buildKnowledge, FAQ, foldText } from '@stacks/answering';
import { seedCatalogueSnapshot } from '@stacks/db';

/**
 * Facts stated in the association's source documents (shared/seeds). Each must be said by at least
 * one answer the engine can give (a catalogue entry or a FAQ entry), not merely be searchable.
 */
const SEED_FACTS = [
  // Libraries Respond: National Day of Healing
  'W.K. Kellogg Foundation', 'Truth, Racial Healing and Transformation', '17 January 2017', '130', 'year-long',
  'hierarchy of human value', 'deep divisions', 'understanding, communication, caring and respect',
  'Martin Luther King', '45th President', '#TRHT', '#THEDAYTOHEAL', '800-545-2433', '4294',
  'Office for Diversity, Literacy, and Outreach Services', 'communities of color', 'American Indians', 'GLBT', 'immigrants',
  'inspire understanding and community healing',
  // National Day of Racial Healing and ALSC
  'sixth', 'common humanity', 'just and equitable world', 'social justice', 'Día', 'registry', 'Quicklists Consulting Committee',
  'Underserved Children and their Caregivers Committee', '22 February 2022', 'snack', 'EDI Statement',
  'Strategic Plan Implementation Reports', 'Board meetings', '31 January 2022', '2022 ALA Elections', 'Library Learning Experience',
  '#alayma', 'Youth Media Awards', '27 January 2022', 'lightning sessions', 'Serrano', 'Membership and Marketing Specialist',
  "El día de los niños", "Children's Day/Book Day",
  // LTC: Models for Change
  '15 December 2016', 'Public Programs Office', 'National Coalition for Dialogue & Deliberation', 'Julie Todaro', 'common ground',
  'ten webinars', 'three in-person workshops', 'Everyday Democracy', 'National Issues Forums', 'World Café',
  'first four learning sessions', 'large or urban', 'Programming Librarian Learning page', 'pre-conference workshop',
  '2017 ALA Annual Conference', 'Chicago', 'fall 2017', 'spring 2018', 'e-newsletter', '2014-15', 'Harwood Institute',
  'Turning Outward', 'Laura Bush 21st Century Librarian', 'Institute of Museum and Library Services', 'https://programminglibrarian.org/learn',
  // Libraries Transforming Communities
  'change agents', 'Public Innovators Cohort', '18-month', 'knowledge-sharing', 'worksheets', 'conversation guides',
  'ALA staff training', 'Bill & Melinda Gates Foundation', 'libraries in crisis', 'community aspirations first',
  // ALA Strategic Directions
  'access to information for all', 'intellectual freedom', 'social responsibility and the public good', 'member service',
  'organizational excellence', 'transforming libraries', 'equitable access', 'literacy', 'lifelong learning',
  'Information Policy', 'Professional and Leadership Development', 'Equity, Diversity, and Inclusion', '28 June 2015',
  'Midwinter Meeting', 'Atlanta', 'digital badging', 'micro-credentials', 'unconscious bias', 'microaggressions',
  'First Amendment', 'advocacy plan', 'three to five years', 'annual action plan and budget', 'mentoring',
];

describe('knowledge coverage of the source documents', () => {
  it('says every fact from the seeds in at least one answer', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const answers = buildKnowledge(seedCatalogueSnapshot(), FAQ).map((entry) => foldText(`${entry.compose(now)} ${entry.sources.map((source) => `${source.title} ${source.url}`).join(' ')}`));
    const missing = SEED_FACTS.filter((fact) => !answers.some((answer) => answer.includes(foldText(fact))));
    expect(missing).toEqual([]);
  });
});
