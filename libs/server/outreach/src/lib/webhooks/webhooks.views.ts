import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_KINDS } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class ChatWebhookView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: WEBHOOK_KINDS }) kind!: string;
  @ApiProperty({ description: 'Host (and port) of the URL; the URL itself is never returned' }) urlHost!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSentAt!: string | null;
  @ApiProperty({ type: String, enum: ['ok', 'failed'], nullable: true }) lastStatus!: 'ok' | 'failed' | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
}

export class ChatWebhookTestResultView {
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Null without an answer (timeout, refused)' })
  status!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}
