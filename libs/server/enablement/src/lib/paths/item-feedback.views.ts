import { ApiProperty } from '@nestjs/swagger';
import { TextSuggestionView } from './paths.views';

/** Response shapes of the item feedback route for the OpenAPI document (contract: ItemFeedback). */
export class ItemFeedbackCommentView {
  @ApiProperty() authorName!: string;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 }) rating!: number | null;
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ItemFeedbackView {
  @ApiProperty({ format: 'uuid' }) contentItemId!: string;
  @ApiProperty({ description: 'Reactions with a rating' }) ratingCount!: number;
  @ApiProperty({ type: Number, nullable: true, example: 4.33, description: 'Two decimals; null without ratings' })
  averageRating!: number | null;
  @ApiProperty({ type: [Number], minItems: 5, maxItems: 5, example: [0, 0, 1, 0, 2], description: 'Ratings per star, 1 star first' })
  distribution!: number[];
  @ApiProperty({ type: [ItemFeedbackCommentView], description: 'Newest first (at most 100)' }) comments!: ItemFeedbackCommentView[];
  @ApiProperty({ type: [TextSuggestionView], description: 'Newest first' }) textSuggestions!: TextSuggestionView[];
}
