import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  AssignmentDefinition,
  AssignmentKind,
  Capability,
  LearningType,
  LevelDefinition,
  PracticeGoal,
  SkillPath,
  SkillPathDefinition,
  StepDefinition,
} from '@chorus/shared/contracts';

export type AssignmentForm = FormGroup<{
  id: FormControl<string | null>;
  kind: FormControl<AssignmentKind>;
  title: FormControl<string>;
  learningType: FormControl<LearningType>;
  bodyMarkdown: FormControl<string>;
  url: FormControl<string>;
  goal: FormControl<PracticeGoal>;
  target: FormControl<number | null>;
}>;

export type StepForm = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  description: FormControl<string>;
  unlocks: FormControl<Capability[]>;
  assignments: FormArray<AssignmentForm>;
}>;

export type LevelForm = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  hours: FormControl<number | null>;
  steps: FormArray<StepForm>;
}>;

export type PathForm = FormGroup<{
  name: FormControl<string>;
  description: FormControl<string>;
  groupIds: FormControl<string[]>;
  active: FormControl<boolean>;
  levels: FormArray<LevelForm>;
}>;

const text = (value: string, ...validators: ValidatorFn[]) => new FormControl(value, { nonNullable: true, validators });

/** Only practice goals have a target: a whole number of 1 or more. */
function targetValidator(control: AbstractControl): ValidationErrors | null {
  if (control.parent?.get('kind')?.value !== 'practice') return null;
  const value = control.value;
  if (value === null || value === '' || !Number.isInteger(Number(value)) || Number(value) < 1) return { target: true };
  return null;
}

/** Links are optional but must be web addresses. */
const urlValidator = Validators.pattern(/^https?:\/\/\S+$/i);

export function assignmentForm(a?: AssignmentDefinition): AssignmentForm {
  const form: AssignmentForm = new FormGroup({
    id: new FormControl<string | null>(a?.id ?? null),
    kind: new FormControl<AssignmentKind>(a?.kind ?? 'learning', { nonNullable: true }),
    title: text(a?.title ?? '', Validators.required, Validators.maxLength(200)),
    learningType: new FormControl<LearningType>(a?.learningType ?? 'tutorial', { nonNullable: true }),
    bodyMarkdown: text(a?.bodyMarkdown ?? ''),
    url: text(a?.url ?? '', urlValidator),
    goal: new FormControl<PracticeGoal>(a?.goal ?? 'share_items', { nonNullable: true }),
    target: new FormControl<number | null>(a?.target ?? (a?.kind === 'practice' ? 1 : null), targetValidator),
  });
  form.controls.kind.valueChanges.subscribe(() => {
    if (form.controls.kind.value === 'practice' && form.controls.target.value === null) {
      form.controls.target.setValue(1);
    }
    form.controls.target.updateValueAndValidity();
  });
  return form;
}

export function stepForm(step?: StepDefinition): StepForm {
  return new FormGroup({
    id: new FormControl<string | null>(step?.id ?? null),
    name: text(step?.name ?? '', Validators.required, Validators.maxLength(100)),
    description: text(step?.description ?? '', Validators.maxLength(2000)),
    unlocks: new FormControl<Capability[]>([...(step?.unlocks ?? [])], { nonNullable: true }),
    assignments: new FormArray((step?.assignments ?? []).map((a) => assignmentForm(a))),
  });
}

export function levelForm(level?: LevelDefinition): LevelForm {
  return new FormGroup({
    id: new FormControl<string | null>(level?.id ?? null),
    name: text(level?.name ?? '', Validators.required, Validators.maxLength(100)),
    hours: new FormControl<number | null>(level?.hours ?? 1, [
      Validators.required,
      Validators.min(0),
      Validators.max(1000),
    ]),
    steps: new FormArray((level?.steps ?? []).map((s) => stepForm(s))),
  });
}

export function pathForm(path?: SkillPath): PathForm {
  return new FormGroup({
    name: text(path?.name ?? '', Validators.required, Validators.maxLength(200)),
    description: text(path?.description ?? '', Validators.maxLength(2000)),
    groupIds: new FormControl<string[]>([...(path?.groupIds ?? [])], { nonNullable: true }),
    active: new FormControl<boolean>(path?.active ?? false, { nonNullable: true }),
    levels: new FormArray((path?.levels ?? []).map((l) => levelForm(l))),
  });
}

const withId = <T extends object>(id: string | null, rest: T): T & { id?: string } => (id ? { id, ...rest } : rest);

/** The PUT body: ids kept for what existed, absent for what is new; each assignment with its kind's fields. */
export function pathDefinition(form: PathForm): SkillPathDefinition {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    groupIds: value.groupIds,
    active: value.active,
    levels: value.levels.map((level) =>
      withId(level.id, {
        name: level.name.trim(),
        hours: Number(level.hours ?? 0),
        steps: level.steps.map((step) =>
          withId(step.id, {
            name: step.name.trim(),
            description: step.description.trim(),
            unlocks: step.unlocks,
            assignments: step.assignments.map((a): AssignmentDefinition => {
              if (a.kind === 'practice') {
                return withId(a.id, { kind: a.kind, title: a.title.trim(), goal: a.goal, target: Number(a.target) });
              }
              return withId(a.id, {
                kind: a.kind,
                title: a.title.trim(),
                learningType: a.learningType,
                bodyMarkdown: a.bodyMarkdown,
                url: a.url.trim() || null,
              });
            }),
          }),
        ),
      }),
    ),
  };
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'name',
  description: 'description',
  groupIds: 'groups',
  active: 'active',
  hours: 'hours',
  unlocks: 'unlocks',
  title: 'title',
  learningType: 'type',
  bodyMarkdown: 'body',
  url: 'link',
  goal: 'goal',
  target: 'target',
  kind: 'kind',
  levels: 'levels',
  steps: 'steps',
  assignments: 'assignments',
};

/** `['levels', 0, 'steps', 2, 'assignments', 1, 'target']` → "Level 1 “Discoverer” › step 3 “Collect & Share” › assignment 2 › target". */
export function fieldLabel(form: PathForm, path: Array<string | number>): string {
  const parts: string[] = [];
  let control: AbstractControl | null = form;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const next = path[i + 1];
    if (typeof part === 'string' && typeof next === 'number' && ['levels', 'steps', 'assignments'].includes(part)) {
      control = control?.get([part, next]) ?? null;
      const noun = part === 'levels' ? 'Level' : part === 'steps' ? 'step' : 'assignment';
      const name = (control?.get('name') ?? control?.get('title'))?.value as string | undefined;
      parts.push(`${noun} ${next + 1}${name ? ` “${name}”` : ''}`);
      i++;
    } else {
      parts.push(FIELD_NAMES[String(part)] ?? String(part));
      control = control?.get([part]) ?? null;
    }
  }
  const label = parts.join(' › ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * After a save, gives new levels, steps and assignments the ids the server assigned, without rebuilding the
 * form (so focus and scroll stay). False when the saved path has another shape; then rebuild instead.
 */
export function adoptSavedIds(form: PathForm, saved: SkillPath): boolean {
  const levels = form.controls.levels.controls;
  if (levels.length !== saved.levels.length) return false;
  const sameShape = saved.levels.every(
    (level, li) =>
      level.steps.length === levels[li].controls.steps.length &&
      level.steps.every(
        (step, si) => step.assignments.length === levels[li].controls.steps.at(si).controls.assignments.length,
      ),
  );
  if (!sameShape) return false;
  saved.levels.forEach((level, li) => {
    levels[li].controls.id.setValue(level.id);
    level.steps.forEach((step, si) => {
      const stepControl = levels[li].controls.steps.at(si);
      stepControl.controls.id.setValue(step.id ?? null);
      step.assignments.forEach((a, ai) => stepControl.controls.assignments.at(ai).controls.id.setValue(a.id ?? null));
    });
  });
  form.markAsPristine();
  return true;
}
