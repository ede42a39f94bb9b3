import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { InvitationCreated, InviteUserRequest } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { InviteUserDialog, InviteUserDialogData } from './invite-user.dialog';

const DATA: InviteUserDialogData = {
  groups: [
    { id: 'g1', name: 'Sales DACH', description: '', memberCount: 3, createdAt: '2026-01-01T00:00:00Z' },
    { id: 'g2', name: 'Marketing', description: '', memberCount: 5, createdAt: '2026-01-01T00:00:00Z' },
  ],
};

describe('InviteUserDialog', () => {
  let fixture: ComponentFixture<InviteUserDialog>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let dialogRef: jasmine.SpyObj<MatDialogRef<InviteUserDialog, boolean>>;

  beforeEach(async () => {
    dialogRef = jasmine.createSpyObj<MatDialogRef<InviteUserDialog, boolean>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [InviteUserDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatDialogRef, useValue: dialogRef },
        { provide: MAT_DIALOG_DATA, useValue: DATA },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InviteUserDialog);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function type(testId: string, value: string) {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function toggleRole(role: string) {
    element.querySelector<HTMLInputElement>(`[data-testid="invite-role-${role}"] input`)?.click();
    await fixture.whenStable();
  }

  async function submit() {
    element.querySelector<HTMLButtonElement>('[data-testid="invite-submit"]')?.click();
    await fixture.whenStable();
  }

  function roleBoxChecked(role: string): boolean {
    return !!element.querySelector<HTMLInputElement>(`[data-testid="invite-role-${role}"] input`)?.checked;
  }

  it('starts with the advocate role ticked', () => {
    expect(roleBoxChecked('advocate')).toBeTrue();
    expect(roleBoxChecked('admin')).toBeFalse();
  });

  it('requires an e-mail address', async () => {
    await submit();
    backend.expectNone('/api/admin/users/invite');
    expect(element.textContent).toContain('Enter the e-mail address to invite.');
  });

  it('rejects a malformed e-mail address', async () => {
    await type('invite-email', 'not an address');
    await submit();
    backend.expectNone('/api/admin/users/invite');
    expect(element.textContent).toContain('Enter a valid e-mail address.');
  });

  it('requires at least one role', async () => {
    await type('invite-email', 'new@example.com');
    await toggleRole('advocate');
    await submit();
    backend.expectNone('/api/admin/users/invite');
    expect(element.querySelector('[data-testid="invite-roles-error"]')?.textContent).toContain(
      'Choose at least one role.',
    );
  });

  it('sends the invitation and shows the link to copy', async () => {
    await type('invite-email', ' new@example.com ');
    await type('invite-name', 'Nia Novak');
    await toggleRole('curator');
    element.querySelector<HTMLElement>('[data-testid="invite-groups"] .mat-mdc-select-trigger')?.click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((option) => option.textContent?.includes('Sales DACH'))?.click();
    await fixture.whenStable();
    await submit();

    const request = backend.expectOne('/api/admin/users/invite');
    expect(request.request.method).toBe('POST');
    const body: InviteUserRequest = request.request.body;
    expect(body).toEqual({
      email: 'new@example.com',
      name: 'Nia Novak',
      roles: ['advocate', 'curator'],
      groupIds: ['g1'],
    });
    const created: InvitationCreated = {
      user: {
        id: 'u9',
        email: 'new@example.com',
        name: 'Nia Novak',
        roles: ['advocate', 'curator'],
        groups: [{ id: 'g1', name: 'Sales DACH' }],
        status: 'invited',
        createdAt: '2026-11-25T10:00:00Z',
        lastLoginAt: null,
      },
      inviteUrl: 'http://localhost:3000/invite?token=abc',
      expiresAt: '2026-12-02T10:00:00Z',
    };
    request.flush(created, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="invite-created"]')?.textContent).toContain('new@example.com');
    expect(element.querySelector<HTMLInputElement>('[data-testid="copy-value"]')?.value).toBe(
      'http://localhost:3000/invite?token=abc',
    );
    expect(element.querySelector('[data-testid="copy-button"]')?.getAttribute('aria-label')).toBe(
      'Copy Invitation link',
    );

    element.querySelector<HTMLButtonElement>('[data-testid="invite-done"]')?.click();
    expect(dialogRef.close).toHaveBeenCalledWith(true);
  });

  it('shows a duplicate e-mail next to the e-mail field', async () => {
    await type('invite-email', 'taken@example.com');
    await submit();
    backend.expectOne('/api/admin/users/invite').flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'users.email_taken',
        detail: 'A user with this e-mail already exists.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="invite-email-error"]')?.textContent).toContain(
      'A user with this e-mail already exists.',
    );
    expect(element.querySelector('[data-testid="invite-created"]')).toBeNull();
  });

  it('closes with false when cancelled before inviting anyone', async () => {
    const cancel = Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === 'Cancel',
    );
    cancel?.click();
    expect(dialogRef.close).toHaveBeenCalledWith(false);
  });
});
