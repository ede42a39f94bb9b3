import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatExpansionPanel, MatExpansionPanelDescription, MatExpansionPanelHeader, MatExpansionPanelTitle } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { ItemFeedback, NetworkName, SuggestedTextInput, TextSuggestion } from '@chorus/shared/contracts';
import { describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, networkLabel } from '@chorus/web/ui';
import { Subscription } from 'rxjs';
import { CurationApi } from '../curation.api';

const NETWORK_ORDER: NetworkName[] = ['linkedin', 'x'];

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** `star` / `star_border` icon names for a rating, rounded to whole stars. */
export function starIcons(rating: number): string[] {
  const filled = Math.round(rating);
  return [1, 2, 3, 4, 5].map((star) => (star <= filled ? 'star' : 'star_border'));
}

/**
 * What advocates said about an item — stars, comments and better texts — so curators can act on it.
 * "Use as suggested text" hands the text to the editor; nothing is saved until the curator saves.
 */
@Component({
  selector: 'chorus-item-feedback-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    MatButton,
    MatIcon,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    MatExpansionPanelDescription,
    LoadingStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './item-feedback-panel.component.html',
  styleUrl: './item-feedback-panel.component.scss',
})
export class ItemFeedbackPanelComponent {
  private readonly api = inject(CurationApi);

  readonly contentItemId = input.required<string>();
  /** A text suggestion the curator wants as a new suggested text of its network. */
  readonly useSuggestion = output<SuggestedTextInput>();

  protected readonly networkLabel = networkLabel;
  protected readonly starIcons = starIcons;
  protected readonly plural = plural;

  protected readonly feedback = signal<ItemFeedback | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly used = signal<ReadonlySet<string>>(new Set());
  protected readonly notice = signal('');
  private request: Subscription | null = null;

  protected readonly empty = computed(() => {
    const feedback = this.feedback();
    return !feedback || (feedback.ratingCount === 0 && feedback.comments.length === 0 && feedback.textSuggestions.length === 0);
  });
  protected readonly distribution = computed(() => {
    const feedback = this.feedback();
    if (!feedback) return [];
    const most = Math.max(1, ...feedback.distribution);
    return [5, 4, 3, 2, 1].map((stars) => {
      const count = feedback.distribution[stars - 1] ?? 0;
      return { stars, count, percent: Math.round((count / most) * 100) };
    });
  });
  protected readonly suggestionGroups = computed(() => {
    const suggestions = this.feedback()?.textSuggestions ?? [];
    const networks = [...new Set([...NETWORK_ORDER, ...suggestions.map((s) => s.network)])];
    return networks
      .map((network) => ({ network, suggestions: suggestions.filter((s) => s.network === network) }))
      .filter((group) => group.suggestions.length > 0);
  });
  protected readonly summary = computed(() => {
    const feedback = this.feedback();
    if (!feedback || this.empty()) return '';
    const parts: string[] = [];
    if (feedback.averageRating !== null) parts.push(`★ ${feedback.averageRating.toFixed(1)} (${plural(feedback.ratingCount, 'rating')})`);
    if (feedback.comments.length) parts.push(plural(feedback.comments.length, 'comment'));
    if (feedback.textSuggestions.length) parts.push(plural(feedback.textSuggestions.length, 'text suggestion'));
    return parts.join(' · ');
  });

  constructor() {
    effect(() => {
      const id = this.contentItemId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected load(id = this.contentItemId()): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.request = this.api.itemFeedback(id).subscribe({
      next: (feedback) => {
        this.feedback.set(feedback);
        this.used.set(new Set());
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(err, 'Could not load the feedback.').message);
      },
    });
  }

  protected use(suggestion: TextSuggestion): void {
    if (this.used().has(suggestion.id)) return;
    this.used.update((used) => new Set([...used, suggestion.id]));
    this.useSuggestion.emit({ network: suggestion.network, text: suggestion.text });
    this.notice.set(`Added as a new ${networkLabel(suggestion.network)} text. Save to keep it.`);
  }
}
