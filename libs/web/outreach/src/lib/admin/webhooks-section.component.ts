import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ChatWebhook } from '@chorus/shared/contracts';
import { describeError, Remote } from '@chorus/web/core';
import { confirmAction, EmptyStateComponent, ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { filter, switchMap } from 'rxjs';
import { WEBHOOK_KIND_LABELS } from '../labels';
import { OutreachApi } from '../outreach.api';
import { WebhookFormDialog } from './webhook-form.dialog';

/** Slack / Teams incoming webhooks that announce featured items: list, switch, test, add, delete. */
@Component({
  selector: 'chorus-webhooks-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatIcon,
    MatSlideToggle,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  templateUrl: './webhooks-section.component.html',
  styleUrl: './webhooks-section.component.scss',
})
export class WebhooksSectionComponent implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly kindLabels = WEBHOOK_KIND_LABELS;
  protected readonly hooks = new Remote<ChatWebhook[]>('Could not load the chat webhooks.');
  /** Ids of hooks with a call running (toggle, test, delete). */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  constructor() {
    inject(DestroyRef).onDestroy(() => this.hooks.destroy());
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.hooks.load(() => this.api.webhooks());
  }

  protected add(): void {
    this.dialog
      .open<WebhookFormDialog, unknown, ChatWebhook>(WebhookFormDialog, {
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter((hook): hook is ChatWebhook => !!hook))
      .subscribe((hook) => {
        this.hooks.set([...(this.hooks.value() ?? []), hook]);
        this.snackBar.open(`Webhook “${hook.name}” added`, undefined, { duration: 4000 });
      });
  }

  protected toggle(hook: ChatWebhook, event: MatSlideToggleChange): void {
    this.mark(hook.id, true);
    this.api.updateWebhook(hook.id, { enabled: event.checked }).subscribe({
      next: (saved) => {
        this.mark(hook.id, false);
        this.replace(saved);
      },
      error: (err: unknown) => {
        this.mark(hook.id, false);
        event.source.checked = hook.enabled;
        this.fail(err, 'Could not change the webhook.');
      },
    });
  }

  protected test(hook: ChatWebhook): void {
    this.mark(hook.id, true);
    this.api.testWebhook(hook.id).subscribe({
      next: (result) => {
        this.mark(hook.id, false);
        this.replace({
          ...hook,
          lastStatus: result.ok ? 'ok' : 'failed',
          lastError: result.ok ? null : (result.error ?? `HTTP ${result.status ?? '?'}`),
          lastSentAt: new Date().toISOString(),
        });
        const message = result.ok
          ? `Test message sent to “${hook.name}”`
          : `The test failed: ${result.error ?? `HTTP ${result.status ?? '?'}`}`;
        this.snackBar.open(message, result.ok ? undefined : 'Dismiss', { duration: result.ok ? 4000 : 8000 });
      },
      error: (err: unknown) => {
        this.mark(hook.id, false);
        this.fail(err, 'Could not test the webhook.');
      },
    });
  }

  protected remove(hook: ChatWebhook): void {
    confirmAction(this.dialog, {
      title: 'Delete this webhook?',
      message: `Featured items are no longer announced through “${hook.name}”.`,
      confirmLabel: 'Delete',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.mark(hook.id, true);
          return this.api.deleteWebhook(hook.id);
        }),
      )
      .subscribe({
        next: () => {
          this.mark(hook.id, false);
          this.hooks.set((this.hooks.value() ?? []).filter((h) => h.id !== hook.id));
          this.snackBar.open('Webhook deleted', undefined, { duration: 4000 });
        },
        error: (err: unknown) => {
          this.mark(hook.id, false);
          this.fail(err, 'Could not delete the webhook.');
        },
      });
  }

  private replace(hook: ChatWebhook): void {
    this.hooks.set((this.hooks.value() ?? []).map((h) => (h.id === hook.id ? hook : h)));
  }

  private mark(id: string, on: boolean): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  private fail(err: unknown, fallback: string): void {
    this.snackBar.open(describeError(err, fallback).message, 'Dismiss', { duration: 6000 });
  }
}
