import type { EvalQuestion } from './questions.js';

/**
 * The member-phrasing split of the development set (tune on it): questions written only from the five
 * source documents (../shared/seeds), never from the engine's answers, in the words library workers
 * type into Discord — casual, misspelt, texting shortcuts, acronyms, paraphrases that avoid the
 * documents' own words, one-word and rambling questions. The development questions in questions.ts
 * read too much like the catalogue; these are meant to be phrased the way the held-out set is, without
 * copying it. About a quarter are out of scope while naming things the catalogue knows: those are where
 * a confident wrong answer comes from.
 */
export const MEMBER_PHRASING_NOW = '2026-12-01T12:00:00Z';

/**
 * Every event in the documents is past at MEMBER_PHRASING_NOW; a "can I still sign up" answer must tell
 * it as past. Not a document fact: the spec skips it when checking facts against the documents' text.
 */
export const PAST_TENSE_MARKERS: string[] = ['took place', 'was held', 'was on', 'happened', 'already', 'ended', 'closed', 'past', 'over'];

// Spellings of the dates the documents give (the engine writes "17 January 2017"; the documents "January 17, 2017").
const DAY_OF_HEALING_DATE = ['17 January 2017', 'January 17, 2017', 'Jan 17, 2017', 'Jan. 17, 2017', '01.17.17'];
const MODELS_FOR_CHANGE_ANNOUNCED = ['15 December 2016', 'December 15, 2016', 'Dec 15, 2016', 'Dec. 15, 2016'];
const MEMBERSHIP_DEADLINE = ['31 January 2022', 'January 31', 'Jan 31', 'Jan. 31'];
const MEMBERSHIP_MIXER = ['27 January 2022', 'January 27', 'Jan 27', 'Jan. 27'];
const UNDERSERVED_CHAT = ['22 February 2022', 'February 22', 'Feb 22', 'Feb. 22'];
const STRATEGIC_DIRECTIONS_ADOPTED = ['28 June 2015', 'June 28, 2015', 'Jun 28, 2015', 'June 2015'];
const MODELS_FOR_CHANGE_FUNDER = ['Institute of Museum and Library Services', 'Institute for Museum and Library Services', 'IMLS'];

export const MEMBER_PHRASING_QUESTIONS: EvalQuestion[] = [
  // Libraries Respond: National Day of Healing (000)
  { question: 'hey who did ala pair up w for the healing day thing', facts: [['Kellogg', 'W.K. Kellogg Foundation', 'WKKF']] },
  { question: 'natioanl day of healing, remind me of the exact date?', facts: [DAY_OF_HEALING_DATE] },
  { question: 'how many orgs signed on to the day of healing besides wkkf and ala', facts: ['130'] },
  { question: 'whats the reasoning behind the jan 17th date, was it an MLK thing?', facts: ['Martin Luther King'] },
  { question: 'trht?', facts: ['Truth, Racial Healing and Transformation'] },
  { question: 'was the healing day a one off or the start of something longer', facts: ['year-long'] },
  { question: 'which groups does the libraries respond page say had a rough year', facts: [['communities of color', 'American Indians', 'immigrants']] },
  { question: 'what does ala want us to keep in mind about ourselves during the edi conversations', facts: ['whole selves'] },
  { question: 'need the extension for the ala diversity office, who do i call', facts: ['4294'] },
  { question: 'which ala office is behind libraries respond', facts: ['Office for Diversity, Literacy, and Outreach Services'] },
  { question: 'is the national day of healing still happening, can my libary still join in?', facts: [DAY_OF_HEALING_DATE, PAST_TENSE_MARKERS] },
  { question: "what's the 2nd commitment on the day of healing list", facts: ['deep divisions'] },
  { question: "whose inauguration came right after the jan 17 date", facts: ['45th President'] },
  { question: 'hashtags for the 2017 healing day?', facts: [['#TRHT', '#THEDAYTOHEAL']] },
  { question: 'the day of healing wants us to refute which ideology', facts: ['hierarchy of human value'] },
  { question: 'what slogan is on the libraries transform image', facts: ['Inspire Understanding and Community Healing'] },
  { question: 'is ala a partner of the kellogg foundation through some enterprise? which one', facts: ['Truth, Racial Healing'] },

  // National Day of Racial Healing and ALSC (001)
  { question: 'which ndorh was the alsc blog post written after', facts: ['sixth'] },
  { question: 'who wrote the alsc post about racial healing', facts: [['Elizabeth Serrano', 'Serrano']] },
  { question: 'elly from alsc, whats her role there', facts: ['Membership and Marketing Specialist'] },
  { question: 'where did the alsc membership specialist grow up', facts: ['Bronx'] },
  { question: 'dia?', facts: ['children'] },
  { question: 'are there dia book recommendations somewhere, who curates them', facts: ['Quicklists'] },
  { question: "when's the chat with the underserved kids committee and do i need to bring anything", facts: [UNDERSERVED_CHAT, 'snack'] },
  { question: 'can i still hop on the feb 22 committee chat', facts: [UNDERSERVED_CHAT, PAST_TENSE_MARKERS] },
  { question: 'last day to renew my alsc membership so i can vote in the ala elections', facts: [MEMBERSHIP_DEADLINE] },
  { question: 'are alsc board meetings open to the public', facts: [['audience member', 'open meetings']] },
  { question: 'mixer start time? is it CST', facts: ['5'] },
  { question: 'is the alsc membership mixer still on? id like to go', facts: [MEMBERSHIP_MIXER, PAST_TENSE_MARKERS] },
  { question: "what's the hashtag for yma", facts: ['#alayma'] },
  { question: 'what was the new ala learning event that was a few days away in the alsc post', facts: ['Library Learning Experience'] },
  { question: "where do i find alsc's strategic plan implementation reports", facts: ['ALSC website'] },
  { question: 'edisj??', facts: ['social justice'] },
  { question: 'which nyc library did the alsc blogger use growing up', facts: ['NYPL'] },
  { question: 'how does the libraries respond page describe ndorh, in its words', facts: [['common humanity', 'just and equitable world']] },
  { question: 'is the alsc ballot cutoff still open, i havent renewed yet', facts: [MEMBERSHIP_DEADLINE, PAST_TENSE_MARKERS] },

  // LTC: Models for Change announcement (002)
  { question: 'ppo is doing models for change with which group?', facts: [['National Coalition for Dialogue', 'NCDD']] },
  { question: 'what did todaro say about the divided nation', facts: [['reconciliation', 'common ground']] },
  { question: "who said ala sees tremendous opportunity for libraries, what's her role", facts: ['Julie Todaro', 'President'] },
  { question: 'how many webinars n workshops r they making', facts: [['ten webinars', '10 webinars'], ['three in-person workshops', '3 in-person workshops']] },
  { question: 'mfc is a how-many-year project?', facts: [['two-year', '2-year', 'two years']] },
  { question: 'who is putting up the money for the 2nd phase of ltc', facts: [MODELS_FOR_CHANGE_FUNDER] },
  { question: 'the first ltc back in 2014, which foundation put up the money for that one', facts: ['Gates'] },
  { question: "which change-making orgs r developing the sessions", facts: [['Everyday Democracy', 'National Issues Forum', 'World Café']] },
  { question: 'when will sessions for other library types come', facts: ['fall 2017', 'spring 2018'] },
  { question: 'when do the academic library webinars kick off', facts: ['fall 2017'] },
  { question: 'is models for change registration still open', facts: [MODELS_FOR_CHANGE_ANNOUNCED, PAST_TENSE_MARKERS] },
  { question: 'missed the live one, is there a replay somewhere', facts: ['Programming Librarian'] },
  { question: 'which city is the workshop for people who finished all 3 webinars in', facts: ['Chicago'] },
  { question: 'which conference is the bonus workshop attached to', facts: ['ALA Annual Conference'] },
  { question: 'when was the mfc announcement posted', facts: [MODELS_FOR_CHANGE_ANNOUNCED] },
  { question: "who's the first webinar series meant for, im at a big city library", facts: ['large or urban'] },
  { question: 'how do i get notified about new ltc trainings', facts: ['e-newsletter'] },
  { question: 'wat grant program at imls pays for mfc', facts: ['Laura Bush'] },
  { question: 'is mfc free or do we have to pay', facts: ['free'] },
  { question: 'what approach did the harwood ppl explore in public libraries', facts: ['Turning Outward'] },
  { question: 'wen do we find out more about the future sessions', facts: ['2017'] },
  { question: 'mfc funder', facts: [MODELS_FOR_CHANGE_FUNDER] },
  { question: 'ltc dates', facts: [['2014-15', '2014']] },
  { question: 'what kind of training does models for change give library staff', facts: [['dialogue facilitation', 'community engagement']] },

  // Libraries Transforming Communities (003)
  { question: "hey who's running the ltc thing", facts: ['ALA'] },
  { question: 'how many libs in the innovator cohort', facts: [['ten', '10']] },
  { question: 'is the cohort program like a year?', facts: ['18-month'] },
  { question: 'who are the cohort libraries trained by', facts: [['community-engagement experts', 'Harwood']] },
  { question: 'what free stuff does ltc share with library folks', facts: [['worksheets', 'conversation guides']] },
  { question: 'gates or kellogg, which one funds ltc', facts: ['Gates'] },
  { question: 'ltc long term aim?', facts: [['positive community change', 'libraries in crisis']] },
  { question: "what does harwood's approach actually boil down to", facts: [['community-facing', 'external']] },
  { question: 'list the ltc focus areas', facts: ['Public Innovators Cohort', 'knowledge-sharing'] },
  { question: 'what kind of partners might libraries get closer to through ltc', facts: [['civic agencies', 'non-profits', 'funders']] },
  { question: 'is harwood a nonprofit or a company', facts: ['nonprofit'] },
  { question: 'does ala train its own staff too under ltc', facts: ['staff training'] },
  { question: 'what role does ltc want librarians to play in their towns', facts: [['change-agents', 'community leaders']] },
  { question: 'which type of libraries is the original ltc cohort made of', facts: ['public'] },
  { question: 'how many months is the intensive team training', facts: ['18-month'] },

  // ALA Strategic Directions (004)
  { question: 'whats alas mission', facts: ['access to information for all'] },
  { question: 'what r the key action areas pls', facts: ['Advocacy', 'Intellectual Freedom'] },
  { question: 'how many strategic directions r there and what are they', facts: ['Information Policy', 'Equity, Diversity, and Inclusion'] },
  { question: 'what year did ala council sign off on the strategic plan', facts: [STRATEGIC_DIRECTIONS_ADOPTED] },
  { question: 'which city was the edi direction voted in', facts: ['Atlanta'] },
  { question: 'when did equity diversity and inclusion get added as a direction', facts: [['Midwinter', 'Atlanta']] },
  { question: 'who signs off on the action areas, and is it every year?', facts: ['Council', 'annual'] },
  { question: 'which amendment does ala point to for the right to read', facts: ['First Amendment'] },
  { question: 'what does ala want every state and library to have', facts: ['advocacy plan'] },
  { question: 'wat r the info policy areas ala advocates in', facts: [['privacy', 'copyright', 'open access', 'telecommunications']] },
  { question: 'what even is info policy', facts: [['regulations', 'court decisions']] },
  { question: 'how does ala want governments to see it on information policy', facts: ['first tier'] },
  { question: 'any plans for helping emerging leaders find their way in ala?', facts: ['mentoring'] },
  { question: 'what kind of recognition for learning does ala want, like badges or certs?', facts: [['digital badging', 'micro-credentialing', 'certification']] },
  { question: "what's ala's plan for a single online place to find all its learning", facts: [['centralized online space', 'central online space']] },
  { question: 'what does ala say about the MLIS curriculum', facts: ['21st-century'] },
  { question: 'does ala want to work w lis grad programs on edi', facts: [['curricula', 'LIS programs']] },
  { question: 'which ala program gets named in the edi recruitment strategy', facts: ['Spectrum'] },
  { question: 'what continuing ed topics does the edi direction want, like white privilege?', facts: [['unconscious bias', 'power dynamics', 'microaggressions']] },
  { question: "what's the diversity action area about", facts: [['recruitment', 'recruit', 'diverse populations']] },
  { question: 'ala on the digital transformation of libraries?', facts: ['hub of community engagement'] },
  { question: 'whats the literacy action area mean', facts: [['read and use technology', 'use technology', 'global information society']] },
  { question: 'does ala think libraries shud be funded with enough people', facts: ['staff and resources'] },
  { question: 'what is strategy #1 under advocacy', facts: ['national advocacy campaign'] },
  { question: 'what timeframe do the goals n strategies cover', facts: [['3- 5 years', 'three to five years', '3-5 years']] },
  { question: 'the goals in the strategic directions answer what question', facts: ['what would success look like'] },
  { question: 'where do the implementation plans end up being reflected', facts: ['annual action plan and budget'] },
  { question: 'name a few of alas core organizational values', facts: [['member service', 'intellectual freedom', 'excellence and innovation']] },
  { question: 'equitable access, who is ala especially thinking of', facts: [['language or literacy-related barriers', 'economic distress', 'cultural or social isolation']] },
  { question: 'how does ala want accreditation to work', facts: ['strong but flexible'] },
  { question: 'which ala center should leadership development line up with', facts: ['Center for the Future of Libraries'] },
  { question: 'how does ala want ppl to see library jobs', facts: [['exciting places', 'career paths']] },
  { question: 'the edi direction wants to dismantle what exactly', facts: [['biases', 'policies, structures']] },
  { question: 'does ala lead coalitions on information policy', facts: ['effective coalitions'] },
  { question: 'is lifelong learning one of the action areas', facts: ['Education and Lifelong Learning'] },

  // Across documents, long and rambling
  { question: 'which foundation funded the original ltc and which federal agency funds the later models for change phase', facts: ['Gates', MODELS_FOR_CHANGE_FUNDER] },
  {
    question: 'ok so my director asked me to figure out this whole LTC thing, apparently there was an older version and now a newer one with webinars, and I need to know who actually put up the money for the newer webinar one because she wants to cite it in a grant report',
    facts: [MODELS_FOR_CHANGE_FUNDER],
  },
  {
    question: 'sorry if this is a dumb q but i work at a tiny rural branch and i keep seeing the big city webinar series, is there ever going to be something for us small folks or is it just the large systems',
    facts: ['spring 2018'],
  },
  {
    question: 'our branch wants to do something for racial healing and my manager remembered ala and some foundation did a big national day years ago, do you know what day that was and how many groups were involved',
    facts: [DAY_OF_HEALING_DATE, '130'],
  },
  {
    question: 'im new to alsc and trying to figure out who the membership person is, i think her name is elly or elizabeth something?',
    facts: ['Serrano'],
  },

  // Out of scope, naming things the catalogue knows (the documents do not say)
  { question: 'alsc dues? ballpark $ for a yearly membership', unknown: true },
  { question: 'whats the registration fee for the library learning experience', unknown: true },
  { question: "who took over from julie todaro as ala president", unknown: true },
  { question: 'how do i cancel my spot in the models for change webinars', unknown: true },
  { question: "what's the zoom link for the alsc membership mixer", unknown: true },
  { question: 'how much money did imls give for models for change', unknown: true },
  { question: 'how big was the gates grant for ltc, like dollar amount', unknown: true },
  { question: 'which 10 libraries got picked for the innovators cohort, names pls', unknown: true },
  { question: 'whos in charge of the ppo, like the director name', unknown: true },
  { question: "what's elly serrano's email address", unknown: true },
  { question: 'which book took the newbery at yma this year', unknown: true },
  { question: 'what is the ala refund policy for annual conference registration', unknown: true },
  { question: 'who chairs the quicklists consulting committee', unknown: true },
  { question: 'which floor of ala hq is odlos on', unknown: true },
  { question: 'how many members does ala have right now', unknown: true },
  { question: 'how do we apply to be in the next ltc innovators cohort', unknown: true },
  { question: "what's the street address of the harwood institute", unknown: true },
  { question: 'is the kellogg foundation hiring librarians', unknown: true },
  { question: 'how many people showed up to the chicago pre-conference workshop', unknown: true },
  { question: 'what does the ala president get paid', unknown: true },
  { question: 'can i get ce credits for sitting in on an alsc board meeting', unknown: true },
  { question: 'which hotel was the 2017 midwinter meeting in atlanta held at', unknown: true },
  { question: 'what were the results of the 2022 ala elections', unknown: true },
  { question: 'who founded everyday democracy', unknown: true },
  { question: 'does national issues forums have a discord server', unknown: true },
  { question: "forgot my programming librarian password, how do i reset it", unknown: true },
  { question: 'where can i order a libraries transform poster', unknown: true },
  { question: 'when and where is the next ala annual conference', unknown: true },
  { question: 'what badge do i get for taking part in the day of healing', unknown: true },
  { question: 'how many views have the archived ltc webinars gotten', unknown: true },
  { question: 'who is the alsc treasurer', unknown: true },
  { question: 'when is the next imls grant deadline', unknown: true },
  { question: 'what platform are the webinars on, zoom or teams?', unknown: true },
  { question: 'which library does julie todaro work at now', unknown: true },
  { question: 'how much does harwood charge to train a library', unknown: true },
  { question: 'will there be a third phase of models for change', unknown: true },
  { question: 'is there a ncdd chapter in my state', unknown: true },
  // Out of scope and unrelated
  { question: "whats the weather gonna be like in denver this weekend", unknown: true },
  { question: 'best taco place near the library?', unknown: true },
  { question: 'how do i fix a paper jam in the staff printer', unknown: true },
  { question: 'who won the super bowl last year', unknown: true },
];
