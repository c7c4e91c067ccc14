import type { ExpectedFact, ScoredQuestion } from './evaluate.js';

/**
 * The held-out evaluation set (issue 18): questions written from the source documents in
 * shared/seeds only, as members would type them, never from the engine's answers. Do not tune the
 * engine on these: tune on questions.ts (the development set) and read this set's score only.
 *
 * Each expected fact is stated in the question's source document (held-out-questions.spec.ts checks
 * it against the document text); spellings of one fact are alternatives. Time questions are asked on
 * HELD_OUT_NOW, so every event in the documents lies in the past and must be told as past.
 */

/** The source documents, by file name in shared/seeds. */
export const SEED_DOCUMENTS = {
  nationalDayOfHealing: '000_12e0ef3aa98e08a3.txt',
  racialHealingAndAlsc: '001_68df9619fb5c5c6f.txt',
  modelsForChange: '002_3fd6e688fc89419f.txt',
  transformingCommunities: '003_baa58f4d88468d89.txt',
  strategicDirections: '004_b1b6aed03c501cc6.txt',
} as const;

export type SeedDocument = (typeof SEED_DOCUMENTS)[keyof typeof SEED_DOCUMENTS];

/** The ways members ask that the set must cover (issue 18 lists the ones the engine misses). */
export const QUESTION_PATTERNS = [
  'plain',
  'casual',
  'misspelling',
  'acronym',
  'still-open',
  'first',
  'list',
  'partner',
  'future-offering',
  'quoted-person',
  'which-foundation',
  'time-relative',
  'out-of-scope',
] as const;

export type QuestionPattern = (typeof QUESTION_PATTERNS)[number];

export interface HeldOutQuestion extends ScoredQuestion {
  id: string;
  /** The document the answer comes from; null for out-of-scope questions. */
  source: SeedDocument | null;
  /** Further documents a fact is stated in (a fact that joins two documents). */
  alsoFrom?: readonly SeedDocument[];
  pattern: QuestionPattern;
}

/** The held-out set is asked "today"; every event in the documents is past by then. */
export const HELD_OUT_NOW = '2026-12-02T12:00:00Z';

/**
 * Words that tell an event as past or closed. A time-relative answer must use one; they are the
 * grader's, not the document's, so the document check skips this group.
 */
export const PAST_MARKERS: readonly string[] = [
  'took place', 'was held', 'were held', 'was on', 'were on', 'happened', 'has passed', 'have passed', 'already',
  'no longer', 'is over', 'are over', 'was over', 'has ended', 'have ended', 'ended on', 'ended in', 'closed',
  'in the past', 'past', 'years ago', 'was marked', 'took part', 'was planned', 'were planned', 'was scheduled',
  'were scheduled', 'expired', 'finished', 'concluded', 'was announced', 'were announced', 'opened', 'held in',
  'held on', 'back in', 'previously', 'ran from', 'ran in', 'was at', 'was part', 'was in', 'were in', 'was for',
  'were for', 'was a', 'was the', 'were the',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/** The ways a calendar day is written: "17 January 2017", "January 17, 2017", "Jan 17th", "2017-01-17"... */
function onDay(isoDate: string, { yearRequired = true } = {}): string[] {
  const [year, month, day] = isoDate.split('-').map(Number);
  const long = MONTHS[month - 1];
  const short = long.slice(0, 3);
  const dayMonth = [`${day} ${long}`, `${long} ${day}`, `${short} ${day}`, `${day} ${short}`, `${long} ${ordinal(day)}`, `${short} ${ordinal(day)}`, `${ordinal(day)} ${long}`, `${ordinal(day)} of ${long}`];
  const numeric = [isoDate, `${month}/${day}/${year}`, `${String(month).padStart(2, '0')}.${String(day).padStart(2, '0')}.${String(year).slice(2)}`];
  return yearRequired ? [...dayMonth.map((written) => `${written} ${year}`), ...numeric] : [...dayMonth, ...numeric];
}

const DOC = SEED_DOCUMENTS;
const KELLOGG: ExpectedFact = ['Kellogg', 'WKKF'];
const NCDD: ExpectedFact = ['National Coalition for Dialogue', 'NCDD'];
const IMLS: ExpectedFact = ['Institute of Museum and Library Services', 'Institute for Museum and Library Services', 'IMLS'];
const GATES: ExpectedFact = ['Gates Foundation', 'Bill & Melinda Gates', 'Bill and Melinda Gates'];
const HARWOOD: ExpectedFact = ['Harwood'];
const FALL_2017: ExpectedFact = ['fall 2017', 'autumn 2017', 'fall of 2017', 'autumn of 2017'];
const SPRING_2018: ExpectedFact = ['spring 2018', 'spring of 2018'];
const PROGRAMMING_LIBRARIAN: ExpectedFact = ['Programming Librarian', 'programminglibrarian'];
const PRECONFERENCE: ExpectedFact = ['pre-conference', 'preconference'];
const THREE_COMMITMENTS: ExpectedFact[] = ['hierarchy of human value', ['deep divisions', 'divisions'], ['respect', 'caring']];
const STILL_TO_COME = ['will participate', 'will take place', 'will kick off', 'is coming up', 'are coming up', 'registration is currently open', 'is currently open', 'you can still register', 'will be held'];

export const HELD_OUT_QUESTIONS: HeldOutQuestion[] = [
  // --- Libraries Respond: National Day of Healing (000) --------------------------------------------
  { id: 'ndh-01', source: DOC.nationalDayOfHealing, pattern: 'time-relative', question: 'On what date did the National Day of Healing happen?', facts: [onDay('2017-01-17'), PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'ndh-02', source: DOC.nationalDayOfHealing, pattern: 'casual', question: 'what was that day to heal thing ALA did with kellogg, what date', facts: [onDay('2017-01-17')] },
  { id: 'ndh-03', source: DOC.nationalDayOfHealing, pattern: 'misspelling', question: 'natinal day of heeling - wich day was it on?', facts: [onDay('2017-01-17')] },
  { id: 'ndh-04', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'Why was January 17 chosen for the National Day of Healing?', facts: [['Martin Luther King', 'MLK'], ['inauguration', '45th President']] },
  { id: 'ndh-05', source: DOC.nationalDayOfHealing, pattern: 'list', question: 'Name the three commitments people make on the National Day of Healing.', facts: THREE_COMMITMENTS },
  { id: 'ndh-06', source: DOC.nationalDayOfHealing, pattern: 'list', question: 'list what participants commit to on the day of healing pls', facts: THREE_COMMITMENTS },
  { id: 'ndh-07', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'About how many organisations across the country joined the National Day of Healing?', facts: ['130'] },
  { id: 'ndh-08', source: DOC.nationalDayOfHealing, pattern: 'partner', question: 'Who did ALA join forces with for the National Day of Healing?', facts: [KELLOGG] },
  { id: 'ndh-09', source: DOC.nationalDayOfHealing, pattern: 'acronym', question: 'TRHT, what is that short for?', facts: [['Truth, Racial Healing and Transformation', 'Truth, Racial Healing, and Transformation']] },
  { id: 'ndh-10', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'Which hashtags go with the National Day of Healing?', facts: ['#TRHT', '#THEDAYTOHEAL'] },
  { id: 'ndh-11', source: DOC.nationalDayOfHealing, pattern: 'casual', question: 'who do i call w/ questions about the day of healing?', facts: ['800-545-2433', '4294'] },
  { id: 'ndh-12', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'Which ALA office should I contact about the National Day of Healing?', facts: [['Office for Diversity, Literacy, and Outreach Services', 'Office for Diversity, Literacy and Outreach Services']] },
  { id: 'ndh-13', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'What was the National Day of Healing meant to kick off?', facts: [['year-long', 'yearlong', 'year long']] },
  { id: 'ndh-14', source: DOC.nationalDayOfHealing, pattern: 'list', question: 'Which communities had a particularly hard year according to the Day of Healing page?', facts: ['communities of color', 'American Indians', 'GLBT', 'immigrants'] },
  { id: 'ndh-15', source: DOC.nationalDayOfHealing, pattern: 'still-open', question: 'Is the National Day of Healing still coming up? Can my library still join in?', facts: [PAST_MARKERS, ['2017']], mustNotSay: STILL_TO_COME },
  { id: 'ndh-16', source: DOC.nationalDayOfHealing, pattern: 'which-foundation', question: 'Which foundation is behind the Truth, Racial Healing and Transformation enterprise?', facts: [KELLOGG] },
  { id: 'ndh-17', source: DOC.nationalDayOfHealing, pattern: 'acronym', question: 'WKKF = ?', facts: ['Kellogg Foundation'] },
  { id: 'ndh-18', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'For the Day of Healing, what did ALA ask its members to be mindful of?', facts: [['whole selves', 'own identities', 'identities']] },
  { id: 'ndh-19', source: DOC.nationalDayOfHealing, pattern: 'casual', question: 'ALA + WKKF thing on 01.17.17, what was it called?', facts: ['Day of Healing'] },
  { id: 'ndh-20', source: DOC.nationalDayOfHealing, pattern: 'plain', question: 'Why did ALA join the Kellogg Foundation TRHT effort?', facts: ['racial healing', 'social justice'] },
  { id: 'ndh-21', source: DOC.nationalDayOfHealing, pattern: 'misspelling', question: 'how many orgs joined the day of healing w/ ALA and the Kelog foundation', facts: ['130'] },
  { id: 'ndh-22', source: DOC.nationalDayOfHealing, pattern: 'first', question: 'When did the first National Day of Healing take place?', facts: [onDay('2017-01-17')] },
  { id: 'ndh-23', source: DOC.nationalDayOfHealing, pattern: 'time-relative', question: 'how long ago was the national day of healing?', facts: ['2017', PAST_MARKERS], mustNotSay: STILL_TO_COME },

  // --- National Day of Racial Healing and ALSC (001) ------------------------------------------------
  { id: 'ndorh-01', source: DOC.racialHealingAndAlsc, pattern: 'acronym', question: 'what does NDORH stand for', facts: ['National Day of Racial Healing'] },
  { id: 'ndorh-02', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'whats the point of the national day of racial healing', facts: ['racial healing', ['common humanity', 'shared humanity', 'just and equitable', 'equitable world']] },
  { id: 'ndorh-03', source: DOC.racialHealingAndAlsc, alsoFrom: [DOC.nationalDayOfHealing], pattern: 'first', question: 'In which year was the National Day of Racial Healing held for the first time?', facts: ['2017'] },
  { id: 'ndorh-04', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Which edition of NDORH did the ALSC blog post mark?', facts: [['sixth', '6th']] },
  { id: 'ndorh-05', source: DOC.racialHealingAndAlsc, pattern: 'acronym', question: "what's Día?", facts: ['children and families', ['cultural and linguistic', 'culture and language', 'cultures and languages']] },
  { id: 'ndorh-06', source: DOC.racialHealingAndAlsc, pattern: 'casual', question: 'can I get the dia booklists any time of the year or just once?', facts: [['all year', 'year-round', 'year round']] },
  { id: 'ndorh-07', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Who puts together the Día booklists?', facts: ['Quicklists Consulting Committee'] },
  { id: 'ndorh-08', source: DOC.racialHealingAndAlsc, pattern: 'misspelling', question: 'where do i submitt our dia progam?', facts: ['registry'] },
  { id: 'ndorh-09', source: DOC.racialHealingAndAlsc, pattern: 'casual', question: "we've never hosted a Dia program at our library. what does ALSC suggest?", facts: ['registry'] },
  { id: 'ndorh-10', source: DOC.racialHealingAndAlsc, pattern: 'time-relative', question: "What date is the underserved children committee's chat?", facts: [onDay('2022-02-22', { yearRequired: false }), PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'ndorh-11', source: DOC.racialHealingAndAlsc, pattern: 'casual', question: 'what should i bring to the committee chat lol', facts: ['snack'] },
  { id: 'ndorh-12', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Which committee hosts the February 22 chat?', facts: ['Underserved Children and their Caregivers'] },
  { id: 'ndorh-13', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Can I go to ALSC Board meetings if I am not on the Board?', facts: [['audience', 'open meetings', 'meetings are open']] },
  { id: 'ndorh-14', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: "Where can I find the ALSC Board's meeting schedule?", facts: ['ALSC website'] },
  { id: 'ndorh-15', source: DOC.racialHealingAndAlsc, pattern: 'list', question: "Where can I read more about ALSC's EDISJ work?", facts: ['Strategic Plan Implementation Reports', 'EDI Statement'] },
  { id: 'ndorh-16', source: DOC.racialHealingAndAlsc, pattern: 'still-open', question: 'Can I still join ALSC in time to vote in the 2022 ALA Elections?', facts: [onDay('2022-01-31', { yearRequired: false }), PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'ndorh-17', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'What was the deadline to join or reinstate ALSC membership to get a ballot for the 2022 ALA Elections?', facts: [onDay('2022-01-31', { yearRequired: false })] },
  { id: 'ndorh-18', source: DOC.racialHealingAndAlsc, pattern: 'acronym', question: 'EDISJ meaning?', facts: ['equity', 'diversity', 'inclusion', 'social justice'] },
  { id: 'ndorh-19', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'When was the ALSC membership mixer, and at what time?', facts: [onDay('2022-01-27', { yearRequired: false }), ['5 pm', '5pm', '5 p.m.', '5:00 pm', '5:00 p.m.', '17:00']] },
  { id: 'ndorh-20', source: DOC.racialHealingAndAlsc, pattern: 'still-open', question: 'is the alsc membership mixer still happening?', facts: [PAST_MARKERS, '2022'], mustNotSay: STILL_TO_COME },
  { id: 'ndorh-21', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Who hosts the ALSC membership mixer?', facts: ['Membership Committee'] },
  { id: 'ndorh-22', source: DOC.racialHealingAndAlsc, pattern: 'casual', question: 'what happens at the membership mixer, is it just chatting?', facts: [['lightning', '5-minute', 'five-minute']] },
  { id: 'ndorh-23', source: DOC.racialHealingAndAlsc, pattern: 'quoted-person', question: "who's elly serrano at ALSC?", facts: ['Membership and Marketing Specialist'] },
  { id: 'ndorh-24', source: DOC.racialHealingAndAlsc, pattern: 'quoted-person', question: "Who is ALSC's Membership and Marketing Specialist?", facts: ['Serrano'] },
  { id: 'ndorh-25', source: DOC.racialHealingAndAlsc, pattern: 'quoted-person', question: 'Who wrote the ALSC post about the National Day of Racial Healing, and what is her job?', facts: ['Serrano', 'Membership and Marketing Specialist'] },
  { id: 'ndorh-26', source: DOC.racialHealingAndAlsc, pattern: 'casual', question: 'who do i ask my alsc questions to?', facts: ['Serrano'] },
  { id: 'ndorh-27', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Which hashtag do I use for the Youth Media Awards?', facts: ['#alayma'] },
  { id: 'ndorh-28', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'On which day of the week are the Youth Media Awards announced?', facts: ['Monday'] },
  { id: 'ndorh-29', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: "What is ALA's Library Learning Experience?", facts: [['session types', 'customized', 'customised']] },
  { id: 'ndorh-30', source: DOC.racialHealingAndAlsc, pattern: 'still-open', question: 'Can I still register for the Library Learning Experience?', facts: [PAST_MARKERS, '2022'], mustNotSay: STILL_TO_COME },
  { id: 'ndorh-31', source: DOC.racialHealingAndAlsc, pattern: 'acronym', question: 'alsc underserved kids committee, how do i get involved?', facts: ['chat'] },
  { id: 'ndorh-32', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'How does the National Day of Racial Healing connect to Día?', facts: [['celebrate', 'celebrating'], 'children and families'] },
  { id: 'ndorh-33', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'What were ALA staff asked to do for the National Day of Racial Healing?', facts: [['reflect', 'reflection', 'reflecting']] },
  { id: 'ndorh-34', source: DOC.racialHealingAndAlsc, pattern: 'misspelling', question: 'nat day of racial heeling ndorh which ALA page explains it', facts: ['Libraries Respond'] },
  { id: 'ndorh-35', source: DOC.racialHealingAndAlsc, pattern: 'time-relative', question: 'Was the sixth National Day of Racial Healing this year?', facts: ['2022', PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'ndorh-36', source: DOC.racialHealingAndAlsc, pattern: 'plain', question: 'Who should join or reinstate their ALSC membership before January 31st?', facts: [['ballot', 'vote']] },

  // --- Libraries Transforming Communities: Models for Change (002) ---------------------------------
  { id: 'mfc-01', source: DOC.modelsForChange, pattern: 'partner', question: 'Who runs LTC: Models for Change together with the ALA Public Programs Office?', facts: [NCDD] },
  { id: 'mfc-02', source: DOC.modelsForChange, pattern: 'partner', question: 'Who does NCDD run Models for Change with?', facts: ['Public Programs Office'] },
  { id: 'mfc-03', source: DOC.modelsForChange, pattern: 'acronym', question: "what's NCDD?", facts: ['National Coalition for Dialogue'] },
  { id: 'mfc-04', source: DOC.modelsForChange, pattern: 'plain', question: 'How many webinars does Models for Change include?', facts: [['ten webinars', '10 webinars']] },
  { id: 'mfc-05', source: DOC.modelsForChange, pattern: 'plain', question: 'How many in-person workshops are part of LTC: Models for Change?', facts: [['three in-person workshops', '3 in-person workshops', 'three in person workshops', 'three workshops', '3 workshops']] },
  { id: 'mfc-06', source: DOC.modelsForChange, pattern: 'casual', question: 'do i have to pay for the models for change training?', facts: [['free', 'no cost', 'free of charge']] },
  { id: 'mfc-07', source: DOC.modelsForChange, pattern: 'quoted-person', question: 'Who said that ALA sees tremendous opportunity for libraries to be a leading force for reconciliation?', facts: ['Julie Todaro', 'President'] },
  { id: 'mfc-08', source: DOC.modelsForChange, pattern: 'quoted-person', question: 'What did Julie Todaro say about the free training?', facts: [['reconciliation', 'common ground']] },
  { id: 'mfc-09', source: DOC.modelsForChange, pattern: 'quoted-person', question: 'What was Julie Todaro’s role when Models for Change was announced?', facts: [['ALA President', 'President of ALA', 'President of the American Library Association', 'President of the ALA']] },
  { id: 'mfc-10', source: DOC.modelsForChange, pattern: 'list', question: 'Which organizations develop and lead the Models for Change trainings?', facts: ['Everyday Democracy', 'National Issues Forum', 'World Café'] },
  { id: 'mfc-11', source: DOC.modelsForChange, pattern: 'future-offering', question: 'When are the LTC Models for Change sessions for academic libraries?', facts: [FALL_2017] },
  { id: 'mfc-12', source: DOC.modelsForChange, pattern: 'time-relative', question: 'are the academic library sessions of models for change coming up soon?', facts: [FALL_2017, PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'mfc-13', source: DOC.modelsForChange, pattern: 'future-offering', question: 'what about small and rural public libraries, when do they get their own Models for Change sessions?', facts: [SPRING_2018] },
  { id: 'mfc-14', source: DOC.modelsForChange, pattern: 'future-offering', question: 'models for change sessions for mid sized libraries when', facts: [SPRING_2018] },
  { id: 'mfc-15', source: DOC.modelsForChange, pattern: 'future-offering', question: 'How do I stay informed about future Models for Change offerings?', facts: [['e-newsletter', 'newsletter'], PROGRAMMING_LIBRARIAN] },
  { id: 'mfc-16', source: DOC.modelsForChange, pattern: 'plain', question: 'Where can I watch the recorded Models for Change webinars?', facts: [PROGRAMMING_LIBRARIAN] },
  { id: 'mfc-17', source: DOC.modelsForChange, pattern: 'plain', question: 'What do I get if I watch all three webinars of the large and urban series?', facts: [PRECONFERENCE, 'Chicago'] },
  { id: 'mfc-18', source: DOC.modelsForChange, pattern: 'casual', question: 'if i watch the webinars as recordings instead of live does that still count for the workshop invite?', facts: [['live or recorded', 'live or as a recording', 'recorded', 'recording', 'recordings']] },
  { id: 'mfc-19', source: DOC.modelsForChange, pattern: 'plain', question: 'Where is the Models for Change pre-conference workshop held?', facts: ['Chicago'] },
  { id: 'mfc-20', source: DOC.modelsForChange, pattern: 'still-open', question: 'Is registration for the first four LTC learning sessions still open?', facts: [PAST_MARKERS, '2016'], mustNotSay: STILL_TO_COME },
  { id: 'mfc-21', source: DOC.modelsForChange, pattern: 'plain', question: 'What date did ALA announce the Models for Change training?', facts: [onDay('2016-12-15')] },
  { id: 'mfc-22', source: DOC.modelsForChange, pattern: 'plain', question: 'How long does the Models for Change project run?', facts: [['two-year', 'two years', '2-year', '2 years']] },
  { id: 'mfc-23', source: DOC.modelsForChange, pattern: 'plain', question: 'Who funds LTC: Models for Change?', facts: [IMLS] },
  { id: 'mfc-24', source: DOC.modelsForChange, pattern: 'acronym', question: 'which IMLS program is the Models for Change grant from?', facts: ['Laura Bush 21st Century Librarian'] },
  { id: 'mfc-26', source: DOC.modelsForChange, pattern: 'partner', question: "Who was ALA's partner in the original 2014-15 LTC initiative?", facts: [HARWOOD] },
  { id: 'mfc-27', source: DOC.modelsForChange, pattern: 'plain', question: 'What does Models for Change follow up on?', facts: ['Libraries Transforming Communities', '2014'] },
  { id: 'mfc-28', source: DOC.modelsForChange, pattern: 'list', question: 'Which library types and sizes are the Models for Change trainings customized for?', facts: ['large', ['small', 'mid-sized', 'medium-sized'], 'rural', 'academic'] },
  { id: 'mfc-29', source: DOC.modelsForChange, pattern: 'future-offering', question: 'I work in an academic library, is there anything in Models for Change for me?', facts: [FALL_2017] },
  { id: 'mfc-30', source: DOC.modelsForChange, pattern: 'plain', question: 'Who is the three-part webinar series of Models for Change for?', facts: ['urban'] },
  { id: 'mfc-31', source: DOC.modelsForChange, pattern: 'plain', question: 'What do librarians learn in Models for Change?', facts: [['dialogue facilitation', 'dialogue']] },
  { id: 'mfc-32', source: DOC.modelsForChange, pattern: 'plain', question: 'What is the second phase of Libraries Transforming Communities?', facts: ['Models for Change'] },
  { id: 'mfc-33', source: DOC.modelsForChange, pattern: 'misspelling', question: 'librarys transfroming comunities modles for change who is it with', facts: [NCDD] },
  { id: 'mfc-34', source: DOC.modelsForChange, pattern: 'which-foundation', question: 'Which foundation or agency funds the second phase of LTC, Models for Change?', facts: [IMLS] },
  { id: 'mfc-35', source: DOC.modelsForChange, pattern: 'time-relative', question: 'Was the Models for Change pre-conference workshop at this year’s ALA Annual Conference?', facts: ['2017', PAST_MARKERS], mustNotSay: STILL_TO_COME },
  { id: 'mfc-36', source: DOC.modelsForChange, pattern: 'casual', question: 'where do the LTC mfc recordings live', facts: [PROGRAMMING_LIBRARIAN] },
  { id: 'mfc-37', source: DOC.modelsForChange, pattern: 'first', question: 'When did registration open for the first four Models for Change sessions?', facts: [onDay('2016-12-15'), PAST_MARKERS], mustNotSay: STILL_TO_COME },

  // --- Libraries Transforming Communities (003) ------------------------------------------------------
  { id: 'ltc-01', source: DOC.transformingCommunities, pattern: 'acronym', question: 'LTC: what is it, in a sentence?', facts: ['Libraries Transforming Communities', ['community leaders', 'change-agents', 'change agents', 'agents of change']] },
  { id: 'ltc-02', source: DOC.transformingCommunities, pattern: 'list', question: 'LTC is split into three areas of focus, which ones?', facts: ['Public Innovators Cohort', ['knowledge-sharing', 'knowledge sharing'], 'staff training'] },
  { id: 'ltc-03', source: DOC.transformingCommunities, pattern: 'plain', question: 'how many public libraries did ALA pick for the innovators cohort', facts: [['10 public libraries', 'ten public libraries', '10 libraries', 'ten libraries']] },
  { id: 'ltc-04', source: DOC.transformingCommunities, pattern: 'casual', question: 'How many months does the Public Innovators Cohort program last?', facts: [['18-month', '18 months', 'eighteen months', 'eighteen-month']] },
  { id: 'ltc-05', source: DOC.transformingCommunities, pattern: 'plain', question: 'Who funds Libraries Transforming Communities?', facts: [GATES] },
  { id: 'ltc-06', source: DOC.transformingCommunities, pattern: 'partner', question: "Who is ALA's partner in LTC?", facts: [HARWOOD] },
  { id: 'ltc-07', source: DOC.transformingCommunities, pattern: 'plain', question: "can you explain harwood's turning outward idea?", facts: [['community-facing', 'community facing', 'external']] },
  { id: 'ltc-08', source: DOC.transformingCommunities, pattern: 'partner', question: 'Whose approach is "turning outward"?', facts: [HARWOOD] },
  { id: 'ltc-09', source: DOC.transformingCommunities, pattern: 'plain', question: 'What is the long-term goal of LTC?', facts: ['crisis', ['positive community change', 'positive change']] },
  { id: 'ltc-10', source: DOC.transformingCommunities, pattern: 'list', question: 'Which free digital materials does LTC share?', facts: ['webinars', 'worksheets', 'conversation guides'] },
  { id: 'ltc-11', source: DOC.transformingCommunities, pattern: 'plain', question: 'What does ALA expect libraries to gain from LTC?', facts: [['stronger relationships', 'partnerships', 'community investment']] },
  { id: 'ltc-12', source: DOC.transformingCommunities, pattern: 'list', question: 'What steps does turning outward involve?', facts: [['aspirations first', 'community aspirations'], ['proactive', 'proactively']] },
  { id: 'ltc-13', source: DOC.transformingCommunities, pattern: 'plain', question: 'What is the ALA staff training part of LTC?', facts: [['community-focused', 'community focused']] },
  { id: 'ltc-14', source: DOC.transformingCommunities, pattern: 'which-foundation', question: 'What did the Gates Foundation fund?', facts: [['Libraries Transforming Communities', 'LTC']] },
  { id: 'ltc-15', source: DOC.transformingCommunities, pattern: 'misspelling', question: 'who do the cohort librarys train with in ltc', facts: [['community-engagement experts', 'community engagement experts', 'Harwood']] },
  { id: 'ltc-16', source: DOC.transformingCommunities, pattern: 'which-foundation', question: 'which foundation backs LTC?', facts: [GATES] },
  { id: 'ltc-17', source: DOC.transformingCommunities, pattern: 'casual', question: 'is the harwood institute a nonprofit?', facts: [['nonprofit', 'non-profit']] },
  { id: 'ltc-18', source: DOC.transformingCommunities, pattern: 'plain', question: 'How does ALA share LTC knowledge with library professionals?', facts: [['conference sessions', 'free digital materials']] },
  { id: 'ltc-19', source: DOC.transformingCommunities, alsoFrom: [DOC.modelsForChange], pattern: 'which-foundation', question: 'Which foundation funded the first phase of Libraries Transforming Communities?', facts: [GATES] },
  { id: 'ltc-20', source: DOC.transformingCommunities, alsoFrom: [DOC.modelsForChange], pattern: 'first', question: 'When did the first phase of LTC run?', facts: ['2014'] },

  // --- ALA Strategic Directions (004) --------------------------------------------------------------
  { id: 'sd-01', source: DOC.strategicDirections, pattern: 'plain', question: 'what does the ALA mission statement say?', facts: ['access to information for all', 'enhance learning'] },
  { id: 'sd-02', source: DOC.strategicDirections, pattern: 'list', question: "List ALA's core organizational values", facts: ['intellectual freedom', 'member service', 'social responsibility', 'ethics'] },
  { id: 'sd-03', source: DOC.strategicDirections, pattern: 'list', question: 'Which key action areas does ALA list?', facts: ['advocacy', 'literacy', 'organizational excellence', 'transforming libraries', ['equitable access']] },
  { id: 'sd-04', source: DOC.strategicDirections, pattern: 'list', question: 'what are the four strategic directions', facts: ['Advocacy', 'Information Policy', 'Professional and Leadership Development', ['Equity, Diversity, and Inclusion', 'Equity, Diversity and Inclusion']] },
  { id: 'sd-05', source: DOC.strategicDirections, pattern: 'time-relative', question: 'When did ALA Council adopt the strategic directions?', facts: [onDay('2015-06-28')] },
  { id: 'sd-06', source: DOC.strategicDirections, pattern: 'plain', question: 'When was the Equity, Diversity, and Inclusion strategic direction adopted?', facts: ['Midwinter', '2017'] },
  { id: 'sd-07', source: DOC.strategicDirections, pattern: 'plain', question: 'In which city was the EDI strategic direction adopted?', facts: ['Atlanta'] },
  { id: 'sd-08', source: DOC.strategicDirections, pattern: 'plain', question: 'How many years do the strategic directions cover?', facts: [['3- 5 years', '3-5 years', 'three to five years', '3 to 5 years', 'three-to-five years', 'three to five-year']] },
  { id: 'sd-09', source: DOC.strategicDirections, pattern: 'plain', question: "Who approves ALA's key action areas, and how often?", facts: ['Council', ['annual', 'every year', 'each year', 'yearly']] },
  { id: 'sd-10', source: DOC.strategicDirections, pattern: 'casual', question: 'does ALA plan on digital badges or microcredentials?', facts: [['digital badging', 'digital badge', 'badging'], ['micro-credential', 'microcredential', 'micro credential']] },
  { id: 'sd-11', source: DOC.strategicDirections, pattern: 'list', question: 'Which policy areas does ALA advocate in under information policy?', facts: ['privacy', 'copyright', 'open access'] },
  { id: 'sd-12', source: DOC.strategicDirections, pattern: 'list', question: 'What topics should the EDI continuing education cover?', facts: ['unconscious bias', 'microaggressions', 'white privilege'] },
  { id: 'sd-13', source: DOC.strategicDirections, pattern: 'plain', question: 'What does ALA say about intellectual freedom?', facts: ['First Amendment'] },
  { id: 'sd-14', source: DOC.strategicDirections, pattern: 'casual', question: 'is it an ALA goal that every library has an advocacy plan?', facts: ['advocacy plan'] },
  { id: 'sd-15', source: DOC.strategicDirections, pattern: 'plain', question: 'What professional development space does ALA want to build?', facts: [['one centralized online space', 'centralized online space', 'centralised online space', 'online space']] },
  { id: 'sd-16', source: DOC.strategicDirections, pattern: 'plain', question: 'What does the strategy say about graduate LIS programs?', facts: [['curricula', 'curriculum']] },
  { id: 'sd-17', source: DOC.strategicDirections, pattern: 'plain', question: 'What is the literacy key action area about?', facts: [['read', 'reading'], 'technology'] },
  { id: 'sd-18', source: DOC.strategicDirections, pattern: 'plain', question: 'What is the equitable access key action area about?', facts: ['barriers'] },
  { id: 'sd-19', source: DOC.strategicDirections, pattern: 'list', question: 'At which levels does ALA advocate for libraries?', facts: ['local', 'state', 'federal', 'international'] },
  { id: 'sd-20', source: DOC.strategicDirections, pattern: 'plain', question: 'What is the first advocacy strategy?', facts: [['national advocacy campaign', 'advocacy campaign']] },
  { id: 'sd-21', source: DOC.strategicDirections, pattern: 'acronym', question: 'what is the EDI strategic direction about', facts: [['dismantling', 'dismantle'], ['biases', 'bias']] },
  { id: 'sd-22', source: DOC.strategicDirections, pattern: 'plain', question: 'What does ALA plan for mentoring?', facts: [['mentoring', 'peer-to-peer'], ['emerging leaders', 'diversity']] },
  { id: 'sd-23', source: DOC.strategicDirections, pattern: 'list', question: 'Which types of libraries does ALA say it is committed to?', facts: ['academic', 'public', 'school', 'special'] },
  { id: 'sd-24', source: DOC.strategicDirections, pattern: 'plain', question: 'What does organizational excellence mean for ALA?', facts: ['responsive'] },
  { id: 'sd-25', source: DOC.strategicDirections, pattern: 'misspelling', question: 'ALA stratgic directons - wat is the transforming librarys action area', facts: [['hub of community engagement', 'hub']] },
  { id: 'sd-26', source: DOC.strategicDirections, pattern: 'plain', question: 'What do the goals of a strategic direction describe?', facts: ['what would success look like'] },
  { id: 'sd-27', source: DOC.strategicDirections, pattern: 'plain', question: 'Where are the strategic directions reflected each year?', facts: [['annual action plan and budget', 'action plan and budget', 'annual action plan']] },

  // --- Out of scope: nothing in the documents answers these; the engine must decline ----------------
  { id: 'oos-01', source: null, pattern: 'out-of-scope', question: "What's the weather going to be in Chicago tomorrow?", unknown: true },
  { id: 'oos-02', source: null, pattern: 'out-of-scope', question: 'How do I reset my Discord password?', unknown: true },
  { id: 'oos-03', source: null, pattern: 'out-of-scope', question: 'Who won the 2023 Newbery Medal?', unknown: true },
  { id: 'oos-04', source: null, pattern: 'out-of-scope', question: 'What time does the New York Public Library close on Sundays?', unknown: true },
  { id: 'oos-05', source: null, pattern: 'out-of-scope', question: 'Can you recommend a good mystery novel?', unknown: true },
  { id: 'oos-06', source: null, pattern: 'out-of-scope', question: 'whats the capital city of australia', unknown: true },
  { id: 'oos-07', source: null, pattern: 'out-of-scope', question: 'How much does ALSC membership cost?', unknown: true },
  { id: 'oos-08', source: null, pattern: 'out-of-scope', question: 'Where is the 2027 ALA Annual Conference?', unknown: true },
  { id: 'oos-09', source: null, pattern: 'out-of-scope', question: 'write me a python script that sorts a list', unknown: true },
  { id: 'oos-10', source: null, pattern: 'out-of-scope', question: 'What Dewey decimal number do cookbooks go under?', unknown: true },
  { id: 'oos-11', source: null, pattern: 'out-of-scope', question: 'Who is the current President of the United States?', unknown: true },
  { id: 'oos-12', source: null, pattern: 'out-of-scope', question: 'how do i get a late fee waived on an overdue library book', unknown: true },
  { id: 'oos-13', source: null, pattern: 'out-of-scope', question: 'translate "good morning" into Spanish', unknown: true },
  { id: 'oos-14', source: null, pattern: 'out-of-scope', question: "What's the best pizza place in Atlanta?", unknown: true },
  { id: 'oos-15', source: null, pattern: 'out-of-scope', question: "What is Bill Gates' net worth?", unknown: true },
  { id: 'oos-16', source: null, pattern: 'out-of-scope', question: "What is Kellogg's stock price today?", unknown: true },
  { id: 'oos-17', source: null, pattern: 'out-of-scope', question: 'tell me a joke about cats', unknown: true },
];
