import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** "Paths" and "Progress matrix" as tabs over the two lead screens. */
@Component({
  selector: 'chorus-skill-paths-tabs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabNav, MatTabLink, MatTabNavPanel, RouterLink, RouterLinkActive],
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Skill paths" class="tabs">
      <a
        mat-tab-link
        routerLink="/skill-paths"
        routerLinkActive
        #paths="routerLinkActive"
        [routerLinkActiveOptions]="{ exact: true }"
        [active]="paths.isActive"
        data-testid="tab-paths"
        >Paths</a
      >
      <a
        mat-tab-link
        routerLink="/skill-paths/matrix"
        routerLinkActive
        #matrix="routerLinkActive"
        [active]="matrix.isActive"
        data-testid="tab-matrix"
        >Progress matrix</a
      >
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    .tabs {
      margin-bottom: 16px;
    }
  `,
})
export class SkillPathsTabsComponent {}
