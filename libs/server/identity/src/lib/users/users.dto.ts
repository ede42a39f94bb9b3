import { NormaliseEmail, Trim } from '@chorus/server/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  InviteUserRequest,
  Role,
  ROLES,
  UpdateUserRequest,
  USER_STATUSES,
  UserListQuery,
  UserStatus,
} from '@chorus/shared/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

const ROLE_MESSAGE = `each value must be one of ${ROLES.join(', ')}`;

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty({ example: 'new.advocate@example.com' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', {
    each: true,
    message: 'each value must be a group id (UUID)',
  })
  groupIds?: string[];
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles?: Role[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', {
    each: true,
    message: 'each value must be a group id (UUID)',
  })
  groupIds?: string[];
}

export class UserListQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES, {
    message: `must be one of ${USER_STATUSES.join(', ')}`,
  })
  status?: UserStatus;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id (UUID)' })
  groupId?: string;
}
