import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MyPath, NextAction } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { WhatNextCardComponent } from './what-next-card.component';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const NEXT: NextAction = {
  pathId: 'p1',
  levelName: 'Discoverer',
  stepId: 's3',
  stepName: 'Collect & Share',
  assignmentId: 'a6',
  title: 'Share 2 curated items',
  detail: 'Share 2 curated items — 1 of 2 done',
  route: '/feed',
  progress: 1,
  target: 2,
};

function path(next: NextAction | null): MyPath {
  return {
    path: { id: 'p1', name: 'Social selling', description: '' },
    levels: [],
    next,
    levelsCompleted: [],
    capabilities: [],
  };
}

describe('WhatNextCardComponent', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideChorusIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(respond: (req: ReturnType<HttpTestingController['expectOne']>) => void): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(WhatNextCardComponent);
    fixture.detectChanges();
    respond(backend.expectOne('/api/enablement/my-path'));
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the next step with its progress and a link to where to do it', async () => {
    const element = await render((req) => req.flush(path(NEXT)));
    expect(element.querySelector('[data-testid="what-next-card"]')).not.toBeNull();
    expect(text(element.querySelector('[data-testid="what-next-title"]'))).toBe('Share 2 curated items');
    expect(text(element.querySelector('[data-testid="what-next-detail"]'))).toBe('Share 2 curated items — 1 of 2 done');
    expect(text(element)).toContain('Discoverer · Collect & Share');
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    expect(element.querySelector('[data-testid="what-next-go"]')?.getAttribute('href')).toBe('/feed');
  });

  it('links into an assignment page', async () => {
    const element = await render((req) =>
      req.flush(path({ ...NEXT, route: '/learning/assignments/a5', target: 1, progress: 0 })),
    );
    expect(element.querySelector('[data-testid="what-next-go"]')?.getAttribute('href')).toBe(
      '/learning/assignments/a5',
    );
  });

  it('stays hidden when there is nothing next', async () => {
    const element = await render((req) => req.flush(path(null)));
    expect(element.querySelector('[data-testid="what-next-card"]')).toBeNull();
  });

  it('stays hidden when the request fails', async () => {
    const element = await render((req) =>
      req.flush({ title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' }),
    );
    expect(element.querySelector('[data-testid="what-next-card"]')).toBeNull();
  });
});
