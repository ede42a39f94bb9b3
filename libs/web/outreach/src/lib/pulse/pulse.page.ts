import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { GroupSummary, PulseResults, PulseSurvey } from '@chorus/shared/contracts';
import { describeError, GroupsApi, Remote } from '@chorus/web/core';
import { confirmAction, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { catchError, filter, of, switchMap } from 'rxjs';
import { OutreachApi } from '../outreach.api';
import { PulseResultsComponent } from './pulse-results.component';
import { PulseSurveyFormComponent } from './pulse-survey-form.component';
import { PulseSurveyListComponent } from './pulse-survey-list.component';

/** /pulse — leads ask the weekly pulse and follow how each group answers over time. */
@Component({
  selector: 'chorus-pulse-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    PulseSurveyFormComponent,
    PulseSurveyListComponent,
    PulseResultsComponent,
  ],
  templateUrl: './pulse.page.html',
  styleUrl: './pulse.page.scss',
})
export class PulsePage implements OnInit {
  private readonly api = inject(OutreachApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly groups = signal<GroupSummary[]>([]);
  protected readonly surveys = new Remote<PulseSurvey[]>('Could not load the pulse surveys.');
  protected readonly results = new Remote<PulseResults>('Could not load the pulse results.');
  protected readonly groupId = signal<string | null>(null);
  protected readonly weeks = signal(12);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.surveys.destroy();
      this.results.destroy();
    });
  }

  ngOnInit(): void {
    // Without the group list the form still works (everyone is asked) and the list shows "Unknown group".
    this.groupsApi
      .list()
      .pipe(catchError(() => of([] as GroupSummary[])))
      .subscribe((groups) => this.groups.set(groups));
    this.loadSurveys();
    this.loadResults();
  }

  protected loadSurveys(): void {
    this.surveys.load(() => this.api.surveys());
  }

  protected loadResults(): void {
    const groupId = this.groupId() ?? undefined;
    const weeks = this.weeks();
    this.results.load(() => this.api.pulseResults({ groupId, weeks }));
  }

  protected setGroup(groupId: string | null): void {
    this.groupId.set(groupId);
    this.loadResults();
  }

  protected setWeeks(weeks: number): void {
    this.weeks.set(weeks);
    this.loadResults();
  }

  protected created(survey: PulseSurvey): void {
    this.snackBar.open(`Pulse “${survey.title}” created`, undefined, { duration: 4000 });
    this.loadSurveys();
    this.loadResults();
  }

  protected remove(survey: PulseSurvey): void {
    confirmAction(this.dialog, {
      title: 'Delete this pulse?',
      message: `“${survey.title}” and its ${survey.responseCount} answers are deleted for good.`,
      confirmLabel: 'Delete',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deleteSurvey(survey.id)),
      )
      .subscribe({
        next: () => {
          this.surveys.set((this.surveys.value() ?? []).filter((s) => s.id !== survey.id));
          this.snackBar.open('Pulse deleted', undefined, { duration: 4000 });
          this.loadResults();
        },
        error: (err: unknown) =>
          this.snackBar.open(describeError(err, 'Could not delete the pulse.').message, 'Dismiss', { duration: 6000 }),
      });
  }
}
