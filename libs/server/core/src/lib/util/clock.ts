import { Injectable } from '@nestjs/common';

/**
 * The time as the application sees it. Injected everywhere instead of `new Date()` so that specs can
 * set it, and so that tests of a whole stack (CLOCK_CONTROL) can move every process forward at once.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** How far this clock runs ahead of the system clock (tests only). */
  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}
