import { ApiProperty } from '@nestjs/swagger';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class EmvRatesView {
  @ApiProperty() cpm!: number;
  @ApiProperty() cpc!: number;
  @ApiProperty() cpe!: number;
}

export class EmvRatesByNetworkView {
  @ApiProperty({ type: EmvRatesView }) linkedin!: EmvRatesView;
  @ApiProperty({ type: EmvRatesView }) x!: EmvRatesView;
}

export class AnalyticsSettingsView {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: EmvRatesByNetworkView }) emvRates!: EmvRatesByNetworkView;
  @ApiProperty({ description: 'Billable X post reads per UTC day; 0 stops X metrics' }) xReadBudgetPerDay!: number;
}

export class XReadSpendDayView {
  @ApiProperty({ example: '2026-03-01' }) day!: string;
  @ApiProperty() reads!: number;
  @ApiProperty({ description: 'USD' }) cost!: number;
}

export class XReadSpendTotalView {
  @ApiProperty() reads!: number;
  @ApiProperty({ description: 'USD' }) cost!: number;
}

export class XReadSpendView {
  @ApiProperty({ enum: ['USD'] }) currency!: 'USD';
  @ApiProperty({ example: 0.005 }) pricePerRead!: number;
  @ApiProperty() budgetPerDay!: number;
  @ApiProperty({ type: XReadSpendDayView }) today!: XReadSpendDayView;
  @ApiProperty({ type: XReadSpendTotalView }) monthToDate!: XReadSpendTotalView;
  @ApiProperty({ type: [XReadSpendDayView], description: 'The last 30 UTC days, oldest first' })
  days!: XReadSpendDayView[];
}
