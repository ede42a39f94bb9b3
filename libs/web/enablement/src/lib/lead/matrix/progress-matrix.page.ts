import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit } from '@angular/core';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatTooltip } from '@angular/material/tooltip';
import { ActivatedRoute, Router } from '@angular/router';
import { ProgressMatrix } from '@chorus/shared/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { SkillPathsTabsComponent } from '../skill-paths/skill-paths-tabs.component';
import { formatDate } from '../shared/labels';
import { MatrixCell, matrixView } from './matrix-view';
import { StallChartComponent } from './stall-chart.component';
import { Remote } from '@chorus/web/core';

/** /skill-paths/matrix — who is on which step of a path, per group, and where people stall. */
@Component({
  selector: 'chorus-progress-matrix-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatProgressBar,
    MatTooltip,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    SkillPathsTabsComponent,
    StallChartComponent,
  ],
  templateUrl: './progress-matrix.page.html',
  styleUrl: './progress-matrix.page.scss',
})
export class ProgressMatrixPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly matrix = new Remote<ProgressMatrix>('Could not load the progress matrix.');
  protected readonly view = computed(() => {
    const value = this.matrix.value();
    return value ? matrixView(value) : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.matrix.destroy());
  }

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    this.load(params.get('pathId') ?? undefined, params.get('groupId') ?? undefined);
  }

  protected load(pathId?: string, groupId?: string): void {
    this.matrix.load(() => this.api.matrix({ pathId, groupId }));
  }

  protected pick(change: { pathId?: string | null; groupId?: string | null }): void {
    const current = this.matrix.value();
    const pathId = (change.pathId !== undefined ? change.pathId : current?.pathId) || undefined;
    const groupId = (change.groupId !== undefined ? change.groupId : current?.groupId) || undefined;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { pathId: pathId ?? null, groupId: groupId ?? null },
      replaceUrl: true,
    });
    this.load(pathId, groupId);
  }

  protected cellLabel(cell: MatrixCell): string {
    if (cell.state === 'complete' && cell.completedAt) return `Completed ${formatDate(cell.completedAt)}`;
    if (cell.state === 'current') return cell.days === null ? 'Current step' : `Current step for ${cell.days} days`;
    return 'Not started';
  }

  protected retry(): void {
    this.matrix.retry();
  }
}
