import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTENT_LANGUAGES, CONTENT_ORIGINS, CONTENT_STATES, NETWORK_NAMES } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class TopicView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() itemCount!: number;
}

export class RefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class SourceViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: ['rss', 'atom', 'json'], nullable: true }) format!: string | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() pollIntervalMinutes!: number;
  @ApiProperty({ enum: CONTENT_LANGUAGES, nullable: true }) language!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) topicIds!: string[];
  @ApiProperty({ enum: ['ok', 'failing', 'disabled', 'pending'] }) status!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastPolledAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastSuccessAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) nextPollAt!: string | null;
  @ApiProperty() itemCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class OpmlErrorView {
  @ApiProperty() url!: string;
  @ApiProperty() message!: string;
}

export class OpmlImportJobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) state!: string;
  @ApiProperty() total!: number;
  @ApiProperty() processed!: number;
  @ApiProperty() created!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty({ type: [OpmlErrorView] }) errors!: OpmlErrorView[];
}

export class UrlPreviewView {
  @ApiProperty() url!: string;
  @ApiProperty() canonicalUrl!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) imageUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) siteName!: string | null;
  @ApiProperty({ enum: CONTENT_LANGUAGES, nullable: true }) language!: string | null;
}

export class ImageUploadedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '/api/content/images/<id>' }) url!: string;
}

export class SuggestedTextView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() text!: string;
}

export class ContentItemSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) imageUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceName!: string | null;
  @ApiProperty({ enum: CONTENT_ORIGINS }) origin!: string;
  @ApiProperty({ enum: CONTENT_LANGUAGES, nullable: true }) language!: string | null;
  @ApiProperty({ enum: CONTENT_STATES }) state!: string;
  @ApiProperty() featured!: boolean;
  @ApiProperty({ type: [RefView] }) topics!: RefView[];
  @ApiProperty({ type: [RefView], description: 'Groups; empty = everyone' }) audiences!: RefView[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ContentItemView extends ContentItemSummaryView {
  @ApiProperty({ description: 'Sanitized HTML' }) bodyHtml!: string;
  @ApiProperty({ type: [SuggestedTextView] }) suggestedTexts!: SuggestedTextView[];
  @ApiProperty({ type: RefView, nullable: true }) createdBy!: RefView | null;
  @ApiProperty({ type: RefView, nullable: true }) submittedBy!: RefView | null;
  @ApiProperty({ type: RefView, nullable: true }) approvedBy!: RefView | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt!: string | null;
}

export class ContentPageView {
  @ApiProperty({ type: [ContentItemSummaryView] }) items!: ContentItemSummaryView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as cursor for the next page' }) nextCursor!:
    | string
    | null;
}

export class BulkFailureView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() message!: string;
}

export class BulkContentResultView {
  @ApiProperty({ type: [String], format: 'uuid' }) succeeded!: string[];
  @ApiProperty({ type: [BulkFailureView] }) failed!: BulkFailureView[];
}

export class ContentSettingsView {
  @ApiProperty() requireSecondApprover!: boolean;
}

export class FeedItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty({ nullable: true, type: String }) imageUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceName!: string | null;
  @ApiProperty({ enum: CONTENT_LANGUAGES, nullable: true }) language!: string | null;
  @ApiProperty() featured!: boolean;
  @ApiProperty({ type: [RefView] }) topics!: RefView[];
  @ApiProperty({ type: [SuggestedTextView] }) suggestedTexts!: SuggestedTextView[];
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt!: string | null;
}

export class FeedPageView {
  @ApiProperty({ type: [FeedItemView] }) items!: FeedItemView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as cursor for the next page' }) nextCursor!:
    | string
    | null;
}
