import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { GroupMember, GroupSummary } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthenticatedUser } from '../auth/cookies';
import { GroupMemberView, GroupSummaryView } from '../views.dto';
import { CreateGroupDto, GroupMembersDto, UpdateGroupDto } from './groups.dto';
import { GroupsService } from './groups.service';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

@ApiTags('groups')
@Controller('groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Roles('admin', 'curator', 'lead')
  @Get()
  @ApiOkResponse({ type: [GroupSummaryView] })
  list(): Promise<GroupSummary[]> {
    return this.groups.list();
  }

  @Roles('admin', 'curator', 'lead')
  @Get(':id/members')
  @ApiOkResponse({ type: [GroupMemberView] })
  members(@Param('id', uuid) id: string): Promise<GroupMember[]> {
    return this.groups.members(id);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: GroupSummaryView })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateGroupDto): Promise<GroupSummary> {
    return this.groups.create(actor, body);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ type: GroupSummaryView })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateGroupDto,
  ): Promise<GroupSummary> {
    return this.groups.update(actor, id, body);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.groups.remove(actor, id);
  }

  @Roles('admin')
  @Post(':id/members')
  @ApiCreatedResponse({ type: [GroupMemberView] })
  addMembers(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: GroupMembersDto,
  ): Promise<GroupMember[]> {
    return this.groups.addMembers(actor, id, body.userIds);
  }

  @Roles('admin')
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeMember(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
  ): Promise<void> {
    return this.groups.removeMember(actor, id, userId);
  }
}
