import { NormaliseEmail, Trim } from '@chorus/server/core';
import { ApiProperty } from '@nestjs/swagger';
import {
  AcceptInviteRequest,
  ChangePasswordRequest,
  ForgotPasswordRequest,
  LoginRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ResetPasswordRequest,
  UpdateProfileRequest,
} from '@chorus/shared/contracts';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const PASSWORD_RULE = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;

function NewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
    })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, {
      message: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    })(target, key);
    ApiProperty({
      description: PASSWORD_RULE,
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    })(target, key);
  };
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'advocate@demo.chorus.test' })
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @NewPassword()
  newPassword!: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiProperty({ maxLength: 120 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(120)
  name!: string;
}

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @ApiProperty()
  @NormaliseEmail()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(100)
  token!: string;

  @NewPassword()
  newPassword!: string;
}

export class AcceptInviteDto implements AcceptInviteRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(100)
  token!: string;

  @ApiProperty({ maxLength: 120 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(120)
  name!: string;

  @NewPassword()
  password!: string;
}
