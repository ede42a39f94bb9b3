import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, OnInit, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { GuidelineFinding, GuidelinesCheckResult } from '@chorus/shared/contracts';
import { check, Finding, Network, xWeightedLength } from '@chorus/shared/guidelines';
import { describeError } from '@chorus/web/core';
import { ClientRuleSetStore } from './client-rule-set.store';
import { FindingsListComponent } from './findings-list.component';
import { GuidelinesApi } from './guidelines.api';
import { applyEdits, highlightSegments } from './highlight';
import { networkLimits } from './network-limits';

const LANGUAGE_LABELS: Record<string, string> = { en: 'English', de: 'Deutsch', nl: 'Nederlands' };

/** Texts longer than this are re-checked after a short pause instead of on every keystroke. */
export const LIVE_CHECK_MAX_CHARS = 1000;
export const LIVE_CHECK_DEBOUNCE_MS = 100;

/** The curator's "try a post" box: findings from the engine in the browser as you type, and a server check. */
@Component({
  selector: 'chorus-try-post',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatInput, MatSelect, MatOption, MatIcon, FindingsListComponent],
  template: `
    <section class="try" aria-labelledby="try-heading" data-testid="try-post">
      <h2 id="try-heading" class="title">Try a post</h2>
      <p class="muted">Write a post the way an advocate would and see what the guidelines say, live.</p>
      @if (store.state() === 'error') {
        <p class="problem" role="alert" data-testid="try-post-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ store.error() }}</span>
          <button mat-button type="button" (click)="store.load(true)">Retry</button>
        </p>
      }
      <mat-form-field class="text-field">
        <mat-label>Post text</mat-label>
        <textarea
          matInput
          rows="6"
          [value]="text()"
          (input)="onInput($event)"
          data-testid="try-post-text"
        ></textarea>
        <mat-hint>Checked with rule set version {{ store.version() ?? '…' }}.</mat-hint>
      </mat-form-field>
      <div class="options">
        <fieldset class="networks">
          <legend>Networks</legend>
          @for (n of allNetworks; track n.id) {
            <mat-checkbox [checked]="networks().includes(n.id)" (change)="toggleNetwork(n.id, $event.checked)" [attr.data-testid]="'try-post-network-' + n.id">{{ n.label }}</mat-checkbox>
          }
        </fieldset>
        <mat-form-field class="language">
          <mat-label>Language</mat-label>
          <mat-select [value]="language()" (selectionChange)="setLanguage($event.value)" data-testid="try-post-language">
            @for (code of store.languages(); track code) {
              <mat-option [value]="code">{{ languageLabel(code) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-checkbox [checked]="companyContent()" (change)="setCompanyContent($event.checked)" data-testid="try-post-company">Shares company content</mat-checkbox>
      </div>

      <ul class="counters" aria-label="Length per network">
        @for (c of counters(); track c.network) {
          <li [class.over]="c.over" [attr.data-testid]="'try-post-count-' + c.network">
            {{ c.label }}: {{ c.length.toLocaleString('en') }} / {{ c.limit.toLocaleString('en') }}
          </li>
        }
      </ul>

      @if (checkedText()) {
        <h3 class="subtitle" id="try-preview">Highlighted</h3>
        <p class="mirror" aria-labelledby="try-preview" data-testid="try-post-mirror">@for (s of segments(); track s.start) {@if (s.severity) {<mark [class]="'sev-' + s.severity" [attr.data-start]="s.start">{{ s.text }}</mark>} @else {<span>{{ s.text }}</span>}}</p>
      }

      <h3 class="subtitle">Findings</h3>
      @if (store.state() === 'loading' || store.state() === 'idle') {
        <p class="muted" role="status">Loading the guidelines…</p>
      } @else if (store.state() === 'ready') {
        <div aria-live="polite">
          <chorus-findings-list [findings]="findings()" (fixed)="applyFix($event)" emptyText="No findings so far." data-testid="try-post-findings" />
        </div>
      }

      <div class="server">
        <button mat-stroked-button type="button" [disabled]="serverBusy() || !text().trim() || networks().length === 0" (click)="checkOnServer()" data-testid="try-post-server">
          <mat-icon svgIcon="send" aria-hidden="true" />
          Check on the server
        </button>
        @if (serverBusy()) {
          <span class="muted" role="status">Checking…</span>
        }
      </div>
      @if (serverError(); as message) {
        <p class="problem" role="alert" data-testid="try-post-server-error">
          <mat-icon svgIcon="error_outline" aria-hidden="true" />
          <span>{{ message }}</span>
        </p>
      }
      @if (serverResult(); as result) {
        <div class="server-result" data-testid="try-post-server-result">
          <h3 class="subtitle">Server findings (version {{ result.version }})</h3>
          @if (serverStale()) {
            <p class="muted">The text changed since this check.</p>
          }
          <chorus-findings-list [findings]="result.findings" [disabled]="serverStale()" (fixed)="applyFix($event)" label="Server findings" emptyText="The server found nothing." />
        </div>
      }
    </section>
  `,
  styleUrl: './try-post.component.scss',
})
export class TryPostComponent implements OnInit, OnDestroy {
  protected readonly store = inject(ClientRuleSetStore);
  private readonly api = inject(GuidelinesApi);

  protected readonly allNetworks: { id: Network; label: string }[] = [
    { id: 'linkedin', label: 'LinkedIn' },
    { id: 'x', label: 'X' },
  ];
  protected readonly text = signal('');
  /** The text the findings are for (lags `text` by the debounce on long texts). */
  protected readonly checkedText = signal('');
  protected readonly networks = signal<Network[]>(['linkedin', 'x']);
  private readonly chosenLanguage = signal<string | null>(null);
  protected readonly language = computed(() => this.chosenLanguage() ?? this.store.defaultLanguage());
  protected readonly companyContent = signal(true);

  protected readonly findings = computed<Finding[]>(() => {
    const compiled = this.store.compiled();
    const text = this.checkedText();
    if (!compiled || !text) return [];
    return check(compiled, {
      text,
      networks: this.networks(),
      authorGroups: [],
      language: this.language(),
      contentItem: this.companyContent() ? { url: '', isCompanyContent: true } : undefined,
      at: new Date().toISOString(),
      topics: [],
    });
  });
  protected readonly segments = computed(() => highlightSegments(this.checkedText(), this.findings()));
  protected readonly counters = computed(() => {
    const limits = networkLimits(this.store.compiled()?.ruleSet);
    const text = this.text();
    return this.networks().map((network) => {
      const length = network === 'x' ? xWeightedLength(text) : [...text].length;
      const limit = limits[network];
      return { network, label: network === 'x' ? 'X' : 'LinkedIn', length, limit, over: length > limit };
    });
  });

  protected readonly serverBusy = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly serverResult = signal<GuidelinesCheckResult | null>(null);
  private readonly serverText = signal('');
  protected readonly serverStale = computed(() => this.serverText() !== this.text());
  private timer: ReturnType<typeof setTimeout> | undefined;

  ngOnInit(): void {
    this.store.load();
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected onInput(event: Event): void {
    this.setText((event.target as HTMLTextAreaElement).value);
  }

  /** Live check: immediately for short texts, after a short pause for long ones. */
  setText(value: string): void {
    this.text.set(value);
    clearTimeout(this.timer);
    if (value.length <= LIVE_CHECK_MAX_CHARS) this.checkedText.set(value);
    else this.timer = setTimeout(() => this.checkedText.set(this.text()), LIVE_CHECK_DEBOUNCE_MS);
  }

  protected toggleNetwork(network: Network, on: boolean): void {
    this.networks.update((list) => (on ? [...list.filter((n) => n !== network), network] : list.filter((n) => n !== network)));
  }

  protected setLanguage(code: string): void {
    this.chosenLanguage.set(code);
  }

  protected setCompanyContent(on: boolean): void {
    this.companyContent.set(on);
  }

  protected languageLabel(code: string): string {
    return LANGUAGE_LABELS[code] ?? code.toUpperCase();
  }

  /** Applies a finding's fix to the text its offsets refer to. */
  applyFix(finding: GuidelineFinding): void {
    if (!finding.fix) return;
    clearTimeout(this.timer);
    const base = this.checkedText();
    const next = applyEdits(base, finding.fix.edits);
    this.text.set(next);
    this.checkedText.set(next);
  }

  protected checkOnServer(): void {
    const text = this.text();
    this.serverBusy.set(true);
    this.serverError.set(null);
    this.api.check({ text, networks: this.networks(), language: this.language() }).subscribe({
      next: (result) => {
        this.serverBusy.set(false);
        this.serverText.set(text);
        this.serverResult.set(result);
      },
      error: (err: unknown) => {
        this.serverBusy.set(false);
        this.serverError.set(describeError(err, 'The server could not check the post.').message);
      },
    });
  }
}
