import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { FeedItem } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { FeedCardComponent, RATING_SAVED, TEXT_SUGGESTION_SENT } from './feed-card.component';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pause = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const ITEM: FeedItem = {
  id: 'i1',
  title: 'Quarterly results',
  summary: 'Numbers',
  url: 'https://blog.example.com/q3',
  imageUrl: null,
  sourceName: 'Company blog',
  language: 'en',
  featured: false,
  topics: [],
  suggestedTexts: [
    { id: 's1', network: 'linkedin', text: 'Our Q3 is out' },
    { id: 's2', network: 'x', text: 'Q3!' },
  ],
  publishedAt: '2026-11-24T09:00:00Z',
  expiresAt: null,
};

describe('FeedCardComponent', () => {
  let backend: HttpTestingController;
  let snackBar: jasmine.SpyObj<MatSnackBar>;
  let fixture: ComponentFixture<FeedCardComponent>;
  let element: HTMLElement;

  beforeEach(async () => {
    snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MatSnackBar, useValue: snackBar },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FeedCardComponent);
    fixture.componentRef.setInput('item', ITEM);
    fixture.detectChanges();
    await fixture.whenStable();
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const stable = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    await pause();
  };
  const inDialog = <T extends HTMLElement>(testId: string): T => {
    const found = document.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  };

  it('records a read when the advocate opens the article, and the link still opens it in a new tab', () => {
    const read = element.querySelector<HTMLAnchorElement>('[data-testid="feed-item-read"]');
    if (!read) throw new Error('no read link');
    expect(read.getAttribute('href')).toBe('https://blog.example.com/q3');
    expect(read.getAttribute('target')).toBe('_blank');
    // Keep the test browser on its page; the app's own handler still runs.
    read.addEventListener('click', (event) => event.preventDefault());
    read.click();
    const call = backend.expectOne('/api/enablement/reads');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({ contentItemId: 'i1' });
    call.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('ignores a failed read: the advocate is reading, not waiting', () => {
    const read = element.querySelector<HTMLAnchorElement>('[data-testid="feed-item-read"]');
    read?.addEventListener('click', (event) => event.preventDefault());
    read?.click();
    backend.expectOne('/api/enablement/reads').flush(null, { status: 500, statusText: 'Error' });
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('rates an item with stars from the keyboard and a comment', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="feed-item-rate"]')?.click();
    await stable();
    expect(inDialog<HTMLButtonElement>('rate-save').disabled).toBeTrue();
    inDialog('rate-star-3').click();
    await stable();
    expect(inDialog('rate-star-3').getAttribute('aria-checked')).toBe('true');
    inDialog('rate-star-3').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await stable();
    expect(inDialog('rate-star-4').getAttribute('aria-checked')).toBe('true');
    expect(inDialog('rate-star-4').tabIndex).toBe(0);
    expect(inDialog('rate-star-3').tabIndex).toBe(-1);
    const comment = inDialog<HTMLTextAreaElement>('rate-comment');
    comment.value = 'Great for customers';
    comment.dispatchEvent(new Event('input'));
    await stable();
    inDialog<HTMLButtonElement>('rate-save').click();
    const call = backend.expectOne('/api/enablement/reactions/i1');
    expect(call.request.method).toBe('PUT');
    expect(call.request.body).toEqual({ rating: 4, comment: 'Great for customers' });
    call.flush({ contentItemId: 'i1', rating: 4, comment: 'Great for customers', updatedAt: '2026-11-25T10:00:00Z' });
    await stable();
    await pause(50);
    expect(snackBar.open).toHaveBeenCalledWith(RATING_SAVED, undefined, jasmine.anything());
    fixture.detectChanges();
    expect(text(element.querySelector('[data-testid="feed-item-rate"]'))).toBe('4 / 5');
  });

  it('shows an error when the rating cannot be saved', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="feed-item-rate"]')?.click();
    await stable();
    inDialog('rate-star-5').click();
    await stable();
    inDialog<HTMLButtonElement>('rate-save').click();
    backend
      .expectOne('/api/enablement/reactions/i1')
      .flush(
        { title: 'Bad', status: 400, errors: [{ field: 'rating', message: 'rating must be 1 to 5' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await stable();
    expect(text(inDialog('rate-error'))).toBe('rating must be 1 to 5');
    expect(snackBar.open).not.toHaveBeenCalled();
  });

  it('suggests a better text for a network, starting from the curated one', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="feed-item-suggest-text"]')?.click();
    await stable();
    const textarea = inDialog<HTMLTextAreaElement>('suggest-text-text');
    await stable();
    expect(textarea.value).toBe('Our Q3 is out');
    textarea.value = 'Our Q3 is out — and it is our best yet';
    textarea.dispatchEvent(new Event('input'));
    await stable();
    inDialog<HTMLButtonElement>('suggest-text-save').click();
    const call = backend.expectOne('/api/enablement/text-suggestions');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({
      contentItemId: 'i1',
      network: 'linkedin',
      text: 'Our Q3 is out — and it is our best yet',
    });
    call.flush({
      id: 't1',
      contentItemId: 'i1',
      contentTitle: 'Quarterly results',
      network: 'linkedin',
      text: 'Our Q3 is out — and it is our best yet',
      authorName: 'Ada',
      createdAt: '2026-11-25T10:00:00Z',
    });
    await stable();
    await pause(50);
    expect(snackBar.open).toHaveBeenCalledWith(TEXT_SUGGESTION_SENT, undefined, jasmine.anything());
  });
});
