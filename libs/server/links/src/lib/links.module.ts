import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LinksService } from './links.service';
import { TrackedLink } from './tracked-link.entity';

export const LINKS_ENTITIES = [TrackedLink];

/** Tracked short links. */
@Module({
  imports: [TypeOrmModule.forFeature(LINKS_ENTITIES)],
  providers: [LinksService],
  exports: [LinksService],
})
export class LinksModule {}
