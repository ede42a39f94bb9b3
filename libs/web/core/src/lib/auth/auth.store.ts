import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { CsrfTokenResponse, LoginRequest, Role, SessionUser } from '@chorus/shared/contracts';
import { catchError, finalize, firstValueFrom, map, Observable, of, tap } from 'rxjs';
import { CSRF_URL } from '../http/csrf.interceptor';
import { navItemsFor } from '../nav/nav-items';

/** Who is signed in. The session itself is an HttpOnly cookie; this mirrors what the API says about it. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly userState = signal<SessionUser | null>(null);
  private readonly readyState = signal(false);
  private initPromise: Promise<void> | undefined;

  readonly user = this.userState.asReadonly();
  /** True once the start-up session check has finished (whatever its answer). */
  readonly ready = this.readyState.asReadonly();
  readonly signedIn = computed(() => this.userState() !== null);
  readonly roles = computed<readonly Role[]>(() => this.userState()?.roles ?? []);
  readonly navItems = computed(() => navItemsFor(this.roles()));

  /**
   * Fetches the CSRF cookie first (every later POST needs it), then asks who is signed in.
   * Never rejects: an unreachable server leaves the user signed out, and the login form reports it.
   */
  init(): Promise<void> {
    // Already known (signed in by the login form or an accepted invitation): nothing to ask.
    this.initPromise ??= this.readyState() ? Promise.resolve() : this.load();
    return this.initPromise;
  }

  private async load(): Promise<void> {
    await firstValueFrom(this.http.get<CsrfTokenResponse>(CSRF_URL).pipe(catchError(() => of(null))));
    const user = await firstValueFrom(
      this.http.get<SessionUser>('/api/auth/session').pipe(catchError(() => of(null))),
    );
    this.userState.set(user);
    this.readyState.set(true);
  }

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>('/api/auth/login', request).pipe(tap((user) => this.setUser(user)));
  }

  /** Ends the session on the server; the local user is forgotten even if that call fails. */
  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {}).pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      finalize(() => this.clear()),
    );
  }

  setUser(user: SessionUser): void {
    this.userState.set(user);
    this.readyState.set(true);
  }

  clear(): void {
    this.userState.set(null);
  }

  hasAnyRole(roles: readonly Role[]): boolean {
    const mine = this.roles();
    return roles.some((role) => mine.includes(role));
  }
}
