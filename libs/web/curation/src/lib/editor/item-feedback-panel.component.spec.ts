import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ItemFeedback, SuggestedTextInput } from '@chorus/shared/contracts';
import { provideChorusIcons } from '@chorus/web/ui';
import { ItemFeedbackPanelComponent, starIcons } from './item-feedback-panel.component';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function feedback(over: Partial<ItemFeedback> = {}): ItemFeedback {
  return {
    contentItemId: 'c1',
    ratingCount: 3,
    averageRating: 3.67,
    distribution: [0, 1, 0, 1, 1],
    comments: [
      { authorName: 'Bob Advocate', rating: 2, comment: 'Headline is off', updatedAt: '2026-11-25T10:00:00Z' },
      { authorName: 'Cem Advocate', rating: null, comment: 'Too long for X', updatedAt: '2026-11-24T10:00:00Z' },
    ],
    textSuggestions: [
      {
        id: 'ts2',
        contentItemId: 'c1',
        contentTitle: 'Our Q4 product launch',
        network: 'x',
        text: 'Short and sweet',
        authorName: 'Cem Advocate',
        createdAt: '2026-11-25T11:00:00Z',
      },
      {
        id: 'ts1',
        contentItemId: 'c1',
        contentTitle: 'Our Q4 product launch',
        network: 'linkedin',
        text: 'A warmer opening',
        authorName: 'Ann Advocate',
        createdAt: '2026-11-24T11:00:00Z',
      },
    ],
    ...over,
  };
}

const NO_FEEDBACK: ItemFeedback = {
  contentItemId: 'c1',
  ratingCount: 0,
  averageRating: null,
  distribution: [0, 0, 0, 0, 0],
  comments: [],
  textSuggestions: [],
};

describe('ItemFeedbackPanelComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ItemFeedbackPanelComponent>;
  let element: HTMLElement;
  let used: SuggestedTextInput[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ItemFeedbackPanelComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideChorusIcons(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ItemFeedbackPanelComponent);
    fixture.componentRef.setInput('contentItemId', 'c1');
    used = [];
    fixture.componentInstance.useSuggestion.subscribe((value) => used.push(value));
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function answer(body: ItemFeedback): Promise<void> {
    backend.expectOne('/api/enablement/items/c1/feedback').flush(body);
    await fixture.whenStable();
  }

  it('shows the average with stars, the distribution, the comments and the suggestions per network', async () => {
    expect(text(element)).toContain('Loading feedback…');
    await answer(feedback());

    const average = element.querySelector('[data-testid="item-feedback-average"]');
    expect(text(average?.querySelector('strong'))).toBe('3.7');
    expect(text(average)).toContain('of 5 · 3 ratings');
    expect(average?.getAttribute('aria-label')).toBe('Average 3.7 of 5 stars from 3 ratings');
    expect(Array.from(average?.querySelectorAll('mat-icon') ?? []).map((icon) => icon.getAttribute('data-mat-icon-name'))).toEqual([
      'star',
      'star',
      'star',
      'star',
      'star_border',
    ]);
    const rows = Array.from(element.querySelectorAll('[data-testid="item-feedback-distribution"] li')).map((row) => text(row));
    expect(rows).toEqual(['5 stars: 1', '4 stars: 1', '3 stars: 0', '2 stars: 1', '1 star: 0']);

    const comments = Array.from(element.querySelectorAll('[data-testid="item-feedback-comment"]')).map((c) => text(c));
    expect(comments.length).toBe(2);
    expect(comments[0]).toContain('Bob Advocate');
    expect(comments[0]).toContain('Headline is off');
    expect(comments[1]).toContain('Too long for X');

    // LinkedIn first, whatever order they came in.
    const suggestions = Array.from(element.querySelectorAll('[data-testid="item-feedback-suggestion"]')).map((s) => text(s));
    expect(suggestions[0]).toContain('A warmer opening');
    expect(suggestions[1]).toContain('Short and sweet');
    expect(text(element.querySelector('mat-expansion-panel-header'))).toContain('★ 3.7 (3 ratings) · 2 comments · 2 text suggestions');
  });

  it('hands a suggestion to the editor once and says it still needs saving', async () => {
    await answer(feedback());
    const buttons = element.querySelectorAll<HTMLButtonElement>('[data-testid="item-feedback-use"]');
    expect(text(buttons[0])).toBe('Use as suggested text');
    buttons[0].click();
    await fixture.whenStable();
    expect(used).toEqual([{ network: 'linkedin', text: 'A warmer opening' }]);
    expect(buttons[0].disabled).toBeTrue();
    expect(text(buttons[0])).toBe('Added to suggested texts');
    expect(text(element.querySelector('[data-testid="item-feedback-notice"]'))).toBe('Added as a new LinkedIn text. Save to keep it.');
    buttons[0].click();
    buttons[1].click();
    expect(used).toEqual([
      { network: 'linkedin', text: 'A warmer opening' },
      { network: 'x', text: 'Short and sweet' },
    ]);
  });

  it('says so when advocates gave no feedback', async () => {
    await answer(NO_FEEDBACK);
    expect(text(element.querySelector('[data-testid="item-feedback-empty"]'))).toBe('No feedback from advocates yet.');
    expect(element.querySelector('[data-testid="item-feedback-average"]')).toBeNull();
  });

  it('shows comments without ratings', async () => {
    await answer(feedback({ ratingCount: 0, averageRating: null, distribution: [0, 0, 0, 0, 0], textSuggestions: [] }));
    expect(text(element.querySelector('[data-testid="item-feedback-average"]'))).toBe('No ratings yet.');
    expect(element.querySelectorAll('[data-testid="item-feedback-comment"]').length).toBe(2);
    expect(text(element)).toContain('No text suggestions yet.');
  });

  it('shows an error with a retry', async () => {
    backend.expectOne('/api/enablement/items/c1/feedback').flush(
      { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Database unavailable.' },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await fixture.whenStable();
    const error = element.querySelector('[data-testid="item-feedback-error"]');
    expect(text(error)).toContain('Could not load the feedback');
    error?.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();
    await answer(NO_FEEDBACK);
    expect(element.querySelector('[data-testid="item-feedback-empty"]')).not.toBeNull();
  });

  it('reloads for another item', async () => {
    await answer(NO_FEEDBACK);
    fixture.componentRef.setInput('contentItemId', 'c2');
    await fixture.whenStable();
    backend.expectOne('/api/enablement/items/c2/feedback').flush({ ...feedback(), contentItemId: 'c2' });
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="item-feedback-comment"]').length).toBe(2);
  });
});

describe('starIcons', () => {
  it('rounds the stars to whole ones', () => {
    expect(starIcons(1.4)).toEqual(['star', 'star_border', 'star_border', 'star_border', 'star_border']);
    expect(starIcons(4.5)).toEqual(['star', 'star', 'star', 'star', 'star']);
  });
});
