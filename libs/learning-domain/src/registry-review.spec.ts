import { reviewSubmission, submitterMayEdit } from './registry-review.js';

describe('registry review: what staff may decide on a submission', () => {
  it('publishes a pending submission', () => {
    expect(reviewSubmission('PENDING', 'publish', null, null)).toEqual({ kind: 'apply', next: 'PUBLISHED' });
  });

  it('needs a note to reject or to request changes', () => {
    expect(reviewSubmission('PENDING', 'reject', null, null)).toMatchObject({ kind: 'refuse' });
    expect(reviewSubmission('PENDING', 'request-changes', '', null)).toMatchObject({ kind: 'refuse' });
    expect(reviewSubmission('PENDING', 'request-changes', 'Add the date', null)).toEqual({ kind: 'apply', next: 'CHANGES_REQUESTED' });
  });

  it('treats the same decision again (a retried request) as a repeat, not a second decision', () => {
    expect(reviewSubmission('PUBLISHED', 'publish', null, null)).toEqual({ kind: 'repeat' });
    expect(reviewSubmission('REJECTED', 'reject', 'Not a library program', 'Not a library program')).toEqual({ kind: 'repeat' });
  });

  it('keeps a rejection final and lets a published submission only be withdrawn', () => {
    expect(reviewSubmission('REJECTED', 'publish', null, 'spam')).toMatchObject({ kind: 'refuse' });
    expect(reviewSubmission('PUBLISHED', 'request-changes', 'Fix the city', null)).toMatchObject({ kind: 'refuse' });
    expect(reviewSubmission('PUBLISHED', 'reject', 'The program was cancelled', null)).toEqual({ kind: 'apply', next: 'REJECTED' });
  });

  it('lets the submitter edit only before a final decision', () => {
    expect(submitterMayEdit('PENDING')).toBe(true);
    expect(submitterMayEdit('CHANGES_REQUESTED')).toBe(true);
    expect(submitterMayEdit('PUBLISHED')).toBe(false);
    expect(submitterMayEdit('REJECTED')).toBe(false);
  });
});
