import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTooltip } from '@angular/material/tooltip';
import { GroupSummary, PulseSurvey } from '@chorus/shared/contracts';
import { EmptyStateComponent } from '@chorus/web/ui';
import { weekLabel } from '../labels';

/** The pulse surveys, newest week first, with who was asked and how many answered. */
@Component({
  selector: 'chorus-pulse-survey-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, MatIcon, MatTooltip, EmptyStateComponent],
  template: `
    @if (sorted().length === 0) {
      <chorus-empty-state
        icon="poll"
        heading="No pulse surveys yet"
        message="Create one above: advocates answer it on their feed or from the e-mail."
        data-testid="pulse-surveys-empty"
      />
    } @else {
      <ul class="surveys">
        @for (survey of sorted(); track survey.id) {
          <li class="survey" data-testid="pulse-survey" [attr.data-survey]="survey.id">
            <div class="main">
              <p class="title">{{ survey.title }}</p>
              <p class="meta">
                Week of {{ weekLabel(survey.weekStart) }} · {{ groupNames(survey) }} ·
                <span data-testid="pulse-survey-responses"
                  >{{ survey.responseCount }} {{ survey.responseCount === 1 ? 'answer' : 'answers' }}</span
                >
              </p>
              <ul class="statements">
                @for (question of survey.questions; track question.id) {
                  <li>{{ question.text }}</li>
                }
              </ul>
            </div>
            <button
              mat-icon-button
              type="button"
              (click)="remove.emit(survey)"
              [attr.aria-label]="'Delete pulse ' + survey.title"
              matTooltip="Delete"
              data-testid="pulse-survey-delete"
            >
              <mat-icon svgIcon="delete" aria-hidden="true" />
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .surveys {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .survey {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .main {
      flex: 1;
      min-width: 0;
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .meta {
      margin: 2px 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .statements {
      margin: 0;
      padding-left: 20px;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class PulseSurveyListComponent {
  readonly surveys = input.required<readonly PulseSurvey[]>();
  readonly groups = input<readonly GroupSummary[]>([]);
  readonly remove = output<PulseSurvey>();

  protected readonly weekLabel = weekLabel;
  protected readonly sorted = computed(() =>
    [...this.surveys()].sort(
      (a, b) => b.weekStart.localeCompare(a.weekStart) || b.createdAt.localeCompare(a.createdAt),
    ),
  );
  private readonly names = computed(() => new Map(this.groups().map((group) => [group.id, group.name])));

  protected groupNames(survey: PulseSurvey): string {
    if (survey.groupIds.length === 0) return 'Everyone';
    return survey.groupIds.map((id) => this.names().get(id) ?? 'Unknown group').join(', ');
  }
}
