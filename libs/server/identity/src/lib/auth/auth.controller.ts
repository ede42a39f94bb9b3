import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CsrfTokenResponse, InvitationPreview, SessionUser } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, Public, SignedIn } from '@chorus/server/core';
import { CurrentSession, CurrentUser } from '../access/current-user.decorator';
import { CsrfTokenView, InvitationPreviewView, SessionUserView } from '../views.dto';
import {
  AcceptInviteDto,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  ResetPasswordDto,
  UpdateProfileDto,
} from './auth.dto';
import { AuthService, SignedIn as SignedInResult } from './auth.service';
import { AuthenticatedUser, CSRF_COOKIE, HttpReply, HttpRequest, SESSION_COOKIE } from './cookies';
import { CsrfService } from './csrf.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: CsrfService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('csrf')
  @ApiOkResponse({
    type: CsrfTokenView,
    description: 'Also sets the XSRF-TOKEN cookie to echo in X-XSRF-TOKEN',
  })
  issueCsrf(@Res({ passthrough: true }) reply: HttpReply): CsrfTokenResponse {
    const token = this.csrf.issue();
    reply.setCookie(CSRF_COOKIE, token, {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.config.COOKIE_SECURE,
      path: '/',
    });
    return { token };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionUserView })
  async login(
    @Body() body: LoginDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<SessionUser> {
    return this.startSession(reply, await this.auth.login(body.email, body.password, this.client(request)));
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentSession() sessionId: string, @Res({ passthrough: true }) reply: HttpReply): Promise<void> {
    await this.auth.logout(sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @SignedIn()
  @Get('session')
  @ApiOkResponse({ type: SessionUserView })
  session(@CurrentUser() user: AuthenticatedUser): Promise<SessionUser> {
    return this.auth.currentUser(user);
  }

  @SignedIn()
  @Patch('profile')
  @ApiOkResponse({ type: SessionUserView })
  updateProfile(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateProfileDto): Promise<SessionUser> {
    return this.auth.updateProfile(user, body.name);
  }

  @SignedIn()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Changed; other browsers are signed out',
  })
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @CurrentSession() sessionId: string,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    return this.auth.changePassword(user, sessionId, body.currentPassword, body.newPassword);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOkResponse({ description: 'Accepted whether or not the account exists' })
  forgotPassword(@Body() body: ForgotPasswordDto, @Req() request: HttpRequest): Promise<void> {
    return this.auth.forgotPassword(body.email, this.client(request));
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @ApiNoContentResponse()
  resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(body.token, body.newPassword);
  }

  @Public()
  @Get('invites/:token')
  @ApiOkResponse({ type: InvitationPreviewView })
  previewInvite(@Param('token') token: string): Promise<InvitationPreview> {
    return this.auth.previewInvite(token);
  }

  @Public()
  @Post('invites/accept')
  @HttpCode(200)
  @ApiCreatedResponse({
    type: SessionUserView,
    description: 'The account is active and signed in',
  })
  async acceptInvite(
    @Body() body: AcceptInviteDto,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) reply: HttpReply,
  ): Promise<SessionUser> {
    return this.startSession(
      reply,
      await this.auth.acceptInvite(body.token, body.name, body.password, this.client(request)),
    );
  }

  private startSession(reply: HttpReply, signedIn: SignedInResult): SessionUser {
    reply.setCookie(SESSION_COOKIE, signedIn.sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      maxAge: this.config.SESSION_TTL_HOURS * 3600,
    });
    return signedIn.user;
  }

  private client(request: HttpRequest) {
    const agent = request.headers['user-agent'];
    return {
      ip: request.ip,
      userAgent: Array.isArray(agent) ? agent[0] : agent,
    };
  }
}
