import { ApiProperty } from '@nestjs/swagger';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class PulseQuestionView {
  @ApiProperty({ example: 'q1' }) id!: string;
  @ApiProperty() text!: string;
}

export class PulseSurveyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) weekStart!: string;
  @ApiProperty({ type: [PulseQuestionView] }) questions!: PulseQuestionView[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty = everyone' }) groupIds!: string[];
  @ApiProperty({ description: 'People who answered at least one question' }) responseCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CurrentPulseView {
  @ApiProperty({ type: PulseSurveyView, nullable: true }) survey!: PulseSurveyView | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    description: 'questionId → the caller’s answer (1..5)',
  })
  myAnswers!: Record<string, number>;
}

export class PulseGroupView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PulseSeriesRowView {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ format: 'date' }) weekStart!: string;
  @ApiProperty() questionId!: string;
  @ApiProperty() question!: string;
  @ApiProperty() responses!: number;
  @ApiProperty({ type: Number, nullable: true }) average!: number | null;
  @ApiProperty({ type: [Number], minItems: 5, maxItems: 5, description: 'Answers per value 1..5' })
  distribution!: [number, number, number, number, number];
}

export class PulseResultsView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId!: string | null;
  @ApiProperty({ type: [PulseGroupView] }) groups!: PulseGroupView[];
  @ApiProperty({ type: [PulseSeriesRowView], description: 'Oldest week first' }) series!: PulseSeriesRowView[];
}
