export type CompletionRuleKind = 'ALL' | 'ANY_K' | 'IN_ORDER';

export interface SeriesDefinition {
  id: string;
  rule: CompletionRuleKind;
  /** k for ANY_K; ignored otherwise. */
  requiredCount: number | null;
  sessions: { id: string; position: number; title: string }[];
  unlockTitle: string | null;
}

export interface CompletedSession {
  sessionId: string;
  completedAt: Date;
}

export interface SeriesProgress {
  seriesId: string;
  totalSessions: number;
  requiredSessions: number;
  /** Sessions that count toward the rule, in series order. */
  completedSessionIds: string[];
  /** IN_ORDER only: completed, but before an earlier session, so not (yet) counted. */
  outOfOrderSessionIds: string[];
  /** Sessions not yet counted, in series order. */
  remainingSessionIds: string[];
  /** How many more sessions the rule needs. */
  neededCount: number;
  /** 0-100, rounded down. */
  percentage: number;
  satisfied: boolean;
  /** What to do next: the first remaining session in series order. */
  nextSessionId: string | null;
  unlockTitle: string | null;
}

export class InvalidSeriesRuleError extends Error {
  override readonly name = 'InvalidSeriesRuleError';
}

/** Applies a series' completion rule to a learner's completed sessions. */
export function evaluateSeries(series: SeriesDefinition, completions: CompletedSession[]): SeriesProgress {
  const sessions = [...series.sessions].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const firstCompletion = new Map<string, Date>();
  const inSeries = new Set(sessions.map((session) => session.id));
  for (const completion of completions) {
    if (!inSeries.has(completion.sessionId)) continue;
    const known = firstCompletion.get(completion.sessionId);
    if (!known || completion.completedAt < known) firstCompletion.set(completion.sessionId, completion.completedAt);
  }

  const total = sessions.length;
  const required = requiredSessions(series, total);
  let counted: string[];
  let outOfOrder: string[] = [];
  if (series.rule === 'IN_ORDER') {
    // The longest prefix done in order counts; anything completed beyond a gap waits its turn.
    counted = [];
    let previous = new Date(-8.64e15);
    for (const session of sessions) {
      const at = firstCompletion.get(session.id);
      if (!at || at < previous) break;
      counted.push(session.id);
      previous = at;
    }
    const countedSet = new Set(counted);
    outOfOrder = sessions.filter((session) => firstCompletion.has(session.id) && !countedSet.has(session.id)).map((s) => s.id);
  } else {
    counted = sessions.filter((session) => firstCompletion.has(session.id)).map((session) => session.id);
  }

  const countedSet = new Set(counted);
  const remaining = sessions.filter((session) => !countedSet.has(session.id)).map((session) => session.id);
  const creditable = Math.min(counted.length, required);
  const satisfied = total > 0 && counted.length >= required;
  return {
    seriesId: series.id,
    totalSessions: total,
    requiredSessions: required,
    completedSessionIds: counted,
    outOfOrderSessionIds: outOfOrder,
    remainingSessionIds: remaining,
    neededCount: Math.max(0, required - counted.length),
    percentage: required === 0 ? 0 : Math.min(100, Math.floor((creditable * 100) / required)),
    satisfied,
    nextSessionId: satisfied ? null : (remaining[0] ?? null),
    unlockTitle: series.unlockTitle,
  };
}

function requiredSessions(series: SeriesDefinition, total: number): number {
  if (series.rule !== 'ANY_K') return total;
  const k = series.requiredCount;
  if (k === null || !Number.isInteger(k) || k < 1 || (total > 0 && k > total)) {
    throw new InvalidSeriesRuleError(`ANY_K needs 1 <= k <= ${total} sessions, got ${k}`);
  }
  return k;
}

/** The stored shape of a series (positions may be unset) as the rule engine reads it. */
export function toSeriesDefinition(series: {
  id: string;
  rule: CompletionRuleKind;
  requiredCount: number | null;
  unlockTitle: string | null;
  sessions: { id: string; position: number | null; title: string }[];
}): SeriesDefinition {
  return {
    id: series.id,
    rule: series.rule,
    requiredCount: series.requiredCount,
    unlockTitle: series.unlockTitle,
    sessions: series.sessions.map((session) => ({ id: session.id, position: session.position ?? 0, title: session.title })),
  };
}
