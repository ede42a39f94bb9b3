import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { Role, ROLES } from '@chorus/shared/contracts';
import { atLeastOneChecked } from '@chorus/web/core';

export type RoleControls = Record<Role, FormControl<boolean>>;

/** One checkbox per role; at least one must be ticked. */
export function roleCheckboxes(fb: NonNullableFormBuilder, selected: readonly Role[]): FormGroup<RoleControls> {
  const controls = Object.fromEntries(ROLES.map((role) => [role, fb.control(selected.includes(role))])) as RoleControls;
  return fb.group(controls, { validators: atLeastOneChecked() });
}

export function checkedRoles(group: FormGroup<RoleControls>): Role[] {
  const value = group.getRawValue();
  return ROLES.filter((role) => value[role]);
}
