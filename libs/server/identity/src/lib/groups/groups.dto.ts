import { Trim } from '@chorus/server/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreateGroupRequest, GroupMembersRequest, UpdateGroupRequest } from '@chorus/shared/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

export class CreateGroupDto implements CreateGroupRequest {
  @ApiProperty({ example: 'Sales DACH', maxLength: 80 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(80)
  name!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class UpdateGroupDto implements UpdateGroupRequest {
  @ApiPropertyOptional({ maxLength: 80 })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(80)
  name?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class GroupMembersDto implements GroupMembersRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one user' })
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each value must be a user id (UUID)' })
  userIds!: string[];
}
