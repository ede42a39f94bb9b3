import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject, OnInit, signal } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox, MatCheckboxChange } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Capability, CAPABILITIES, LEARNING_TYPES, PRACTICE_GOALS, SkillPath } from '@chorus/shared/contracts';
import { describeError, GroupsApi } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent } from '@chorus/web/ui';
import { EnablementLeadApi } from '../enablement-lead.api';
import { applyPathErrors, fieldPath, problemFieldErrors } from '../shared/field-errors';
import { CAPABILITY_LABELS, GOAL_LABELS, LEARNING_TYPE_LABELS } from '../shared/labels';
import {
  adoptSavedIds,
  AssignmentForm,
  assignmentForm,
  fieldLabel,
  LevelForm,
  levelForm,
  pathDefinition,
  PathForm,
  pathForm,
  StepForm,
  stepForm,
} from './path-form';
import { OrderControlsComponent } from './order-controls.component';

/** /skill-paths/:id — a path's levels, steps and assignments, its rollout and whether it runs. */
@Component({
  selector: 'chorus-path-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatSlideToggle,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    OrderControlsComponent,
  ],
  templateUrl: './path-editor.page.html',
  styleUrl: './path-editor.page.scss',
})
export class PathEditorPage implements OnInit {
  private readonly api = inject(EnablementLeadApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly pathId = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly capabilities = CAPABILITIES;
  protected readonly capabilityLabels = CAPABILITY_LABELS;
  protected readonly goals = PRACTICE_GOALS;
  protected readonly goalLabels = GOAL_LABELS;
  protected readonly learningTypes = LEARNING_TYPES;
  protected readonly learningTypeLabels = LEARNING_TYPE_LABELS;

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Server errors no field could show, each naming its field. */
  protected readonly fieldErrors = signal<string[]>([]);
  protected readonly groups = signal<Array<{ id: string; name: string }>>([]);
  protected readonly heading = signal('Skill path');
  protected form: PathForm = pathForm();

  ngOnInit(): void {
    this.load();
    this.groupsApi.list().subscribe({ next: (groups) => this.groups.set(groups), error: () => this.groups.set([]) });
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.path(this.pathId).subscribe({
      next: (path) => {
        this.reset(path);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load the skill path.').message);
      },
    });
  }

  private reset(path: SkillPath): void {
    this.form = pathForm(path);
    this.heading.set(path.name);
    this.cdr.markForCheck();
  }

  // ——— Levels, steps and assignments ———

  protected addLevel(): void {
    this.form.controls.levels.push(levelForm({ name: '', hours: 10, steps: [] }));
    this.form.markAsDirty();
  }

  protected addStep(level: LevelForm): void {
    level.controls.steps.push(stepForm());
    this.form.markAsDirty();
  }

  protected addAssignment(step: StepForm, kind: 'learning' | 'practice'): void {
    step.controls.assignments.push(
      assignmentForm(kind === 'practice' ? { kind, title: '', goal: 'share_items', target: 1 } : { kind, title: '' }),
    );
    this.form.markAsDirty();
  }

  protected remove<T extends LevelForm | StepForm | AssignmentForm>(list: FormArray<T>, index: number): void {
    list.removeAt(index);
    this.form.markAsDirty();
  }

  protected move<T extends LevelForm | StepForm | AssignmentForm>(list: FormArray<T>, index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= list.length) return;
    const control = list.at(index) as T;
    list.removeAt(index, { emitEvent: false });
    list.insert(to, control);
    this.form.markAsDirty();
  }

  protected unlocks(step: StepForm, capability: Capability): boolean {
    return step.controls.unlocks.value.includes(capability);
  }

  protected setUnlock(step: StepForm, capability: Capability, change: MatCheckboxChange): void {
    const current = step.controls.unlocks.value.filter((c) => c !== capability);
    step.controls.unlocks.setValue(change.checked ? [...current, capability] : current);
    step.controls.unlocks.markAsDirty();
  }

  /** For the route's leave guard: unsaved edits are only dropped when the lead says so. */
  canLeave(): boolean {
    return !this.form.dirty || this.saving() || window.confirm('Leave this skill path without saving your changes?');
  }

  // ——— Saving ———

  protected save(): void {
    if (this.saving()) return;
    this.fieldErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Some fields need your attention.');
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.api.updatePath(this.pathId, pathDefinition(this.form)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        if (adoptSavedIds(this.form, saved)) this.heading.set(saved.name);
        else this.reset(saved);
        this.snackBar.open('Skill path saved', undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const info = describeError(err, 'Could not save the skill path.');
        const errors = problemFieldErrors(info);
        const unmatched = applyPathErrors(this.form, errors);
        this.fieldErrors.set(unmatched.map((e) => `${fieldLabel(this.form, fieldPath(e.field))}: ${e.message}`));
        if (!errors.length) this.error.set(info.message);
        else if (unmatched.length < errors.length) {
          const named = errors
            .filter((e) => !unmatched.includes(e))
            .map((e) => fieldLabel(this.form, fieldPath(e.field)));
          this.error.set(`Some fields need your attention: ${named.join('; ')}.`);
        } else this.error.set('The skill path could not be saved:');
        this.cdr.markForCheck();
      },
    });
  }
}
