import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LinkClick } from './link-click.entity';
import { LinksService } from './links.service';
import { ClickWriter } from './redirect/click-writer.service';
import { LinkRedirect } from './redirect/link-redirect';
import { LinkResolver } from './redirect/link-resolver.service';
import { VisitorSalts } from './redirect/visitor-salts.service';
import { TrackedLink } from './tracked-link.entity';
import { VisitorSalt } from './visitor-salt.entity';

export const LINKS_ENTITIES = [TrackedLink, LinkClick, VisitorSalt];

/**
 * Tracked short links, and their redirect with its click buffer. The redirect is a raw Fastify route that
 * the API registers with `LinkRedirect.register` (the worker imports this module too, and runs none of it:
 * the click writer's timer starts on the first click).
 */
@Module({
  imports: [TypeOrmModule.forFeature(LINKS_ENTITIES)],
  providers: [LinksService, LinkResolver, VisitorSalts, ClickWriter, LinkRedirect],
  exports: [LinksService, LinkRedirect, ClickWriter],
})
export class LinksModule {}
