import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ANALYTICS_EXPORTS,
  AdvocateReachRow,
  ContentReachRow,
  LeadDashboard,
  Leaderboard,
  LeaderboardPreference,
  MyReach,
} from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { LeaderboardService } from './leaderboard.service';
import { MyReachService } from './my-reach.service';
import { ReportExport } from './report-export.service';
import { ReportQueries } from './report-queries.service';
import {
  AnalyticsQueryDto,
  LeaderboardPreferenceDto,
  LeaderboardQueryDto,
  RangeQueryDto,
  TopQueryDto,
} from './reports.dto';
import {
  AdvocateReachRowView,
  ContentReachRowView,
  LeadDashboardView,
  LeaderboardPreferenceView,
  LeaderboardView,
  MyReachView,
} from './reports.views';

interface HeaderReply {
  header(name: string, value: string): HeaderReply;
}

const RANGE_ERRORS = '400 validation_failed names the field (from, to, groupId, network, limit)';

@ApiTags('analytics')
@Controller('analytics')
export class LeadReportsController {
  constructor(
    private readonly reports: ReportQueries,
    private readonly exports: ReportExport,
  ) {}

  @Roles('lead', 'admin')
  @Get('dashboard')
  @ApiOkResponse({ type: LeadDashboardView, description: RANGE_ERRORS })
  dashboard(@Query() query: AnalyticsQueryDto): Promise<LeadDashboard> {
    return this.reports.dashboard(query);
  }

  @Roles('lead', 'admin')
  @Get('content')
  @ApiOkResponse({ type: [ContentReachRowView], description: `Most clicked first. ${RANGE_ERRORS}` })
  content(@Query() query: TopQueryDto): Promise<ContentReachRow[]> {
    return this.reports.topContent(query, query.limit ?? 10);
  }

  @Roles('lead', 'admin')
  @Get('advocates')
  @ApiOkResponse({ type: [AdvocateReachRowView], description: `Most clicked first. ${RANGE_ERRORS}` })
  advocates(@Query() query: TopQueryDto): Promise<AdvocateReachRow[]> {
    return this.reports.topAdvocates(query, query.limit ?? 10);
  }

  @Roles('lead', 'admin')
  @Get('export/:table')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `Every row of one report as CSV (attachment chorus-<table>-<from>-<to>.csv); tables: ${ANALYTICS_EXPORTS.join(', ')}; other names 404`,
    schema: { type: 'string' },
  })
  async export(
    @Param('table') table: string,
    @Query() query: AnalyticsQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const file = await this.exports.export(table, query);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.csv;
  }
}

@ApiTags('analytics')
@Controller('analytics')
export class MyReachController {
  constructor(
    private readonly reach: MyReachService,
    private readonly leaderboards: LeaderboardService,
  ) {}

  @Roles('advocate', 'curator')
  @Get('me')
  @ApiOkResponse({ type: MyReachView, description: '400 names the field (from, to)' })
  me(@CurrentUser() user: AuthenticatedUser, @Query() query: RangeQueryDto): Promise<MyReach> {
    return this.reach.myReach(user.id, query);
  }

  @Roles('advocate', 'curator')
  @Get('me/preferences')
  @ApiOkResponse({ type: LeaderboardPreferenceView })
  preference(@CurrentUser() user: AuthenticatedUser): Promise<LeaderboardPreference> {
    return this.reach.preference(user.id);
  }

  @Roles('advocate', 'curator')
  @Put('me/preferences')
  @ApiOkResponse({ type: LeaderboardPreferenceView })
  setPreference(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: LeaderboardPreferenceDto,
  ): Promise<LeaderboardPreference> {
    return this.reach.setPreference(user.id, body);
  }

  @Roles('advocate', 'curator', 'lead', 'admin')
  @Get('leaderboard')
  @ApiOkResponse({
    type: LeaderboardView,
    description: '403 analytics.not_a_member for a group the caller is not in (leads and admins: any group)',
  })
  leaderboard(@CurrentUser() user: AuthenticatedUser, @Query() query: LeaderboardQueryDto): Promise<Leaderboard> {
    return this.leaderboards.leaderboard(user, query);
  }
}
