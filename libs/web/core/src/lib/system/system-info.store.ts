import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { SystemInfo } from '@chorus/shared/contracts';

export const SYSTEM_INFO_URL = '/api/system/info';

/** What the server says about itself (public, asked once per page load): e.g. whether the sandbox is on. */
@Injectable({ providedIn: 'root' })
export class SystemInfoStore {
  private readonly http = inject(HttpClient);
  private readonly infoState = signal<SystemInfo | null>(null);
  private requested = false;

  readonly info = this.infoState.asReadonly();
  /** True when LinkedIn and X are the loopback sandbox, not the real networks. */
  readonly sandbox = computed(() => this.infoState()?.sandbox === true);

  /** Asks the server once; a failed call may be asked again by the next caller. */
  load(): void {
    if (this.requested) return;
    this.requested = true;
    this.http.get<SystemInfo>(SYSTEM_INFO_URL).subscribe({
      next: (info) => this.infoState.set(info),
      error: () => (this.requested = false),
    });
  }
}
