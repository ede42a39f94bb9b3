import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LogoComponent } from './logo.component';

/** The frame of the signed-out pages: the brand above one centred card. */
@Component({
  selector: 'chorus-auth-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LogoComponent],
  template: `
    <main class="page">
      <div class="column">
        <chorus-logo class="brand" [size]="40" />
        <section class="card" [attr.aria-labelledby]="headingId">
          <h1 class="heading" [class.solo]="!subtitle()" [id]="headingId">{{ heading() }}</h1>
          @if (subtitle()) {
            <p class="subtitle">{{ subtitle() }}</p>
          }
          <ng-content />
        </section>
        <ng-content select="[chorusAuthFooter]" />
      </div>
    </main>
  `,
  styles: `
    .page {
      min-height: 100dvh;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      padding: 10vh 16px 32px;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-low);
    }
    .column {
      width: 100%;
      max-width: 420px;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 24px;
    }
    .brand {
      color: var(--mat-sys-on-surface);
    }
    .card {
      width: 100%;
      box-sizing: border-box;
      padding: 32px 28px 28px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-small);
    }
    .heading.solo {
      margin-bottom: 20px;
    }
    .subtitle {
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    @media (max-width: 599.98px) {
      .page {
        padding-top: 32px;
      }
      .card {
        padding: 24px 20px 20px;
      }
    }
  `,
})
export class AuthCardComponent {
  private static nextId = 0;
  readonly heading = input.required<string>();
  readonly subtitle = input<string>();
  protected readonly headingId = `chorus-auth-heading-${AuthCardComponent.nextId++}`;
}
