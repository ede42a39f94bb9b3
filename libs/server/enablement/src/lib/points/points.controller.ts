import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  AmbassadorContact,
  AmbassadorOverview,
  Challenge,
  MyPoints,
  PointsLeaderboard,
  PointsSettings,
} from '@chorus/shared/contracts';
import { Roles, SignedIn } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { AmbassadorsService } from './ambassadors.service';
import { ChallengesService } from './challenges.service';
import { MyPointsService } from './my-points.service';
import { PointsLeaderboardService } from './points-leaderboard.service';
import { PointsSettingsService } from './points-settings.service';
import {
  AmbassadorsQueryDto,
  ChallengeRequestDto,
  MyPointsQueryDto,
  PointsLeaderboardQueryDto,
  PointsSettingsDto,
} from './points.dto';
import {
  AmbassadorContactView,
  AmbassadorOverviewView,
  ChallengeView,
  MyPointsView,
  PointsLeaderboardView,
  PointsSettingsView,
} from './points.views';

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

@ApiTags('enablement')
@Controller('enablement')
export class PointsController {
  constructor(
    private readonly settings: PointsSettingsService,
    private readonly points: MyPointsService,
    private readonly leaderboards: PointsLeaderboardService,
  ) {}

  @Roles('admin')
  @Get('points-settings')
  @ApiOkResponse({ type: PointsSettingsView })
  getSettings(): Promise<PointsSettings> {
    return this.settings.get();
  }

  @Roles('admin')
  @Put('points-settings')
  @ApiOkResponse({ type: PointsSettingsView, description: 'Every reason required, 0–1000; applies to new events only' })
  putSettings(@CurrentUser() user: AuthenticatedUser, @Body() body: PointsSettingsDto): Promise<PointsSettings> {
    return this.settings.update(user, body.values);
  }

  @Roles('advocate', 'curator')
  @Get('points/me')
  @ApiOkResponse({ type: MyPointsView, description: '400 names cursor when it is not one this list returned' })
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: MyPointsQueryDto): Promise<MyPoints> {
    return this.points.mine(user.id, query.cursor);
  }

  @SignedIn()
  @Get('leaderboard')
  @ApiOkResponse({ type: PointsLeaderboardView, description: '403 for another group (advocates), 404 unknown group' })
  leaderboard(@CurrentUser() user: AuthenticatedUser, @Query() query: PointsLeaderboardQueryDto): Promise<PointsLeaderboard> {
    return this.leaderboards.leaderboard(user, query);
  }
}

@ApiTags('enablement')
@Controller('enablement/challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @SignedIn()
  @Get()
  @ApiOkResponse({ type: [ChallengeView], description: 'Running, then scheduled, then the 20 latest ended' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<Challenge[]> {
    return this.challenges.list(user);
  }

  @SignedIn()
  @Get(':id')
  @ApiOkResponse({ type: ChallengeView, description: '404 when unknown or not visible to the caller' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<Challenge> {
    return this.challenges.get(user, id);
  }

  @Roles('lead', 'admin')
  @Post()
  @ApiCreatedResponse({ type: ChallengeView, description: '400 names the field' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: ChallengeRequestDto): Promise<Challenge> {
    return this.challenges.create(user, body);
  }

  @Roles('lead', 'admin')
  @Put(':id')
  @ApiOkResponse({ type: ChallengeView, description: '400 names the field; 409 once finalized' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: ChallengeRequestDto,
  ): Promise<Challenge> {
    return this.challenges.update(user, id, body);
  }

  @Roles('lead', 'admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.challenges.remove(user, id);
  }
}

@ApiTags('enablement')
@Controller('enablement/ambassadors')
export class AmbassadorsController {
  constructor(private readonly ambassadors: AmbassadorsService) {}

  @Roles('lead', 'admin')
  @Get()
  @ApiOkResponse({ type: AmbassadorOverviewView, description: '404 unknown group' })
  overview(@Query() query: AmbassadorsQueryDto): Promise<AmbassadorOverview> {
    return this.ambassadors.overview(query.groupId);
  }

  @SignedIn()
  @Get('mine')
  @ApiOkResponse({ type: [AmbassadorContactView], description: "The ambassadors of the caller's groups" })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<AmbassadorContact[]> {
    return this.ambassadors.mine(user.id);
  }

  @Roles('lead', 'admin')
  @Put(':groupId/:userId')
  @ApiOkResponse({ type: AmbassadorContactView, description: '404 unknown group or user; 409 not an active member' })
  mark(
    @CurrentUser() user: AuthenticatedUser,
    @Param('groupId', uuid) groupId: string,
    @Param('userId', uuid) userId: string,
  ): Promise<AmbassadorContact> {
    return this.ambassadors.mark(user, groupId, userId);
  }

  @Roles('lead', 'admin')
  @Delete(':groupId/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '404 when not marked' })
  unmark(
    @CurrentUser() user: AuthenticatedUser,
    @Param('groupId', uuid) groupId: string,
    @Param('userId', uuid) userId: string,
  ): Promise<void> {
    return this.ambassadors.unmark(user, groupId, userId);
  }
}
