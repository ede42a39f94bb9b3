import { HttpClient, HttpXsrfTokenExtractor, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CSRF_URL, csrfInterceptor, XSRF_HEADER } from './csrf.interceptor';

describe('csrfInterceptor', () => {
  let token: string | null;
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    token = null;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([csrfInterceptor])),
        provideHttpClientTesting(),
        { provide: HttpXsrfTokenExtractor, useValue: { getToken: () => token } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fetches a token before a state-changing call when the cookie is missing', () => {
    http.post('/api/auth/login', {}).subscribe();
    const csrf = backend.expectOne(CSRF_URL);
    token = 'fresh-token';
    csrf.flush({ token: 'fresh-token' });
    const login = backend.expectOne('/api/auth/login');
    expect(login.request.headers.get(XSRF_HEADER)).toBe('fresh-token');
    login.flush({});
  });

  it('sends the call straight away when the cookie exists', () => {
    token = 'existing';
    http.post('/api/auth/logout', {}).subscribe();
    backend.expectNone(CSRF_URL);
    backend.expectOne('/api/auth/logout').flush(null);
  });

  it('leaves reads alone', () => {
    http.get('/api/groups').subscribe();
    backend.expectNone(CSRF_URL);
    backend.expectOne('/api/groups').flush([]);
  });
});
