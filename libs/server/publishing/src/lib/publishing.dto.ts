import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BlackoutWindow,
  CheckTimeRequest,
  ConfirmShareRequest,
  CreateSharesRequest,
  NETWORK_NAMES,
  NetworkName,
  OriginalityRequest,
  PostingSchedule,
  QueueSlot,
  SHARE_LIST_VIEWS,
  SHARE_TIMINGS,
  ShareListQuery,
  ShareListView,
  ShareTargetInput,
  ShareTiming,
  UpdatePublishingSettingsRequest,
  UpdateShareRequest,
} from '@chorus/shared/contracts';
import { PageQueryDto } from '@chorus/server/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const ISO = { message: 'must be an ISO 8601 date-time with offset, e.g. 2026-11-26T09:00:00+01:00' };
const RULE_IDS = { each: true, message: 'must be rule ids' } as const;

export class ShareTargetDto implements ShareTargetInput {
  @ApiProperty({ enum: NETWORK_NAMES })
  @IsIn(NETWORK_NAMES, { message: `must be one of ${NETWORK_NAMES.join(', ')}` })
  network!: NetworkName;

  @ApiProperty({ maxLength: 3000, description: 'The advocate’s own text, with the tracked link' })
  @IsString()
  @MaxLength(3000)
  text!: string;

  @ApiPropertyOptional({ type: [String], description: 'Warn findings the advocate accepted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString(RULE_IDS)
  @MaxLength(100, { each: true })
  acknowledgedRuleIds?: string[];
}

export class CreateSharesDto implements CreateSharesRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a content item id (UUID)' })
  contentItemId!: string;

  @ApiProperty({ type: [ShareTargetDto], minItems: 1, maxItems: 2 })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one network' })
  @ArrayMaxSize(NETWORK_NAMES.length)
  @ArrayUnique((t: ShareTargetDto) => t?.network, { message: 'must name each network once' })
  @ValidateNested({ each: true })
  @Type(() => ShareTargetDto)
  targets!: ShareTargetDto[];

  @ApiProperty({ enum: SHARE_TIMINGS })
  @IsIn(SHARE_TIMINGS, { message: `must be one of ${SHARE_TIMINGS.join(', ')}` })
  timing!: ShareTiming;

  @ApiPropertyOptional({ format: 'date-time', description: 'Required when timing is scheduled' })
  @IsOptional()
  @IsISO8601({ strict: true }, ISO)
  scheduledAt?: string;
}

export class UpdateShareDto implements UpdateShareRequest {
  @ApiPropertyOptional({ maxLength: 3000 })
  @IsOptional()
  @IsString()
  @MaxLength(3000)
  text?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, ISO)
  scheduledAt?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString(RULE_IDS)
  acknowledgedRuleIds?: string[];
}

export class ConfirmShareDto implements ConfirmShareRequest {
  @ApiProperty({ description: 'Whether the post appeared on the advocate’s profile' })
  @IsBoolean({ message: 'must be true or false' })
  appeared!: boolean;

  @ApiPropertyOptional({ description: 'The live post’s https address on the network' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https address' })
  @MaxLength(500)
  postUrl?: string;
}

export class ShareListQueryDto extends PageQueryDto implements ShareListQuery {
  @ApiPropertyOptional({ enum: SHARE_LIST_VIEWS, default: 'all' })
  @IsOptional()
  @IsIn(SHARE_LIST_VIEWS, { message: `must be one of ${SHARE_LIST_VIEWS.join(', ')}` })
  view?: ShareListView;
}

export class CheckTimeDto implements CheckTimeRequest {
  @ApiProperty({ enum: NETWORK_NAMES })
  @IsIn(NETWORK_NAMES, { message: `must be one of ${NETWORK_NAMES.join(', ')}` })
  network!: NetworkName;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, ISO)
  at!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a share id (UUID)' })
  excludeShareId?: string;
}

export class OriginalityDto implements OriginalityRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a content item id (UUID)' })
  contentItemId!: string;

  @ApiProperty({ maxLength: 3000 })
  @IsString()
  @MaxLength(3000)
  text!: string;
}

export class BlackoutWindowDto implements BlackoutWindow {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (UUID)' })
  id?: string;

  @ApiProperty({ maxLength: 120, example: 'Q3 results quiet period' })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(120)
  label!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, ISO)
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, ISO)
  endsAt!: string;
}

export class QueueSlotDto implements QueueSlot {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = Monday … 7 = Sunday' })
  @IsInt({ message: 'must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Min(1, { message: 'must be from 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'must be from 1 (Monday) to 7 (Sunday)' })
  day!: number;

  @ApiProperty({ example: '09:30' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a 24-hour time HH:MM' })
  time!: string;
}

export class PostingScheduleDto implements PostingSchedule {
  @ApiProperty({ example: 'Europe/Berlin' })
  @IsTimeZone({ message: 'must be an IANA time zone, e.g. Europe/Berlin' })
  timeZone!: string;

  @ApiProperty({ type: [QueueSlotDto] })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => QueueSlotDto)
  slots!: QueueSlotDto[];

  @ApiProperty({ type: [BlackoutWindowDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BlackoutWindowDto)
  blackouts!: BlackoutWindowDto[];
}

export class MaxPerDayDto implements Record<NetworkName, number> {
  @ApiProperty({ minimum: 0, maximum: 100, description: '0 = no limit' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(100)
  linkedin!: number;

  @ApiProperty({ minimum: 0, maximum: 100, description: '0 = no limit' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(100)
  x!: number;
}

export class UpdatePublishingSettingsDto implements UpdatePublishingSettingsRequest {
  @ApiPropertyOptional({ type: MaxPerDayDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaxPerDayDto)
  maxPerDay?: MaxPerDayDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 1440 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(1440)
  minSpacingMinutes?: number;

  @ApiPropertyOptional({ type: [BlackoutWindowDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BlackoutWindowDto)
  blackouts?: BlackoutWindowDto[];

  @ApiPropertyOptional({ minimum: 0.1, maximum: 1, description: 'X refuses posts more similar than this' })
  @IsOptional()
  @IsNumber({}, { message: 'must be a number from 0.1 to 1' })
  @Min(0.1, { message: 'must be at least 0.1' })
  @Max(1, { message: 'must be at most 1' })
  xSimilarityThreshold?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  showXCost?: boolean;
}
