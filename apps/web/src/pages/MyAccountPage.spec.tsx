import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type RecordedCall, scriptFetch } from '../testing/scripted-fetch';
import { MyAccountPage } from './AccountPages';

const calls: RecordedCall[] = [];
const answer = (status: number, body: unknown) => scriptFetch(calls, () => ({ status, body }));

afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('your account page', () => {
  it('changes the password with the current one and says other sessions ended', async () => {
    answer(204, null);
    render(<MyAccountPage />);
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: 'the old passphrase' } });
    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'violet kettle harbour' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Every other place you were signed in has been signed out/)).toBeTruthy();
    expect(calls).toEqual([{ method: 'POST', url: '/api/v1/me/password', body: { currentPassword: 'the old passphrase', newPassword: 'violet kettle harbour' } }]);
  });

  it('shows the password policy’s answer beside the new password', async () => {
    answer(400, {
      type: 'about:blank#weak-password',
      title: 'Bad Request',
      status: 400,
      detail: 'The password breaks the password policy',
      errors: [{ field: 'newPassword', rule: 'notGuessable', message: 'newPassword is too easy to guess; use a longer phrase of unrelated words' }],
    });
    render(<MyAccountPage />);
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: 'the old passphrase' } });
    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'aaaaaaaaaaaa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findAllByText(/too easy to guess/)).length).toBeGreaterThan(0);
  });

  it('downloads everything held about me', async () => {
    answer(200, { profile: { displayName: 'Ada' } });
    render(<MyAccountPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect(await screen.findByText(/downloaded as stacks-my-data\.json/)).toBeTruthy();
    expect(calls).toEqual([{ method: 'GET', url: '/api/v1/me/export', body: undefined }]);
  });

  it('deletes the account only after the password and an explicit confirmation', async () => {
    answer(204, null);
    render(<MyAccountPage />);
    const remove = screen.getByRole('button', { name: 'Delete my account' }) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Your password, to confirm'), { target: { value: 'my passphrase' } });
    expect(remove.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/I understand that my account/));
    expect(remove.disabled).toBe(false);
    fireEvent.click(remove);
    await waitFor(() => expect(calls).toEqual([{ method: 'DELETE', url: '/api/v1/me', body: { currentPassword: 'my passphrase' } }]));
  });
});
