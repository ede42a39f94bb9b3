import { Pipe, PipeTransform } from '@angular/core';
import { formatCount, formatMoney, formatPercent, NOT_AVAILABLE } from './format';

/** A count, or "Not available" when the network does not report it (null is unknown, never 0). */
@Pipe({ name: 'reachCount' })
export class ReachCountPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? NOT_AVAILABLE : formatCount(value);
  }
}

@Pipe({ name: 'reachPercent' })
export class ReachPercentPipe implements PipeTransform {
  transform(value: number | null | undefined, digits = 1): string {
    return value === null || value === undefined ? NOT_AVAILABLE : formatPercent(value, digits);
  }
}

@Pipe({ name: 'reachMoney' })
export class ReachMoneyPipe implements PipeTransform {
  transform(value: number | null | undefined, currency: string): string {
    return value === null || value === undefined ? NOT_AVAILABLE : formatMoney(value, currency);
  }
}
