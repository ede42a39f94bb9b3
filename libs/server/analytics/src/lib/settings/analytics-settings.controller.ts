import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AnalyticsSettings, XReadSpend } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { XSpendService } from '../metrics/x-spend.service';
import { UpdateAnalyticsSettingsDto } from './analytics-settings.dto';
import { AnalyticsSettingsService } from './analytics-settings.service';
import { AnalyticsSettingsView, XReadSpendView } from './analytics-settings.views';

@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsSettingsController {
  constructor(
    private readonly settings: AnalyticsSettingsService,
    private readonly spend: XSpendService,
  ) {}

  @Roles('admin')
  @Get('settings')
  @ApiOkResponse({ type: AnalyticsSettingsView })
  get(): Promise<AnalyticsSettings> {
    return this.settings.get();
  }

  @Roles('admin')
  @Put('settings')
  @ApiOkResponse({ type: AnalyticsSettingsView, description: 'Fields left out keep their values; rates per network' })
  update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateAnalyticsSettingsDto): Promise<AnalyticsSettings> {
    return this.settings.update(user, body);
  }

  @Roles('admin', 'lead')
  @Get('x-spend')
  @ApiOkResponse({
    type: XReadSpendView,
    description: 'What reading X metrics cost (X bills each post read once per UTC day)',
  })
  xSpend(): Promise<XReadSpend> {
    return this.spend.spend();
  }
}
