import { DestroyRef, inject, signal, Signal } from '@angular/core';

/** The current time, moving once a minute (for countdowns); stops with the component. */
export function minuteClock(): Signal<number> {
  const now = signal(Date.now());
  const timer = setInterval(() => now.set(Date.now()), 60_000);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
