import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { iconSvg } from '@chorus/web/ui';

/*
 * Icons only the analytics screens use, on top of the shared set (`CHORUS_ICONS` in @chorus/web/ui, which
 * also holds the analytics nav icons `insights`, `trending_up` and `paid`).
 * Paths: Google Material Icons (baseline), Apache License 2.0.
 */
export const ANALYTICS_ICONS: Readonly<Record<string, string>> = {
  file_download: 'M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z',
  emoji_events:
    'M19 5h-2V3H7v2H5c-1.1 0-2 .9-2 2v1c0 2.55 1.92 4.63 4.39 4.94.63 1.5 1.98 2.63 3.61 2.96V19H7v2h10v-2h-4v-3.1c1.63-.33 2.98-1.46 3.61-2.96C19.08 12.63 21 10.55 21 8V7c0-1.1-.9-2-2-2zM5 8V7h2v3.82C5.84 10.4 5 9.3 5 8zm14 0c0 1.3-.84 2.4-2 2.82V7h2v1z',
};

/** Registers the analytics icons (idempotent: registering a name again replaces the same SVG). */
export function provideAnalyticsIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, path] of Object.entries(ANALYTICS_ICONS)) {
      // The markup is a compile-time constant built from the table above, never user input.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(iconSvg(path)));
    }
  });
}
