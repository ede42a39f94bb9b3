import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { iconSvg } from '@chorus/web/ui';

/*
 * Icons only the advocate's learning screens use (step states), on top of the shared set.
 * Paths: Google Material Icons (baseline), Apache License 2.0.
 */
export const ADVOCATE_ICONS: Readonly<Record<string, string>> = {
  radio_button_unchecked:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
  adjust:
    'M12 2C6.49 2 2 6.49 2 12s4.49 10 10 10 10-4.49 10-10S17.51 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm3-8c0 1.66-1.34 3-3 3s-3-1.34-3-3 1.34-3 3-3 3 1.34 3 3z',
};

/** Registers the learning icons (idempotent: registering a name again replaces the same SVG). */
export function provideAdvocateIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const [name, path] of Object.entries(ADVOCATE_ICONS)) {
      // The markup is a compile-time constant built from the table above, never user input.
      registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(iconSvg(path)));
    }
  });
}
