import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InvitationCreated, UserSummary } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthenticatedUser } from '../auth/cookies';
import { InvitationCreatedView, UserSummaryView } from '../views.dto';
import { InviteUserDto, UpdateUserDto, UserListQueryDto } from './users.dto';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

@ApiTags('admin: users')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: [UserSummaryView] })
  list(@Query() query: UserListQueryDto): Promise<UserSummary[]> {
    return this.users.list(query);
  }

  @Roles('admin')
  @Post('invite')
  @ApiCreatedResponse({ type: InvitationCreatedView })
  invite(@CurrentUser() actor: AuthenticatedUser, @Body() body: InviteUserDto): Promise<InvitationCreated> {
    return this.users.invite(actor, body);
  }

  @Roles('admin')
  @Get(':id')
  @ApiOkResponse({ type: UserSummaryView })
  get(@Param('id', uuid) id: string): Promise<UserSummary> {
    return this.users.get(id);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ type: UserSummaryView })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserSummary> {
    return this.users.update(actor, id, body);
  }

  @Roles('admin')
  @Post(':id/deactivate')
  @ApiCreatedResponse({ type: UserSummaryView })
  deactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string): Promise<UserSummary> {
    return this.users.setActive(actor, id, false);
  }

  @Roles('admin')
  @Post(':id/reactivate')
  @ApiCreatedResponse({ type: UserSummaryView })
  reactivate(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string): Promise<UserSummary> {
    return this.users.setActive(actor, id, true);
  }

  @Roles('admin')
  @Post(':id/invite')
  @ApiCreatedResponse({ type: InvitationCreatedView })
  resendInvite(@CurrentUser() actor: AuthenticatedUser, @Param('id', uuid) id: string): Promise<InvitationCreated> {
    return this.users.resendInvite(actor, id);
  }
}
