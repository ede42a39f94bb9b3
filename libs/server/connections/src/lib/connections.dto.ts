import { Trim } from '@chorus/server/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NETWORK_NAMES, UpdateNetworkAppRequest } from '@chorus/shared/contracts';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class UpdateNetworkAppDto implements UpdateNetworkAppRequest {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(200)
  clientId!: string;

  @ApiPropertyOptional({ description: 'Leave out to keep the stored secret', maxLength: 500, writeOnly: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty (leave it out to keep the stored secret)' })
  @MaxLength(500)
  clientSecret?: string;

  @ApiPropertyOptional({ description: 'LinkedIn-Version, YYYYMM', example: '202610' })
  @IsOptional()
  @Matches(/^20\d{2}(0[1-9]|1[0-2])$/, { message: 'must be a LinkedIn version as YYYYMM, e.g. 202610' })
  apiVersion?: string;

  @ApiPropertyOptional({ description: 'LinkedIn: the app has the Community Management scopes for post metrics' })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  metricsScopes?: boolean;
}

export class NetworkParam {
  static readonly values = NETWORK_NAMES;
}

/** The answer to the authorize step; only these keys are read, anything else the network adds is ignored. */
export class CallbackQueryDto {
  @IsOptional() @IsString() @MaxLength(2000) code?: string;
  @IsOptional() @IsString() @MaxLength(600) state?: string;
  @IsOptional() @IsString() @MaxLength(200) error?: string;
  @IsOptional() @IsString() @MaxLength(1000) error_description?: string;
}
