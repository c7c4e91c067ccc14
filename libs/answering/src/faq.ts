import type { FaqEntry } from './knowledge.js';

const ODLOS_URL = 'https://www.ala.org/aboutala/offices/diversity';
const ALSC_URL = 'https://www.ala.org/alsc';
const PROGRAMMING_LIBRARIAN_LEARNING = 'https://programminglibrarian.org/learn';
const STRATEGIC = 'ala-strategic-directions';
const NDOH = 'libraries-respond-national-day-of-healing';
const MFC = 'ltc-models-for-change';
const LTC = 'libraries-transforming-communities';

/**
 * Curated answers for what members ask and the catalogue rows alone do not answer directly. Together
 * with the catalogue entries they cover every fact in the association's source documents.
 */
export const FAQ: readonly FaqEntry[] = [
  // Libraries Respond: National Day of Healing
  {
    id: 'trht',
    question: 'What is Truth, Racial Healing and Transformation (TRHT)?',
    keywords: 'TRHT truth racial healing transformation enterprise W.K. Kellogg Foundation WKKF ALA partner joined forces',
    answer:
      "Truth, Racial Healing and Transformation (TRHT) is an enterprise of the W.K. Kellogg Foundation (WKKF). ALA joined forces with it as a proud partner, to engage its member community in racial healing as a chance to broaden and deepen a personal and joint commitment to social justice in equity, diversity, and inclusion.",
    aspect: 'overview',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-why-january-17',
    question: 'Why was January 17 chosen for the National Day of Healing?',
    keywords: 'why january 17 17th chosen selected date reason Martin Luther King holiday inauguration 45th president',
    answer:
      'January 17 (2017) was picked because it came right after the Martin Luther King, Jr. holiday and before the inauguration of the 45th President of the United States.',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-commitments',
    question: 'What are the three commitments of the National Day of Healing?',
    keywords: 'three commitments pledges principles asks narrative hierarchy human value divisions America healed engage understanding respect',
    answer:
      'Three commitments: (1) proclaim a new narrative, one that refutes the ideology of a hierarchy of human value; (2) acknowledge the deep divisions in America that still must be overcome and healed; (3) commit to engaging with one another, for more understanding, communication, caring and respect.',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-participants',
    question: 'Who took part in the National Day of Healing on 17 January 2017?',
    keywords: 'how many organizations organizations participants 130 took part participated year-long effort bridges perfect union',
    answer:
      'The American Library Association (ALA), working with the W.K. Kellogg Foundation (WKKF) and its TRHT enterprise, and more than 130 organizations across the country participated on 17 January 2017. The day kicked off a year-long effort to bring healing to the United States, build bridges and ensure a more perfect union and oneness within the country.',
    aspect: 'organisations',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-communities',
    question: 'Which communities did the National Day of Healing have in mind?',
    keywords: 'communities of color American Indians GLBT LGBT women immigrants marginalized identities hard year whole selves',
    answer:
      'The year before had been especially hard on communities of color, American Indians, the GLBT community, women, immigrants and people with marginalized identities. Library workers are accustomed to advocating for them on the local and national level, and ALA said that would stay a major focus; it also asked members to be mindful of their whole selves and own identities, since many are part of these communities too, as the association keeps up public and honest conversations around equity, diversity, and inclusion.',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-hashtags',
    question: 'Which hashtags go with the National Day of Healing?',
    keywords: 'hashtag hashtags #TRHT #THEDAYTOHEAL social media twitter facebook tag',
    answer: 'Use #TRHT and #THEDAYTOHEAL (the day itself was written 01.17.17).',
    programSlugs: [NDOH],
  },
  {
    id: 'national-day-of-healing-contact',
    question: 'Who do I contact about the National Day of Healing or Libraries Respond?',
    keywords: 'contact phone number call 800-545-2433 extension 4294 ODLOS Office for Diversity Literacy Outreach Services Libraries Respond',
    answer:
      'Contact the ALA Office for Diversity, Literacy, and Outreach Services (ODLOS): call 800-545-2433, extension 4294.',
    aspect: 'contact',
    programSlugs: [NDOH],
    urls: [ODLOS_URL],
  },
  {
    id: 'libraries-transform-healing',
    question: 'What is the Libraries Transform message about healing?',
    keywords: 'Libraries Transform campaign because libraries inspire understanding community healing slogan image',
    answer: 'The Libraries Transform message for the day: "Because libraries inspire understanding and community healing."',
    programSlugs: [NDOH],
  },
  // National Day of Racial Healing and ALSC
  {
    id: 'ndorh-what',
    question: 'What is the National Day of Racial Healing (NDORH)?',
    keywords: 'NDORH national day racial healing annual sixth 2022 common humanity collective action just equitable world',
    answer:
      'The National Day of Racial Healing (NDORH) is a yearly day for people, organizations and communities across the US to call for racial healing, come together in their common humanity and take collective action for a more just and equitable world. The sixth annual one was held in 2022.',
    aspect: 'overview',
    programSlugs: ['national-day-of-racial-healing'],
  },
  {
    id: 'ndorh-dia-link',
    question: 'How does Día connect to the National Day of Racial Healing?',
    keywords: 'Día dia link connect connection tie NDORH national day racial healing purpose celebrate distinct differences communities vibrant ALSC',
    answer:
      "One purpose of the National Day of Racial Healing is to celebrate the distinct differences that make communities vibrant. ALSC tied that to Día, whose ultimate purpose is to celebrate children and families of all cultural and linguistic backgrounds.",
    programSlugs: ['national-day-of-racial-healing', 'dia'],
  },
  {
    id: 'ndorh-alsc-post',
    question: 'Who wrote the ALSC blog post about the National Day of Racial Healing?',
    keywords: 'who wrote author writer blogger blog post article ALSC blog "National Day of Racial Healing and ALSC" Elizabeth Elly Serrano',
    answer:
      'Elizabeth (Elly) Serrano, ALSC\'s Membership and Marketing Specialist, wrote the ALSC blog post "National Day of Racial Healing and ALSC" the day after the sixth National Day of Racial Healing. She linked the day to ALSC\'s work: Día, the Library Service to Underserved Children and their Caregivers Committee, and ALSC\'s EDI resources and open Board meetings.',
    programSlugs: ['national-day-of-racial-healing'],
  },
  {
    id: 'ndorh-serrano-background',
    question: 'Where did Elly Serrano grow up, and what did the public library mean to her?',
    keywords: 'Elly Elizabeth Serrano background grew up growing up childhood hometown Bronx New York NYC NYPL branches no computer internet access materials space sit think personal reflection',
    answer:
      "Elly Serrano, ALSC's Membership and Marketing Specialist, grew up in The Bronx, which she calls rich in culture, art and diversity. With no computer or internet access of her own, she visited NYPL (New York Public Library) branches, where the public library gave her access to internet, materials, and just space to sit and think when she could not do that anywhere else.",
    programSlugs: ['national-day-of-racial-healing'],
  },
  {
    id: 'ndorh-next',
    question: 'When is the next National Day of Racial Healing?',
    keywords: 'NDORH next national day racial healing when date annual every year sixth',
    answer:
      'The National Day of Racial Healing happens every year (the sixth was in 2022), but the catalogue has no date for the next one yet; check the ALA Libraries Respond page.',
    aspect: 'dates',
    programSlugs: ['national-day-of-racial-healing'],
  },
  {
    id: 'ndorh-first',
    question: 'When was the first National Day of Racial Healing?',
    keywords: 'first earliest original inaugural began started since 2017 National Day of Healing January 17 sixth 2022 annual',
    answer:
      'The first was in 2017: ALA, the W.K. Kellogg Foundation and more than 130 organizations marked the first National Day of Healing on 17 January 2017, and the day has been held every year since (the sixth was in 2022).',
    aspect: 'dates',
    programSlugs: ['national-day-of-racial-healing', NDOH],
  },
  {
    id: 'edisj',
    question: 'What does EDISJ mean?',
    keywords: 'EDISJ equity diversity inclusion social justice acronym stand for reflection commitment',
    answer:
      'EDISJ stands for equity, diversity, inclusion and social justice. ALA staff were asked for some individual reflection on what drives their commitment to it, and to racial healing, for the 2022 National Day of Racial Healing.',
    aspect: 'overview',
    programSlugs: ['national-day-of-racial-healing'],
  },
  {
    id: 'dia-host',
    question: 'How do I take part in Día or register a Día program?',
    keywords: 'Día dia host program registry submit register celebrate children families cultural linguistic backgrounds',
    answer:
      'If you have never hosted a Día program, consider one (or a few) at your library this year and submit each one to the Día program registry. Día celebrates children and families of every cultural and linguistic background.',
    programSlugs: ['dia'],
  },
  {
    id: 'dia-booklists',
    question: 'Where do I find Día booklists?',
    keywords: 'Día dia booklists book lists reading lists all year Quicklists Consulting Committee',
    answer: 'Día booklists are available all year round, prepared by the ALSC Quicklists Consulting Committee.',
    programSlugs: ['dia'],
  },
  {
    id: 'dia-name',
    question: 'What does Día stand for?',
    keywords: 'Día dia El día de los niños El día de los libros Children\'s Day Book Day name stands',
    answer:
      "Día is short for El día de los niños / El día de los libros (Children's Day/Book Day), ALSC's celebration of children and families of all cultural and linguistic backgrounds.",
    aspect: 'overview',
    programSlugs: ['dia'],
  },
  {
    id: 'alsc-underserved-chat',
    question: 'When is the chat with the Library Service to Underserved Children and their Caregivers Committee?',
    keywords: 'chat underserved children caregivers committee February 22 snack get involved resources where to start blog post',
    answer:
      'Bring a snack: the chat covers the committee\'s resources, where to start and how to get involved. Its blog post gives an overview of what it has accomplished thus far and what\'s to come.',
    aspect: 'dates',
    datedBy: { keyDate: 'alsc-underserved-committee-chat-2022' },
    programSlugs: ['alsc-service-to-underserved-children'],
  },
  {
    id: 'alsc-edi-resources',
    question: 'Where can I learn more about ALSC equity, diversity and inclusion work?',
    keywords: 'ALSC EDI statement Strategic Plan Implementation Reports website EDISJ learn more',
    answer: 'Read the ALSC Strategic Plan Implementation Reports and the ALSC EDI Statement on the ALSC website, or attend an open ALSC Board meeting.',
    programSlugs: ['alsc-service-to-underserved-children'],
    urls: [ALSC_URL],
  },
  {
    id: 'alsc-board-meetings',
    question: 'Can I attend ALSC Board meetings?',
    keywords: 'ALSC Board meetings open attend audience member schedule website',
    answer: "Yes. ALSC Board meetings are open: you can attend as an audience member. The Board's schedule is kept up to date on the ALSC website.",
    programSlugs: ['alsc-service-to-underserved-children'],
    urls: [ALSC_URL],
  },
  {
    id: 'alsc-join-to-vote',
    question: 'What is the deadline to join ALSC and vote in the 2022 ALA Elections?',
    keywords: 'join reinstate ALSC membership deadline January 31 ballot vote 2022 ALA Elections members',
    answer: 'Join ALSC, or reinstate a lapsed membership, by that date to receive a ballot for the 2022 ALA Elections; important items were going to ALSC members for a vote.',
    aspect: 'dates',
    datedBy: { keyDate: 'alsc-join-to-vote-2022' },
    tags: ['deadline'],
    programSlugs: ['alsc-membership-2022-ala-elections'],
  },
  {
    id: 'alsc-mixer',
    question: 'When is the ALSC membership mixer?',
    keywords: 'ALSC membership mixer January 27 5pm CST Central lightning sessions five-minute Membership Committee networking',
    answer:
      "The ALSC Membership Committee hosts it (27 January 2022, 5 p.m. Central), with a few 5-minute lightning sessions planned, focused on different areas of children's services and ALSC.",
    aspect: 'dates',
    datedBy: { session: 'alsc-membership-mixer-2022' },
    programSlugs: ['alsc-membership-2022-ala-elections'],
  },
  {
    id: 'alsc-membership-contact',
    question: 'Who do I ask about ALSC membership?',
    keywords: 'ALSC membership marketing specialist Elizabeth Elly Serrano contact questions hello job role title position person',
    answer: "Elizabeth (Elly) Serrano, ALSC's Membership and Marketing Specialist, answers ALSC membership questions and is happy to hear from you.",
    aspect: 'contact',
    programSlugs: ['alsc-membership-2022-ala-elections'],
  },
  {
    id: 'llx',
    question: 'What is the ALA Library Learning Experience?',
    keywords: 'Library Learning Experience LLX register registration session types education programs customized',
    answer:
      "ALA's new Library Learning Experience (January 2022) offered different session types, noted in its education programs, that allow for a more customized experience; registration stayed open until just before it began.",
    aspect: 'overview',
    programSlugs: ['ala-library-learning-experience'],
  },
  {
    id: 'yma',
    question: 'What hashtag do I use for the Youth Media Awards?',
    keywords: 'Youth Media Awards Monday YMA #alayma hashtag social media',
    answer: 'Share your Youth Media Awards Monday excitement with #alayma.',
    programSlugs: ['youth-media-awards'],
  },
  // LTC: Models for Change
  {
    id: 'mfc-free',
    question: 'Is Libraries Transforming Communities: Models for Change free?',
    keywords: 'free cost price charge fee budget Models for Change training webinars workshops',
    answer:
      'Yes. The LTC: Models for Change webinars, their recordings and the pre-conference workshop are all free of charge for libraries.',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-size',
    question: 'How many webinars and workshops does Models for Change offer?',
    keywords: 'how many webinars workshops ten 10 three 3 in-person two-year project produce',
    answer: 'Over two years ALA and NCDD planned ten webinars and three in-person workshops.',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-recordings',
    question: 'Where can I watch the webinar recordings?',
    keywords: 'watch recordings recorded archived on-demand replay missed webinar Programming Librarian Learning page',
    answer:
      'Every session is recorded and archived on the Programming Librarian Learning page, where it is free to watch on demand.',
    programSlugs: [MFC],
    urls: [PROGRAMMING_LIBRARIAN_LEARNING],
  },
  {
    id: 'mfc-workshop',
    question: 'How do I get invited to the pre-conference workshop in Chicago?',
    keywords: 'invited invitation pre-conference preconference workshop 2017 ALA Annual Conference Chicago view all three webinars live recorded free',
    answer:
      'View all three webinars of the large and urban public libraries series, live or recorded, and you are invited to attend a free pre-conference workshop at the 2017 ALA Annual Conference in Chicago.',
    aspect: 'unlock',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-future-sessions',
    question: 'When are the sessions for academic and small, mid-sized or rural libraries?',
    keywords: 'future sessions academic libraries fall 2017 small mid-sized medium rural public libraries spring 2018 details announced',
    answer:
      'Future learning sessions were to be designed for academic libraries in fall 2017, and for small, mid-sized and rural public libraries in spring 2018; details for future sessions were to be announced in 2017.',
    aspect: 'dates',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-newsletter',
    question: 'How do I hear about new Models for Change sessions?',
    keywords: 'stay informed future offerings sign up subscribe Programming Librarian e-newsletter newsletter updates',
    answer: 'Sign up for the Programming Librarian e-newsletter to hear about future offerings.',
    programSlugs: [MFC],
    urls: ['https://programminglibrarian.org'],
  },
  {
    id: 'mfc-registration',
    question: 'Which sessions opened for registration when Models for Change was announced?',
    keywords: 'registration open four learning sessions first four announced three-part series large urban',
    answer:
      'At the announcement on 15 December 2016, registration opened for the first four learning sessions, including the three-part webinar series for public libraries serving large or urban communities.',
    aspect: 'dates',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-announcement',
    question: 'What was the Models for Change announcement called?',
    keywords: 'announcement headline title called named news press release Facing a Divided Nation heal tagline disparate voices Thursday',
    answer:
      'The news release of Thursday, 15 December 2016 (10:00) ran under the headline "Facing a Divided Nation, ALA Offers Free Training for Libraries", with the tagline "Training to Help Heal a Divided Nation". It invited readers to get the tools to bring disparate voices together and lead change in their community.',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-todaro',
    question: 'What did ALA President Julie Todaro say about Models for Change?',
    keywords: 'Julie Todaro ALA President quote said divided nation reconciliation progress common ground',
    answer:
      'ALA President Julie Todaro said that, with the nation growing more divided, there is a tremendous opportunity for libraries to be a leading force for reconciliation, progress and common ground, and that ALA was proud to offer community engagement resources to all libraries, free of charge.',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-topics',
    question: 'What topics and library types does Models for Change cover?',
    keywords: 'topics community engagement dialogue facilitation professional development training job functions library type academic public rural school special adult community members',
    answer:
      'Models for Change is professional development training in community engagement and dialogue facilitation models, for staff of academic (college), public, rural, school (K-12) and special libraries; the programs they go on to lead are for adults and community members.',
    aspect: 'audience',
    programSlugs: [MFC],
  },
  {
    id: 'mfc-history',
    question: 'How is Models for Change related to the original Libraries Transforming Communities?',
    keywords: 'second phase follows up original first phase before earlier previous predecessor LTC 2014-15 Harwood Institute Turning Outward relation history',
    answer:
      'Models for Change is the second phase of Libraries Transforming Communities (LTC), with which ALA broadens its focus on library-led community engagement. In 2014-15 ALA and the Harwood Institute for Public Innovation offered the first phase as a two-year initiative, which explored and developed the Harwood Institute\'s "Turning Outward" approach in public libraries.',
    programSlugs: [MFC, LTC],
  },
  // Libraries Transforming Communities
  {
    id: 'ltc-areas',
    question: 'What are the three areas of concentration of LTC?',
    keywords: 'areas of concentration three Public Innovators Cohort knowledge-sharing ALA staff training worksheets conversation guides',
    answer:
      'LTC has three areas of concentration: the LTC Public Innovators Cohort, ten public libraries chosen for an intensive 18-month, team-based community engagement training program; knowledge-sharing, sharing LTC knowledge and resources with library professionals through conference sessions and free digital materials (webinars, worksheets and conversation guides); and ALA staff training, to integrate community-focused thinking and processes into ALA itself. The cohort libraries trained with community-engagement experts and applied what they learned to challenges in their own communities.',
    programSlugs: [LTC, 'ltc-public-innovators-cohort'],
  },
  {
    id: 'ltc-turning-outward',
    question: 'What is the Turning Outward approach?',
    keywords: 'Turning Outward approach Harwood Institute internal external community-facing aspirations proactive',
    answer:
      "The Harwood Institute's Turning Outward approach is about changing the orientation of institutions and individuals from internal to external (community-facing). It means steps to better understand communities, changing processes and thinking so conversations become more community-focused, being proactive to community issues and putting community aspirations first.",
    aspect: 'overview',
    programSlugs: [LTC],
  },
  {
    id: 'ltc-goal',
    question: 'What is the long-term goal of Libraries Transforming Communities?',
    keywords: 'goal long-term aim narrative libraries in crisis agents positive community change success stories outcome result relationships ties closer local civic agencies corporations businesses community investment civility collaboration health well-being',
    answer:
      'LTC\'s greatest goal is a long-term one: moving the public discourse away from the prevalent past themes of libraries in crisis, toward libraries as agents of positive community change, and making libraries more reflective of and connected to their communities, building stronger relationships with local civic agencies, non-profits, funders and corporations. Improved partnerships should yield greater community investment in civility, collaboration, education, health, and well-being.',
    programSlugs: [LTC],
  },
  {
    id: 'ltc-librarian-role',
    question: 'What role does LTC want librarians to play in their communities?',
    keywords: 'role librarians community leaders change-agents change agents towns communities challenges right tools critical need library field new tools resources support engage',
    answer:
      "LTC sets out to strengthen librarians' roles as core community leaders and change-agents: public librarians are well placed to help their communities meet challenges when they have the right tools. It meets a critical need in the library field by developing and distributing new tools, resources and support for engaging with communities in new ways.",
    programSlugs: [LTC],
  },
  {
    id: 'ltc-narrative',
    question: 'How is ALA changing the story told about libraries through LTC?',
    keywords: 'narrative story change library narrative success stories champion library-led community innovation trends efforts amplify exchange information crisis public discourse',
    answer:
      'ALA champions success stories of library-led community innovation, identifies efforts, changes and trends in the field, and works to amplify them, to promote an exchange of information and a change in the library narrative, from libraries in crisis to libraries as agents of positive community change.',
    programSlugs: [LTC],
  },
  // ALA Strategic Directions
  {
    id: 'ala-mission',
    question: "What is ALA's mission?",
    keywords: 'ALA mission statement American Library Association leadership development promotion improvement access to information for all',
    answer:
      "ALA's mission statement, in ALA's own words: “to provide leadership for the development, promotion and improvement of library and information services and the profession of librarianship, to enhance learning and ensure access to information for all.”",
    aspect: 'overview',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-core-values',
    question: "What are ALA's core organizational values?",
    keywords: 'core values organizational values committed member service ethics professionalism integrity intellectual freedom social responsibility public good inclusive collaborative',
    answer:
      'ALA is committed to these core values: extending and expanding library services in America and around the world; all types of libraries (academic, public, school and special); all librarians, library staff, trustees and others working to improve library services; member service; an open, inclusive, and collaborative environment; ethics, professionalism and integrity; excellence and innovation; intellectual freedom; social responsibility and the public good.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-key-action-areas',
    question: "What are ALA's key action areas?",
    keywords: 'key action areas advocacy diversity education lifelong learning equitable access intellectual freedom literacy organizational excellence transforming libraries Council priorities',
    answer:
      "ALA's key action areas: advocacy for libraries and the profession; diversity; education and lifelong learning; equitable access to information and library services; intellectual freedom; literacy; organizational excellence; transforming libraries. ALA Council approves them each year as programmatic priorities.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-advocacy-action-area',
    question: "What does the 'Advocacy for Libraries and the Profession' action area mean?",
    keywords: 'advocacy for libraries and the profession key action area public awareness crucial value librarians promote state national legislation library users local advocates resources training support networks',
    answer:
      'Under this key action area ALA works to increase public awareness of the crucial value of libraries and librarians, backs state and national legislation beneficial to libraries and library users, and equips local advocates with the resources, training and support networks they need to win more support for libraries of all types.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-diversity-action-area',
    question: 'What does the Diversity key action area say?',
    keywords: 'diversity key action area diverse populations empowering full participation democratic society workforce recruitment training advancement promotion retain diverse personnel reflective society professional literature products continuing education',
    answer:
      'Empowering diverse populations for full participation in a democratic society is a crucial role of libraries. In the library workforce, programs of recruitment, training, development, advancement and promotion should increase and retain diverse library personnel who reflect the society served, and ALA and libraries should keep including diversity in their programs, activities, services, professional literature, products and continuing education.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-strategic-directions-list',
    question: "What are ALA's strategic directions?",
    keywords: 'strategic directions four advocacy information policy professional leadership development equity diversity inclusion 3-5 years focus',
    answer:
      "ALA's four strategic directions are Advocacy; Information Policy; Professional and Leadership Development; and Equity, Diversity, and Inclusion. Each is an area of intense focus for three to five years, with goals, strategies and an implementation plan.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-strategic-adopted',
    question: 'When were the ALA Strategic Directions adopted?',
    keywords: 'adopted ALA Council June 28 2015 EDI added 2017 Midwinter Meeting Atlanta Georgia when approved',
    answer:
      'ALA Council adopted the Strategic Directions on 28 June 2015; the Equity, Diversity, and Inclusion direction was added at the 2017 Midwinter Meeting in Atlanta, Georgia.',
    aspect: 'dates',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-advocacy',
    question: 'What does the Advocacy strategic direction cover?',
    keywords: 'advocacy direction goals strategies national campaign public awareness library advocates network research value legislation advocacy plan',
    answer:
      'Advocacy: ALA and its members advocate for the value of libraries and for public support for libraries of all types, at local, state, federal and international level. The work includes a sustained national advocacy campaign, coordinated resources and training for advocates, a growing network of library advocates, research documenting the value of libraries, and an advocacy plan for all libraries and all states.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-advocacy-activities',
    question: 'What kinds of work does ALA advocacy include, and what does it support?',
    keywords: 'advocacy work activities continuum raising awareness training supporting advocates legislation policies responding opportunities threats core values vision innovation impact future centers community engagement lifelong discovery',
    answer:
      "ALA advocacy covers a broad continuum of activities: raising public awareness of the value of libraries, training and supporting library advocates, advancing legislation and policies that support information and library services, and effectively responding to specific opportunities and threats. It supports ALA's core values, offers a vision of innovation, keeps the focus on the impact of libraries and librarians, helps enable the future of libraries and promotes libraries as centers of community engagement, lifelong discovery, and learning.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-advocacy-strategies',
    question: 'What are the strategies of the Advocacy strategic direction?',
    keywords: 'advocacy strategies strategy first #1 number one sustained national advocacy campaign coordinated resources training recruit mobilize inspire advocates research outcomes impacts funding governance structures sustainability best practices evidence partners stakeholders',
    answer:
      'Advocacy strategies: (1) a sustained national advocacy campaign to increase public awareness of the value, impact and services of librarians and libraries of all types; (2) coordinated resources and training that keep library advocates informed and engaged; (3) recruit, mobilize and inspire a growing network of library advocates, from local to international levels; (4) gather and disseminate research documenting the value, outcomes and impacts of libraries; (5) explore funding, organizational and governance structures, and how they affect libraries, to ensure the sustainability and future of libraries; (6) find advocacy best practices, using research and evidence to increase support and funding for libraries; (7) find partners and stakeholders and work with them to achieve advocacy goals for all types of libraries.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-information-policy',
    question: 'What is the Information Policy strategic direction?',
    keywords: 'information policy laws regulations privacy civil liberties telecommunications copyright licensing open access government information coalitions policy champions',
    answer:
      'Information Policy: ALA advocates on intellectual freedom, privacy, civil liberties, telecommunications, funding for education and research programs, funding for libraries, copyright and licensing, open access, government information and literacy, aiming to be among the first tier of groups that governments and organizations turn to and trust.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-information-policy-definition',
    question: 'What is information policy?',
    keywords: 'information policy definition define what is meaning means laws regulations court decisions doctrines decision-making practices information creation storage access preservation communication accessibility dissemination',
    answer:
      "In ALA's Strategic Directions, information policy means the laws, regulations, court decisions, doctrines and other decision-making and practices about how information is created, stored, accessed, preserved, communicated, made accessible and disseminated. ALA's efforts on it empower people to use libraries and information based resources for improving their lives and communities.",
    aspect: 'overview',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-information-policy-impact',
    question: 'Why does information policy matter for libraries, and who does ALA speak to about it?',
    keywords: 'information policy why matters societal goals employment education entrepreneurship equity personal empowerment community engagement new knowledge civic participation levels local regional state national international resource decision makers influencers media public',
    answer:
      'Progress on information policy lets libraries advance societal goals such as employment, education, entrepreneurship, equity, personal empowerment, community engagement, the creation of new knowledge, literacy and civic participation. ALA works on it at local, regional, state, national and international levels, as a knowledgeable resource and advocate for ALA members, library professionals, decision makers and influencers, the media and the public.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-information-policy-goals',
    question: "What are the goals of ALA's Information Policy direction?",
    keywords: 'information policy goals first tier trusted governments organizations turn to treaties international statements legislation regulation court cases corporate policies positions accessible comprehensible leaders national policy champions basics social media technology structures long run',
    answer:
      'Information Policy goals: (1) a place for ALA in the first tier of groups, the ones governments and other organizations turn to and trust on information policy; (2) treaties (and other international statements), legislation, regulation, court cases, corporate policies and other information policy outcomes that incorporate ALA positions; (3) ALA policy positions easily available, accessible and comprehensible to every audience; (4) ALA leaders who know information policy well enough to be effective policy advocates, some cultivated as national policy champions, and ALA and library communities that understand the basics of information policy and why it matters for libraries; (5) the requisite structures, social media and other technology included, in place for effective advocacy on information policy in the long run.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-information-policy-strategies',
    question: 'What strategies does ALA use on information policy?',
    keywords: 'information policy strategies positions values priorities facts data threats politics messaging mechanisms communicate audiences coalitions member participation lead research initiate coordinate ALA units topics',
    answer:
      "Information Policy strategies: (1) develop and revise positions and strategies for each information policy issue, grounded in ALA values and priorities, facts and data, and analysis of threats and politics; (2) maintain information policy messaging and mechanisms that reach all relevant audiences; (3) lead and participate in effective coalitions, with member participation, that act on information policy issues; (4) initiate policy advocacy, research included, toward ALA's information policy goals; (5) keep up a process for coordinating information policy activities across topics and ALA units.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-professional-development',
    question: 'What does ALA plan for professional and leadership development?',
    keywords: 'professional leadership development continuing education mentoring accreditation MLIS LIS curricula pathways centralized online learning space tracking self-assessment',
    answer:
      'Professional and Leadership Development: professional development for all levels of experience and expertise in many formats, leadership development opportunities, strong but flexible accreditation standards, association-wide mentoring, work with LIS graduate programs on curricula, and one centralized online space to search and discover all ALA learning options, with self-assessment, recognition and tracking.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-professional-development-commitments',
    question: 'What will ALA do for professional and leadership development?',
    keywords: 'professional leadership development ALA will all levels experience formats venues diverse presenters educators leadership field accreditation strong flexible coordinate frameworks recognition',
    answer:
      "Because the development of everyone who works in libraries is essential to high-quality professional practice and to the future of libraries, ALA will: offer professional development opportunities appropriate to all levels of experience and expertise, in multiple formats and venues, with diverse presenters and educators; offer leadership development opportunities both within ALA and for the field; keep strong but flexible accreditation standards and processes; bring ALA's many offerings together into coherent and accessible continuing education frameworks for all members; and attach meaningful recognition to learning opportunities.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-professional-development-future',
    question: 'What will ALA align its leadership development with, and how will it keep learning diverse?',
    keywords: 'professional leadership development diversity inclusion clear pathways goals pervasive culture continuous learning align line up keep in step best thinking changing information environment Center for the Future of Libraries center',
    answer:
      "ALA will also work to increase diversity and inclusion within the field, give members clear pathways to set and meet their professional and leadership development goals, and develop a pervasive culture that encourages continuous learning, based on ALA content and recognition. It will keep leadership development and continuing education aligned with the best thinking about the changing information environment and with ALA's Center for the Future of Libraries.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-professional-development-goals',
    question: "What are the goals of ALA's Professional and Leadership Development direction?",
    keywords: 'professional leadership development goals premier provider global membership disruptive environment meet them where they are easy get involved peer-to-peer reflect communities positive change administrators trustees career paths exciting places library jobs careers',
    answer:
      'Goals: (1) ALA as a premier provider of quality professional development, continuing education included, for a global membership; (2) all library staff and trustees trained to be successful in a disruptive environment, with pathways and a suite of options that meet them where they are; (3) ongoing professional development and continuing education that earn formal, meaningful recognition (for example certification, digital badging, micro-credentialing); (4) an ALA that is easy for members to get involved in; (5) association-wide mentoring that engages emerging leaders and supports diversity, clear paths to leadership, help for people at all levels to be library leaders, and leadership recognized as formal and informal, managerial and non-managerial; (6) peer-to-peer learning facilitated by ALA that helps members reach their goals; (7) librarianship and library leadership that reflect the communities they serve and the world around them; (8) learning whose outcome is knowledge supporting positive individual and organizational change; (9) an MLIS curriculum that keeps up with changing 21st-century library and information services and community needs; (10) library administrators and trustees who value and support professional and leadership development opportunities for all library staff; (11) libraries viewed as exciting places to work, with various career paths.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-professional-development-strategies',
    question: 'What are the strategies for professional and leadership development?',
    keywords: 'professional leadership development strategies centralized online space search discover learning self-assessment tracking blended pathways networking education tracks streams engagement informal peer-to-peer member-to-member network competency statements standards changing practice',
    answer:
      'Strategies: (1) turn the ALA professional development space into one centralized online space to search and discover all ALA learning options (every format, topic, level and ALA source), with self-assessment, recognition and tracking, and integrate face-to-face, online and blended learning; (2) develop pathways to support and guide members through networking, professional development, continuing education, and mentoring; (3) set up clear education tracks and streams of content, with formal, meaningful mechanisms to recognize achievement; (4) articulate the role of engagement within ALA in professional and leadership development; (5) more opportunities for informal, collaborative, and peer-to-peer, member-to-member learning, at face-to-face events and in online spaces; (6) build an association-wide mentoring and peer-to-peer network on the work of divisions, round tables, affiliates and chapters, to engage emerging leaders and support diversity and inclusion; (7) enhance recruitment and retention for diversity across the profession; (8) focus on changing practice in a rapidly evolving environment, and keep competency statements, standards and content adjusted to the skills and knowledge libraries need; (9) work with LIS graduate programs to rethink and reenergize LIS curricula and accreditation, with better connections to changing workforce skill requirements.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-mentoring',
    question: 'Does ALA plan mentoring or help for emerging leaders?',
    keywords: 'mentoring mentor mentorship emerging leaders new leaders young professionals paths to leadership network divisions round tables affiliates chapters find their way',
    answer:
      "Yes: the Strategic Directions call for association-wide mentoring that engages emerging leaders and supports diversity, with clear paths to leadership in ALA for people at every level. ALA is to build a mentoring and peer-to-peer network on the work of its divisions, round tables, affiliates and chapters, and the EDI direction adds recruitment, mentoring and networking across all of ALA, Spectrum included.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-lis-programs',
    question: 'Does ALA work with LIS graduate programs on the MLIS curriculum?',
    variants: ['What does ALA say about accreditation?'],
    keywords: 'LIS library information science graduate programs schools library school MLIS degree curriculum curricula accreditation accredited 21st-century workforce skills rethink reenergize',
    answer:
      "ALA's strategies include working with LIS graduate programs to rethink and reenergize LIS curricula and accreditation, connect them with changing workforce skill requirements, and increase the focus on equity, diversity and inclusion in the programs and within the subject matter of the curricula. ALA wants an MLIS curriculum that addresses changing 21st-century library and information services and community needs, and accreditation standards and processes that are strong but flexible.",
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-digital-badges',
    question: 'Does ALA recognize learning with digital badges?',
    keywords: 'digital badging badges micro-credentialing micro-credentials certification recognition learning achievement',
    answer:
      'Yes. The Professional and Leadership Development direction calls for formal, meaningful recognition of learning, for example certification, digital badging and micro-credentials. In Stacks, completing a series can unlock rewards and badges.',
    aspect: 'unlock',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-edi',
    question: 'What does the Equity, Diversity, and Inclusion strategic direction involve?',
    keywords: 'equity diversity inclusion EDI direction unconscious bias power dynamics microaggressions white privilege Spectrum recruitment LIS marginalization',
    answer:
      'Equity, Diversity, and Inclusion (EDI) impacts all aspects of work among ALA members, in librarianship and in the communities libraries serve. The direction means addressing, dismantling, and transforming policies, structures and biases across ALA and the profession, so that ALA and its members, by their actions, are instrumental in creating a more equitable, diverse, and inclusive society; it includes building a diverse profession (including through Spectrum and recruitment) and continuing education on unconscious bias, power dynamics, microaggressions and white privilege.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-edi-goals',
    question: 'What are the goals of the Equity, Diversity, and Inclusion direction?',
    keywords: 'EDI equity diversity inclusion goals marginalization underrepresentation historical exclusion allies diverse inclusive profession intersectional complex empower all members advocates inclusion major voice information policy safe respectful space diverse voices',
    answer:
      'EDI goals: (1) commit to ameliorating marginalization and underrepresentation, in ALA and in the communities libraries serve, through a better understanding of the effects of historical exclusion; (2) more work by ALA and its allies in building a diverse and inclusive profession; (3) context and understanding of the concepts of equity, diversity, and inclusion, recognizing their intersectional and complex nature; (4) ALL ALA members empowered to participate in the life of their organization; (5) resources and support that make libraries and librarians effective advocates for the inclusion of all individuals in the life of their community; (6) ALA established as a major voice for the values of equity, diversity, and inclusion across all areas of information policy; (7) safe, respectful space where diverse voices and perspectives are heard.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-edi-strategies',
    question: 'What are the strategies of the Equity, Diversity, and Inclusion direction?',
    keywords: 'EDI equity diversity inclusion strategies professional development alliances coalitions national advocacy campaign workplace research information policy positions LIS recruitment mentoring networking chapters Spectrum conferences divisions continuing education examine coordinate',
    answer:
      'EDI strategies: (1) offer professional development opportunities that address issues of equity, diversity, and inclusion; (2) review ALA alliances and coalitions for a stronger EDI focus; (3) build a national advocacy campaign based on existing advocacy assets that focus on EDI values, with all ALA members empowered to advocate within their workplace, their community and beyond; (4) gather and share research documenting the value of equity, diversity, and inclusion; (5) review and revise information policy positions and strategies to clearly articulate the values of equity, diversity and inclusion; (6) work with LIS graduate programs to increase focus on EDI within LIS programs and within the subject matter of the curricula; (7) enhance recruitment, mentoring and networking activities across all of ALA, ALA Chapters included, building on and expanding components such as Spectrum, as well as affiliates, to build a diverse and inclusive leadership; (8) make sure EDI values are embedded in all continuing education, ALA and ALA Division conferences included; (9) continuing education on understanding and addressing unconscious bias, power dynamics, microaggressions, white privilege and related topics; (10) critically examine how EDI is addressed and coordinated throughout ALA.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-spectrum',
    question: 'What does the EDI direction say about Spectrum?',
    keywords: 'Spectrum program recruitment diverse leadership mentoring networking chapters affiliates components named',
    answer:
      'Spectrum is the ALA component the EDI direction names in its recruitment strategy: all parts of ALA, including its Chapters, are to enhance recruitment, mentoring and networking by building on and expanding components such as Spectrum, together with affiliates and chapters, to build a diverse and inclusive leadership for ALA and the profession.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-strategic-process',
    question: 'How is the ALA strategic plan put into practice?',
    keywords: 'goals strategies implementation plan objectives tactics annual action plan budget success look like three to five years assessment evaluation Council programmatic priorities',
    answer:
      'Each strategic direction is an area of intense focus for three to five years. Its goals describe what success would look like, its strategies how to get there, and an implementation plan outlines objectives that support each strategy and tactics to achieve them, updated on an ongoing basis as part of a continuous process of assessment and evaluation and reflected in ALA\'s annual action plan and budget. Council approves the key action areas each year as programmatic priorities.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-equitable-access',
    question: 'What does ALA mean by equitable access to information?',
    keywords: 'equitable access information library services barriers language literacy economic distress isolation racism discrimination immigrant housing status disability',
    answer:
      'There is a critical need, ALA recognizes, for access to library and information resources, services, and technologies by all people, especially people facing language or literacy-related barriers, economic distress, cultural or social isolation, physical or attitudinal barriers, racism, discrimination on the basis of appearance, ethnicity, immigrant status, housing status, religious background, sexual orientation, gender identity or gender expression, or barriers to equal education, employment, and housing.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-intellectual-freedom',
    question: "What is ALA's position on intellectual freedom?",
    keywords: 'intellectual freedom right democratic society privacy read seek information speak freely First Amendment defends',
    answer:
      'For ALA, intellectual freedom is a basic right in a democratic society and a core value of the library profession, so it actively defends library users\' privacy and their right to read, seek information and speak freely, as the First Amendment guarantees.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-literacy-education',
    question: 'What do the literacy and lifelong learning action areas cover?',
    keywords: 'literacy lifelong learning education children adults read use technology skills global information society continuous learning staff trustees',
    answer:
      'Literacy: ALA assists and promotes libraries in helping children and adults develop the skills they need, such as the ability to read and use technology, since a global information society demands the ability to seek and effectively utilize information resources. Education and lifelong learning: opportunities for the professional development and education of all library staff members and trustees, and continuous, lifelong learning for all people through libraries of every type.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-diversity-transforming',
    question: 'What do the diversity, organizational excellence and transforming libraries action areas say?',
    keywords: 'diversity workforce recruitment retention diverse personnel organizational excellence inclusive effective responsive transforming libraries hub community engagement innovation digital',
    answer:
      'Diversity: programs of recruitment, training and development to increase and retain diverse library personnel who reflect the society served, and diversity included in programs, services and continuing education. Organizational excellence: an inclusive, effective association, responsive to the needs of ALA members. Transforming libraries: leadership in the transformation of libraries and library services as the digital information environment grows more global, with every library a hub of community engagement, innovation and continual learning.',
    programSlugs: [STRATEGIC],
  },
  {
    id: 'ala-advocacy-goals',
    question: 'What are the goals of ALA advocacy?',
    keywords: 'advocacy goals public understanding value impact nationwide network advocates funded staff resources advocacy plan every state educational preparation voice for libraries legislation policies standards',
    answer:
      "Advocacy goals: (1) deep public understanding of the value and impact of libraries of all types, of the broad range of services they offer and of the indispensable role of the librarian and library staff; (2) a nationwide network of library advocates, visible to decision-makers and stakeholders; (3) the library as a hub of community engagement and continual learning, where people build critical thinking skills, access information, and create and share new knowledge; (4) libraries funded with staff and resources to meet their communities' needs; (5) a shared focus and common understanding of advocacy across a diverse library community, with a sustained commitment to work collaboratively toward common goals; (6) advocacy integrated into the daily work of librarians and staff; (7) advocacy made part of educational preparation for the profession; (8) an advocacy plan in all libraries and all states; (9) ALA with a key role in formulating legislation, policies, and standards that affect libraries, recognized in the U.S. as the voice for libraries and librarianship; (10) ALA working with a wide range of partners and stakeholders on library advocacy goals; (11) resources and training from ALA for the library community, in a wide variety of formats and venues.",
    programSlugs: [STRATEGIC],
  },
  // Using Stacks and the bot
  {
    id: 'how-to-earn-badge',
    question: 'How do I earn a badge or complete a series?',
    keywords: 'earn badge complete series finish unlock reward how completion counts attend live watch recording',
    answer:
      'Complete every session a series requires: attending live or watching the recording both count. When the series is complete its unlock (and any badge) is granted; the large and urban public libraries series of LTC: Models for Change unlocks an invitation to the free pre-conference workshop at the 2017 ALA Annual Conference.',
    aspect: 'unlock',
    programSlugs: [MFC],
  },
  {
    id: 'bot-link-account',
    question: 'How do I link my Discord account to Stacks?',
    keywords: 'link Discord account connect one-time code /link personal answers reminders DM progress',
    answer: 'Use /link in Discord with the one-time code from your Stacks account; once linked, /progress, /badges and reminders by DM work for you.',
    aspect: 'general',
  },
];
