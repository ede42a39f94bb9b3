import { ApiProperty } from '@nestjs/swagger';
import { CHALLENGE_METRICS, POINT_REASONS, POINTS_PERIODS } from '@chorus/shared/contracts';
import { PointValuesDto } from './points.dto';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class PointsSettingsView {
  @ApiProperty({ type: PointValuesDto }) values!: PointValuesDto;
}

export class PointAwardView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: POINT_REASONS }) reason!: string;
  @ApiProperty({ example: 'Shared “Quarterly results” on LinkedIn' }) label!: string;
  @ApiProperty() points!: number;
  @ApiProperty({ format: 'date-time' }) awardedAt!: string;
}

export class MyPointsView {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'This ISO week (since Monday 00:00 UTC)' }) week!: number;
  @ApiProperty({ type: [PointAwardView], description: 'Newest first, 50 per page' }) history!: PointAwardView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class GroupRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PointsLeaderboardEntryView {
  @ApiProperty() rank!: number;
  @ApiProperty({ description: '"Anonymous advocate" for someone who opted out (unless it is the caller)' })
  name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty() points!: number;
  @ApiProperty() isMe!: boolean;
  @ApiProperty() anonymous!: boolean;
}

export class PointsLeaderboardView {
  @ApiProperty({ enum: POINTS_PERIODS }) period!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId!: string | null;
  @ApiProperty({ type: String, nullable: true }) groupName!: string | null;
  @ApiProperty({ type: [GroupRefView] }) groups!: GroupRefView[];
  @ApiProperty({ type: [PointsLeaderboardEntryView], description: 'Top 10 plus the caller' })
  entries!: PointsLeaderboardEntryView[];
}

export class ChallengeStandingView {
  @ApiProperty() rank!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty() score!: number;
  @ApiProperty() isMe!: boolean;
  @ApiProperty() anonymous!: boolean;
}

export class ChallengeItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class ChallengeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() prize!: string;
  @ApiProperty({ enum: CHALLENGE_METRICS }) metric!: string;
  @ApiProperty({ type: ChallengeItemView, nullable: true }) contentItem!: ChallengeItemView | null;
  @ApiProperty({ type: GroupRefView, nullable: true }) group!: GroupRefView | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() winnerCount!: number;
  @ApiProperty({ enum: ['scheduled', 'running', 'ended'] }) state!: string;
  @ApiProperty({ type: [ChallengeStandingView], description: 'Top 10 plus the caller' })
  standings!: ChallengeStandingView[];
  @ApiProperty({ type: [ChallengeStandingView], nullable: true, description: 'Set once the result is computed' })
  winners!: ChallengeStandingView[] | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when the caller does not take part' })
  myScore!: number | null;
}

export class AmbassadorContactView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty() groupName!: string;
}

export class AmbassadorProposalView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty() groupName!: string;
  @ApiProperty({ description: 'Points in the last 90 days' }) points!: number;
  @ApiProperty({ description: 'Holds the ambassador capability' }) eligible!: boolean;
}

export class AmbassadorOverviewView {
  @ApiProperty({ type: [AmbassadorContactView] }) ambassadors!: AmbassadorContactView[];
  @ApiProperty({ type: [AmbassadorProposalView], description: 'Top 5 per group by points, not yet marked' })
  proposals!: AmbassadorProposalView[];
  @ApiProperty({ type: [GroupRefView] }) groups!: GroupRefView[];
}
