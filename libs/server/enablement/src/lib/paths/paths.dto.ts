import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NETWORK_NAMES,
  PROFILE_CHECKLIST,
  type ContentSuggestionRequest,
  type CreateSkillPathRequest,
  type LevelDefinition,
  type MatrixQuery,
  type NetworkName,
  type ProfileChecklistItem,
  type ReactionRequest,
  type RecordReadRequest,
  type SkillPathDefinition,
  type TextSuggestionRequest,
  type UpdateProfileChecklistRequest,
} from '@chorus/shared/contracts';
import { Trim } from '@chorus/server/core';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { COMMENT_MAX, SUGGESTION_MAX } from './activity.service';

export class CreateSkillPathDto implements CreateSkillPathRequest {
  @ApiProperty({ maxLength: 120 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Groups to roll the path out to; empty = everyone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must hold group ids' })
  groupIds?: string[];

  @ApiPropertyOptional({ enum: ['default', 'empty'], default: 'default' })
  @IsOptional()
  @IsIn(['default', 'empty'])
  template?: 'default' | 'empty';
}

/**
 * The whole tree; nested levels, steps and assignments are checked by parsePathDefinition, which names the
 * exact field (`levels[0].steps[2].assignments[1].target`).
 */
export class SkillPathDefinitionDto implements SkillPathDefinition {
  @ApiPropertyOptional({ format: 'uuid', description: 'Ignored (the path in the URL counts); accepted so GET\'s answer can be sent back' })
  @IsOptional()
  @IsString()
  id?: string;

  @ApiPropertyOptional({ description: 'Ignored; accepted so GET\'s answer can be sent back' })
  @IsOptional()
  @IsString()
  updatedAt?: string;

  @ApiProperty({ maxLength: 120 })
  @IsString()
  name!: string;

  @ApiProperty()
  @IsString()
  description!: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  groupIds!: string[];

  @ApiProperty()
  @IsBoolean()
  active!: boolean;

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Levels → steps → assignments; keep ids to keep progress; at most 10 levels, 20 steps, 20 assignments',
  })
  @IsArray()
  levels!: LevelDefinition[];
}

export class MatrixQueryDto implements MatrixQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the first path' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a path id' })
  pathId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: everyone the path is rolled out to' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id' })
  groupId?: string;
}

export class MyPathQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the first path not completed' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a path id' })
  pathId?: string;
}

export class RecordReadDto implements RecordReadRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a content item id' })
  contentItemId!: string;
}

export class ReactionDto implements ReactionRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: 5, nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of stars from 1 to 5' })
  @Min(1, { message: 'must be a whole number of stars from 1 to 5' })
  @Max(5, { message: 'must be a whole number of stars from 1 to 5' })
  rating?: number | null;

  @ApiPropertyOptional({ maxLength: COMMENT_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(COMMENT_MAX)
  comment?: string | null;
}

export class TextSuggestionDto implements TextSuggestionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a content item id' })
  contentItemId!: string;

  @ApiProperty({ enum: NETWORK_NAMES })
  @IsIn(NETWORK_NAMES)
  network!: NetworkName;

  @ApiProperty({ minLength: 1, maxLength: SUGGESTION_MAX })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(SUGGESTION_MAX)
  text!: string;
}

export class TextSuggestionQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a content item id' })
  contentItemId?: string;
}

export class ProfileChecklistDto implements UpdateProfileChecklistRequest {
  @ApiProperty({ enum: PROFILE_CHECKLIST, isArray: true })
  @IsArray()
  @ArrayMaxSize(PROFILE_CHECKLIST.length * 2)
  @IsIn(PROFILE_CHECKLIST, { each: true })
  checked!: ProfileChecklistItem[];
}

export class ContentSuggestionDto implements ContentSuggestionRequest {
  @ApiProperty({ maxLength: 2000, example: 'https://example.com/article' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why colleagues should share it; shown to the curator' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
