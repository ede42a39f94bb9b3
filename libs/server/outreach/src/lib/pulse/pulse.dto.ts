import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  PulseAnswerRequest,
  PulseMailAnswerRequest,
  PulseResultsQuery,
  PulseSurveyRequest,
} from '@chorus/shared/contracts';
import { Trim } from '@chorus/server/core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { isMonday } from './pulse-weeks';

const LIKERT = { minimum: 1, maximum: 5, description: '1 = strongly disagree … 5 = strongly agree' };
const TrimEach = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
  );

export class PulseSurveyRequestDto implements PulseSurveyRequest {
  @ApiProperty({ minLength: 1, maxLength: 160 })
  @Trim()
  @IsString({ message: 'must be text' })
  @Length(1, 160, { message: 'must be 1 to 160 characters' })
  title!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 3, description: 'Statements of 3 to 200 characters' })
  @TrimEach()
  @IsArray({ message: 'must be a list of statements' })
  @ArrayMinSize(1, { message: 'needs at least one statement' })
  @ArrayMaxSize(3, { message: 'takes at most three statements' })
  @IsString({ each: true, message: 'must be text' })
  @Length(3, 200, { each: true, message: 'each statement must be 3 to 200 characters' })
  questions!: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Groups asked; empty or absent = everyone' })
  @IsOptional()
  @IsArray({ message: 'must be a list of group ids' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be group ids (UUID)' })
  groupIds?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Monday of the week (UTC); default: this week' })
  @IsOptional()
  @ValidateBy({
    name: 'isMonday',
    validator: {
      validate: (value) => typeof value === 'string' && isMonday(value),
      defaultMessage: () => 'must be a Monday (YYYY-MM-DD)',
    },
  })
  weekStart?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  sendMail?: boolean;
}

export class PulseAnswerDto {
  @ApiProperty({ example: 'q1' })
  @IsString({ message: 'must be a question id' })
  @MaxLength(16)
  questionId!: string;

  @ApiProperty(LIKERT)
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  value!: number;
}

export class PulseAnswerRequestDto implements PulseAnswerRequest {
  @ApiProperty({ type: [PulseAnswerDto], minItems: 1, maxItems: 3 })
  @IsArray({ message: 'must be a list of answers' })
  @ArrayMinSize(1, { message: 'needs at least one answer' })
  @ArrayMaxSize(3, { message: 'takes at most three answers' })
  @ValidateNested({ each: true })
  @Type(() => PulseAnswerDto)
  answers!: PulseAnswerDto[];
}

export class PulseMailAnswerRequestDto implements PulseMailAnswerRequest {
  @ApiProperty({ description: 'The token of the link in the pulse mail' })
  @IsString({ message: 'must be the token of a pulse link' })
  @Length(1, 2000, { message: 'must be the token of a pulse link' })
  token!: string;

  @ApiProperty(LIKERT)
  @IsInt({ message: 'must be a whole number from 1 to 5' })
  @Min(1, { message: 'must be a whole number from 1 to 5' })
  @Max(5, { message: 'must be a whole number from 1 to 5' })
  value!: number;
}

export class PulseResultsQueryDto implements PulseResultsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only answers given by members of this group (when answering)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 104, default: 12, description: 'Weeks back, this week included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number from 1 to 104' })
  @Min(1, { message: 'must be a whole number from 1 to 104' })
  @Max(104, { message: 'must be a whole number from 1 to 104' })
  weeks?: number;
}
