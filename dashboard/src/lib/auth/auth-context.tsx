import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { AuthState, AuthStore } from './auth-store';

const AuthContext = createContext<AuthStore | null>(null);

export function AuthProvider({ store, children }: { store: AuthStore; children: ReactNode }) {
  return <AuthContext value={store}>{children}</AuthContext>;
}

/** The sign-in and its current state, re-rendering when someone signs in or out. */
export function useAuth(): { auth: AuthStore; state: AuthState } {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  const state = useSyncExternalStore(auth.subscribe, auth.getState);
  return { auth, state };
}
