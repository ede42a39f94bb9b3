import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { UnsubscribeResult } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { AuthCardComponent, LoadingStateComponent } from '@chorus/web/ui';
import { UNSUBSCRIBE_LABELS } from '../labels';
import { OutreachApi } from '../outreach.api';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';

export const UNSUBSCRIBE_BAD_LINK =
  'This unsubscribe link is incomplete or no longer valid. Open your e-mail settings in Chorus to change what you receive.';

/** /unsubscribe?token= — the one-click link at the bottom of every e-mail; works signed out. */
@Component({
  selector: 'chorus-unsubscribe-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, MatIcon, AuthCardComponent, LoadingStateComponent],
  template: `
    <chorus-auth-card heading="Unsubscribe">
      @if (result(); as r) {
        <div class="form-success" role="status" data-testid="unsubscribe-done">
          <mat-icon svgIcon="check_circle" aria-hidden="true" />
          <span
            >You will no longer receive {{ kindLabel(r) }} at <strong class="email">{{ r.email }}</strong
            >.</span
          >
        </div>
        <p class="note">Changed your mind? You can switch it on again in your e-mail settings.</p>
      } @else if (error(); as message) {
        <div class="form-error" role="alert" data-testid="unsubscribe-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ message }}</span>
        </div>
      } @else {
        <chorus-loading-state label="Unsubscribing…" />
      }
      @if (!loading()) {
        <div class="actions">
          <a mat-flat-button routerLink="/notifications" data-testid="unsubscribe-settings">E-mail settings</a>
        </div>
      }
    </chorus-auth-card>
  `,
  styleUrl: './mail-link.scss',
})
export class UnsubscribePage implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly loading = signal(true);
  protected readonly result = signal<UnsubscribeResult | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    // Each link opened in this tab is handled, even when the router reuses the page for it.
    this.route.queryParamMap
      .pipe(
        map((params) => params.get('token')?.trim() ?? ''),
        distinctUntilChanged(),
        tap(() => this.reset()),
        switchMap((token) =>
          token
            ? this.api.unsubscribe(token).pipe(catchError((err: unknown) => of(this.problem(err))))
            : of(UNSUBSCRIBE_BAD_LINK),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((outcome) => {
        if (typeof outcome === 'string') this.error.set(outcome);
        else this.result.set(outcome);
        this.loading.set(false);
      });
  }

  private problem(err: unknown): string {
    const info = describeError(err);
    // A tampered or expired token is the usual failure: say so in words rather than as a field error.
    return [400, 401, 403].includes(info.status) ? UNSUBSCRIBE_BAD_LINK : info.message;
  }

  private reset(): void {
    this.loading.set(true);
    this.result.set(null);
    this.error.set(null);
  }

  protected kindLabel(result: UnsubscribeResult): string {
    return UNSUBSCRIBE_LABELS[result.kind] ?? 'these e-mails';
  }
}
