import { ApiProperty } from '@nestjs/swagger';
import { LEADERBOARD_PERIODS, NETWORK_NAMES } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class ReachEmvRatesView {
  @ApiProperty() cpm!: number;
  @ApiProperty() cpc!: number;
  @ApiProperty() cpe!: number;
}

export class ReachEmvRatesByNetworkView {
  @ApiProperty({ type: ReachEmvRatesView }) linkedin!: ReachEmvRatesView;
  @ApiProperty({ type: ReachEmvRatesView }) x!: ReachEmvRatesView;
}

export class ReachEmvSettingsView {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: ReachEmvRatesByNetworkView }) rates!: ReachEmvRatesByNetworkView;
  @ApiProperty() formula!: string;
}

export class ReachAvailabilityView {
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() available!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class ReachTotalsView {
  @ApiProperty() shares!: number;
  @ApiProperty({ description: 'Human clicks (bots excluded)' }) clicks!: number;
  @ApiProperty({ description: 'Distinct visitors per tracked link per day, summed' }) uniqueClicks!: number;
  @ApiProperty() botClicks!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Null where no network in the filter reports it' })
  impressions!: number | null;
  @ApiProperty({ type: Number, nullable: true }) engagements!: number | null;
  @ApiProperty({ type: Number, nullable: true }) ctr!: number | null;
  @ApiProperty() emv!: number;
}

export class ParticipationView {
  @ApiProperty() enrolled!: number;
  @ApiProperty() active!: number;
  @ApiProperty() rate!: number;
}

export class ReachDayView {
  @ApiProperty({ format: 'date' }) day!: string;
  @ApiProperty() shares!: number;
  @ApiProperty() clicks!: number;
  @ApiProperty() uniqueClicks!: number;
  @ApiProperty({ type: Number, nullable: true }) impressions!: number | null;
  @ApiProperty({ type: Number, nullable: true }) engagements!: number | null;
  @ApiProperty() emv!: number;
  @ApiProperty() activeAdvocates!: number;
}

export class GroupReachRowView {
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: ParticipationView }) participation!: ParticipationView;
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
}

export class NetworkReachRowView {
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
}

export class LeadDashboardView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId!: string | null;
  @ApiProperty({ type: String, enum: NETWORK_NAMES, nullable: true }) network!: string | null;
  @ApiProperty({ type: ParticipationView }) participation!: ParticipationView;
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
  @ApiProperty({ type: [ReachDayView] }) series!: ReachDayView[];
  @ApiProperty({ type: [GroupReachRowView] }) groups!: GroupReachRowView[];
  @ApiProperty({ type: [NetworkReachRowView] }) networks!: NetworkReachRowView[];
  @ApiProperty({ type: [ReachAvailabilityView] }) availability!: ReachAvailabilityView[];
  @ApiProperty({ type: ReachEmvSettingsView }) emv!: ReachEmvSettingsView;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

export class ContentReachRowView {
  @ApiProperty({ format: 'uuid' }) contentItemId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
}

export class AdvocateReachRowView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() hiddenFromLeaderboards!: boolean;
  @ApiProperty({ type: [String], description: 'Names of the groups the advocate is in now' }) groups!: string[];
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
}

export class ShareReachRowView {
  @ApiProperty({ format: 'uuid' }) shareId!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) contentItemId!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) postUrl!: string | null;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty() clicks!: number;
  @ApiProperty() uniqueClicks!: number;
  @ApiProperty({ type: Number, nullable: true }) impressions!: number | null;
  @ApiProperty({ type: Number, nullable: true }) engagements!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) metricsAt!: string | null;
}

export class MyReachView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: ReachTotalsView }) totals!: ReachTotalsView;
  @ApiProperty({ type: [ReachDayView] }) series!: ReachDayView[];
  @ApiProperty({ type: [ShareReachRowView], description: 'The newest 100 published shares, figures of all time' })
  shares!: ShareReachRowView[];
  @ApiProperty({ type: [ReachAvailabilityView] }) availability!: ReachAvailabilityView[];
  @ApiProperty({ type: ReachEmvSettingsView }) emv!: ReachEmvSettingsView;
  @ApiProperty() showOnLeaderboards!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
}

export class LeaderboardEntryView {
  @ApiProperty() rank!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for anonymous entries' })
  userId!: string | null;
  @ApiProperty({ example: 'Anonymous advocate' }) name!: string;
  @ApiProperty() isMe!: boolean;
  @ApiProperty() clicks!: number;
  @ApiProperty() shares!: number;
}

export class LeaderboardGroupView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class LeaderboardView {
  @ApiProperty({ enum: LEADERBOARD_PERIODS }) period!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId!: string | null;
  @ApiProperty({ type: String, nullable: true }) groupName!: string | null;
  @ApiProperty({ type: [LeaderboardGroupView] }) groups!: LeaderboardGroupView[];
  @ApiProperty({ type: [LeaderboardEntryView] }) entries!: LeaderboardEntryView[];
}

export class LeaderboardPreferenceView {
  @ApiProperty() showOnLeaderboards!: boolean;
}
