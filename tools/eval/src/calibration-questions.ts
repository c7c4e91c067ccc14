import type { EvalQuestion } from './questions.js';

/**
 * The calibration split of the development set: questions written from the source documents
 * (../shared/seeds) as members would ask them, kept apart from the tuning questions in questions.ts.
 * They are used only to fit the confidence formula and its threshold (`confidenceOf` in
 * libs/answering), never to tune retrieval or wording, so the threshold is checked on questions the
 * ranking was not shaped by. About half are out of scope while naming things the catalogue knows
 * (an organisation, a program, a person): those are where a confident wrong answer comes from.
 */
export const CALIBRATION_NOW = '2026-11-30T12:00:00Z';

export const CALIBRATION_QUESTIONS: EvalQuestion[] = [
  // In scope, paraphrased
  { question: 'how many in-person workshops does models for change have', facts: ['three in-person workshops'] },
  { question: 'who offered the original LTC with ALA', facts: ['Harwood'] },
  { question: 'what grant pays for LTC', facts: ['Gates'] },
  { question: 'how long is the innovators cohort program', facts: ['18-month'] },
  { question: 'when do the rural library sessions happen', facts: ['spring 2018'] },
  { question: 'what is the ALSC membership mixer', facts: ['27 January 2022'] },
  { question: 'is the models for change training free of charge', facts: ['free'] },
  { question: 'what did the ALA president say about reconciliation', facts: ['Julie Todaro'] },
  { question: 'how many organisations joined the day of healing in 2017', facts: ['130'] },
  { question: 'who organises the chat on february 22', facts: ['Underserved Children'] },
  { question: 'is intellectual freedom a key action area of ALA', facts: ['intellectual freedom'] },
  { question: 'where are the webinar recordings archived', facts: ['Programming Librarian'] },
  // In scope, in members' own words (words the catalogue never uses)
  { question: 'any money needed to join the models for change webinars?', facts: ['free'] },
  { question: 'which charity bankrolled the original LTC', facts: ['Gates'] },
  { question: 'whats the kickoff date of the national day of healing', facts: ['17 January 2017'] },
  { question: 'which big city hosts the pre-conference workshop', facts: ['Chicago'] },
  { question: 'who are the folks behind the day of healing', facts: ['Kellogg'] },
  { question: 'what happens if i skip a live webinar', facts: ['recorded'] },
  { question: 'how many towns got picked for the innovators cohort', facts: ['ten'] },
  { question: 'what is the timeline for the academic library sessions', facts: ['fall 2017'] },
  { question: 'who is the go-to person for alsc membership stuff', facts: ['Serrano'] },
  { question: 'what tag do people tweet for the youth media awards', facts: ['#alayma'] },
  { question: 'what is the harwood approach called', facts: ['Turning Outward'] },
  { question: 'whats the twitter hashtag for the day to heal', facts: ['#THEDAYTOHEAL'] },
  { question: 'which federal agency money supports models for change', facts: ['Institute of Museum and Library Services'] },
  { question: 'when is the cutoff for alsc membership to vote in the elections', facts: ['31 January 2022'] },
  // In scope, with typos, acronyms and time words
  { question: 'wen was the natl day of healing', facts: ['17 January 2017'] },
  { question: 'is the alsc ballot deadline passed', facts: ['closed'] },
  { question: 'did the february 22 chat already happen', facts: ['22 February 2022'] },
  { question: 'which libraries were the first four sessions for', facts: ['large or urban'] },
  { question: 'wat does NCDD do with ALA', facts: ['Models for Change'] },
  { question: 'how many ndorh had there been by 2022', facts: ['sixth'] },
  { question: 'who puts out the dia book lists', facts: ['Quicklists'] },
  { question: 'do I get a badge for the rural webinars', facts: ['rural'] },
  { question: 'is LLX registration open', facts: ['Library Learning Experience'] },
  { question: 'what are alas core values', facts: ['intellectual freedom'] },
  { question: 'whats the WKKF enterprise called', facts: ['Truth, Racial Healing and Transformation'] },
  { question: 'where can i submit my dia program', facts: ['registry'] },
  { question: 'phone number for odlos', facts: ['800-545-2433'] },
  // Out of scope, naming things the catalogue knows
  { question: 'What is the annual salary of the ALSC membership specialist?', unknown: true },
  { question: 'How do I get a refund for the pre-conference workshop?', unknown: true },
  { question: 'Where do I park for the ALA Annual Conference in Chicago?', unknown: true },
  { question: 'Who is the CEO of the Kellogg Foundation?', unknown: true },
  { question: 'What is the endowment of the Gates Foundation?', unknown: true },
  { question: 'How do I unsubscribe from the Programming Librarian newsletter?', unknown: true },
  { question: 'Who is the chair of the ALSC board?', unknown: true },
  { question: 'What hotel should I book for the pre-conference workshop?', unknown: true },
  { question: 'How many employees does the Harwood Institute have?', unknown: true },
  { question: 'What is the address of the ALA office in Chicago?', unknown: true },
  { question: 'Who was ALA president before Julie Todaro?', unknown: true },
  { question: 'How do I transfer my ALSC membership to someone else?', unknown: true },
  { question: 'Which IMLS grant did the Bronx library receive?', unknown: true },
  { question: 'What is the membership fee for NCDD?', unknown: true },
  { question: 'How do I become a World Café facilitator?', unknown: true },
  { question: 'Can I get continuing education credits for the LTC webinars?', unknown: true },
  { question: 'What is the dress code for the ALSC membership mixer?', unknown: true },
  { question: 'Who designed the Libraries Respond logo?', unknown: true },
  { question: 'how old is julie todaro', unknown: true },
  { question: 'When is the next ALSC election result announced?', unknown: true },
  { question: 'What does World Café charge for a workshop?', unknown: true },
  { question: 'Is the Programming Librarian website down?', unknown: true },
  { question: 'What language is the Dia booklist printed in?', unknown: true },
  { question: 'who founded the harwood institute', unknown: true },
];
