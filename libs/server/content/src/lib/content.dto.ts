import { PageQueryDto, Trim } from '@chorus/server/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BulkContentRequest,
  CONTENT_ACTIONS,
  CONTENT_LANGUAGES,
  CONTENT_STATES,
  ContentAction,
  ContentLanguage,
  ContentListQuery,
  ContentSettings,
  ContentState,
  ContentTransitionRequest,
  CreateContentItemRequest,
  CreateSourceRequest,
  CreateTopicRequest,
  FeedQuery,
  NETWORK_NAMES,
  NetworkName,
  SuggestedTextInput,
  UpdateContentItemRequest,
  UpdateSourceRequest,
} from '@chorus/shared/contracts';
import { OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { IMAGE_TYPES, ImageType } from './items/images.service';

const httpUrl = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = { message: 'must be an http or https URL' };
const uuidList = { each: true, message: 'must contain only ids (UUIDs)' };

export class CreateTopicDto implements CreateTopicRequest {
  @ApiProperty({ maxLength: 80 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(80)
  name!: string;
}

export class CreateSourceDto implements CreateSourceRequest {
  @ApiProperty({ example: 'https://example.com/feed.xml', maxLength: 2000 })
  @Trim()
  @IsUrl(httpUrl, URL_MESSAGE)
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Defaults to the feed’s title after the first poll, or the host',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 1440, default: 60 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(5)
  @Max(1440)
  pollIntervalMinutes?: number;

  @ApiPropertyOptional({ enum: CONTENT_LANGUAGES })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: `must be one of ${CONTENT_LANGUAGES.join(', ')}` })
  language?: ContentLanguage;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', uuidList)
  topicIds?: string[];
}

/** Everything of a new source but its URL (a different feed is a different source), plus the switch. */
export class UpdateSourceDto
  extends PartialType(OmitType(CreateSourceDto, ['url'] as const))
  implements UpdateSourceRequest
{
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'must be true or false' }) enabled?: boolean;
}

export class OpmlImportDto {
  @ApiProperty({ description: 'The OPML file’s text (at most 1 MB)' })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(1_000_000)
  opml!: string;
}

export class PreviewRequestDto {
  @ApiProperty({ example: 'https://example.com/article' })
  @Trim()
  @IsUrl(httpUrl, URL_MESSAGE)
  @MaxLength(2000)
  url!: string;
}

export class UploadImageDto {
  @ApiProperty({ enum: IMAGE_TYPES })
  @IsIn(IMAGE_TYPES, { message: `must be one of ${IMAGE_TYPES.join(', ')}` })
  contentType!: ImageType;

  @ApiProperty({ description: 'The image, base64-encoded (at most 2 MB decoded; the request body is capped at 1 MB)' })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/^data:[^,]*,/, '').replace(/\s+/g, '') : value))
  @IsBase64Like()
  dataBase64!: string;
}

function IsBase64Like() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isBase64Like',
      target: object.constructor,
      propertyName,
      options: { message: 'must be base64' },
      validator: { validate: (value: unknown) => typeof value === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(value) },
    });
}

export class SuggestedTextDto implements SuggestedTextInput {
  @ApiProperty({ enum: NETWORK_NAMES })
  @IsIn(NETWORK_NAMES, { message: `must be one of ${NETWORK_NAMES.join(', ')}` })
  network!: NetworkName;

  @ApiProperty({ maxLength: 3000 })
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(3000)
  text!: string;
}

export class CreateContentItemDto implements CreateContentItemRequest {
  @ApiProperty({ maxLength: 500 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(500)
  title!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) summary?: string;
  @ApiPropertyOptional({ description: 'Sanitized before it is stored' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  bodyHtml?: string;
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsUrl(httpUrl, URL_MESSAGE)
  @MaxLength(2000)
  url?: string;
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsUrl(httpUrl, URL_MESSAGE)
  @MaxLength(2000)
  imageUrl?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an image id (UUID)' })
  imageId?: string;
  @ApiPropertyOptional({ enum: CONTENT_LANGUAGES })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: `must be one of ${CONTENT_LANGUAGES.join(', ')}` })
  language?: ContentLanguage;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', uuidList)
  topicIds?: string[];
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Group ids; empty = everyone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', uuidList)
  audienceIds?: string[];
  @ApiPropertyOptional({ type: [SuggestedTextDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SuggestedTextDto)
  suggestedTexts?: SuggestedTextDto[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean({ message: 'must be true or false' }) featured?: boolean;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  publishAt?: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  expiresAt?: string | null;
}

export class UpdateContentItemDto extends PartialType(CreateContentItemDto) implements UpdateContentItemRequest {}

export class TransitionDto implements ContentTransitionRequest {
  @ApiProperty({ enum: CONTENT_ACTIONS })
  @IsIn(CONTENT_ACTIONS, { message: `must be one of ${CONTENT_ACTIONS.join(', ')}` })
  action!: ContentAction;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Required for reject' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class BulkContentDto implements BulkContentRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1, { message: 'must contain at least one id' })
  @ArrayMaxSize(200, { message: 'must contain at most 200 ids' })
  @IsUUID('all', uuidList)
  ids!: string[];

  @ApiProperty({ enum: CONTENT_ACTIONS })
  @IsIn(CONTENT_ACTIONS, { message: `must be one of ${CONTENT_ACTIONS.join(', ')}` })
  action!: ContentAction;
}

export class ContentSettingsDto implements ContentSettings {
  @ApiProperty({ description: 'Four-eyes: a second curator must approve what one curator submitted' })
  @IsBoolean({ message: 'must be true or false' })
  requireSecondApprover!: boolean;
}

class SearchPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a topic id (UUID)' })
  topicId?: string;
  @ApiPropertyOptional({ maxLength: 200, description: 'Full-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class FeedQueryDto extends SearchPageQueryDto implements FeedQuery {
  @ApiPropertyOptional({ enum: CONTENT_LANGUAGES })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: `must be one of ${CONTENT_LANGUAGES.join(', ')}` })
  language?: ContentLanguage;
}

export class ContentListQueryDto extends SearchPageQueryDto implements ContentListQuery {
  @ApiPropertyOptional({ enum: CONTENT_STATES })
  @IsOptional()
  @IsIn(CONTENT_STATES, { message: `must be one of ${CONTENT_STATES.join(', ')}` })
  state?: ContentState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a source id (UUID)' })
  sourceId?: string;
}
