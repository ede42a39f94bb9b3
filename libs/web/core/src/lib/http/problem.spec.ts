import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Problem } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError, GENERIC_MESSAGE, UNREACHABLE_MESSAGE } from './problem';

function problemResponse(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: body,
    url: '/api/test',
    headers: new HttpHeaders({ 'content-type': 'application/problem+json' }),
  });
}

describe('describeError', () => {
  it('uses the detail and code of a problem body', () => {
    const body: Problem = {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Wrong e-mail or password.',
      code: 'auth.invalid_credentials',
    };
    const info = describeError(problemResponse(401, body));
    expect(info.message).toBe('Wrong e-mail or password.');
    expect(info.code).toBe('auth.invalid_credentials');
    expect(info.status).toBe(401);
    expect(info.fields).toEqual({});
  });

  it('maps field errors, also under the first segment of a dotted path', () => {
    const body: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'newPassword', message: 'Use at least 10 characters.' },
        { field: 'roles.0', message: 'Unknown role.' },
        { field: 'newPassword', message: 'A second message is ignored.' },
      ],
    };
    const info = describeError(problemResponse(400, body));
    expect(info.fields).toEqual({
      newPassword: 'Use at least 10 characters.',
      'roles.0': 'Unknown role.',
      roles: 'Unknown role.',
    });
    expect(info.message).toBe('Use at least 10 characters.');
  });

  it('parses a problem that arrived as text', () => {
    const text = JSON.stringify({ type: 'about:blank', title: 'Gone', status: 410, detail: 'This link has expired.' });
    expect(describeError(problemResponse(410, text)).message).toBe('This link has expired.');
  });

  it('explains an unreachable server', () => {
    const info = describeError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(info.status).toBe(0);
    expect(info.message).toBe(UNREACHABLE_MESSAGE);
  });

  it('falls back to a message per status when there is no problem body', () => {
    expect(describeError(problemResponse(502, '<html>Bad gateway</html>')).message).toContain('(502)');
    expect(describeError(problemResponse(403, null)).message).toBe('You do not have permission to do that.');
    expect(describeError(problemResponse(429, {})).message).toContain('wait');
  });

  it('uses the title when the problem has no detail', () => {
    const body = { type: 'about:blank', title: 'Payload Too Large', status: 413 };
    expect(describeError(problemResponse(413, body)).message).toBe('Payload Too Large');
  });

  it('handles errors that are not HTTP errors', () => {
    expect(describeError(new Error('boom')).message).toBe(GENERIC_MESSAGE);
    expect(describeError(undefined, 'Could not save.').message).toBe('Could not save.');
  });
});

describe('applyFieldErrors', () => {
  function form() {
    return new FormGroup({
      email: new FormControl('a@example.com', { nonNullable: true, validators: [Validators.required] }),
      name: new FormControl('', { nonNullable: true }),
    });
  }

  it('puts messages on matching controls and returns the rest', () => {
    const group = form();
    const unmatched = applyFieldErrors(group, {
      email: 'This e-mail is already used.',
      token: 'The token is malformed.',
    });
    expect(group.controls.email.getError('server')).toBe('This e-mail is already used.');
    expect(group.controls.email.touched).toBeTrue();
    expect(group.invalid).toBeTrue();
    expect(unmatched).toEqual(['The token is malformed.']);
  });

  it('follows aliases from server field names to control names', () => {
    const group = form();
    expect(applyFieldErrors(group, { fullName: 'Too long.' }, { fullName: 'name' })).toEqual([]);
    expect(group.controls.name.getError('server')).toBe('Too long.');
  });

  it('clears the server error once the user edits the field', () => {
    const group = form();
    applyFieldErrors(group, { email: 'Taken.' });
    group.controls.email.setValue('b@example.com');
    expect(group.controls.email.hasError('server')).toBeFalse();
    expect(group.valid).toBeTrue();
  });
});
