import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { AuditEvent, AuditQuery, Page } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AuditPageView } from '../views.dto';
import { AuditService } from './audit.service';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ example: 'user.invited' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id (UUID)' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, {
    message: 'must be a cursor returned by the previous page',
  })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('admin: audit log')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: AuditPageView })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEvent>> {
    return this.audit.list(query);
  }
}
