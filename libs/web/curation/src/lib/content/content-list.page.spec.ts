import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ContentItemSummary } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { ContentListPage } from './content-list.page';

@Component({ template: 'editor' })
class EditorStub {}

function summary(id: string, over: Partial<ContentItemSummary> = {}): ContentItemSummary {
  return {
    id,
    title: `Item ${id}`,
    summary: `Summary of ${id}`,
    url: `https://blog.example.com/${id}`,
    imageUrl: null,
    sourceName: null,
    origin: 'curator',
    language: 'en',
    state: 'in_review',
    featured: false,
    topics: [],
    audiences: [],
    publishAt: null,
    expiresAt: null,
    createdAt: '2026-11-25T09:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    ...over,
  };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ContentListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'curation/content', component: ContentListPage },
          { path: 'curation/content/:id', component: EditorStub },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']) },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  it('marks the items an advocate suggested in the review queue', async () => {
    await harness.navigateByUrl('/curation/content?state=in_review');
    backend.expectOne('/api/content/settings').flush({ requireSecondApprover: false });
    const list = backend.expectOne((req) => req.url === '/api/content');
    expect(list.request.params.get('state')).toBe('in_review');
    list.flush({ items: [summary('a', { origin: 'advocate' }), summary('b')], nextCursor: null });
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    expect(text(element.querySelector('[data-testid="content-row-a"] [data-testid="origin-advocate"]'))).toBe('Suggested by an advocate');
    expect(element.querySelector('[data-testid="content-row-b"] [data-testid="origin-advocate"]')).toBeNull();
  });
});
