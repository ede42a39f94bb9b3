import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { GroupSummary, NETWORK_NAMES, NetworkName } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';
import { isDay, presetOf, presetRange, RANGE_PRESETS, todayUtc } from '../shared/date-range';
import { DashboardFilters } from './dashboard-filters';

/** Range presets, from/to days, group and network: every change emits the whole new set of filters. */
@Component({
  selector: 'chorus-dashboard-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleGroup, MatButtonToggle, MatFormField, MatLabel, MatInput, MatSelect, MatOption],
  template: `
    <mat-button-toggle-group
      class="presets"
      [value]="preset()"
      (change)="pickPreset($event.value)"
      aria-label="Period"
      hideSingleSelectionIndicator
    >
      @for (days of presets; track days) {
        <mat-button-toggle [value]="days" [attr.data-testid]="'dashboard-range-' + days"
          >{{ days }} days</mat-button-toggle
        >
      }
    </mat-button-toggle-group>
    <div class="fields">
      <mat-form-field subscriptSizing="dynamic" class="day">
        <mat-label>From</mat-label>
        <input
          matInput
          type="date"
          [value]="filters().from"
          [max]="filters().to"
          (change)="setDay('from', $event)"
          data-testid="dashboard-from"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="day">
        <mat-label>To</mat-label>
        <input
          matInput
          type="date"
          [value]="filters().to"
          [min]="filters().from"
          [max]="today"
          (change)="setDay('to', $event)"
          data-testid="dashboard-to"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="select">
        <mat-label>Group</mat-label>
        <mat-select
          [value]="filters().groupId ?? ''"
          (selectionChange)="setGroup($event.value)"
          data-testid="dashboard-group"
        >
          <mat-option value="">All groups</mat-option>
          @for (group of groups(); track group.id) {
            <mat-option [value]="group.id">{{ group.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic" class="select">
        <mat-label>Network</mat-label>
        <mat-select
          [value]="filters().network ?? ''"
          (selectionChange)="setNetwork($event.value)"
          data-testid="dashboard-network"
        >
          <mat-option value="">All networks</mat-option>
          @for (network of networks; track network) {
            <mat-option [value]="network">{{ label(network) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      flex: 1 1 480px;
    }
    .day {
      flex: 1 1 150px;
      max-width: 200px;
    }
    .select {
      flex: 1 1 170px;
      max-width: 260px;
    }
    @media (max-width: 599.98px) {
      .day,
      .select {
        max-width: none;
      }
    }
  `,
  host: { role: 'search', 'aria-label': 'Report filters' },
})
export class DashboardFiltersComponent {
  readonly filters = input.required<DashboardFilters>();
  readonly groups = input<readonly GroupSummary[]>([]);
  readonly filtersChange = output<DashboardFilters>();

  protected readonly presets = RANGE_PRESETS;
  protected readonly networks = NETWORK_NAMES;
  protected readonly label = networkLabel;
  protected readonly today = todayUtc();
  protected readonly preset = computed(() => presetOf(this.filters()));

  protected pickPreset(days: number): void {
    this.emit(presetRange(days));
  }

  /** A day typed or picked; the other end moves along when the range would be reversed. */
  protected setDay(end: 'from' | 'to', event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = input.value;
    const current = this.filters();
    if (!isDay(value)) {
      input.value = current[end];
      return;
    }
    if (end === 'from') this.emit({ from: value, to: value > current.to ? value : current.to });
    else this.emit({ from: value < current.from ? value : current.from, to: value });
  }

  protected setGroup(groupId: string): void {
    this.emit({ groupId: groupId || null });
  }

  protected setNetwork(network: NetworkName | ''): void {
    this.emit({ network: network || null });
  }

  private emit(change: Partial<DashboardFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...change });
  }
}
