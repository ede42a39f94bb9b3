import { ApiProperty } from '@nestjs/swagger';
import { DIGEST_FREQUENCIES, DigestFrequency, UnsubscribeKind } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class OutreachPreferencesView {
  @ApiProperty({ enum: DIGEST_FREQUENCIES, default: 'weekly' }) digest!: DigestFrequency;
  @ApiProperty({ default: true }) nudges!: boolean;
  @ApiProperty({ default: true }) pulseMail!: boolean;
}

export class OutreachSettingsView {
  @ApiProperty({ minimum: 0, maximum: 23, description: 'Hour of the day (UTC) digests go out' }) digestHourUtc!: number;
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday (1 = Monday) weekly digests go out' })
  weeklyDigestDay!: number;
  @ApiProperty({ minimum: 1, maximum: 20 }) digestMaxItems!: number;
  @ApiProperty({ minimum: 0, maximum: 365, description: '0 = no nudges' }) nudgeAfterDays!: number;
}

export class UnsubscribeResultView {
  @ApiProperty({ enum: ['digest', 'nudges', 'pulse'] }) kind!: UnsubscribeKind;
  @ApiProperty() email!: string;
}

export class DigestRunResultView {
  @ApiProperty({ description: 'Digest mails queued by this run' }) digests!: number;
  @ApiProperty({ description: 'Nudge mails queued by this run' }) nudges!: number;
}

export class DigestPreviewView {
  @ApiProperty() subject!: string;
  @ApiProperty() html!: string;
  @ApiProperty() text!: string;
  @ApiProperty() itemCount!: number;
}
