import { MONTH_WORDS } from './dates.js';
import { nounCategories } from './lexicon.js';
import { foldText, tokenize } from './text.js';

/**
 * The kind of thing a question asks for, where its wording says so plainly, and whether an answer
 * holds one: a "when" question is not answered by a sentence without a date, nor "how many" by one
 * without a number, nor "which city" by one naming no place. Classic answer-type checking; it feeds
 * the confidence, not the ranking.
 */
export type AnswerType = 'date' | 'time' | 'duration' | 'number' | 'place' | 'cost' | 'amount' | 'email' | 'phone';

const ASKS_FOR: [AnswerType, RegExp][] = [
  ['cost', /\b(how much (does|do|is|will|would) (it|they|this|that|registration|the \w+) cost|(registration|entry|attendance|workshop|webinar|session) (fee|fees|price|cost)|what (does|do|will) (it|they|\w+) cost|what (is|are) the (fee|fees|price|prices|cost))\b/],
  ['amount', /\bhow (much|big|large) (money|funding|was the grant|is the grant|a grant|did \w+ (give|grant|pay|provide))\b|\bhow much (did|does|will) \w+ (give|grant|pay|fund|provide|donate)\b|\b(dollar|grant|funding) (amount|size|total)\b|\bhow big was\b/],
  ['email', /\b(e-?mail|email) (address|addy)\b|\bwhat(s| is) (her|his|their|the) e-?mail\b/],
  ['phone', /\b(phone|telephone) (number|no)\b|\bwhat number (do|can|should) i call\b/],
  // A clock time ("what time does it start") and a length of time ("how long is it") are finer than a date or a number.
  ['time', /\bwhat time\b(?! of (the )?year)|\b(start|starting|end|ending|finish) time\b|\b(at )?what hour\b|\bhow late\b/],
  ['duration', /\bhow long\b(?! (ago|until|till|before|since|has it been|have))|\b(what|which) (timeframe|time frame|duration|length)\b/],
  ['number', /\bhow (many|long)\b|\bwhat (number|percentage|share)\b/],
  ['date', /^(\w+ )?when\b|\b(what|which) (date|day|year|month|season|time of year)\b|\bwhat time\b|\bby when\b/],
  ['place', /\b(which|what|in what) (city|town|state|country|venue|location|place)\b|^where (is|was|will|are|were|do|does|did)\b.*\b(held|take place|took place|happen|happening|be)\b/],
];

const DATE_WORDS = new RegExp(
  `\\b(${MONTH_WORDS})\\b|\\b(1[89]|20)\\d\\d\\b|\\b(spring|summer|fall|autumn|winter)\\b|\\b(today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
);
const HOLDS: Record<AnswerType, (folded: string, tokens: string[]) => boolean> = {
  date: (folded) => DATE_WORDS.test(folded),
  time: (folded) => /\b\d{1,2}(:\d\d)? ?(a\.?m|p\.?m)\b|\b\d{1,2}:\d\d\b|\b(noon|midnight)\b|\b(et|ct|pt|est|cst|pst|edt|cdt|pdt|eastern|central|pacific|mountain)\b/.test(folded),
  duration: (folded) =>
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|few|several)[- ](minute|hour|day|week|month|year|semester)s?\b|\b(an|a) (hour|minute|week|month|year)\b|\b(minute|hour|day|week|month|year)s?-long\b|\ball day\b/.test(folded),
  number: (folded) => /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen|first|second|third|fourth|fifth|sixth)\b/.test(folded),
  cost: (folded) => /\b(free|no charge|no cost|fees?|costs?|price|prices|dollars?)\b|\$ ?\d/.test(folded),
  amount: (folded) => /\$ ?\d|\b\d+(,\d{3})+\b|\b(dollars?|million|thousand)\b/.test(folded),
  email: (folded) => /[a-z0-9._-]+@[a-z0-9-]+\.[a-z]/.test(folded),
  phone: (folded) => /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\bext(ension)?\.? ?\d+/.test(folded),
  place: (folded, tokens) => /\b(online|virtual|virtually|in person|webinar|website|https?)\b/.test(folded) || tokens.some(namesPlace),
};

const PLACE_KINDS = new Set(['city', 'american state', 'state', 'country', 'town', 'port', 'borough', 'national capital', 'state capital']);

function namesPlace(token: string): boolean {
  return token.length >= 4 && nounCategories(token).some((kind) => PLACE_KINDS.has(kind));
}

/** The kind of thing the question asks for, or null when its wording does not say. */
export function askedAnswerType(question: string): AnswerType | null {
  const folded = foldText(question).trim();
  return ASKS_FOR.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** The answer types an answer's text holds. */
export function answerTypesOf(text: string): Set<AnswerType> {
  const folded = foldText(text);
  const tokens = [...new Set(tokenize(folded))];
  return new Set((Object.keys(HOLDS) as AnswerType[]).filter((type) => HOLDS[type](folded, tokens)));
}
