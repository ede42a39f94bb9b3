import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ChatWebhook, ChatWebhookTestResult } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { CreateChatWebhookDto, UpdateChatWebhookDto } from './webhooks.dto';
import { ChatWebhooksService } from './webhooks.service';
import { ChatWebhookTestResultView, ChatWebhookView } from './webhooks.views';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('outreach')
@Controller('outreach/webhooks')
export class ChatWebhooksController {
  constructor(private readonly webhooks: ChatWebhooksService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: [ChatWebhookView], description: 'Oldest first; never the URL' })
  list(): Promise<ChatWebhook[]> {
    return this.webhooks.list();
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: ChatWebhookView, description: '400 names the field (name, kind, url)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateChatWebhookDto): Promise<ChatWebhook> {
    return this.webhooks.create(user, body);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ type: ChatWebhookView, description: 'Fields left out keep their values; 400 names the field' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateChatWebhookDto,
  ): Promise<ChatWebhook> {
    return this.webhooks.update(user, id, body);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.webhooks.remove(user, id);
  }

  @Roles('admin')
  @Post(':id/test')
  @HttpCode(200)
  @ApiOkResponse({
    type: ChatWebhookTestResultView,
    description:
      'Posts a test message now (WEBHOOK_TIMEOUT_MS) and reports the answer; a failed post is 200 with ok false',
  })
  test(@Param('id', uuid) id: string): Promise<ChatWebhookTestResult> {
    return this.webhooks.test(id);
  }
}
