import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chorus/server/identity';
import { LinksModule } from '@chorus/server/links';
import { ColleaguePostsProvider } from './comparison-texts';
import { GUIDELINES_ENTITIES } from './entities';
import { GuidelinesController } from './guidelines.controller';
import { GuidelinesChecker } from './guidelines-checker.service';
import { GuidelinesEnforcer } from './guidelines-enforcer';
import { RuleSetsService } from './rule-sets.service';

const services = [RuleSetsService, ColleaguePostsProvider, GuidelinesChecker, GuidelinesEnforcer];

/** The organisation's versioned rule set, the check endpoint and the enforcer that sharing uses. */
@Module({
  imports: [TypeOrmModule.forFeature(GUIDELINES_ENTITIES), IdentityModule, LinksModule],
  controllers: [GuidelinesController],
  providers: services,
  exports: services,
})
export class GuidelinesModule {}
