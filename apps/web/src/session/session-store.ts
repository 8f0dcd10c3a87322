// A session in the browser, a site's customer or the platform admin: the access token lives in memory
// only, the single-use refresh token in localStorage (each site's host and the console's are their own
// origins, so they never share it). The access token is renewed shortly before it expires, and once more
// when the server answers UNAUTHENTICATED; a refresh the server refuses (used twice, revoked, expired)
// signs the account out.
import { ApiError } from '../graphql/client';

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionStoreOptions {
  storage: TokenStorage;
  /** Where the refresh token is kept; REFRESH_TOKEN_KEY unless told. */
  refreshTokenKey?: string;
  /** Trades a refresh token for the next session (the server's refreshSession). */
  refresh(refreshToken: string): Promise<SessionTokens>;
  /** Runs a refresh while no other tab of the origin runs one, so two tabs never present the same token. */
  exclusive?<T>(run: () => Promise<T>): Promise<T>;
  now?(): number;
}

export const REFRESH_TOKEN_KEY = 'quartier.refreshToken';
/** An access token this close to its expiry is renewed before use, so a call never races the clock. */
export const EXPIRY_MARGIN_MS = 30_000;

const alone = <T>(run: () => Promise<T>) => run();

export class SessionStore {
  private access: { token: string; expiresAt: number } | null = null;
  private refreshing: Promise<string | null> | null = null;
  private readonly listeners = new Set<(signedIn: boolean) => void>();

  private readonly key: string;

  constructor(private readonly options: SessionStoreOptions) {
    this.key = options.refreshTokenKey ?? REFRESH_TOKEN_KEY;
  }

  signedIn(): boolean {
    return this.access !== null || this.options.storage.getItem(this.key) !== null;
  }

  /** Another tab of the origin logged out (it removed the refresh token): this one ends the session too. */
  endWhenClearedElsewhere(event: Pick<StorageEvent, 'key' | 'newValue'>): void {
    if (event.key === this.key && event.newValue === null) this.end();
  }

  /** Called with false when the session ends, whoever ended it (log-out, a refused refresh). */
  subscribe(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(tokens: SessionTokens): void {
    this.keep(tokens);
    this.emit(true);
  }

  end(): void {
    const wasSignedIn = this.signedIn();
    this.access = null;
    this.options.storage.removeItem(this.key);
    if (wasSignedIn) this.emit(false);
  }

  /** A valid access token, renewed first when it is missing or about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - this.now() > EXPIRY_MARGIN_MS) return this.access.token;
    return this.refreshNow();
  }

  /** Runs a call with the access token; on UNAUTHENTICATED renews the token once and runs it again. */
  async authorized<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    if (!token) throw new ApiError('UNAUTHENTICATED', 'Sign in to continue');
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
      this.access = null;
      const renewed = await this.refreshNow();
      if (!renewed) throw error;
      return call(renewed);
    }
  }

  /** One refresh at a time in this tab; callers arriving meanwhile share its outcome. */
  private refreshNow(): Promise<string | null> {
    this.refreshing ??= (this.options.exclusive ?? alone)(() => this.refreshStored()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshStored(): Promise<string | null> {
    // Read inside the lock: another tab may have rotated the token while this one waited.
    const refreshToken = this.options.storage.getItem(this.key);
    if (!refreshToken) {
      this.end();
      return null;
    }
    let tokens: SessionTokens;
    try {
      tokens = await this.options.refresh(refreshToken);
    } catch (error) {
      // The server refused the token: the session is over. A network failure keeps it for later.
      if (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'TOKEN_REUSED')) {
        this.end();
        return null;
      }
      throw error;
    }
    this.keep(tokens);
    return tokens.accessToken;
  }

  private keep(tokens: SessionTokens): void {
    this.access = { token: tokens.accessToken, expiresAt: Date.parse(tokens.accessTokenExpiresAt) };
    this.options.storage.setItem(this.key, tokens.refreshToken);
  }

  private emit(signedIn: boolean): void {
    for (const listener of this.listeners) listener(signedIn);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
