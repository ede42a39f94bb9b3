import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { Challenge, CHALLENGE_METRICS } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError, GroupsApi } from '@chorus/web/core';
import { EnablementLeadApi } from '../enablement-lead.api';
import { METRIC_LABELS } from '../shared/labels';
import { challengeForm, challengeRequest } from './challenge-form';

export interface ChallengeFormDialogData {
  /** Absent to create a challenge. */
  challenge?: Challenge;
}

/** Creates or edits a challenge; closes with the saved challenge. */
@Component({
  selector: 'chorus-challenge-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIcon,
    MatProgressSpinner,
  ],
  templateUrl: './challenge-form.dialog.html',
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      mat-form-field {
        flex: 1 1 200px;
        min-width: 0;
      }
    }
  `,
})
export class ChallengeFormDialog implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly dialogRef = inject<MatDialogRef<ChallengeFormDialog, Challenge>>(MatDialogRef);
  private readonly data = inject<ChallengeFormDialogData>(MAT_DIALOG_DATA, { optional: true }) ?? {};

  protected readonly editing = !!this.data.challenge;
  protected readonly form = challengeForm(this.data.challenge);
  protected readonly metrics = CHALLENGE_METRICS;
  protected readonly metricLabels = METRIC_LABELS;
  protected readonly groups = signal<Array<{ id: string; name: string }>>([]);
  protected readonly items = signal<Array<{ id: string; title: string }>>(
    this.data.challenge?.contentItem ? [this.data.challenge.contentItem] : [],
  );
  protected readonly itemsError = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.groupsApi.list().subscribe({ next: (groups) => this.groups.set(groups), error: () => this.groups.set([]) });
    this.api.featurableContent().subscribe({
      next: (rows) => {
        const current = this.data.challenge?.contentItem;
        const items = rows.map((r) => ({ id: r.contentItemId, title: r.title }));
        if (current && !items.some((i) => i.id === current.id)) items.unshift(current);
        this.items.set(items);
      },
      error: () => this.itemsError.set('Could not load the items to feature; the challenge can count all items.'),
    });
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Some fields need your attention.');
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const request = challengeRequest(this.form);
    const call = this.data.challenge
      ? this.api.updateChallenge(this.data.challenge.id, request)
      : this.api.createChallenge(request);
    call.subscribe({
      next: (challenge) => this.dialogRef.close(challenge),
      error: (err: unknown) => {
        this.submitting.set(false);
        const info = describeError(err, 'Could not save the challenge.');
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? 'Some fields need your attention.' : info.message));
      },
    });
  }
}
