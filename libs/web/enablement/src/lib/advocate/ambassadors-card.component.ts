import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { AmbassadorContact } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { AdvocateEnablementApi } from './enablement.api';

/** "Your ambassadors": the colleagues in the advocate's groups they can ask for help. */
@Component({
  selector: 'chorus-ambassadors-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon],
  template: `
    <section class="card" aria-labelledby="ambassadors-heading" data-testid="ambassadors-card">
      <h2 id="ambassadors-heading" class="heading">
        <mat-icon svgIcon="record_voice_over" aria-hidden="true" />
        Your ambassadors
      </h2>
      @if (loading()) {
        <p class="muted" role="status">Loading…</p>
      } @else if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      } @else if (contacts().length === 0) {
        <p class="muted" data-testid="ambassadors-empty">
          Your groups have no ambassador yet. Your programme lead names them.
        </p>
      } @else {
        <p class="muted">Colleagues who know the ropes — ask them anything about sharing.</p>
        <ul class="list">
          @for (contact of contacts(); track contact.userId + contact.groupId) {
            <li data-testid="ambassador">
              <span class="name">{{ contact.name }}</span>
              <span class="group">{{ contact.groupName }}</span>
              <a class="mail" [href]="'mailto:' + contact.email" [attr.aria-label]="'E-mail ' + contact.name">
                <mat-icon svgIcon="mail" aria-hidden="true" />{{ contact.email }}
              </a>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      padding: 16px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-lowest);
    }
    .heading {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .muted {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    li {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .group {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .mail {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      overflow-wrap: anywhere;
      mat-icon {
        flex: none;
        width: 18px;
        height: 18px;
      }
    }
  `,
})
export class AmbassadorsCardComponent implements OnInit {
  private readonly api = inject(AdvocateEnablementApi);
  protected readonly contacts = signal<AmbassadorContact[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.api.myAmbassadors().subscribe({
      next: (contacts) => {
        this.contacts.set(contacts);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err, 'Could not load your ambassadors.').message);
      },
    });
  }
}
