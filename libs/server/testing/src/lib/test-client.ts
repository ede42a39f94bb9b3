import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  cookies: Array<{
    name: string;
    value: string;
    httpOnly?: boolean;
    sameSite?: string;
    maxAge?: number;
    path?: string;
  }>;
}

/**
 * A browser-like client over Fastify's in-process injection: keeps cookies, echoes the CSRF cookie in
 * X-XSRF-TOKEN on state-changing requests, like the Angular client does.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  sendCsrf = true;

  constructor(private readonly app: NestFastifyApplication) {}

  get<T = any>(url: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('POST', url, body, headers);
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  async request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    if (method !== 'GET' && this.sendCsrf && !this.cookies.has('XSRF-TOKEN')) await this.fetchCsrf();
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method !== 'GET' && this.sendCsrf ? { 'x-xsrf-token': this.cookies.get('XSRF-TOKEN') ?? '' } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const cookies = response.cookies as TestResponse['cookies'];
    for (const c of cookies) {
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = response.body;
    let parsed: unknown = text;
    if (text && String(response.headers['content-type'] ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: response.statusCode, headers: response.headers, body: parsed as T, cookies };
  }

  async fetchCsrf(): Promise<void> {
    await this.get('/api/auth/csrf');
  }

  async login(email: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }
}
