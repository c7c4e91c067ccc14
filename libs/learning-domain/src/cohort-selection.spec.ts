import { checkApplication, decideApplication } from './cohort-selection.js';

describe('cohort selection: decisions on a team application', () => {
  it('selecting a submitted application takes a seat', () => {
    expect(decideApplication('SUBMITTED', 'select')).toEqual({ kind: 'apply', next: 'SELECTED', seatDelta: 1 });
  });

  it('declining a selected team gives its seat back; declining a submitted one frees nothing', () => {
    expect(decideApplication('SELECTED', 'decline')).toEqual({ kind: 'apply', next: 'DECLINED', seatDelta: -1 });
    expect(decideApplication('SUBMITTED', 'decline')).toEqual({ kind: 'apply', next: 'DECLINED', seatDelta: 0 });
  });

  it('the same decision twice is a repeat (no second seat, no second notice)', () => {
    expect(decideApplication('SELECTED', 'select')).toEqual({ kind: 'repeat' });
    expect(decideApplication('DECLINED', 'decline')).toEqual({ kind: 'repeat' });
  });
});

describe('cohort application: what it must hold', () => {
  const questions = ['Which community challenge will your team take on?', 'Who leads the team?'];
  const members = [
    { name: 'Ana', email: 'ana@library.example' },
    { name: 'Ben', email: 'ben@library.example' },
  ];

  it('accepts one answer per question and a team that includes the applicant', () => {
    expect(checkApplication(questions, ['Food access', 'Ana'], members, 'ANA@library.example')).toEqual([]);
  });

  it('names the missing answers, a blank answer, a repeated e-mail and an applicant missing from the team', () => {
    expect(checkApplication(questions, ['Food access'], members, 'ana@library.example')).toEqual([expect.objectContaining({ field: 'answers', rule: 'oneAnswerPerQuestion' })]);
    expect(checkApplication(questions, ['Food access', '  '], members, 'ana@library.example')).toEqual([expect.objectContaining({ field: 'answers.1', rule: 'notBlank' })]);
    expect(checkApplication(questions, ['a', 'b'], [...members, { name: 'Ana again', email: 'Ana@library.example' }], 'ana@library.example')).toEqual([
      expect.objectContaining({ rule: 'uniqueEmail' }),
    ]);
    expect(checkApplication(questions, ['a', 'b'], members, 'carla@library.example')).toEqual([expect.objectContaining({ rule: 'includesApplicant' })]);
  });
});
