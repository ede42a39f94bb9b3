import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

/**
 * Leaving the single-page app for another site (a network's consent page). Behind a service so specs can
 * replace it: a real full-page navigation would tear the test runner down.
 */
@Injectable({ providedIn: 'root' })
export class BrowserLocation {
  private readonly document = inject(DOCUMENT);

  /** Sends the browser to `url`; the app unloads. */
  assign(url: string): void {
    this.document.location.href = url;
  }
}
