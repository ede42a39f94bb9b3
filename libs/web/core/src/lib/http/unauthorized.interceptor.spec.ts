import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthStore } from '../auth/auth.store';
import { isSessionExpiryExempt, unauthorizedInterceptor } from './unauthorized.interceptor';

describe('unauthorizedInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    auth.setUser({ id: 'u1', email: 'a@example.com', name: 'A', roles: ['admin'], groups: [] });
    spyOn(router, 'navigate').and.resolveTo(true);
  });

  afterEach(() => backend.verify());

  function fail401(url: string): void {
    http.get(url).subscribe({ error: () => undefined });
    backend.expectOne(url).flush({ title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
  }

  it('forgets the user and goes to the login page when the session ended', () => {
    fail401('/api/admin/users');
    expect(auth.user()).toBeNull();
    expect(router.navigate).toHaveBeenCalledWith(['/login'], jasmine.any(Object));
  });

  it('leaves a 401 from the session check and the login call to their callers', () => {
    fail401('/api/auth/session');
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/auth/login')
      .flush({ title: 'Unauthorized', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(auth.user()).not.toBeNull();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('ignores other errors', () => {
    http.get('/api/groups').subscribe({ error: () => undefined });
    backend.expectOne('/api/groups').flush({ title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
    expect(auth.user()).not.toBeNull();
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('matches exempt paths whatever the origin or query', () => {
    expect(isSessionExpiryExempt('/api/auth/session')).toBeTrue();
    expect(isSessionExpiryExempt('http://localhost:3000/api/auth/login?x=1')).toBeTrue();
    expect(isSessionExpiryExempt('/api/auth/logout')).toBeFalse();
  });
});
