import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore, navTestId } from '@chorus/web/core';
import { PageHeaderComponent, ROLE_DESCRIPTIONS, ROLE_LABELS } from '@chorus/web/ui';

export function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

@Component({
  selector: 'chorus-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatIcon, PageHeaderComponent],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly auth = inject(AuthStore);
  protected readonly user = this.auth.user;
  protected readonly heading = computed(() => {
    const first = (this.user()?.name ?? '').trim().split(/\s+/)[0];
    return first ? `${greeting(new Date().getHours())}, ${first}` : greeting(new Date().getHours());
  });
  protected readonly roles = computed(() =>
    (this.user()?.roles ?? []).map((role) => ({
      role,
      label: ROLE_LABELS[role],
      description: ROLE_DESCRIPTIONS[role],
    })),
  );
  protected readonly areas = computed(() =>
    this.auth
      .navItems()
      .filter((item) => item.path !== '/home')
      .map((item) => ({ ...item, testId: navTestId(item.path).replace(/^nav-/, 'home-card-') })),
  );
}
