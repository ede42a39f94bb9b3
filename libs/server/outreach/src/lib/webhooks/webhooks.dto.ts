import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChatWebhookRequest, WEBHOOK_KINDS, WebhookKind } from '@chorus/shared/contracts';
import { Trim } from '@chorus/server/core';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const URL_DESCRIPTION =
  'The incoming-webhook URL; write-only (never returned). https; in production a Slack hooks.slack.com URL, or for Teams *.webhook.office.com, *.logic.azure.com or *.powerplatform.com; outside production also http on 127.0.0.1/::1/localhost';

export class CreateChatWebhookDto implements ChatWebhookRequest {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @Trim()
  @IsString({ message: 'must be text' })
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @ApiProperty({ enum: WEBHOOK_KINDS })
  @IsIn(WEBHOOK_KINDS, { message: `must be one of ${WEBHOOK_KINDS.join(', ')}` })
  kind!: WebhookKind;

  @ApiProperty({ maxLength: 2000, description: URL_DESCRIPTION, writeOnly: true })
  @Trim()
  @IsString({ message: 'is required' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  enabled?: boolean;
}

export class UpdateChatWebhookDto implements Partial<ChatWebhookRequest> {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @Trim()
  @IsString({ message: 'must be text' })
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_KINDS })
  @IsOptional()
  @IsIn(WEBHOOK_KINDS, { message: `must be one of ${WEBHOOK_KINDS.join(', ')}` })
  kind?: WebhookKind;

  @ApiPropertyOptional({ maxLength: 2000, description: `A new URL. ${URL_DESCRIPTION}`, writeOnly: true })
  @IsOptional()
  @Trim()
  @IsString({ message: 'must be a URL' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  enabled?: boolean;
}
