import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AnalyticsQuery,
  LEADERBOARD_PERIODS,
  LeaderboardPeriod,
  LeaderboardPreference,
  LeaderboardQuery,
  NETWORK_NAMES,
  NetworkName,
} from '@chorus/shared/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: 'must be a day (YYYY-MM-DD)' };

/** A day range; whether the days exist and fit together is checked by resolveRange (also a 400). */
export class RangeQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day (default: 29 days before to)' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day, included (default: today, UTC)' })
  @IsOptional()
  @Matches(DAY, DAY_MESSAGE)
  to?: string;
}

export class AnalyticsQueryDto extends RangeQueryDto implements AnalyticsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only activity of members of this group (on the day)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;

  @ApiPropertyOptional({ enum: NETWORK_NAMES })
  @IsOptional()
  @IsIn(NETWORK_NAMES, { message: `must be one of ${NETWORK_NAMES.join(', ')}` })
  network?: NetworkName;
}

export class TopQueryDto extends AnalyticsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(100)
  limit?: number;
}

export class LeaderboardQueryDto implements LeaderboardQuery {
  @ApiPropertyOptional({ enum: LEADERBOARD_PERIODS, default: 'week' })
  @IsOptional()
  @IsIn(LEADERBOARD_PERIODS, { message: `must be one of ${LEADERBOARD_PERIODS.join(', ')}` })
  period?: LeaderboardPeriod;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: the caller's first group (by name)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;
}

export class LeaderboardPreferenceDto implements LeaderboardPreference {
  @ApiProperty()
  @IsBoolean({ message: 'must be true or false' })
  showOnLeaderboards!: boolean;
}
