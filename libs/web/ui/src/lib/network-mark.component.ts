import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NetworkName } from '@chorus/shared/contracts';
import { networkLabel } from './labels';

/*
 * The networks' own marks, drawn inline (no external asset, works offline), so people recognise where a
 * post goes at a glance. Glyphs: Simple Icons (CC0 1.0).
 */
const LINKEDIN_IN =
  'M20.447 20.452h-3.554v-5.569c0-1.328-.027-3.037-1.852-3.037-1.853 0-2.136 1.445-2.136 2.939v5.667H9.351V9h3.414v1.561h.046c.477-.9 1.637-1.85 3.37-1.85 3.601 0 4.267 2.37 4.267 5.455v6.286zM5.337 7.433c-1.144 0-2.063-.926-2.063-2.065 0-1.138.92-2.063 2.063-2.063 1.14 0 2.064.925 2.064 2.063 0 1.139-.925 2.065-2.064 2.065zm1.782 13.019H3.555V9h3.564v11.452z';
const X_GLYPH =
  'M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z';

/** A network's mark in its own colours; decorative unless `labelled` (then it is an image named after it). */
@Component({
  selector: 'chorus-network-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      [attr.width]="size()"
      [attr.height]="size()"
      viewBox="0 0 24 24"
      focusable="false"
      [attr.role]="labelled() ? 'img' : null"
      [attr.aria-label]="labelled() ? name() : null"
      [attr.aria-hidden]="labelled() ? null : 'true'"
      [attr.data-network]="network()"
    >
      @if (network() === 'linkedin') {
        <rect width="24" height="24" rx="3" fill="#0A66C2" />
        <path [attr.d]="linkedIn" fill="#fff" />
      } @else {
        <rect width="24" height="24" rx="5" fill="#000" />
        <g transform="translate(4.4 4.4) scale(0.64)"><path [attr.d]="x" fill="#fff" /></g>
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
  `,
})
export class NetworkMarkComponent {
  readonly network = input.required<NetworkName>();
  readonly size = input(24);
  /** Set when the mark stands alone, without the network's name next to it. */
  readonly labelled = input(false);
  protected readonly name = computed(() => networkLabel(this.network()));
  protected readonly linkedIn = LINKEDIN_IN;
  protected readonly x = X_GLYPH;
}
