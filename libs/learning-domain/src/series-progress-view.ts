import { isRecordingAvailable } from './recording-availability.js';
import { type CompletedSession, type CompletionRuleKind, evaluateSeries, toSeriesDefinition } from './series-progress.js';

/** A scheduled session of a series, as a learner's progress shows it. */
export interface ProgressSession {
  id: string;
  slug: string;
  title: string;
  position: number | null;
  startsAt: Date | null;
  recordingUrl: string | null;
  recordingAvailableFrom: Date | null;
  recordingAvailableUntil: Date | null;
}

export interface ProgressSessionView {
  slug: string;
  title: string;
  position: number | null;
  completedAt: Date | null;
  /** Can be done now: the recording is available or the live session is still ahead. */
  availableNow: boolean;
}

export interface SeriesProgressView<Rule extends CompletionRuleKind = CompletionRuleKind> {
  series: string;
  title: string;
  rule: Rule;
  totalSessions: number;
  requiredSessions: number;
  percentage: number;
  satisfied: boolean;
  done: ProgressSessionView[];
  remaining: ProgressSessionView[];
  neededCount: number;
  next: ProgressSessionView | null;
  requirement: string;
  unlock: { title: string | null; description: string | null; unlockedAt: Date | null };
}

/** One series' progress as a learner reads it: the rule applied, each session's state, what is still needed. */
export function describeSeriesProgress<Rule extends CompletionRuleKind>(
  series: {
    id: string;
    slug: string;
    title: string;
    rule: Rule;
    requiredCount: number | null;
    unlockTitle: string | null;
    unlockDescription: string | null;
    sessions: ProgressSession[];
  },
  completions: CompletedSession[],
  unlockedAt: Date | null,
  now: Date,
): SeriesProgressView<Rule> {
  const progress = evaluateSeries(toSeriesDefinition(series), completions);
  const completedAt = new Map(completions.map((completion) => [completion.sessionId, completion.completedAt]));
  const byId = new Map(series.sessions.map((session) => [session.id, session]));
  const view = (id: string): ProgressSessionView => {
    const session = byId.get(id) as ProgressSession;
    const liveAhead = session.startsAt !== null && session.startsAt > now;
    return {
      slug: session.slug,
      title: session.title,
      position: session.position,
      completedAt: completedAt.get(id) ?? null,
      availableNow: isRecordingAvailable(session, now) || liveAhead,
    };
  };
  const remaining = progress.remainingSessionIds.map(view);
  return {
    series: series.slug,
    title: series.title,
    rule: series.rule,
    totalSessions: progress.totalSessions,
    requiredSessions: progress.requiredSessions,
    percentage: progress.percentage,
    satisfied: progress.satisfied,
    done: progress.completedSessionIds.map(view),
    remaining,
    neededCount: progress.neededCount,
    next: progress.nextSessionId ? view(progress.nextSessionId) : null,
    requirement: describeRequirement(progress.satisfied, progress.neededCount, series.rule, remaining, series.unlockTitle),
    unlock: { title: series.unlockTitle, description: series.unlockDescription, unlockedAt },
  };
}

function describeRequirement(satisfied: boolean, neededCount: number, rule: CompletionRuleKind, remaining: ProgressSessionView[], unlockTitle: string | null): string {
  const reward = unlockTitle ? ` to unlock: ${unlockTitle}` : '';
  if (satisfied) return unlockTitle ? `Complete. Unlocked: ${unlockTitle}.` : 'Complete.';
  const sessions = neededCount === 1 ? 'session' : 'sessions';
  if (rule === 'ANY_K') return `Complete any ${neededCount} more ${sessions}${reward}.`;
  const order = rule === 'IN_ORDER' ? ', in order' : '';
  return `Complete ${neededCount} more ${sessions}${order}${reward}: ${remaining.map((session) => session.title).join('; ')}.`;
}
