import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHALLENGE_METRICS,
  ChallengeMetric,
  ChallengeRequest,
  POINTS_PERIODS,
  PointsLeaderboardQuery,
  PointsPeriod,
  PointsSettings,
  PointValues,
} from '@chorus/shared/contracts';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const VALUE = { message: 'must be a whole number from 0 to 1000' };
const ISO = { message: 'must be a date-time (ISO 8601)' };

/** Every reason is required: a partial save would silently keep old values for the others. */
export class PointValuesDto implements PointValues {
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsInt(VALUE) @Min(0, VALUE) @Max(1000, VALUE) share!: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsInt(VALUE) @Min(0, VALUE) @Max(1000, VALUE) click!: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsInt(VALUE) @Min(0, VALUE) @Max(1000, VALUE) original_text!: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsInt(VALUE) @Min(0, VALUE) @Max(1000, VALUE) step_completed!: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsInt(VALUE) @Min(0, VALUE) @Max(1000, VALUE) challenge_won!: number;
}

export class PointsSettingsDto implements PointsSettings {
  @ApiProperty({ type: PointValuesDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object of point values' })
  @ValidateNested()
  @Type(() => PointValuesDto)
  values!: PointValuesDto;
}

export class MyPointsQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class PointsLeaderboardQueryDto implements PointsLeaderboardQuery {
  @ApiPropertyOptional({ enum: POINTS_PERIODS, default: 'week', description: 'Last 7, 30 or 90 days' })
  @IsOptional()
  @IsIn(POINTS_PERIODS, { message: `must be one of ${POINTS_PERIODS.join(', ')}` })
  period?: PointsPeriod;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: the caller's first group (by name)" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;
}

export class AmbassadorsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: every group' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;
}

export class ChallengeRequestDto implements ChallengeRequest {
  @ApiProperty({ minLength: 1, maxLength: 160 })
  @IsString({ message: 'must be text' })
  @Length(1, 160, { message: 'must be 1 to 160 characters' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  description?: string;

  @ApiProperty({ minLength: 1, maxLength: 300 })
  @IsString({ message: 'must be text' })
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  prize!: string;

  @ApiProperty({ enum: CHALLENGE_METRICS })
  @IsIn(CHALLENGE_METRICS, { message: `must be one of ${CHALLENGE_METRICS.join(', ')}` })
  metric!: ChallengeMetric;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'An approved content item' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a content item id (UUID)' })
  contentItemId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Null: everyone takes part' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string | null;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, ISO)
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After startsAt' })
  @IsISO8601({ strict: true }, ISO)
  endsAt!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 1 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 10' })
  @Min(1, { message: 'must be a whole number from 1 to 10' })
  @Max(10, { message: 'must be a whole number from 1 to 10' })
  winnerCount?: number;
}
