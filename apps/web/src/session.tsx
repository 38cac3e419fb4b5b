import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

import { api, type Outcome, outcome, type Problem } from './api/client';
import type { components } from './api/schema';

export type Principal = components['schemas']['PrincipalDto'];
export type Role = 'admin' | 'manager' | 'staff' | 'member' | 'agency' | 'partner';

type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | { readonly status: 'signed-in'; readonly principal: Principal };

interface Session {
  readonly state: SessionState;
  readonly signIn: (username: string, password: string) => Promise<Outcome<unknown>>;
  readonly signOut: () => Promise<Outcome<unknown>>;
  /** The session ended on the server (a 401 to another request): show the sign-in page. */
  readonly ended: () => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * Who is signed in, from `GET /auth/me`. The session itself is the HttpOnly cookie `POST /auth/sign-in` sets: no
 * script of the page can read it, so the app asks the API.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(async () => {
    const me = await outcome(api.GET('/auth/me'));
    if (me.ok) setState({ status: 'signed-in', principal: me.data });
    else if (me.problem.status === 401) setState({ status: 'signed-out' });
    else setState({ status: 'failed', problem: me.problem });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const answer = await outcome(api.POST('/auth/sign-in', { body: { username, password, session: 'cookie' } }));
      if (answer.ok) await load();
      return answer;
    },
    [load],
  );

  const signOut = useCallback(async () => {
    const answer = await outcome(api.POST('/auth/sign-out'));
    // Signed out, or the session had already ended (401): either way nobody is signed in any more.
    if (answer.ok || answer.problem.status === 401) setState({ status: 'signed-out' });
    return answer;
  }, []);

  const ended = useCallback(() => setState({ status: 'signed-out' }), []);

  return <SessionContext value={{ state, signIn, signOut, ended }}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
