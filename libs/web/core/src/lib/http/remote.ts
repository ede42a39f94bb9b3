import { computed, signal } from '@angular/core';
import { describeError } from './problem';
import { Observable, Subscription } from 'rxjs';

/**
 * One read from the API as signals: the last value, whether a call is running and what went wrong.
 * A new load cancels the one still running, so a quick change of filters never shows stale figures.
 */
export class Remote<T> {
  private readonly valueState = signal<T | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<string | null>(null);
  private subscription: Subscription | undefined;
  private lastSource: (() => Observable<T>) | undefined;

  readonly value = this.valueState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** True once a value arrived (it stays while a reload runs). */
  readonly loaded = computed(() => this.valueState() !== null);

  constructor(private readonly fallback = 'Could not load this.') {}

  load(source: () => Observable<T>): void {
    this.lastSource = source;
    this.subscription?.unsubscribe();
    this.loadingState.set(true);
    this.errorState.set(null);
    this.subscription = source().subscribe({
      next: (value) => {
        this.valueState.set(value);
        this.loadingState.set(false);
      },
      error: (err: unknown) => {
        this.loadingState.set(false);
        this.errorState.set(describeError(err, this.fallback).message);
      },
    });
  }

  /** Runs the last call again (the error state's "Try again"). */
  retry(): void {
    if (this.lastSource) this.load(this.lastSource);
  }

  set(value: T): void {
    this.valueState.set(value);
  }

  destroy(): void {
    this.subscription?.unsubscribe();
  }
}
