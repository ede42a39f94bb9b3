import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIGEST_FREQUENCIES,
  DigestFrequency,
  OutreachPreferences,
  OutreachSettings,
  UnsubscribeRequest,
} from '@chorus/shared/contracts';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const BOOLEAN = { message: 'must be true or false' };
const whole = (min: number, max: number) => ({ message: `must be a whole number from ${min} to ${max}` });

/** Fields left out keep their value. */
export class UpdateOutreachPreferencesDto implements Partial<OutreachPreferences> {
  @ApiPropertyOptional({ enum: DIGEST_FREQUENCIES })
  @IsOptional()
  @IsIn(DIGEST_FREQUENCIES, { message: `must be one of ${DIGEST_FREQUENCIES.join(', ')}` })
  digest?: DigestFrequency;

  @ApiPropertyOptional({ description: 'Reminders after a quiet spell' })
  @IsOptional()
  @IsBoolean(BOOLEAN)
  nudges?: boolean;

  @ApiPropertyOptional({ description: 'The weekly pulse survey by e-mail' })
  @IsOptional()
  @IsBoolean(BOOLEAN)
  pulseMail?: boolean;
}

/** Fields left out keep their value. */
export class UpdateOutreachSettingsDto implements Partial<OutreachSettings> {
  @ApiPropertyOptional({ minimum: 0, maximum: 23, description: 'Hour of the day (UTC) digests go out' })
  @IsOptional()
  @IsInt(whole(0, 23))
  @Min(0, whole(0, 23))
  @Max(23, whole(0, 23))
  digestHourUtc?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'ISO weekday (1 = Monday) weekly digests go out' })
  @IsOptional()
  @IsInt(whole(1, 7))
  @Min(1, whole(1, 7))
  @Max(7, whole(1, 7))
  weeklyDigestDay?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, description: 'Items per digest' })
  @IsOptional()
  @IsInt(whole(1, 20))
  @Min(1, whole(1, 20))
  @Max(20, whole(1, 20))
  digestMaxItems?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 365,
    description: 'Nudge after this many days without a share; 0 = never',
  })
  @IsOptional()
  @IsInt(whole(0, 365))
  @Min(0, whole(0, 365))
  @Max(365, whole(0, 365))
  nudgeAfterDays?: number;
}

export class UnsubscribeDto implements UnsubscribeRequest {
  @ApiProperty({ description: 'The token of the unsubscribe link in the e-mail' })
  @IsString({ message: 'must be the token from the e-mail' })
  @IsNotEmpty({ message: 'must be the token from the e-mail' })
  @MaxLength(1000, { message: 'must be the token from the e-mail' })
  token!: string;
}
