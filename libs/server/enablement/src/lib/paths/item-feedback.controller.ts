import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ItemFeedback } from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { ItemFeedbackService } from './item-feedback.service';
import { ItemFeedbackView } from './item-feedback.views';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('enablement')
@Controller('enablement')
export class ItemFeedbackController {
  constructor(private readonly feedback: ItemFeedbackService) {}

  @Roles('curator', 'admin')
  @Get('items/:contentItemId/feedback')
  @ApiOkResponse({ type: ItemFeedbackView, description: 'Ratings, comments and text suggestions of advocates. 404 for an unknown item' })
  get(@Param('contentItemId', uuid) contentItemId: string): Promise<ItemFeedback> {
    return this.feedback.feedback(contentItemId);
  }
}
