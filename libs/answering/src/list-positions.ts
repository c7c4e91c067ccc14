import { MONTH_WORDS } from './dates.js';
import { foldText } from './text.js';

/**
 * A place in a list that a question asks for: "the 7th advocacy strategy", "strategy #5", "item
 * number 3", "the last one on the core values list". `words` are the question's own tokens that
 * say the place: an answer listing that many items covers them, as a count's answer covers "three".
 */
export interface ListPosition {
  position: number | 'last';
  words: string[];
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = new RegExp(`^(${MONTH_WORDS})$`);
/** Lists are short: a larger place is a date, a year or an edition, not an item. */
const MAX_POSITION = 20;

/**
 * The list position the question asks for, or null. A numeric ordinal beside a month is a date
 * ("jan 17th"); "first" is left out, since it more often asks for an event's first edition than for
 * a list's first item, and "last" counts only as "the last one / item / on the list".
 */
export function askedListPosition(question: string): ListPosition | null {
  const tokens = foldText(question)
    .replace(/#\s+(?=\d)/g, '#')
    .split(/[^a-z0-9#]+/)
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const numeric = /^(\d{1,2})(st|nd|rd|th)$/.exec(token);
    if (numeric && !MONTHS.test(tokens[i - 1] ?? '') && !MONTHS.test(tokens[i + 1] ?? '') && tokens[i + 1] !== 'of') return place(Number(numeric[1]), [token]);
    const wordOrdinal = ORDINAL_WORDS.indexOf(token);
    if (wordOrdinal > 0) return place(wordOrdinal + 1, [token]);
    const hashed = /^#(\d{1,2})$/.exec(token);
    if (hashed) return place(Number(hashed[1]), [token]);
    if ((token === 'number' || token === 'item') && tokens[i + 1]) {
      const next = tokens[i + 1];
      const value = /^\d{1,2}$/.test(next) ? Number(next) : NUMBER_WORDS.indexOf(next) + 1;
      if (value > 0) return place(value, [token, next]);
    }
    if ((token === 'last' || token === 'final') && ['one', 'item', 'thing', 'point', 'entry', 'on'].includes(tokens[i + 1] ?? '')) {
      return { position: 'last', words: [token, tokens[i + 1]] };
    }
  }
  return null;
}

function place(position: number, words: string[]): ListPosition | null {
  return position >= 1 && position <= MAX_POSITION ? { position, words } : null;
}

/** What an answer lists: its lead-in ("Advocacy strategies") and each item, numbered "(1) …; (2) …" or between semicolons. */
export interface ListedItems {
  lead: string;
  items: string[];
}

export function listedItems(answer: string): ListedItems | null {
  const numbered = answer.split(/\(\d+\)/);
  let lead: string;
  let parts: string[];
  if (numbered.length >= 3) {
    lead = numbered[0];
    parts = numbered.slice(1);
  } else {
    const colon = answer.indexOf(':');
    const semicolonParts = answer.slice(colon + 1).split(';');
    if (colon < 0 || semicolonParts.length < 3) return null;
    lead = answer.slice(0, colon);
    parts = semicolonParts;
  }
  const items = parts.map((part, index) => {
    let item = part.trim().replace(/;$/, '');
    // The last item ends at its sentence: what follows is about the list, not in it.
    if (index === parts.length - 1) item = item.split(/(?<=[a-z0-9)])\.(?:\s|$)/)[0];
    return item
      .replace(/^(and|or)\s+/i, '')
      .replace(/[,;:.\s]+$/, '')
      .trim();
  });
  if (items.some((item) => item.length === 0)) return null;
  return { lead: lead.trim().replace(/[:\s]+$/, ''), items };
}

/**
 * The item at the position, told with its place in the list and what the list is (the entry's
 * topic): "Number 4 of 9 (What are the strategies for …?): Articulate …". Null when the answer lists fewer items.
 */
export function itemAtPosition(answer: string, position: ListPosition['position'], topic: string): string | null {
  const listed = listedItems(answer);
  if (!listed) return null;
  const index = position === 'last' ? listed.items.length - 1 : position - 1;
  const item = listed.items[index];
  if (!item) return null;
  const where = position === 'last' ? `The last of ${listed.items.length}` : `Number ${index + 1} of ${listed.items.length}`;
  return `${where} (${topic}): ${item.charAt(0).toUpperCase()}${item.slice(1)}.`;
}

