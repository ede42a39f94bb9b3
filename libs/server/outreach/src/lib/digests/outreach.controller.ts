import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  DigestPreview,
  DigestRunResult,
  OutreachPreferences,
  OutreachSettings,
  UnsubscribeResult,
} from '@chorus/shared/contracts';
import { Public, Roles, SignedIn } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { DigestPlanner } from './digest-planner.service';
import { DigestSender } from './digest-sender.service';
import { UnsubscribeDto, UpdateOutreachPreferencesDto, UpdateOutreachSettingsDto } from './outreach.dto';
import { OutreachSettingsService } from './outreach-settings.service';
import {
  DigestPreviewView,
  DigestRunResultView,
  OutreachPreferencesView,
  OutreachSettingsView,
  UnsubscribeResultView,
} from './outreach.views';
import { UnsubscribeService } from './unsubscribe.service';

@ApiTags('outreach')
@Controller('outreach')
export class OutreachController {
  constructor(
    private readonly settings: OutreachSettingsService,
    private readonly unsubscriptions: UnsubscribeService,
    private readonly planner: DigestPlanner,
    private readonly sender: DigestSender,
  ) {}

  @SignedIn()
  @Get('preferences')
  @ApiOkResponse({ type: OutreachPreferencesView, description: 'The defaults until the caller changes them' })
  preferences(@CurrentUser() user: AuthenticatedUser): Promise<OutreachPreferences> {
    return this.settings.preferences(user.id);
  }

  @SignedIn()
  @Put('preferences')
  @ApiOkResponse({
    type: OutreachPreferencesView,
    description: 'Fields left out keep their value; 400 names the field',
  })
  updatePreferences(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateOutreachPreferencesDto,
  ): Promise<OutreachPreferences> {
    return this.settings.updatePreferences(user.id, body);
  }

  @Roles('admin')
  @Get('settings')
  @ApiOkResponse({ type: OutreachSettingsView })
  getSettings(): Promise<OutreachSettings> {
    return this.settings.settings();
  }

  @Roles('admin')
  @Put('settings')
  @ApiOkResponse({ type: OutreachSettingsView, description: 'Fields left out keep their value; audited' })
  updateSettings(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateOutreachSettingsDto,
  ): Promise<OutreachSettings> {
    return this.settings.updateSettings(user, body);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOkResponse({
    type: UnsubscribeResultView,
    description: '400 outreach.invalid_token (field token) for a bad link',
  })
  unsubscribe(@Body() body: UnsubscribeDto): Promise<UnsubscribeResult> {
    return this.unsubscriptions.unsubscribe(body.token);
  }

  @Roles('admin')
  @Post('digests/run')
  @HttpCode(200)
  @ApiOkResponse({
    type: DigestRunResultView,
    description: "Queues now this period's digests (whatever the hour and weekday) and the nudges that are due",
  })
  run(): Promise<DigestRunResult> {
    return this.planner.run(true);
  }

  @Roles('advocate', 'curator')
  @Get('digests/preview')
  @ApiOkResponse({ type: DigestPreviewView, description: "The caller's digest as it would go out now (not sent)" })
  preview(@CurrentUser() user: AuthenticatedUser): Promise<DigestPreview> {
    return this.sender.preview(user.id);
  }
}
