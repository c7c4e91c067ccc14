import type {
  CompletionRule,
  KeyDateKind,
  LibrarySize,
  LibraryType,
  OrganizationRole,
  ProgramKind,
  ResourceKind,
  SessionType,
} from '../generated/prisma/client.js';

/*
 * The association's program catalogue, written from the source documents in shared/seeds.
 * Every program, date, partner and rule those documents state is here; where a document leaves
 * something out (a session's time, a webinar's title) the field stays empty rather than invented.
 * Slugs are the stable keys the seed upserts on, so edit text freely but never rename a slug.
 */

export interface OrganizationSeed {
  slug: string;
  name: string;
  acronym: string | null;
  description: string;
  url: string | null;
}

export interface KeyDateSeed {
  slug: string;
  title: string;
  kind: KeyDateKind;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  description: string;
}

export interface SessionSeed {
  slug: string;
  title: string;
  description: string;
  type: SessionType;
  /** Position inside its series (1-based); absent for stand-alone sessions. */
  position?: number;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  recordingUrl: string | null;
  recordingMinutes: number | null;
  /** Absent: watched time only (the schema default for new sessions). */
  recordingCompletion?: 'WATCHED_TIME_ONLY' | 'SELF_REPORT_ALLOWED';
  capacity: number | null;
  location: string | null;
  libraryTypes: LibraryType[];
}

export interface SeriesSeed {
  slug: string;
  title: string;
  description: string;
  audience: string;
  libraryTypes: LibraryType[];
  librarySizes: LibrarySize[];
  rule: CompletionRule;
  requiredCount: number | null;
  unlockTitle: string | null;
  unlockDescription: string | null;
  sessions: SessionSeed[];
}

export interface ProgramSeed {
  slug: string;
  title: string;
  acronym: string | null;
  kind: ProgramKind;
  summary: string;
  description: string;
  audience: string;
  libraryTypes: LibraryType[];
  librarySizes: LibrarySize[];
  startsOn: string | null;
  endsOn: string | null;
  url: string | null;
  tags: string[];
  organizations: { slug: string; role: OrganizationRole }[];
  keyDates: KeyDateSeed[];
  series: SeriesSeed[];
  /** Sessions that belong to no series. */
  sessions: SessionSeed[];
}

/** A program as written below: fields left out default to none or empty. */
type ProgramDefaults = 'librarySizes' | 'startsOn' | 'endsOn' | 'keyDates' | 'series' | 'sessions';
type ProgramInput = Omit<ProgramSeed, ProgramDefaults> & Partial<Pick<ProgramSeed, ProgramDefaults>>;

const ALL_LIBRARY_TYPES: LibraryType[] = ['ACADEMIC', 'PUBLIC', 'RURAL', 'SCHOOL', 'SPECIAL'];
const PROGRAMMING_LIBRARIAN_LEARNING = 'https://programminglibrarian.org/learn';
const CHICAGO = 'America/Chicago';

export const ORGANIZATIONS: OrganizationSeed[] = [
  {
    slug: 'ala',
    name: 'American Library Association',
    acronym: 'ALA',
    description:
      'The national association of libraries and library workers. Its mission is to provide leadership for the development, promotion and improvement of library and information services and of the profession of librarianship, to enhance learning and ensure access to information for all.',
    url: 'https://www.ala.org',
  },
  {
    slug: 'ala-odlos',
    name: 'ALA Office for Diversity, Literacy, and Outreach Services',
    acronym: 'ODLOS',
    description:
      'The ALA office that coordinates Libraries Respond and answers questions about the National Day of Healing. Phone: 800-545-2433, extension 4294.',
    url: 'https://www.ala.org/aboutala/offices/diversity',
  },
  {
    slug: 'ala-ppo',
    name: 'ALA Public Programs Office',
    acronym: 'PPO',
    description:
      'The ALA office that runs public programming support for libraries, including the Programming Librarian website and its Learning page, where webinar recordings can be watched free of charge.',
    url: 'https://programminglibrarian.org',
  },
  {
    slug: 'alsc',
    name: 'Association for Library Service to Children',
    acronym: 'ALSC',
    description:
      'The ALA division for library service to children. Home of Día, open Board meetings (schedule on the ALSC website), an EDI Statement and Strategic Plan Implementation Reports.',
    url: 'https://www.ala.org/alsc',
  },
  {
    slug: 'alsc-quicklists-consulting-committee',
    name: 'ALSC Quicklists Consulting Committee',
    acronym: null,
    description: 'The ALSC committee that prepares the Día booklists, which libraries can use all year round.',
    url: null,
  },
  {
    slug: 'alsc-underserved-children-committee',
    name: 'ALSC Library Service to Underserved Children and their Caregivers Committee',
    acronym: null,
    description:
      'The ALSC committee building resources for serving underserved children and their caregivers; it reports on its progress on the ALSC blog and hosts open chats for members.',
    url: null,
  },
  {
    slug: 'alsc-membership-committee',
    name: 'ALSC Membership Committee',
    acronym: null,
    description: 'The ALSC committee that welcomes and engages members, for example through membership mixers.',
    url: null,
  },
  {
    slug: 'wkkf',
    name: 'W.K. Kellogg Foundation',
    acronym: 'WKKF',
    description:
      'Foundation behind the Truth, Racial Healing and Transformation (TRHT) enterprise, with which ALA is a proud partner.',
    url: 'https://www.wkkf.org',
  },
  {
    slug: 'ncdd',
    name: 'National Coalition for Dialogue & Deliberation',
    acronym: 'NCDD',
    description: 'Network of dialogue and deliberation practitioners; co-leads Libraries Transforming Communities: Models for Change with the ALA Public Programs Office.',
    url: 'https://www.ncdd.org',
  },
  {
    slug: 'everyday-democracy',
    name: 'Everyday Democracy',
    acronym: null,
    description: 'Change-making organization, one of the change-making leaders whose community engagement and dialogue facilitation models are taught in LTC: Models for Change.',
    url: 'https://everyday-democracy.org',
  },
  {
    slug: 'national-issues-forums',
    name: 'National Issues Forums',
    acronym: 'NIF',
    description: 'Network for deliberative public forums; develops and leads LTC: Models for Change trainings.',
    url: 'https://www.nifi.org',
  },
  {
    slug: 'world-cafe',
    name: 'World Café',
    acronym: null,
    description: 'Conversation method and community; develops and leads LTC: Models for Change trainings.',
    url: 'https://theworldcafe.com',
  },
  {
    slug: 'harwood-institute',
    name: 'Harwood Institute for Public Innovation',
    acronym: null,
    description:
      'Nonprofit whose "Turning Outward" approach shifts the orientation of institutions and individuals from internal (institutional) to external (community-facing). ALA\'s partner in Libraries Transforming Communities (2014-15).',
    url: 'https://theharwoodinstitute.org',
  },
  {
    slug: 'gates-foundation',
    name: 'Bill & Melinda Gates Foundation',
    acronym: null,
    description: 'Funded the original Libraries Transforming Communities initiative: LTC was made possible through a grant from the foundation.',
    url: 'https://www.gatesfoundation.org',
  },
  {
    slug: 'imls',
    name: 'Institute of Museum and Library Services',
    acronym: 'IMLS',
    description:
      'Federal agency whose Laura Bush 21st Century Librarian Program grant makes LTC: Models for Change possible.',
    url: 'https://www.imls.gov',
  },
];

function webinar(slug: string, position: number, title: string, description: string): SessionSeed {
  return {
    slug,
    title,
    description,
    type: 'WEBINAR',
    position,
    // The announcement lists no dates or times for the three webinars; an admin fills them in.
    startsAt: null,
    endsAt: null,
    timeZone: CHICAGO,
    recordingUrl: PROGRAMMING_LIBRARIAN_LEARNING,
    recordingMinutes: null,
    // The demo webinars keep accepting a stated share, so the README walkthrough stays a few curl lines.
    recordingCompletion: 'SELF_REPORT_ALLOWED',
    capacity: null,
    location: null,
    libraryTypes: ['PUBLIC'],
  };
}

const PROGRAM_INPUTS: ProgramInput[] = [
  {
    slug: 'libraries-respond-national-day-of-healing',
    title: 'Libraries Respond: National Day of Healing',
    acronym: null,
    kind: 'NATIONAL_DAY',
    summary:
      'On 17 January 2017 ALA, the W.K. Kellogg Foundation and more than 130 organizations marked a National Day of Healing, opening a year-long effort toward racial healing.',
    description: [
      "ALA joined the W.K. Kellogg Foundation's Truth, Racial Healing and Transformation (TRHT) enterprise to engage its member community in racial healing, as an opportunity to broaden and deepen its personal and joint commitment to social justice in equity, diversity, and inclusion.",
      'On 17 January 2017 WKKF, ALA and more than 130 organizations across the United States participated in the National Day of Healing. The day launched a year-long effort to bring healing to the United States, build bridges and ensure a more perfect union and oneness within the country.',
      'The preceding year had been especially hard on communities of color, American Indians, the GLBT community, women, immigrants and people with other marginalized identities. Library workers are accustomed to advocating for these communities on the local and national level and will keep doing so; ALA also asked members to be mindful of their whole selves and own identities, because library workers are part of these communities too, as public and honest conversations around equity, diversity, and inclusion continue within the association.',
      'The day asks participants to make three commitments: (1) proclaim a new narrative, one that refutes the ideology of a hierarchy of human value; (2) acknowledge the deep divisions in America that still must be overcome and healed; (3) commit to engaging with one another, for more understanding, communication, caring and respect.',
      'Why 17 January? The date was selected since it came after the Martin Luther King, Jr. Holiday and before the inauguration of the 45th President.',
      'Hashtags: #TRHT and #THEDAYTOHEAL. Questions go to the ALA Office for Diversity, Literacy, and Outreach Services: 800-545-2433, extension 4294.',
    ].join('\n\n'),
    audience: 'All library workers and ALA members',
    libraryTypes: ALL_LIBRARY_TYPES,
    startsOn: '2017-01-17',
    url: 'https://www.ala.org/advocacy/diversity/librariesrespond/national-day-healing',
    tags: ['racial healing', 'equity, diversity and inclusion', 'social justice', '#TRHT', '#THEDAYTOHEAL', 'Libraries Respond'],
    organizations: [
      { slug: 'ala', role: 'LEAD' },
      { slug: 'wkkf', role: 'PARTNER' },
      { slug: 'ala-odlos', role: 'LEAD' },
    ],
    keyDates: [
      {
        slug: 'national-day-of-healing-2017',
        title: 'National Day of Healing',
        kind: 'OBSERVANCE',
        date: '2017-01-17',
        description:
          'WKKF, ALA and 130+ organizations observe the National Day of Healing (01.17.17), starting a year-long healing effort. Selected because it fell after the Martin Luther King, Jr. Holiday and before the 45th President\'s inauguration.',
      },
    ],
  },
  {
    slug: 'national-day-of-racial-healing',
    title: 'National Day of Racial Healing',
    acronym: 'NDORH',
    kind: 'NATIONAL_DAY',
    summary:
      'An annual day (the sixth was held in 2022) for people, organizations and communities across the US to call for racial healing and take collective action for a more just and equitable world.',
    description: [
      'The National Day of Racial Healing is an annual observance; the sixth annual one took place in 2022. ALA\'s Libraries Respond page describes it as a chance for people, organizations and communities throughout the United States to call for racial healing, to bring people together in their common humanity and to take collective action for a more just and equitable world. One of its purposes is to celebrate the distinct differences that make communities vibrant.',
      "ALA staff marked the 2022 day with some individual reflection on what drives their commitment to racial healing and to equity, diversity, inclusion and social justice (EDISJ) in libraries. ALSC's reflection tied the day to Día, whose purpose is to celebrate children and families of every cultural and linguistic background, and to the work of its Library Service to Underserved Children and their Caregivers Committee.",
    ].join('\n\n'),
    audience: 'All library workers; ALSC members and children\'s library staff',
    libraryTypes: ALL_LIBRARY_TYPES,
    url: 'https://www.ala.org/advocacy/diversity/librariesrespond',
    tags: ['racial healing', 'EDISJ', 'equity, diversity and inclusion', 'Libraries Respond', 'annual'],
    organizations: [
      { slug: 'ala', role: 'LEAD' },
      { slug: 'alsc', role: 'PARTNER' },
    ],
  },
  {
    slug: 'dia',
    title: 'Día: celebrating children and families of every culture and language',
    acronym: 'Día',
    kind: 'CELEBRATION',
    summary:
      "ALSC's celebration of children and families of all cultural and linguistic backgrounds. Host a Día program, add it to the Día registry, and use the year-round booklists.",
    description: [
      'Día celebrates children and families of all cultural and linguistic backgrounds. ALSC asks every library that has never hosted a Día program to consider one (or a few) this year and to submit each program to the Día program registry.',
      'Día booklists are available all year long, prepared by the ALSC Quicklists Consulting Committee.',
    ].join('\n\n'),
    audience: "Children's library staff, school and public libraries",
    libraryTypes: ['PUBLIC', 'SCHOOL', 'RURAL'],
    url: 'https://dia.ala.org',
    tags: ["children's literacy", 'multilingual', 'families', 'booklists', 'program registry'],
    organizations: [
      { slug: 'alsc', role: 'LEAD' },
      { slug: 'alsc-quicklists-consulting-committee', role: 'PARTNER' },
    ],
  },
  {
    slug: 'alsc-service-to-underserved-children',
    title: 'ALSC equity work: service to underserved children and their caregivers',
    acronym: null,
    kind: 'INITIATIVE',
    summary:
      "ALSC's equity, diversity and inclusion work, led in part by its Library Service to Underserved Children and their Caregivers Committee, with an open member chat on 22 February 2022.",
    description: [
      'The ALSC Library Service to Underserved Children and their Caregivers Committee builds resources for serving underserved children and the adults who care for them. Its blog post gives an overview of what it has accomplished thus far and what\'s to come.',
      'Questions about those resources, where to begin, or how to get involved? Bring a snack and join the committee for a chat on 22 February 2022.',
      "More ALSC work on EDISJ is described in the ALSC Strategic Plan Implementation Reports and the ALSC EDI Statement, both on the ALSC website. ALSC Board meetings are open: members can attend as audience members, and the Board's schedule is kept up to date on the ALSC website.",
    ].join('\n\n'),
    audience: "Children's library staff and ALSC members",
    libraryTypes: ['PUBLIC', 'SCHOOL', 'RURAL'],
    url: 'https://www.ala.org/alsc',
    tags: ['EDISJ', 'underserved children', 'caregivers', 'open meetings', 'ALSC Board'],
    organizations: [
      { slug: 'alsc', role: 'LEAD' },
      { slug: 'alsc-underserved-children-committee', role: 'LEAD' },
    ],
    keyDates: [
      {
        slug: 'alsc-underserved-committee-chat-2022',
        title: 'Chat with the Library Service to Underserved Children and their Caregivers Committee',
        kind: 'EVENT',
        date: '2022-02-22',
        description: 'An informal chat (bring a snack) about the committee\'s resources, where to start and how to get involved.',
      },
    ],
  },
  {
    slug: 'alsc-membership-2022-ala-elections',
    title: 'ALSC membership and the 2022 ALA Elections',
    acronym: null,
    kind: 'MEMBERSHIP',
    summary:
      'Join or reinstate your ALSC membership by 31 January 2022 to receive a ballot in the 2022 ALA Elections; meet other members at the mixer on 27 January.',
    description: [
      'Anyone who is not an ALSC member, or whose membership has lapsed, must join or reinstate by 31 January 2022 to receive a ballot for the 2022 ALA Elections. Important items are going to ALSC members for a vote.',
      'The ALSC Membership Committee hosts a membership mixer on 27 January 2022 at 5 p.m. Central, with a few 5-minute lightning sessions planned, focused on different areas of children\'s services and of ALSC.',
      "Questions about ALSC membership go to Elizabeth (Elly) Serrano, ALSC's Membership and Marketing Specialist, who welcomes a hello.",
    ].join('\n\n'),
    audience: "Children's library staff; current, lapsed and prospective ALSC members",
    libraryTypes: ALL_LIBRARY_TYPES,
    endsOn: '2022-01-31',
    url: 'https://www.ala.org/alsc/membership',
    tags: ['membership', 'elections', 'voting', 'networking', 'lightning talks'],
    organizations: [
      { slug: 'alsc', role: 'LEAD' },
      { slug: 'alsc-membership-committee', role: 'LEAD' },
    ],
    keyDates: [
      {
        slug: 'alsc-join-to-vote-2022',
        title: 'Last day to join or reinstate ALSC membership and receive a 2022 ALA Elections ballot',
        kind: 'DEADLINE',
        date: '2022-01-31',
        description: 'Members who join or reinstate by this date receive a ballot for the 2022 ALA Elections.',
      },
    ],
    sessions: [
      {
        slug: 'alsc-membership-mixer-2022',
        title: 'ALSC membership mixer',
        description:
          "An online get-together hosted by the ALSC Membership Committee, with a few 5-minute lightning sessions on different areas of children's services and ALSC.",
        type: 'EVENT',
        startsAt: '2022-01-27T23:00:00.000Z',
        endsAt: null,
        timeZone: CHICAGO,
        recordingUrl: null,
        recordingMinutes: null,
        capacity: null,
        location: null,
        libraryTypes: [],
      },
    ],
  },
  {
    slug: 'ala-library-learning-experience',
    title: 'ALA Library Learning Experience',
    acronym: 'LLX',
    kind: 'INITIATIVE',
    summary: 'A new ALA learning event in January 2022 whose mix of session types lets each attendee shape a customized experience.',
    description:
      "ALA's new Library Learning Experience took place in January 2022, with registration open until just before it began. Its education programs offer several different session types, so that attendees can put together a more customized experience.",
    audience: 'All library workers',
    libraryTypes: ALL_LIBRARY_TYPES,
    url: 'https://www.ala.org',
    tags: ['conference', 'professional development', 'registration'],
    organizations: [{ slug: 'ala', role: 'LEAD' }],
  },
  {
    slug: 'youth-media-awards',
    title: 'ALA Youth Media Awards',
    acronym: 'YMA',
    kind: 'CELEBRATION',
    summary: 'ALA announces its Youth Media Awards on a Monday in January; follow and celebrate with #alayma.',
    description:
      'The Youth Media Awards are announced on a Monday, known in the community as Youth Media Awards Monday. Share the excitement on social media with #alayma.',
    audience: "Children's and youth library staff, and everyone who loves children's books",
    libraryTypes: ALL_LIBRARY_TYPES,
    url: 'https://www.ala.org/yma',
    tags: ['#alayma', 'book awards', "children's literature", 'youth'],
    organizations: [
      { slug: 'ala', role: 'LEAD' },
      { slug: 'alsc', role: 'PARTNER' },
    ],
  },
  {
    slug: 'ltc-models-for-change',
    title: 'Libraries Transforming Communities: Models for Change',
    acronym: 'LTC: Models for Change',
    kind: 'LEARNING_SERIES',
    summary:
      'A free two-year training project (ten webinars, three in-person workshops) on dialogue facilitation and community engagement, tailored to each library type and size.',
    description: [
      'The ALA Public Programs Office and the National Coalition for Dialogue & Deliberation (NCDD) offer library professionals a free learning series to explore various dialogue facilitation approaches, so that they can position themselves to foster conversation and lead change in their communities. It was announced on 15 December 2016 under the headline "Facing a Divided Nation, ALA Offers Free Training for Libraries".',
      'ALA President Julie Todaro framed it this way: as the nation becomes increasingly divided, there is a tremendous opportunity for libraries to be a leading force for reconciliation, progress and common ground, and ALA is proud to offer community engagement resources to all libraries, free of charge.',
      'Over two years ALA and NCDD will produce ten webinars and three in-person workshops. Change-making organizations (Everyday Democracy, National Issues Forums and World Café), the change-making leaders of the project, develop and lead the trainings, customized for different library types and sizes: large public library systems; small, medium-sized and rural public libraries; and academic libraries.',
      'At the announcement, registration opened for the first four learning sessions, including a three-part series for public libraries serving large or urban communities. Every session is recorded and archived on the Programming Librarian Learning page, free to watch on demand. Anyone who views all three webinars of that series, live or recorded, is invited to attend a free pre-conference workshop at the 2017 ALA Annual Conference in Chicago.',
      'Future learning sessions will be designed for academic libraries in fall 2017 and for small, mid-sized and rural public libraries in spring 2018; details for future sessions will be announced in 2017. Sign up for the Programming Librarian e-newsletter to hear about new offerings.',
      'Models for Change is the second phase of Libraries Transforming Communities (LTC), which ALA and the Harwood Institute for Public Innovation offered in 2014-15 as a two-year initiative; it explored and developed the "Turning Outward" approach in public libraries. With this second phase ALA will broaden its focus on library-led community engagement, offering professional development training in the community engagement and dialogue facilitation models of Everyday Democracy, National Issues Forums and others.',
      'Funding: a grant from the Institute of Museum and Library Services (IMLS) Laura Bush 21st Century Librarian Program.',
    ].join('\n\n'),
    audience: 'Library professionals; adults and community members (the programs they will lead)',
    libraryTypes: ALL_LIBRARY_TYPES,
    librarySizes: ['LARGE_URBAN', 'SMALL_MIDSIZED'],
    startsOn: '2016-12-15',
    url: 'https://programminglibrarian.org/learn',
    tags: ['community engagement', 'dialogue facilitation', 'deliberation', 'free', 'professional development', 'webinars', 'workshops'],
    organizations: [
      { slug: 'ala-ppo', role: 'LEAD' },
      { slug: 'ncdd', role: 'LEAD' },
      { slug: 'everyday-democracy', role: 'FACILITATOR' },
      { slug: 'national-issues-forums', role: 'FACILITATOR' },
      { slug: 'world-cafe', role: 'FACILITATOR' },
      { slug: 'imls', role: 'FUNDER' },
    ],
    keyDates: [
      {
        slug: 'ltc-models-for-change-announced',
        title: 'LTC: Models for Change announced; registration opens for the first four sessions',
        kind: 'ANNOUNCEMENT',
        date: '2016-12-15',
        description: 'ALA announces the free training project and opens registration for its first four learning sessions.',
      },
    ],
    series: [
      {
        slug: 'ltc-mfc-large-urban-public-libraries',
        title: 'Dialogue facilitation for large and urban public libraries (three-part webinar series)',
        description:
          'Three webinars for representatives of public libraries serving large or urban communities. Each is recorded and archived on the Programming Librarian Learning page, free to watch on demand. View all three, live or recorded, to be invited to the free pre-conference workshop at the 2017 ALA Annual Conference in Chicago.',
        audience: 'Staff of public libraries serving large or urban communities',
        libraryTypes: ['PUBLIC'],
        librarySizes: ['LARGE_URBAN'],
        rule: 'ALL',
        requiredCount: null,
        unlockTitle: 'Invitation to the free pre-conference workshop at the 2017 ALA Annual Conference in Chicago',
        unlockDescription:
          'Everyone who has viewed all three webinars of the series, live or as a recording, is invited to attend the in-person pre-conference workshop free of charge.',
        sessions: [
          webinar('ltc-mfc-large-urban-part-1', 1, 'Large and urban public libraries: webinar 1 of 3', 'First webinar of the three-part series. Watch it live or on the Programming Librarian Learning page.'),
          webinar('ltc-mfc-large-urban-part-2', 2, 'Large and urban public libraries: webinar 2 of 3', 'Second webinar of the three-part series. Watch it live or on the Programming Librarian Learning page.'),
          webinar('ltc-mfc-large-urban-part-3', 3, 'Large and urban public libraries: webinar 3 of 3', 'Third webinar of the three-part series. Watch it live or on the Programming Librarian Learning page.'),
        ],
      },
      {
        slug: 'ltc-mfc-academic-libraries',
        title: 'Dialogue facilitation for academic libraries (fall 2017)',
        description: 'Learning sessions designed for academic libraries, planned for fall 2017. Details will be announced in 2017.',
        audience: 'Academic and college library staff',
        libraryTypes: ['ACADEMIC'],
        librarySizes: [],
        rule: 'ALL',
        requiredCount: null,
        unlockTitle: null,
        unlockDescription: null,
        sessions: [],
      },
      {
        slug: 'ltc-mfc-small-midsized-rural-public-libraries',
        title: 'Dialogue facilitation for small, mid-sized and rural public libraries (spring 2018)',
        description:
          'Learning sessions designed for small, medium-sized and rural public libraries, planned for spring 2018. Details will be announced in 2017.',
        audience: 'Staff of small, medium-sized and rural public libraries',
        libraryTypes: ['PUBLIC', 'RURAL'],
        librarySizes: ['SMALL_MIDSIZED'],
        rule: 'ALL',
        requiredCount: null,
        unlockTitle: null,
        unlockDescription: null,
        sessions: [],
      },
    ],
    sessions: [
      {
        slug: 'ltc-mfc-2017-annual-preconference-workshop',
        title: 'Pre-conference workshop at the 2017 ALA Annual Conference (by invitation)',
        description:
          'Free in-person workshop in Chicago before the 2017 ALA Annual Conference, for those who viewed all three webinars of the large and urban public libraries series.',
        type: 'WORKSHOP',
        startsAt: null,
        endsAt: null,
        timeZone: CHICAGO,
        recordingUrl: null,
        recordingMinutes: null,
        capacity: null,
        location: 'Chicago, IL (2017 ALA Annual Conference)',
        libraryTypes: ['PUBLIC'],
      },
    ],
  },
  {
    slug: 'libraries-transforming-communities',
    title: 'Libraries Transforming Communities',
    acronym: 'LTC',
    kind: 'INITIATIVE',
    summary:
      'A two-year ALA initiative (2014-15) with the Harwood Institute that strengthens librarians\' roles as core community leaders and change agents through the "Turning Outward" approach.',
    description: [
      'Every community has challenges, and, given the right tools, public librarians are in a unique position to help conquer them. Libraries Transforming Communities (LTC) seeks to strengthen librarians\' roles as core community leaders and change-agents, and meets a critical need within the library field by developing and distributing new tools, resources and support for engaging with communities in new ways.',
      'The expected result: libraries that become more reflective of and connected to their communities, stronger relationships with local civic agencies, non-profits, funders and corporations, and, through improved partnerships, greater community investment in civility, collaboration, education, health, and well-being.',
      "LTC's greatest goal is a long-term one: to shift the public discourse away from the prevalent past themes of libraries in crisis, toward libraries as agents of positive community change. ALA champions success stories of library-led community innovation, identifies efforts, changes and trends in the field, and works to amplify them, to promote an exchange of information and a change in the library narrative.",
      'Three areas of concentration: (1) the LTC Public Innovators Cohort, ten public libraries in an intensive 18-month, team-based community engagement training program; (2) knowledge-sharing, sharing LTC knowledge and resources with library professionals through conference sessions and free digital materials such as webinars, worksheets and conversation guides; (3) ALA staff training, to integrate community-focused thinking and processes into ALA itself.',
      'Partner: the nonprofit Harwood Institute for Public Innovation, whose "Turning Outward" approach is about changing the orientation of institutions and individuals from internal (institutional) to external (community-facing): taking steps to better understand communities, changing processes and thinking to make conversations more community-focused, being proactive to community issues and putting community aspirations first.',
      'Funding: a grant from the Bill & Melinda Gates Foundation.',
    ].join('\n\n'),
    audience: 'Public library staff and leaders',
    libraryTypes: ['PUBLIC'],
    url: 'https://www.ala.org/tools/librariestransform/libraries-transforming-communities',
    tags: ['community engagement', 'Turning Outward', 'change agents', 'webinars', 'conversation guides'],
    organizations: [
      { slug: 'ala', role: 'LEAD' },
      { slug: 'harwood-institute', role: 'PARTNER' },
      { slug: 'gates-foundation', role: 'FUNDER' },
    ],
  },
  {
    slug: 'ltc-public-innovators-cohort',
    title: 'LTC Public Innovators Cohort',
    acronym: null,
    kind: 'COHORT',
    summary: 'Ten public libraries selected by ALA for an intensive 18-month, team-based community engagement training program.',
    description:
      'Part of Libraries Transforming Communities. ALA selected ten public libraries across the country for an intensive, team-based community engagement training program lasting 18 months. The library teams train with community-engagement experts (the Harwood Institute\'s "Turning Outward" approach) and apply the training to challenges in their own communities.',
    audience: 'Selected public library teams',
    libraryTypes: ['PUBLIC'],
    url: 'https://www.ala.org/tools/librariestransform/libraries-transforming-communities',
    tags: ['cohort', 'community engagement', 'Turning Outward', 'team-based training'],
    organizations: [
      { slug: 'ala', role: 'LEAD' },
      { slug: 'harwood-institute', role: 'FACILITATOR' },
      { slug: 'gates-foundation', role: 'FUNDER' },
    ],
  },
  {
    slug: 'ala-strategic-directions',
    title: 'ALA Strategic Directions',
    acronym: null,
    kind: 'INITIATIVE',
    summary:
      "ALA's mission, core values, key action areas and four strategic directions (Advocacy, Information Policy, Professional and Leadership Development, Equity, Diversity and Inclusion), adopted by ALA Council on 28 June 2015.",
    description: [
      "Mission: to provide leadership for the development, promotion and improvement of library and information services and the profession of librarianship, in order to enhance learning and ensure access to information for all.",
      'Core values: extending and expanding library services in America and around the world; all types of libraries (academic, public, school and special); all librarians, library staff, trustees and others working to improve library services; member service; an open, inclusive, and collaborative environment; ethics, professionalism and integrity; excellence and innovation; intellectual freedom; social responsibility and the public good.',
      'Key action areas (approved by ALA Council every year as programmatic priorities): advocacy for libraries and the profession; diversity; education and lifelong learning; equitable access to information and library services; intellectual freedom; literacy; organizational excellence; transforming libraries.',
      'Strategic directions, each an area of intense focus for three to five years, with goals (what success looks like), strategies (how to get there) and an implementation plan updated continuously and reflected in the annual action plan and budget:',
      '- Advocacy: with libraries, the broader library community and members of the public, ALA and its members advocate for the value of libraries and for public support for libraries of all types, locally, statewide, federally and internationally.',
      '- Information Policy: empower people to use libraries and information based resources for improving their lives, with advocacy on intellectual freedom, privacy, civil liberties, telecommunications, funding for education and research programs, funding for libraries, copyright and licensing, open access, government information and literacy.',
      '- Professional and Leadership Development: professional development for every level of experience in many formats; meaningful recognition for learning (for example certification, digital badging and micro-credentialing); clear pathways that help members set and meet professional and leadership development goals; and one centralized online space to search and discover all ALA learning, with self-assessment, recognition and tracking, integrating face-to-face, online and blended learning.',
      '- Equity, Diversity, and Inclusion: address, dismantle and transform policies, structures and biases across the association and the field, including continuing education on unconscious bias, power dynamics, microaggressions and white privilege. Adopted by ALA Council at the 2017 Midwinter Meeting in Atlanta, Georgia.',
    ].join('\n'),
    audience: 'ALA members, library staff and trustees',
    libraryTypes: ALL_LIBRARY_TYPES,
    startsOn: '2015-06-28',
    url: 'https://www.ala.org/aboutala/missionpriorities',
    tags: ['strategic plan', 'advocacy', 'information policy', 'professional development', 'digital badges', 'micro-credentials', 'EDI'],
    organizations: [{ slug: 'ala', role: 'LEAD' }],
    keyDates: [
      {
        slug: 'ala-strategic-directions-adopted',
        title: 'ALA Council adopts the Strategic Directions',
        kind: 'ANNOUNCEMENT',
        date: '2015-06-28',
        description:
          'ALA Council adopts the strategic directions, goals and strategies. The Equity, Diversity, and Inclusion direction was added by Council at the 2017 Midwinter Meeting in Atlanta, Georgia.',
      },
    ],
  },
];

export const PROGRAMS: ProgramSeed[] = PROGRAM_INPUTS.map((program) => ({
  librarySizes: [],
  startsOn: null,
  endsOn: null,
  keyDates: [],
  series: [],
  sessions: [],
  ...program,
}));

export interface DemoAccountSeed {
  email: string;
  displayName: string;
  role: 'ADMIN' | 'LEARNER';
  libraryType: LibraryType | null;
  librarySize: LibrarySize | null;
  jobRole: string | null;
  /** Session slugs whose recordings the account has fully viewed. */
  viewedRecordings: string[];
}

/** Local demo accounts; never created when NODE_ENV=production. */
export const DEMO_ACCOUNTS: DemoAccountSeed[] = [
  {
    email: 'admin@stacks.local',
    displayName: 'Stacks Admin',
    role: 'ADMIN',
    libraryType: null,
    librarySize: null,
    jobRole: 'Learning programs staff',
    viewedRecordings: [],
  },
  {
    email: 'maya.learner@stacks.local',
    displayName: 'Maya (demo learner)',
    role: 'LEARNER',
    libraryType: 'PUBLIC',
    librarySize: 'LARGE_URBAN',
    jobRole: 'Adult services librarian',
    viewedRecordings: ['ltc-mfc-large-urban-part-1', 'ltc-mfc-large-urban-part-2', 'ltc-mfc-large-urban-part-3'],
  },
  {
    email: 'sam.learner@stacks.local',
    displayName: 'Sam (demo learner)',
    role: 'LEARNER',
    libraryType: 'PUBLIC',
    librarySize: 'LARGE_URBAN',
    jobRole: 'Branch manager',
    viewedRecordings: ['ltc-mfc-large-urban-part-1'],
  },
];

// --- Open Badges: issuers and achievements ------------------------------------------------

export interface BadgeIssuerSeed {
  slug: string;
  name: string;
  description: string;
  url: string;
  email: string | null;
  /** The association itself, whose DID is the site's own. */
  isPrimary: boolean;
}

/** The association and the divisions/offices that issue badges (slugs match their organizations). */
export const BADGE_ISSUERS: BadgeIssuerSeed[] = [
  {
    slug: 'ala',
    name: 'American Library Association',
    description: 'The national association of libraries and library workers, issuing badges for the learning it offers its members.',
    url: 'https://www.ala.org',
    email: null,
    isPrimary: true,
  },
  {
    slug: 'ala-ppo',
    name: 'ALA Public Programs Office',
    description: 'The ALA office behind the Programming Librarian website and the LTC: Models for Change learning series.',
    url: 'https://programminglibrarian.org',
    email: null,
    isPrimary: false,
  },
  {
    slug: 'alsc',
    name: 'Association for Library Service to Children',
    description: 'The ALA division for library service to children.',
    url: 'https://www.ala.org/alsc',
    email: null,
    isPrimary: false,
  },
  {
    slug: 'ala-odlos',
    name: 'ALA Office for Diversity, Literacy, and Outreach Services',
    description: 'The ALA office that coordinates Libraries Respond and the National Day of Healing.',
    url: 'https://www.ala.org/aboutala/offices/diversity',
    email: null,
    isPrimary: false,
  },
];

export interface AchievementSeed {
  slug: string;
  issuerSlug: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  rule: 'SERIES_COMPLETED' | 'PROGRAM_COMPLETED' | 'MANUAL';
  seriesSlug: string | null;
  programSlug: string | null;
  tags: string[];
  validForDays: number | null;
}

/** One badge per LTC: Models for Change series; each is awarded when its series is completed. */
export const ACHIEVEMENTS: AchievementSeed[] = [
  {
    slug: 'ltc-mfc-large-urban-dialogue-facilitation',
    issuerSlug: 'ala-ppo',
    name: 'Dialogue Facilitation for Large and Urban Public Libraries',
    description:
      'Recognizes library staff who finished the LTC: Models for Change webinar series on dialogue facilitation and community engagement for public libraries serving large or urban communities.',
    criteriaNarrative:
      'Watch each of the three webinars in the large and urban public libraries series, either live or as a recording on the Programming Librarian Learning page. The badge is issued automatically once the third one is complete.',
    rule: 'SERIES_COMPLETED',
    seriesSlug: 'ltc-mfc-large-urban-public-libraries',
    programSlug: null,
    tags: ['dialogue facilitation', 'community engagement', 'Libraries Transforming Communities', 'public libraries'],
    validForDays: null,
  },
  {
    slug: 'ltc-mfc-academic-dialogue-facilitation',
    issuerSlug: 'ala-ppo',
    name: 'Dialogue Facilitation for Academic Libraries',
    description:
      'Recognizes academic library staff who finished the LTC: Models for Change learning sessions designed for academic libraries.',
    criteriaNarrative:
      'Complete every learning session of the academic libraries series of LTC: Models for Change. The badge is issued automatically when the last session is complete.',
    rule: 'SERIES_COMPLETED',
    seriesSlug: 'ltc-mfc-academic-libraries',
    programSlug: null,
    tags: ['dialogue facilitation', 'community engagement', 'Libraries Transforming Communities', 'academic libraries'],
    validForDays: null,
  },
  {
    slug: 'ltc-mfc-small-rural-dialogue-facilitation',
    issuerSlug: 'ala-ppo',
    name: 'Dialogue Facilitation for Small, Mid-sized and Rural Public Libraries',
    description:
      'Recognizes staff of small, medium-sized and rural public libraries who finished the LTC: Models for Change learning sessions designed for them.',
    criteriaNarrative:
      'Complete every learning session of the small, mid-sized and rural public libraries series of LTC: Models for Change. The badge is issued automatically when the last session is complete.',
    rule: 'SERIES_COMPLETED',
    seriesSlug: 'ltc-mfc-small-midsized-rural-public-libraries',
    programSlug: null,
    tags: ['dialogue facilitation', 'community engagement', 'Libraries Transforming Communities', 'rural libraries'],
    validForDays: null,
  },
];

/** A free material a program offers, as the source documents name it; a URL only where one is known. */
export interface ResourceSeed {
  slug: string;
  programSlug: string;
  title: string;
  description: string;
  kind: ResourceKind;
  url: string | null;
  audience: string;
  libraryTypes: LibraryType[];
}

export const RESOURCES: ResourceSeed[] = [
  {
    slug: 'dia-booklists',
    programSlug: 'dia',
    title: 'Día booklists',
    description:
      'Booklists for Día programs, prepared by the ALSC Quicklists Consulting Committee and available all year long: books that celebrate children and families of all cultural and linguistic backgrounds.',
    kind: 'BOOKLIST',
    url: null,
    audience: "Children's library staff planning a Día program",
    libraryTypes: ['PUBLIC', 'SCHOOL', 'RURAL'],
  },
  {
    slug: 'ltc-worksheets',
    programSlug: 'libraries-transforming-communities',
    title: 'Libraries Transforming Communities worksheets',
    description:
      'Free digital worksheets from LTC\'s knowledge-sharing work, for library staff applying the "Turning Outward" approach to engage with their communities.',
    kind: 'WORKSHEET',
    url: null,
    audience: 'Public library staff and leaders',
    libraryTypes: ['PUBLIC'],
  },
  {
    slug: 'ltc-conversation-guides',
    programSlug: 'libraries-transforming-communities',
    title: 'Libraries Transforming Communities conversation guides',
    description: 'Free digital conversation guides from LTC, for holding community conversations that put community aspirations first.',
    kind: 'CONVERSATION_GUIDE',
    url: null,
    audience: 'Public library staff and leaders',
    libraryTypes: ['PUBLIC'],
  },
  {
    slug: 'ltc-models-for-change-recordings',
    programSlug: 'ltc-models-for-change',
    title: 'LTC: Models for Change webinar recordings',
    description: 'Every webinar of the dialogue facilitation series is recorded and archived on the Programming Librarian Learning page, free to watch on demand.',
    kind: 'RECORDING',
    url: PROGRAMMING_LIBRARIAN_LEARNING,
    audience: 'Library professionals of every library type',
    libraryTypes: ALL_LIBRARY_TYPES,
  },
];

// --- Competencies and pathways (issue 20) --------------------------------------------------------

export interface CompetencySeed {
  slug: string;
  name: string;
  statement: string;
  category: string;
}

/** A small competency framework, written from what the source documents say the programs build. */
export const COMPETENCIES: CompetencySeed[] = [
  {
    slug: 'dialogue-facilitation',
    name: 'Dialogue facilitation',
    statement:
      'Leads a community conversation with a dialogue or deliberation approach, such as those of Everyday Democracy, National Issues Forums or World Café, so that people who disagree can talk and find common ground.',
    category: 'Community engagement',
  },
  {
    slug: 'library-led-community-engagement',
    name: 'Library-led community engagement',
    statement: 'Uses the library as a place where the community meets, talks and works on change, with the library staff as community leaders and change-agents.',
    category: 'Community engagement',
  },
  {
    slug: 'turning-outward',
    name: 'Turning outward',
    statement:
      'Orients the library toward its community: takes steps to understand the community, makes conversations community-focused, is proactive about community issues and puts community aspirations first.',
    category: 'Community engagement',
  },
  {
    slug: 'community-partnerships',
    name: 'Community partnerships',
    statement: 'Builds working relationships with local civic agencies, non-profits, funders and businesses, so that the community invests in what the library helps start.',
    category: 'Community engagement',
  },
  {
    slug: 'conversations-on-equity-and-healing',
    name: 'Conversations on equity and racial healing',
    statement: 'Holds public and honest conversations about equity, diversity and inclusion, and about racial healing, in the library and in the profession.',
    category: 'Equity, diversity and inclusion',
  },
];

/** Which competencies each seeded achievement aligns to (OB 3.0 alignment in its credentials). */
export const ACHIEVEMENT_COMPETENCIES: { achievementSlug: string; competencySlugs: string[] }[] = [
  { achievementSlug: 'ltc-mfc-large-urban-dialogue-facilitation', competencySlugs: ['dialogue-facilitation'] },
  { achievementSlug: 'ltc-mfc-academic-dialogue-facilitation', competencySlugs: ['dialogue-facilitation'] },
  { achievementSlug: 'ltc-mfc-small-rural-dialogue-facilitation', competencySlugs: ['dialogue-facilitation'] },
  { achievementSlug: 'community-engagement-facilitation', competencySlugs: ['dialogue-facilitation', 'library-led-community-engagement'] },
];

export interface PathwaySeed {
  slug: string;
  title: string;
  description: string;
  /** A requirement tree as libs/learning-domain parses it. */
  requirements: { kind: 'group'; title?: string; rule: 'ALL_OF' | 'K_OF' | 'ONE_OF'; k?: number; items: { kind: 'series' | 'session' | 'achievement'; slug: string }[] };
  revocationPolicy: 'REVOKE' | 'KEEP';
  certificate: { slug: string; issuerSlug: string; name: string; description: string; criteriaNarrative: string; achievementType: 'Certificate' | 'MicroCredential' };
}

/**
 * The LTC: Models for Change pathway: its three series are one per library type, so the badge of
 * the series for the learner's own library type earns the certificate.
 */
export const PATHWAYS: PathwaySeed[] = [
  {
    slug: 'community-engagement-facilitation',
    title: 'Community engagement facilitation (LTC: Models for Change)',
    description:
      'LTC: Models for Change trains library professionals in dialogue facilitation and community engagement, with a series tailored to each library type: large and urban public libraries, academic libraries, and small, mid-sized and rural public libraries. Finish the series for your library type and its badge stacks into the Community engagement facilitation certificate.',
    requirements: {
      kind: 'group',
      title: 'The series for your library type',
      rule: 'ONE_OF',
      items: [
        { kind: 'achievement', slug: 'ltc-mfc-large-urban-dialogue-facilitation' },
        { kind: 'achievement', slug: 'ltc-mfc-academic-dialogue-facilitation' },
        { kind: 'achievement', slug: 'ltc-mfc-small-rural-dialogue-facilitation' },
      ],
    },
    revocationPolicy: 'REVOKE',
    certificate: {
      slug: 'community-engagement-facilitation',
      issuerSlug: 'ala-ppo',
      name: 'Community engagement facilitation',
      description:
        'Certifies that the holder finished an LTC: Models for Change series on dialogue facilitation and community engagement, offered by the ALA Public Programs Office and the National Coalition for Dialogue & Deliberation.',
      criteriaNarrative:
        'Earn the badge of one LTC: Models for Change series (large and urban public libraries, academic libraries, or small, mid-sized and rural public libraries). The certificate is issued automatically and references the badge it stacks; it is revoked if that badge is.',
      achievementType: 'Certificate',
    },
  },
];
