import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  PipeTransform,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type {
  AccountHealthReport,
  ConnectionsOverview,
  NetworkAppSettings,
  StartConnectionResponse,
  SystemInfo,
} from '@chorus/shared/contracts';
import { NETWORK_NAMES } from '@chorus/shared/contracts';
import { DomainError, Public, Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentSession, CurrentUser } from '@chorus/server/identity';
import { isNetworkError, Network } from '@chorus/server/networks/port';
import { ConnectionsService, describeNetworkError } from './accounts/connections.service';
import { NetworkAdapters } from './apps/network-adapters';
import { NetworkAppsService } from './apps/network-apps.service';
import { CallbackQueryDto, UpdateNetworkAppDto } from './connections.dto';
import {
  AccountHealthView,
  ConnectionsOverviewView,
  NetworkAppSettingsView,
  StartConnectionView,
  SystemInfoView,
} from './connections.views';

/** `linkedin` or `x`; anything else is a 404 like an unknown route. */
class NetworkPipe implements PipeTransform<string, Network> {
  transform(value: string): Network {
    if (!(NETWORK_NAMES as readonly string[]).includes(value))
      throw new DomainError(404, 'not_found', 'No such network.');
    return value as Network;
  }
}

interface RedirectReply {
  redirect(url: string, code?: number): unknown;
}

const uuid = new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 });

@ApiTags('connected accounts')
@Controller('connections')
export class ConnectionsController {
  constructor(private readonly connections: ConnectionsService) {}

  @Roles('advocate', 'curator')
  @Get()
  @ApiOkResponse({
    type: ConnectionsOverviewView,
    description: 'The signed-in user’s connected accounts and the networks they can connect',
  })
  overview(@CurrentUser() user: AuthenticatedUser): Promise<ConnectionsOverview> {
    return this.connections.overview(user.id);
  }

  @Roles('lead', 'admin')
  @Get('health')
  @ApiOkResponse({
    type: AccountHealthView,
    description: 'How many advocates’ accounts are connected, expiring or need reconnecting',
  })
  health(): Promise<AccountHealthReport> {
    return this.connections.health();
  }

  @Roles('advocate', 'curator')
  @Post(':network/start')
  @HttpCode(200)
  @ApiParam({ name: 'network', enum: NETWORK_NAMES })
  @ApiOkResponse({ type: StartConnectionView, description: 'Where to send the browser for the network’s consent page' })
  async start(
    @CurrentUser() user: AuthenticatedUser,
    @CurrentSession() sessionId: string,
    @Param('network', NetworkPipe) network: Network,
  ): Promise<StartConnectionResponse> {
    return { authorizationUrl: await this.connections.start(user, sessionId, network) };
  }

  /** The network sends the browser back here; the browser then lands on the Connected accounts page. */
  @Roles('advocate', 'curator')
  @Get(':network/callback')
  @ApiParam({ name: 'network', enum: NETWORK_NAMES })
  @ApiOkResponse({ description: '302 to /connections with ?connected=<network> or ?error=<message>' })
  async callback(
    @CurrentUser() user: AuthenticatedUser,
    @CurrentSession() sessionId: string,
    @Param('network', NetworkPipe) network: Network,
    @Query() query: CallbackQueryDto,
    @Res() reply: RedirectReply,
  ): Promise<void> {
    try {
      await this.connections.complete(user, sessionId, network, query);
      reply.redirect(`/connections?connected=${network}`, 302);
    } catch (error) {
      const message =
        error instanceof DomainError ? error.message : isNetworkError(error) ? describeNetworkError(error) : null;
      if (message === null) throw error;
      reply.redirect(`/connections?error=${encodeURIComponent(message)}`, 302);
    }
  }

  @Roles('advocate', 'curator')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked where the network allows; the tokens are deleted' })
  disconnect(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.connections.disconnect(user, id);
  }
}

@ApiTags('admin: network apps')
@Controller('admin/network-apps')
export class NetworkAppsController {
  constructor(private readonly apps: NetworkAppsService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({
    type: [NetworkAppSettingsView],
    description: 'Both networks’ app settings; client secrets are never returned',
  })
  list(): Promise<NetworkAppSettings[]> {
    return this.apps.list();
  }

  @Roles('admin')
  @Put(':network')
  @ApiParam({ name: 'network', enum: NETWORK_NAMES })
  @ApiOkResponse({ type: NetworkAppSettingsView, description: 'The saved settings' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('network', NetworkPipe) network: Network,
    @Body() body: UpdateNetworkAppDto,
  ): Promise<NetworkAppSettings> {
    return this.apps.update(user, network, body);
  }
}

@ApiTags('system')
@Controller('system')
export class SystemInfoController {
  constructor(private readonly adapters: NetworkAdapters) {}

  @Public()
  @Get('info')
  @ApiOkResponse({
    type: SystemInfoView,
    description: 'Whether the sandbox stands in for LinkedIn and X (the client shows a banner)',
  })
  info(): SystemInfo {
    return { sandbox: this.adapters.sandbox, version: '0.1.0' };
  }
}
