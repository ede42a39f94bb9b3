import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  CheckTimeResult,
  ComposeDraft,
  CreateSharesResponse,
  NotificationList,
  OriginalityResult,
  Page,
  PostingSchedule,
  PublishingSettings,
  ShareView,
} from '@chorus/shared/contracts';
import { Roles, SignedIn } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { NotificationsService } from './notifications/notifications.service';
import {
  CheckTimeDto,
  ConfirmShareDto,
  CreateSharesDto,
  OriginalityDto,
  PostingScheduleDto,
  ShareListQueryDto,
  UpdatePublishingSettingsDto,
  UpdateShareDto,
} from './publishing.dto';
import {
  CheckTimeResultView,
  ComposeDraftView,
  CreateSharesResponseView,
  NotificationListView,
  OriginalityResultView,
  PostingScheduleView,
  PublishingSettingsView,
  SharePageView,
  ShareViewDto,
} from './publishing.views';
import { PostingScheduleService } from './settings/posting-schedule.service';
import { PublishingSettingsService } from './settings/publishing-settings.service';
import { ComposeService } from './shares/compose.service';
import { SharesService } from './shares/shares.service';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });
const LIMIT_ERRORS =
  '422 publishing.limit / publishing.too_similar / publishing.not_connected / guidelines.blocked / guidelines.acknowledgement_required, with the field';

@ApiTags('publishing')
@Controller('shares')
export class SharesController {
  constructor(private readonly shares: SharesService) {}

  @Roles('advocate', 'curator')
  @Post()
  @ApiCreatedResponse({ type: CreateSharesResponseView, description: `One share per network. ${LIMIT_ERRORS}` })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSharesDto): Promise<CreateSharesResponse> {
    return this.shares.create(user, body);
  }

  @Roles('advocate', 'curator')
  @Get()
  @ApiOkResponse({ type: SharePageView })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ShareListQueryDto): Promise<Page<ShareView>> {
    return this.shares.list(user.id, query);
  }

  @Roles('advocate', 'curator')
  @Post('check-time')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckTimeResultView, description: 'Whether the time is allowed, and why not' })
  checkTime(@CurrentUser() user: AuthenticatedUser, @Body() body: CheckTimeDto): Promise<CheckTimeResult> {
    return this.shares.checkTime(user.id, body);
  }

  @Roles('advocate', 'curator')
  @Get(':id')
  @ApiOkResponse({ type: ShareViewDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ShareView> {
    return this.shares.get(user.id, id);
  }

  @Roles('advocate', 'curator')
  @Patch(':id')
  @ApiOkResponse({ type: ShareViewDto, description: `Only while scheduled (409 otherwise). ${LIMIT_ERRORS}` })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateShareDto,
  ): Promise<ShareView> {
    return this.shares.update(user, id, body);
  }

  @Roles('advocate', 'curator')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareViewDto, description: '409 once publishing has started' })
  cancel(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ShareView> {
    return this.shares.cancel(user.id, id);
  }

  @Roles('advocate', 'curator')
  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareViewDto, description: 'Failed or needs_reconnect → publish now' })
  retry(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<ShareView> {
    return this.shares.retry(user.id, id);
  }

  @Roles('advocate', 'curator')
  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ShareViewDto, description: 'Answer "Did this appear on your profile?"' })
  confirm(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: ConfirmShareDto,
  ): Promise<ShareView> {
    return this.shares.confirm(user.id, id, body);
  }
}

@ApiTags('publishing')
@Controller('compose')
export class ComposeController {
  constructor(private readonly compose: ComposeService) {}

  @Roles('advocate', 'curator')
  @Post('originality')
  @HttpCode(200)
  @ApiOkResponse({ type: OriginalityResultView, description: 'Similarity to the suggested text and colleagues’ posts (X)' })
  originality(@CurrentUser() user: AuthenticatedUser, @Body() body: OriginalityDto): Promise<OriginalityResult> {
    return this.compose.originality(user.id, body);
  }

  @Roles('advocate', 'curator')
  @Get(':contentItemId')
  @ApiOkResponse({ type: ComposeDraftView, description: 'Creates the advocate’s tracked links on first use' })
  draft(@CurrentUser() user: AuthenticatedUser, @Param('contentItemId', uuid) itemId: string): Promise<ComposeDraft> {
    return this.compose.draft(user.id, itemId);
  }
}

@ApiTags('publishing')
@Controller('me/posting-schedule')
export class PostingScheduleController {
  constructor(private readonly schedules: PostingScheduleService) {}

  @Roles('advocate', 'curator')
  @Get()
  @ApiOkResponse({ type: PostingScheduleView })
  get(@CurrentUser() user: AuthenticatedUser): Promise<PostingSchedule> {
    return this.schedules.get(user.id);
  }

  @Roles('advocate', 'curator')
  @Put()
  @ApiOkResponse({ type: PostingScheduleView })
  put(@CurrentUser() user: AuthenticatedUser, @Body() body: PostingScheduleDto): Promise<PostingSchedule> {
    return this.schedules.put(user.id, body);
  }
}

@ApiTags('publishing')
@Controller('publishing/settings')
export class PublishingSettingsController {
  constructor(private readonly settings: PublishingSettingsService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: PublishingSettingsView })
  get(): Promise<PublishingSettings> {
    return this.settings.get();
  }

  @Roles('admin')
  @Put()
  @ApiOkResponse({ type: PublishingSettingsView })
  update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdatePublishingSettingsDto): Promise<PublishingSettings> {
    return this.settings.update(user, body);
  }
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Get()
  @ApiOkResponse({ type: NotificationListView })
  list(@CurrentUser() user: AuthenticatedUser): Promise<NotificationList> {
    return this.notifications.list(user.id);
  }

  @SignedIn()
  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse()
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.notifications.markAllRead(user.id);
  }

  @SignedIn()
  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.notifications.markRead(user.id, id);
  }
}
