import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import { Challenge, ChallengeMetric, ChallengeRequest } from '@chorus/shared/contracts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

/** The end must come after the start (shown at the end field). */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startsAt')?.value as string;
  const end = group.get('endsAt');
  if (!start || !end?.value) return null;
  const before = Date.parse(end.value) <= Date.parse(start);
  const errors = { ...(end.errors ?? {}) };
  if (before) errors['order'] = true;
  else delete errors['order'];
  end.setErrors(Object.keys(errors).length ? errors : null);
  return null;
}

export function challengeForm(challenge?: Challenge): FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  prize: FormControl<string>;
  metric: FormControl<ChallengeMetric>;
  contentItemId: FormControl<string>;
  groupId: FormControl<string>;
  startsAt: FormControl<string>;
  endsAt: FormControl<string>;
  winnerCount: FormControl<number | null>;
}> {
  const start = new Date(Date.now() + 3_600_000);
  start.setMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 7 * 86_400_000);
  const nn = { nonNullable: true } as const;
  return new FormGroup(
    {
      title: new FormControl(challenge?.title ?? '', {
        ...nn,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
      description: new FormControl(challenge?.description ?? '', { ...nn, validators: [Validators.maxLength(2000)] }),
      prize: new FormControl(challenge?.prize ?? '', {
        ...nn,
        validators: [Validators.required, Validators.maxLength(200)],
      }),
      metric: new FormControl<ChallengeMetric>(challenge?.metric ?? 'clicks', nn),
      contentItemId: new FormControl(challenge?.contentItem?.id ?? '', nn),
      groupId: new FormControl(challenge?.group?.id ?? '', nn),
      startsAt: new FormControl(toLocalInput(challenge?.startsAt ?? start.toISOString()), {
        ...nn,
        validators: [Validators.required],
      }),
      endsAt: new FormControl(toLocalInput(challenge?.endsAt ?? end.toISOString()), {
        ...nn,
        validators: [Validators.required],
      }),
      winnerCount: new FormControl<number | null>(challenge?.winnerCount ?? 3, [
        Validators.required,
        Validators.min(1),
        Validators.max(100),
        Validators.pattern(/^\d+$/),
      ]),
    },
    { validators: endAfterStart },
  );
}

export type ChallengeForm = ReturnType<typeof challengeForm>;

export function challengeRequest(form: ChallengeForm): ChallengeRequest {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    prize: v.prize.trim(),
    metric: v.metric,
    contentItemId: v.contentItemId || null,
    groupId: v.groupId || null,
    startsAt: fromLocalInput(v.startsAt),
    endsAt: fromLocalInput(v.endsAt),
    winnerCount: Number(v.winnerCount),
  };
}
