import { HttpErrorResponse } from '@angular/common/http';
import { Injector, runInInjectionContext } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Observable, of, Subject, throwError } from 'rxjs';
import { FIELDS_NEED_ATTENTION, FormSaver } from './form-saver';

describe('FormSaver', () => {
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let saver: FormSaver;

  beforeEach(() => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    const injector = Injector.create({ providers: [{ provide: MatSnackBar, useValue: snackBar }] });
    saver = runInInjectionContext(injector, () => new FormSaver());
  });

  function form() {
    return new FormGroup({
      name: new FormControl('Chorus', { nonNullable: true, validators: [Validators.required] }),
      limits: new FormGroup({ perDay: new FormControl(3, { nonNullable: true }) }),
    });
  }

  function problem(errors: Array<{ field: string; message: string }>, detail?: string) {
    return new HttpErrorResponse({
      status: 400,
      error: { title: 'Bad request', detail, errors },
    });
  }

  it('does not call the API for an invalid form and points at the fields', () => {
    const f = form();
    f.controls.name.setValue('');
    const request = jasmine.createSpy('request');

    saver.save(f, request, { fallback: 'Could not save.', saved: 'Saved', onSaved: () => undefined });

    expect(request).not.toHaveBeenCalled();
    expect(f.controls.name.touched).toBeTrue();
    expect(saver.error()).toBe(FIELDS_NEED_ATTENTION);
    expect(saver.saving()).toBeFalse();
  });

  it('saves once at a time, hands over the answer and confirms with a snackbar', () => {
    const f = form();
    const answer = new Subject<{ name: string }>();
    const request = jasmine.createSpy('request').and.returnValue(answer.asObservable());
    const onSaved = jasmine.createSpy('onSaved');
    const options = { fallback: 'Could not save.', saved: 'Settings saved', onSaved };

    saver.save(f, request, options);
    saver.save(f, request, options);
    expect(request).toHaveBeenCalledTimes(1);
    expect(saver.saving()).toBeTrue();

    answer.next({ name: 'Saved name' });
    expect(saver.saving()).toBeFalse();
    expect(saver.error()).toBeNull();
    expect(onSaved).toHaveBeenCalledOnceWith({ name: 'Saved name' });
    expect(snackBar.open).toHaveBeenCalledOnceWith('Settings saved', undefined, { duration: 4000 });
  });

  it('clears an earlier error when saving again', () => {
    const f = form();
    f.controls.name.setValue('');
    saver.save(f, () => of(null), { fallback: 'x', saved: 'Saved', onSaved: () => undefined });
    expect(saver.error()).toBe(FIELDS_NEED_ATTENTION);

    f.controls.name.setValue('Back');
    saver.save(f, () => of(null), { fallback: 'x', saved: 'Saved', onSaved: () => undefined });
    expect(saver.error()).toBeNull();
  });

  it('shows a field error at its control and says so on top', () => {
    const f = form();
    saver.save(f, () => throwError(() => problem([{ field: 'limits.perDay', message: 'Too many.' }])), {
      fallback: 'Could not save.',
      saved: 'Saved',
      onSaved: fail,
    });

    expect(f.get('limits.perDay')?.getError('server')).toBe('Too many.');
    expect(saver.error()).toBe(FIELDS_NEED_ATTENTION);
    expect(saver.saving()).toBeFalse();
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('puts a message no control can show on top', () => {
    const f = form();
    const request = (): Observable<never> =>
      throwError(() =>
        problem([
          { field: 'other', message: 'Other is wrong.' },
          { field: 'name', message: 'Taken.' },
        ]),
      );
    saver.save(f, request, { fallback: 'Could not save.', saved: 'Saved', onSaved: fail });

    expect(saver.error()).toBe('Other is wrong.');
    expect(f.controls.name.getError('server')).toBe('Taken.');
  });

  it("falls back to the problem's message when no field error is shown", () => {
    const f = form();
    saver.save(f, () => throwError(() => new Error('boom')), {
      fallback: 'Could not save the settings.',
      saved: 'Saved',
      onSaved: fail,
    });
    expect(saver.error()).toBe('Could not save the settings.');
  });

  it('lets the form decide which fields count as shown', () => {
    const f = form();
    saver.save(
      f,
      () => throwError(() => problem([{ field: 'limits', message: 'Limits are off.' }], 'Check the limits.')),
      {
        fallback: 'Could not save.',
        saved: 'Saved',
        onSaved: fail,
        isShownAtField: (field) => field !== 'limits',
      },
    );
    expect(saver.error()).toBe('Check the limits.');
  });
});
