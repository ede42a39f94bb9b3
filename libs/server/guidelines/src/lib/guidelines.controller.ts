import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  ClientRuleSet,
  GuidelinesCheckResult,
  RuleSetVersionSummary,
  RuleSetVersionView,
} from '@chorus/shared/contracts';
import type { RuleSet } from '@chorus/shared/guidelines';
import { Roles, SignedIn } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { CheckRequestDto, SaveRuleSetDto, UpdateRuleDto } from './guidelines.dto';
import {
  CheckResultView,
  ClientRuleSetView,
  RuleSetVersionSummaryView,
  RuleSetVersionViewDto,
} from './guidelines.views';
import { GuidelinesChecker } from './guidelines-checker.service';
import { RuleSetsService } from './rule-sets.service';

const versionNumber = new ParseIntPipe({ errorHttpStatusCode: 404 });
const INVALID =
  '400 guidelines.invalid_rule_set names the field (e.g. rules[3].pattern) and the rule; nothing is written';

interface HeaderReply {
  header(name: string, value: string): HeaderReply;
}

@ApiTags('guidelines')
@Controller('guidelines')
export class GuidelinesController {
  constructor(
    private readonly ruleSets: RuleSetsService,
    private readonly checker: GuidelinesChecker,
  ) {}

  @Roles('curator', 'admin')
  @Get('rule-set')
  @ApiOkResponse({ type: RuleSetVersionViewDto, description: 'The active (latest) version' })
  active(): Promise<RuleSetVersionView> {
    return this.ruleSets.active();
  }

  @Roles('curator', 'admin')
  @Put('rule-set')
  @HttpCode(201)
  @ApiCreatedResponse({ type: RuleSetVersionViewDto, description: `A new version. ${INVALID}` })
  save(@CurrentUser() user: AuthenticatedUser, @Body() body: SaveRuleSetDto): Promise<RuleSetVersionView> {
    return this.ruleSets.save(user, body.ruleSet as unknown as RuleSet, body.note, 'save');
  }

  @Roles('curator', 'admin')
  @Get('rule-set/versions')
  @ApiOkResponse({ type: [RuleSetVersionSummaryView], description: 'Newest first' })
  versions(): Promise<RuleSetVersionSummary[]> {
    return this.ruleSets.versions();
  }

  @Roles('curator', 'admin')
  @Get('rule-set/versions/:version')
  @ApiOkResponse({ type: RuleSetVersionViewDto })
  version(@Param('version', versionNumber) version: number): Promise<RuleSetVersionView> {
    return this.ruleSets.version(version);
  }

  @Roles('curator', 'admin')
  @Get('rule-set/export')
  @ApiProduces('application/json')
  @ApiOkResponse({
    description: 'The active rule set as a JSON file (attachment)',
    schema: { type: 'object', additionalProperties: true },
  })
  async exportFile(@Res({ passthrough: true }) reply: HeaderReply): Promise<RuleSet> {
    const ruleSet = await this.ruleSets.exportFile();
    reply.header('content-disposition', `attachment; filename="guidelines-v${ruleSet.version}.json"`);
    return ruleSet;
  }

  @Roles('curator', 'admin')
  @Post('rule-set/import')
  @ApiCreatedResponse({ type: RuleSetVersionViewDto, description: `A new version from the file. ${INVALID}` })
  importFile(@CurrentUser() user: AuthenticatedUser, @Body() body: SaveRuleSetDto): Promise<RuleSetVersionView> {
    return this.ruleSets.save(user, body.ruleSet as unknown as RuleSet, body.note, 'import');
  }

  @Roles('curator', 'admin')
  @Patch('rules/:ruleId')
  @ApiOkResponse({ type: RuleSetVersionViewDto, description: 'A new version with the rule changed' })
  updateRule(
    @CurrentUser() user: AuthenticatedUser,
    @Param('ruleId') ruleId: string,
    @Body() body: UpdateRuleDto,
  ): Promise<RuleSetVersionView> {
    return this.ruleSets.updateRule(user, ruleId, body);
  }

  @Roles('advocate', 'curator', 'admin')
  @Post('check')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckResultView, description: 'The findings against the active rule set, with its version' })
  async check(@CurrentUser() user: AuthenticatedUser, @Body() body: CheckRequestDto): Promise<GuidelinesCheckResult> {
    const { version, findings } = await this.checker.check(user, body);
    return { version, findings };
  }

  @SignedIn()
  @Get('client-rule-set')
  @ApiOkResponse({ type: ClientRuleSetView, description: 'The active version for live checks in the browser' })
  clientRuleSet(): Promise<ClientRuleSet> {
    return this.ruleSets.clientRuleSet();
  }
}
