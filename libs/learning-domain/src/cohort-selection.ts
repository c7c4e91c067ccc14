/*
 * Cohort applications (a library team applying to a cohort program such as the LTC Public
 * Innovators Cohort): what an application must hold, and which decisions staff may take. The
 * capacity itself is enforced by the database (a conditional increment), not here.
 */

export type ApplicationState = 'SUBMITTED' | 'SELECTED' | 'DECLINED';
export type ApplicationDecision = 'select' | 'decline';

export const APPLICATION_DECISION_STATE: Record<ApplicationDecision, ApplicationState> = { select: 'SELECTED', decline: 'DECLINED' };

export type SelectionOutcome =
  | { kind: 'apply'; next: ApplicationState; seatDelta: 1 | 0 | -1 }
  | { kind: 'repeat' }
  | { kind: 'refuse'; message: string };

/** Selecting takes a seat; declining a selected team gives its seat back; the same decision again is a repeat. */
export function decideApplication(current: ApplicationState, decision: ApplicationDecision): SelectionOutcome {
  const next = APPLICATION_DECISION_STATE[decision];
  if (current === next) return { kind: 'repeat' };
  if (next === 'SELECTED') return { kind: 'apply', next, seatDelta: 1 };
  return { kind: 'apply', next, seatDelta: current === 'SELECTED' ? -1 : 0 };
}

export interface TeamMemberInput {
  name: string;
  email: string;
}

export type ApplicationProblem = { field: string; rule: string; message: string };

/** One answer per question, in order; team members with distinct e-mail addresses, the applicant's among them. */
export function checkApplication(questions: readonly string[], answers: readonly string[], members: readonly TeamMemberInput[], applicantEmail: string): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  if (answers.length !== questions.length) {
    problems.push({ field: 'answers', rule: 'oneAnswerPerQuestion', message: `answer each of the cohort's ${questions.length} questions, in order` });
  }
  answers.forEach((answer, index) => {
    if (answer.trim().length === 0) problems.push({ field: `answers.${index}`, rule: 'notBlank', message: 'an answer cannot be blank' });
  });
  const emails = members.map((member) => member.email.trim().toLowerCase());
  if (new Set(emails).size !== emails.length) problems.push({ field: 'members', rule: 'uniqueEmail', message: 'each team member needs their own e-mail address' });
  if (!emails.includes(applicantEmail.trim().toLowerCase())) {
    problems.push({ field: 'members', rule: 'includesApplicant', message: 'list yourself (your account e-mail) among the team members' });
  }
  return problems;
}
