import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NETWORK_NAMES, SHARE_STATES, SHARE_TIMINGS } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class ShareItemRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
}

export class ShareFailureView {
  @ApiProperty({ example: 'network.rejected' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'Guideline findings that blocked it' })
  findings?: unknown[];
}

export class ShareAccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() handle!: string;
}

export class ShareViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty({ enum: SHARE_STATES }) state!: string;
  @ApiProperty({ enum: SHARE_TIMINGS }) timing!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: ShareItemRefView, nullable: true }) contentItem!: ShareItemRefView | null;
  @ApiProperty({ type: String, nullable: true }) trackedUrl!: string | null;
  @ApiProperty({ format: 'date-time' }) scheduledAt!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) postUrl!: string | null;
  @ApiProperty({ type: ShareFailureView, nullable: true }) failure!: ShareFailureView | null;
  @ApiProperty() needsConfirmation!: boolean;
  @ApiProperty({ type: ShareAccountView, nullable: true }) account!: ShareAccountView | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CreateSharesResponseView {
  @ApiProperty({ type: [ShareViewDto] }) shares!: ShareViewDto[];
}

export class SharePageView {
  @ApiProperty({ type: [ShareViewDto] }) items!: ShareViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CheckTimeResultView {
  @ApiProperty() allowed!: boolean;
  @ApiProperty({ type: [String] }) reasons!: string[];
}

export class OriginalityResultView {
  @ApiProperty({ minimum: 0, maximum: 1 }) toSuggested!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) toColleagues!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty() allowed!: boolean;
  @ApiProperty() explanation!: string;
}

export class BlackoutWindowView {
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class ScopedBlackoutWindowView extends BlackoutWindowView {
  @ApiProperty({ enum: ['organisation', 'personal'] }) scope!: string;
}

export class MaxPerDayView {
  @ApiProperty() linkedin!: number;
  @ApiProperty() x!: number;
}

export class PublishingSettingsView {
  @ApiProperty({ type: MaxPerDayView }) maxPerDay!: MaxPerDayView;
  @ApiProperty() minSpacingMinutes!: number;
  @ApiProperty({ type: [BlackoutWindowView] }) blackouts!: BlackoutWindowView[];
  @ApiProperty() xSimilarityThreshold!: number;
  @ApiProperty() showXCost!: boolean;
}

export class QueueSlotView {
  @ApiProperty({ minimum: 1, maximum: 7 }) day!: number;
  @ApiProperty({ example: '09:30' }) time!: string;
}

export class PostingScheduleView {
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone!: string;
  @ApiProperty({ type: [QueueSlotView] }) slots!: QueueSlotView[];
  @ApiProperty({ type: [BlackoutWindowView] }) blackouts!: BlackoutWindowView[];
}

export class LimitsView {
  @ApiProperty({ type: MaxPerDayView }) maxPerDay!: MaxPerDayView;
  @ApiProperty() minSpacingMinutes!: number;
  @ApiProperty({ type: [ScopedBlackoutWindowView] }) blackouts!: ScopedBlackoutWindowView[];
}

export class ComposeItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) imageUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'en' }) language!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) topicIds!: string[];
}

export class ComposeAccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() handle!: string;
  @ApiProperty({ enum: ['connected', 'needs_reconnect'] }) state!: string;
}

export class ComposeTargetView {
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty({ type: ComposeAccountView, nullable: true }) account!: ComposeAccountView | null;
  @ApiProperty({ description: 'The suggested text with the advocate’s tracked link' }) text!: string;
  @ApiProperty({ type: String, nullable: true }) trackedUrl!: string | null;
  @ApiProperty() maxLength!: number;
  @ApiProperty({ enum: ['characters', 'x-weighted'] }) lengthCounting!: string;
}

export class AlternativeTextView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() text!: string;
}

export class SuggestedTimeView {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: NETWORK_NAMES, nullable: true, type: String }) network!: string | null;
  @ApiProperty() reason!: string;
}

export class SuggestedTimesView {
  @ApiProperty({ enum: ['history', 'defaults'] }) basis!: string;
  @ApiProperty() explanation!: string;
  @ApiProperty({ type: [SuggestedTimeView] }) times!: SuggestedTimeView[];
}

export class XOriginalityView {
  @ApiProperty() threshold!: number;
}

export class XCostView {
  @ApiProperty({ enum: ['USD'] }) currency!: string;
  @ApiProperty() perPost!: number;
  @ApiProperty() perPostWithLink!: number;
}

export class ComposeDraftView {
  @ApiProperty({ type: ComposeItemView }) contentItem!: ComposeItemView;
  @ApiProperty({ type: [ComposeTargetView] }) targets!: ComposeTargetView[];
  @ApiProperty({ type: [AlternativeTextView] }) alternativeTexts!: AlternativeTextView[];
  @ApiProperty({ type: SuggestedTimesView }) suggestedTimes!: SuggestedTimesView;
  @ApiProperty({ type: LimitsView }) limits!: LimitsView;
  @ApiProperty({ type: XOriginalityView }) xOriginality!: XOriginalityView;
  @ApiProperty({ type: XCostView, nullable: true }) xCost!: XCostView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextQueueSlot!: string | null;
}

export class NotificationViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationListView {
  @ApiProperty({ type: [NotificationViewDto] }) items!: NotificationViewDto[];
  @ApiProperty() unread!: number;
}
