import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuditEvent } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { AuditPage, formatDetails } from './audit.page';

function event(id: string, action = 'user.invited'): AuditEvent {
  return {
    id,
    at: '2026-11-25T10:00:00Z',
    actorId: 'a1',
    actorEmail: 'admin@example.com',
    action,
    targetType: 'user',
    targetId: `target-${id}`,
    details: { email: `${id}@example.com` },
  };
}

describe('AuditPage', () => {
  it('pages with the cursor the server returned and stops at the end', async () => {
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPage);
    const element: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();

    const first = backend.expectOne((req) => req.url === '/api/admin/audit' && !req.params.has('cursor'));
    expect(first.request.params.get('limit')).toBe('50');
    first.flush({ items: [event('e1'), event('e2')], nextCursor: 'c2' });
    await fixture.whenStable();
    expect(element.querySelectorAll('tr.mat-mdc-row').length).toBe(2);

    element.querySelector<HTMLButtonElement>('[data-testid="audit-load-more"]')?.click();
    await fixture.whenStable();
    const second = backend.expectOne((req) => req.params.get('cursor') === 'c2');
    second.flush({ items: [event('e3')], nextCursor: null });
    await fixture.whenStable();

    expect(element.querySelectorAll('tr.mat-mdc-row').length).toBe(3);
    expect(element.querySelector('[data-testid="audit-load-more"]')).toBeNull();
    expect(element.textContent).toContain('That is everything.');
    backend.verify();
  });

  it('shows an error with a retry when loading fails', async () => {
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPage);
    const element: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    backend
      .expectOne((req) => req.url === '/api/admin/audit')
      .flush({ title: 'Internal Server Error', status: 500 }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Could not load the audit log');

    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    await fixture.whenStable();
    backend.expectOne((req) => req.url === '/api/admin/audit').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(element.textContent).toContain('Nothing has been recorded yet.');
    backend.verify();
  });

  it('renders details on one line', () => {
    expect(formatDetails({ email: 'a@example.com', roles: ['admin'] })).toBe('email: a@example.com · roles: ["admin"]');
    expect(formatDetails(null)).toBe('');
  });
});
