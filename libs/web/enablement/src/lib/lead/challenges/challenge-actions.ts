import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Challenge } from '@chorus/shared/contracts';
import { AuthStore, describeError } from '@chorus/web/core';
import { confirmAction } from '@chorus/web/ui';
import { filter, map, Observable, switchMap, tap } from 'rxjs';
import { EnablementLeadApi } from '../enablement-lead.api';
import { ChallengeFormDialog, ChallengeFormDialogData } from './challenge-form.dialog';

/** Creating, editing and deleting challenges (leads and admins), shared by the list and the detail page. */
@Injectable({ providedIn: 'root' })
export class ChallengeActions {
  private readonly api = inject(EnablementLeadApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  canManage(): boolean {
    return this.auth.hasAnyRole(['lead', 'admin']);
  }

  /** Emits the saved challenge once the dialog closes with one. */
  open(challenge?: Challenge): Observable<Challenge> {
    return this.dialog
      .open<ChallengeFormDialog, ChallengeFormDialogData, Challenge>(ChallengeFormDialog, {
        data: { challenge },
        width: '600px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(
        filter((saved): saved is Challenge => !!saved),
        tap((saved) =>
          this.snackBar.open(challenge ? `Saved “${saved.title}”` : `Created “${saved.title}”`, undefined, {
            duration: 4000,
          }),
        ),
      );
  }

  /** Emits once the challenge is deleted. */
  remove(challenge: Challenge): Observable<void> {
    return confirmAction(this.dialog, {
      title: `Delete “${challenge.title}”?`,
      message: 'Its standings and winners go with it. This cannot be undone.',
      confirmLabel: 'Delete challenge',
      destructive: true,
    }).pipe(
      filter(Boolean),
      switchMap(() => this.api.deleteChallenge(challenge.id)),
      tap({
        next: () => this.snackBar.open(`Deleted “${challenge.title}”`, undefined, { duration: 4000 }),
        error: (err: unknown) =>
          this.snackBar.open(describeError(err, 'Could not delete the challenge.').message, 'Dismiss', {
            duration: 8000,
          }),
      }),
      map(() => undefined),
    );
  }
}
