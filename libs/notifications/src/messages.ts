export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
  /** Short form for chat (Discord), under Discord's 2000-character limit. */
  chat: string;
}

export interface MessageLinks {
  /** Where the learner changes what they receive. */
  preferencesUrl: string;
  /** One-click unsubscribe (signed, no sign-in). */
  unsubscribeUrl: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const formats = new Map<string, Intl.DateTimeFormat>();
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

function localFormat(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const cacheKey = `${withTime ? 'time' : 'date'}|${timeZone}`;
  let format = formats.get(cacheKey);
  if (!format) {
    const options = withTime ? TIME_OPTIONS : DATE_OPTIONS;
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formats.set(cacheKey, format); // building a formatter costs far more than using one
  }
  return format;
}

/** "Tuesday, December 1, 2026, 1:00 PM CST" in the learner's zone; falls back to UTC for an unknown zone. */
export function formatLocalTime(instant: Date, timeZone: string): string {
  return localFormat(timeZone, true).format(instant).replace(' at ', ', ');
}

/** "Tuesday, December 1, 2026" in the learner's zone; falls back to UTC for an unknown zone. */
export function formatLocalDate(instant: Date, timeZone: string): string {
  return localFormat(timeZone, false).format(instant);
}

function describeLead(offsetMinutes: number): string {
  if (offsetMinutes % (24 * 60) === 0) {
    const days = offsetMinutes / (24 * 60);
    return days === 1 ? 'tomorrow' : `in ${days} days`;
  }
  if (offsetMinutes % 60 === 0) {
    const hours = offsetMinutes / 60;
    return hours === 1 ? 'in an hour' : `in ${hours} hours`;
  }
  return offsetMinutes === 1 ? 'in a minute' : `in ${offsetMinutes} minutes`;
}

/** Without `links` (account mails, which are not optional) the message has no preferences footer. */
export function render(input: { subject: string; greeting: string; lines: string[]; action?: { label: string; url: string }; links?: MessageLinks }): ComposedMessage {
  const { links } = input;
  const text = [
    input.greeting,
    '',
    ...input.lines,
    ...(input.action ? ['', `${input.action.label}: ${input.action.url}`] : []),
    ...(links ? ['', '--', `Change what you receive: ${links.preferencesUrl}\nStop all messages: ${links.unsubscribeUrl}`] : []),
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<p>${escapeHtml(input.greeting)}</p>`,
    ...input.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    input.action ? `<p><a href="${escapeHtml(input.action.url)}">${escapeHtml(input.action.label)}</a></p>` : '',
    links
      ? '<hr><p style="font-size:12px;color:#555">' +
        `<a href="${escapeHtml(links.preferencesUrl)}">Notification settings</a> · ` +
        `<a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe from all messages</a></p>`
      : '',
    '</body></html>',
  ].join('');
  const chat = [`**${input.subject}**`, ...input.lines, ...(input.action ? [`${input.action.label}: ${input.action.url}`] : [])]
    .join('\n')
    .slice(0, 1900);
  return { subject: input.subject, text, html, chat };
}

export function composeSessionReminder(input: {
  learnerName: string;
  sessionTitle: string;
  startsAt: Date;
  timeZone: string;
  offsetMinutes: number;
  joinUrl: string | null;
  location: string | null;
  links: MessageLinks;
}): ComposedMessage {
  const when = formatLocalTime(input.startsAt, input.timeZone);
  const where = input.joinUrl ? null : input.location ? `Location: ${input.location}.` : null;
  return render({
    subject: `Reminder: "${input.sessionTitle}" starts ${describeLead(input.offsetMinutes)}`,
    greeting: `Hello ${input.learnerName},`,
    lines: [`You are enrolled in "${input.sessionTitle}", which begins ${when}.`, ...(where ? [where] : [])],
    action: input.joinUrl ? { label: 'Join the session', url: input.joinUrl } : undefined,
    links: input.links,
  });
}

export function composeSeriesNudge(input: {
  learnerName: string;
  seriesTitle: string;
  completedCount: number;
  totalCount: number;
  nextSessionTitle: string;
  recordingUrl: string;
  links: MessageLinks;
}): ComposedMessage {
  return render({
    subject: `Keep going with "${input.seriesTitle}"`,
    greeting: `Hello ${input.learnerName},`,
    lines: [
      `You have finished ${input.completedCount} of ${input.totalCount} sessions in "${input.seriesTitle}".`,
      `The recording of "${input.nextSessionTitle}" is ready whenever you are.`,
    ],
    action: { label: 'Watch the recording', url: input.recordingUrl },
    links: input.links,
  });
}

export interface DigestSession {
  title: string;
  startsAt: Date;
  url: string;
}

/** The week ahead: sessions the learner is enrolled in, then a few open ones they might join. */
export function composeWeeklyDigest(input: {
  learnerName: string;
  timeZone: string;
  enrolled: DigestSession[];
  suggested: DigestSession[];
  links: MessageLinks;
}): ComposedMessage {
  const line = (session: DigestSession) => `${session.title}: ${formatLocalTime(session.startsAt, input.timeZone)} (${session.url})`;
  const lines = [
    ...(input.enrolled.length > 0 ? ['Your sessions this week:', ...input.enrolled.map((session) => `- ${line(session)}`)] : ['You have no sessions booked this week.']),
    ...(input.suggested.length > 0 ? ['Open for enrolment:', ...input.suggested.map((session) => `- ${line(session)}`)] : []),
  ];
  const count = input.enrolled.length;
  return render({
    subject: count > 0 ? `Your week on Stacks: ${count} session${count === 1 ? '' : 's'} coming up` : 'Your week on Stacks: sessions open for enrolment',
    greeting: `Hello ${input.learnerName},`,
    lines,
    links: input.links,
  });
}

export function composeBadgeNotice(input: { learnerName: string; achievementName: string; credentialUrl: string; links: MessageLinks }): ComposedMessage {
  return render({
    subject: `You earned a badge: ${input.achievementName}`,
    greeting: `Congratulations, ${input.learnerName}!`,
    lines: [
      `Your Open Badge "${input.achievementName}" has been issued.`,
      'Open the link below to see it. The same address is the one to share: paste it into a profile, an e-mail signature or a post, and anyone who follows it can check that the badge is genuine.',
    ],
    action: { label: 'View and share your badge', url: input.credentialUrl },
    links: input.links,
  });
}

/** A badge expires soon: which one, when, and what the holder does to renew it. */
export function composeBadgeExpiryNotice(input: {
  learnerName: string;
  achievementName: string;
  validUntil: Date;
  timeZone: string;
  renewal: string;
  credentialUrl: string;
  now: Date;
  links: MessageLinks;
}): ComposedMessage {
  const date = formatLocalDate(input.validUntil, input.timeZone);
  const days = Math.max(1, Math.ceil((input.validUntil.getTime() - input.now.getTime()) / 86_400_000));
  return render({
    subject: `Your badge "${input.achievementName}" expires on ${date}`,
    greeting: `Hello ${input.learnerName},`,
    lines: [
      `Your Open Badge "${input.achievementName}" is valid until ${date} (in ${days} day${days === 1 ? '' : 's'}). After that, anyone who checks it will see that it has expired.`,
      `How to renew: ${input.renewal}`,
    ],
    action: { label: 'View your badge', url: input.credentialUrl },
    links: input.links,
  });
}

const DECISION_WORDS: Record<string, string> = {
  published: 'has been published in the program registry',
  'changes-requested': 'needs a few changes before it can be published',
  rejected: 'was not accepted',
  selected: 'was selected',
  declined: 'was not selected',
};

/** Staff decided on a registry submission or a cohort application: what, and staff's note. */
export function composeDecisionNotice(input: {
  learnerName: string;
  subject: 'registry-submission' | 'cohort-application';
  decision: string;
  title: string;
  note: string | null;
  url: string;
  links: MessageLinks;
}): ComposedMessage {
  const what = input.subject === 'registry-submission' ? `Your program "${input.title}"` : `Your team's application to ${input.title}`;
  const outcome = DECISION_WORDS[input.decision] ?? `was marked ${input.decision}`;
  return render({
    subject: `${what} ${outcome}`,
    greeting: `Hello ${input.learnerName},`,
    lines: [`${what} ${outcome}.`, ...(input.note ? [`Note from the staff: ${input.note}`] : [])],
    action: { label: input.subject === 'registry-submission' ? 'See your submission' : 'See your application', url: input.url },
    links: input.links,
  });
}
