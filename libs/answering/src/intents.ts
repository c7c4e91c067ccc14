import type { EntryAspect } from './knowledge.js';
import { foldText } from './text.js';

/** Question patterns that say which kind of answer is wanted; matched on folded text. */
const INTENT_PATTERNS: [EntryAspect, RegExp][] = [
  [
    'dates',
    /\b(when|date|dates|what day|which day|what time|time|times|schedule[d]?|timeline|timelines|timeframe|next|upcoming|coming up|start|starts|begin|begins|end|ends|deadline|due|last day|still open|still on|still going on|(?:can|could) (?:i|we) still|already|over yet|open|closed|close|late|too late|register|registration|sign up|held|take place|took place|happen|happened|year)\b/,
  ],
  [
    'organisations',
    /\b(who (runs|ran|leads|led|trains|trained|teaches|taught|organi[sz]e[sd]?|hosts|hosted|offers|offered|is behind|are the partners|partners|funds|funded|paid|pays|sponsors|sponsored|supports|is running)|partner|partners|partnered|partnership|fund|funds|funded|funder|funders|funding|grant|sponsor|sponsors|sponsored|pays|paid|financed|backed|behind|(led|run|organi[sz]ed|trained|taught|funded|sponsored|hosted|offered|supported|developed|backed) by|organi[sz]ers?|organi[sz]ed by|facilitat\w*|trainers|trainings led|team(ed|s|ing)? up|together with|joined forces|work(s|ed|ing)? with|collaborat\w*|(which|what) (groups?|organi[sz]ations?|orgs?|agency|agencies|foundations?)|(lead|leads|led|run|runs|ran) (the )?(trainings?|workshops?|webinars?)|(run|runs|ran|organi[sz]e[sd]?|host|hosts|hosted) .{1,60} with|(which|what|list|name) (all )?(the )?([\w-]+ ){0,2}(groups?|organi[sz]ations?|orgs?|partners?|leaders|funders?|agenc(y|ies)|foundations?|institutions?))\b/,
  ],
  [
    'audience',
    /\b(who (is|are) (it|this|that|they) for|who (can|should|may) (attend|join|participate|take|apply|sign up)|for whom|audience|eligible|eligibility|intended for|aimed at|designed for|meant for|which libraries|what libraries|what (kinds?|types?|sorts?) of librar\w*|library types?|customi[sz]ed for|tailored for|for (academic|public|school|rural|special|small|mid-sized|medium|large|urban|childrens|youth) (librar\w*|staff))\b/,
  ],
  [
    'unlock',
    /\b(badge|badges|unlock|unlocks|unlocked|earn|earned|reward|rewards|certificate|credential|invitation|invite|invited|after (completing|finishing|watching)|if i (complete|finish|watch|view)|complete|completing|completion|finish|finishing|requirements?)\b/,
  ],
  ['contact', /\b(contact|phone|call|email|reach|get in touch|speak to|talk to|who (do|can|should) i ask|who answers|(whos|who is) the \w+( \w+)? (person|contact|specialist))\b/],
  ['overview', /\b(what is|whats|what are|what does|what do|stand for|stands for|mean|meaning|explain|tell me about|describe|purpose|goal|goals|what about)\b/],
];

/** Finer intents, matched against entries' tags. */
const TAG_PATTERNS: [string, RegExp][] = [
  ['cost', /\b(cost|costs|price|prices|fee|fees|free|charge|charged|pay for|have to pay|need to pay|how much)\b/],
  ['deadline', /\b(deadline|due|last day|still open|is it open|open|closed|close|closes|too late|late|cut-?off|by when)\b/],
];

/** A question asking for several things at once ("list the commitments", "which values…", "what are the areas…"). */
const LIST_QUESTION = /\b(list|name (all|the|every)|all (the|of the)|every|which \w+s\b|what are (the|its|their|alas?|[a-z]+s) \w+s\b|what \w+s (are|does|do|did)|how many|enumerate)/;

export function asksForList(question: string): boolean {
  return LIST_QUESTION.test(foldText(question));
}

export function detectTags(question: string): Set<string> {
  const folded = foldText(question);
  return new Set(TAG_PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([tag]) => tag));
}

export function detectIntents(question: string): Set<EntryAspect> {
  const folded = foldText(question);
  return new Set(INTENT_PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([aspect]) => aspect));
}
