import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GUIDELINE_SEVERITIES,
  GuidelineSeverity,
  GuidelinesCheckRequest,
  NETWORK_NAMES,
  NetworkName,
  RuleSetJson,
  SaveRuleSetRequest,
  UpdateGuidelineRuleRequest,
} from '@chorus/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

const RULE_SET_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  description:
    'A rule set of @chorus/shared/guidelines (id, version, name, languages, rules[]); validated by the engine',
} as const;

export class SaveRuleSetDto implements SaveRuleSetRequest {
  @ApiProperty(RULE_SET_SCHEMA)
  @IsObject({ message: 'must be a rule set object' })
  ruleSet!: RuleSetJson;

  @ApiPropertyOptional({ maxLength: 500, description: 'What changed, shown in the version list' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class UpdateRuleDto implements UpdateGuidelineRuleRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ enum: GUIDELINE_SEVERITIES })
  @IsOptional()
  @IsIn(GUIDELINE_SEVERITIES, { message: `must be one of ${GUIDELINE_SEVERITIES.join(', ')}` })
  severity?: GuidelineSeverity;
}

export class VersionParamDto {
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  version!: number;
}

export class CheckRequestDto implements GuidelinesCheckRequest {
  @ApiProperty({ maxLength: 25000 })
  @IsString()
  @MaxLength(25000)
  text!: string;

  @ApiProperty({ enum: NETWORK_NAMES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NETWORK_NAMES.length)
  @IsIn(NETWORK_NAMES, { each: true, message: `must contain only ${NETWORK_NAMES.join(', ')}` })
  networks!: NetworkName[];

  @ApiPropertyOptional({
    example: 'en',
    description: 'Defaults to the content item’s, then the rule set’s default language',
  })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter language code' })
  language?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { message: 'must be an id (UUID)' })
  contentItemId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the post goes out; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  at?: string;
}
