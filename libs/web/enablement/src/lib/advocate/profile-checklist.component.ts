import { ChangeDetectionStrategy, Component, inject, OnInit, output, signal } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { ProfileChecklist, ProfileChecklistItem } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { AdvocateEnablementApi } from './enablement.api';

/** "The perfect profile": the advocate confirms each item; every change is saved at once. */
@Component({
  selector: 'chorus-profile-checklist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckbox, LoadingStateComponent, ErrorStateComponent],
  template: `
    @if (loading()) {
      <chorus-loading-state label="Loading your checklist…" [compact]="true" />
    } @else if (loadError(); as message) {
      <chorus-error-state heading="Could not load your checklist" [message]="message" (retry)="load()" />
    } @else if (checklist(); as checklist) {
      <fieldset class="checklist" data-testid="profile-checklist">
        <legend>The perfect profile on LinkedIn and X</legend>
        @for (entry of checklist.items; track entry.item) {
          <mat-checkbox
            [checked]="entry.checked"
            (change)="toggle(entry.item, $event.checked)"
            [attr.data-testid]="'profile-check-' + entry.item"
          >
            {{ entry.label }}
          </mat-checkbox>
        }
      </fieldset>
      <p class="status" aria-live="polite">
        @if (saveError(); as message) {
          <span class="error" role="alert">{{ message }}</span>
        } @else if (saving()) {
          Saving…
        } @else {
          {{ checkedCount() }} of {{ checklist.items.length }} confirmed
        }
      </p>
    }
  `,
  styles: `
    .checklist {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    .status {
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ProfileChecklistComponent implements OnInit {
  private readonly api = inject(AdvocateEnablementApi);
  /** How many items are confirmed after each save (the practice goal's progress). */
  readonly saved = output<number>();

  protected readonly checklist = signal<ProfileChecklist | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** Each change sends the whole list; only the answer to the latest one is applied. */
  private revision = 0;

  ngOnInit(): void {
    this.load();
  }

  protected checkedCount(): number {
    return this.checklist()?.items.filter((entry) => entry.checked).length ?? 0;
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.profileChecklist().subscribe({
      next: (checklist) => {
        this.checklist.set(checklist);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load your checklist.').message);
      },
    });
  }

  protected toggle(item: ProfileChecklistItem, checked: boolean): void {
    const before = this.checklist();
    if (!before) return;
    const next: ProfileChecklist = {
      items: before.items.map((entry) => (entry.item === item ? { ...entry, checked } : entry)),
    };
    this.checklist.set(next);
    this.saving.set(true);
    this.saveError.set(null);
    const revision = ++this.revision;
    this.api.saveProfileChecklist(next.items.filter((entry) => entry.checked).map((entry) => entry.item)).subscribe({
      next: (saved) => {
        if (revision !== this.revision) return;
        this.saving.set(false);
        if (saved?.items) this.checklist.set(saved);
        this.saved.emit(this.checkedCount());
      },
      error: (err: unknown) => {
        if (revision !== this.revision) return;
        this.saving.set(false);
        this.checklist.set(before);
        this.saveError.set(describeError(err, 'Could not save your checklist.').message);
      },
    });
  }
}
