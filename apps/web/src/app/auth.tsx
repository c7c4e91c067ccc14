import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { Account, SignedOut, TokenPair } from '../api/types';

interface AuthState {
  /** undefined while the first check runs. */
  account: Account | null | undefined;
  signIn(email: string, password: string): Promise<Account>;
  /** Redeems the one-time code single sign-on left on /sign-in/sso (valid only in this browser). */
  signInWithCode(token: string): Promise<Account>;
  /** Null when the address already had an account (its owner is mailed; we cannot sign in with this password). */
  register(input: { email: string; password: string; displayName: string }): Promise<Account | null>;
  /** Signs out here; a single sign-on session then goes on to sign out at the provider too. */
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null | undefined>(api.hasSession ? undefined : null);

  const loadAccount = useCallback(async () => {
    const me = await api.request<Account>('/me');
    setAccount(me);
    return me;
  }, []);

  useEffect(() => {
    if (api.hasSession) loadAccount().catch(() => setAccount(null));
    return api.onSessionChange((signedIn) => {
      if (!signedIn) setAccount(null);
    });
  }, [loadAccount]);

  const value = useMemo<AuthState>(
    () => ({
      account,
      async signIn(email, password) {
        api.setTokens(await api.request<TokenPair>('/auth/login', { method: 'POST', body: { email, password } }));
        return loadAccount();
      },
      async signInWithCode(token) {
        api.setTokens(await api.request<TokenPair>('/auth/oidc/session', { method: 'POST', body: { token } }));
        return loadAccount();
      },
      async register(input) {
        // The answer is the same for a new address and a taken one; a new account signs in with its password.
        await api.request('/auth/register', { method: 'POST', body: input });
        try {
          api.setTokens(await api.request<TokenPair>('/auth/login', { method: 'POST', body: { email: input.email, password: input.password } }));
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }
        return loadAccount();
      },
      async signOut() {
        const signedOut = await api.request<SignedOut | undefined>('/auth/logout', { method: 'POST' }).catch(() => undefined);
        api.clearTokens();
        setAccount(null);
        // The provider's end-session page, which sends the browser back to /sign-in.
        if (signedOut?.endSessionUrl) window.location.assign(signedOut.endSessionUrl);
      },
    }),
    [account, loadAccount],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth needs an <AuthProvider>');
  return state;
}
