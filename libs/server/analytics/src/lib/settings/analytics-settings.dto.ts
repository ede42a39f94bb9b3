import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import type { EmvRates, NetworkName } from '@chorus/shared/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';

const MAX_RATE = 1_000_000;
const RATE = { allowNaN: false, allowInfinity: false } as const;
const RATE_MESSAGE = { message: `must be a number from 0 to ${MAX_RATE}` };

/** One network's rates; all three are given together so a network's EMV never mixes old and new rates. */
export class EmvRatesDto implements EmvRates {
  @ApiProperty({ minimum: 0, maximum: MAX_RATE, description: 'Cost per 1,000 impressions' })
  @IsNumber(RATE, RATE_MESSAGE)
  @Min(0, RATE_MESSAGE)
  @Max(MAX_RATE, RATE_MESSAGE)
  cpm!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_RATE, description: 'Cost per click' })
  @IsNumber(RATE, RATE_MESSAGE)
  @Min(0, RATE_MESSAGE)
  @Max(MAX_RATE, RATE_MESSAGE)
  cpc!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_RATE, description: 'Cost per engagement' })
  @IsNumber(RATE, RATE_MESSAGE)
  @Min(0, RATE_MESSAGE)
  @Max(MAX_RATE, RATE_MESSAGE)
  cpe!: number;
}

/** Rates per network; a network left out keeps its rates. */
export class EmvRatesByNetworkDto implements Partial<Record<NetworkName, EmvRates>> {
  @ApiPropertyOptional({ type: EmvRatesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmvRatesDto)
  linkedin?: EmvRatesDto;

  @ApiPropertyOptional({ type: EmvRatesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmvRatesDto)
  x?: EmvRatesDto;
}

/** Every field optional: what is left out stays as it is. */
export class UpdateAnalyticsSettingsDto {
  @ApiPropertyOptional({ example: 'EUR', description: 'ISO 4217 code, three capital letters' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code in capitals, e.g. EUR' })
  currency?: string;

  @ApiPropertyOptional({ type: EmvRatesByNetworkDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmvRatesByNetworkDto)
  emvRates?: EmvRatesByNetworkDto;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1_000_000,
    description: 'Billable X post reads per UTC day; 0 stops X metrics',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of reads' })
  @Min(0, { message: 'must be from 0 to 1000000' })
  @Max(1_000_000, { message: 'must be from 0 to 1000000' })
  xReadBudgetPerDay?: number;
}
