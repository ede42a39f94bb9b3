import { computed, inject, Injectable, signal } from '@angular/core';
import { compileRuleSet, CompiledRuleSet, RuleSet } from '@chorus/shared/guidelines';
import { describeError } from '@chorus/web/core';
import { GuidelinesApi } from './guidelines.api';

export type ClientRuleSetState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The active rule set, compiled once per version, for live checks in the browser (the curator's try-a-post
 * box and the suggested-text editor). The server checks again with the same engine.
 */
@Injectable({ providedIn: 'root' })
export class ClientRuleSetStore {
  private readonly api = inject(GuidelinesApi);
  private readonly compiledSet = signal<CompiledRuleSet | null>(null);
  readonly state = signal<ClientRuleSetState>('idle');
  readonly error = signal<string | null>(null);
  readonly compiled = this.compiledSet.asReadonly();
  readonly version = computed(() => this.compiledSet()?.version ?? null);
  readonly languages = computed(() => this.compiledSet()?.ruleSet.languages ?? ['en']);
  readonly defaultLanguage = computed(() => {
    const set = this.compiledSet()?.ruleSet;
    return set ? (set.defaultLanguage ?? set.languages[0] ?? 'en') : 'en';
  });

  /** Loads (or reloads) the active version; compiles only when the version changed. */
  load(force = false): void {
    if (!force && (this.state() === 'loading' || this.state() === 'ready')) return;
    this.state.set('loading');
    this.error.set(null);
    this.api.clientRuleSet().subscribe({
      next: ({ version, ruleSet }) => {
        try {
          this.use(version, ruleSet as unknown as RuleSet);
          this.state.set('ready');
        } catch (err) {
          this.state.set('error');
          this.error.set(`The active rule set cannot be used: ${err instanceof Error ? err.message : String(err)}`);
        }
      },
      error: (err: unknown) => {
        this.state.set('error');
        this.error.set(describeError(err, 'Could not load the guidelines.').message);
      },
    });
  }

  /** Uses a rule set the page already has (e.g. right after saving a version). */
  use(version: number, ruleSet: RuleSet): void {
    const current = this.compiledSet();
    if (current && current.version === version && current.ruleSet === ruleSet) return;
    if (current && current.version === version && JSON.stringify(current.ruleSet) === JSON.stringify(ruleSet)) return;
    // The stored version number is the one findings report, whatever the JSON says.
    this.compiledSet.set(compileRuleSet({ ...ruleSet, version }));
    this.state.set('ready');
  }
}
