import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  AssignmentDetail,
  CapabilityState,
  ContentSuggestion,
  ItemReaction,
  MyPath,
  ProfileChecklist,
  ProgressMatrix,
  SkillPath,
  SkillPathSummary,
  TextSuggestion,
} from '@chorus/shared/contracts';
import { Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { ActivityService } from './activity.service';
import { ContentSuggestionsService } from './content-suggestions.service';
import { MatrixService } from './matrix.service';
import { MyPathService } from './my-path.service';
import {
  ContentSuggestionDto,
  CreateSkillPathDto,
  MatrixQueryDto,
  MyPathQueryDto,
  ProfileChecklistDto,
  ReactionDto,
  RecordReadDto,
  SkillPathDefinitionDto,
  TextSuggestionDto,
  TextSuggestionQueryDto,
} from './paths.dto';
import { PathsService } from './paths.service';
import {
  AssignmentDetailView,
  CapabilitiesView,
  ContentSuggestionView,
  ItemReactionView,
  MyPathView,
  ProfileChecklistView,
  ProgressMatrixView,
  SkillPathSummaryView,
  SkillPathView,
  TextSuggestionView,
} from './paths.views';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });
const FIELD_ERRORS = '400 validation_failed names the field, e.g. levels[0].steps[2].assignments[1].target';
const NOT_IN_FEED = '404 when the item is not approved or not in the caller\'s feed';

@ApiTags('enablement')
@Controller('enablement')
export class SkillPathsController {
  constructor(
    private readonly paths: PathsService,
    private readonly matrices: MatrixService,
  ) {}

  @Roles('lead', 'admin')
  @Get('paths')
  @ApiOkResponse({ type: [SkillPathSummaryView], description: 'General paths first, then by age' })
  list(): Promise<SkillPathSummary[]> {
    return this.paths.list();
  }

  @Roles('lead', 'admin')
  @Post('paths')
  @ApiCreatedResponse({ type: SkillPathView, description: `From the default template or one empty level. ${FIELD_ERRORS}` })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSkillPathDto): Promise<SkillPath> {
    return this.paths.create(user, body);
  }

  @Roles('lead', 'admin')
  @Get('paths/:id')
  @ApiOkResponse({ type: SkillPathView, description: 'The full tree with ids' })
  get(@Param('id', uuid) id: string): Promise<SkillPath> {
    return this.paths.get(id);
  }

  @Roles('lead', 'admin')
  @Put('paths/:id')
  @ApiOkResponse({ type: SkillPathView, description: `Kept ids keep progress; left-out ones are deleted. ${FIELD_ERRORS}` })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() body: SkillPathDefinitionDto): Promise<SkillPath> {
    return this.paths.update(user, id, body);
  }

  @Roles('lead', 'admin')
  @Delete('paths/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its progress' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.paths.remove(user, id);
  }

  @Roles('lead', 'admin')
  @Get('matrix')
  @ApiOkResponse({ type: ProgressMatrixView, description: 'People × steps with stalls (14 days or more on one step)' })
  matrix(@Query() query: MatrixQueryDto): Promise<ProgressMatrix> {
    return this.matrices.matrix(query);
  }
}

@ApiTags('enablement')
@Controller('enablement')
export class MyPathController {
  constructor(
    private readonly myPaths: MyPathService,
    private readonly activity: ActivityService,
    private readonly suggestions: ContentSuggestionsService,
  ) {}

  @Roles('advocate', 'curator')
  @Get('my-path')
  @ApiOkResponse({ type: MyPathView, description: '404 for a pathId not rolled out to the caller' })
  myPath(@CurrentUser() user: AuthenticatedUser, @Query() query: MyPathQueryDto): Promise<MyPath> {
    return this.myPaths.myPath(user.id, query.pathId);
  }

  @Roles('advocate', 'curator')
  @Get('assignments/:id')
  @ApiOkResponse({ type: AssignmentDetailView, description: '404 when not in a path of the caller' })
  assignment(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<AssignmentDetail> {
    return this.myPaths.assignment(user.id, id);
  }

  @Roles('advocate', 'curator')
  @Post('assignments/:id/done')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentDetailView, description: 'Learning items only: 409 enablement.measured_goal for a practice goal' })
  done(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<AssignmentDetail> {
    return this.myPaths.setDone(user.id, id, true);
  }

  @Roles('advocate', 'curator')
  @Delete('assignments/:id/done')
  @ApiOkResponse({ type: AssignmentDetailView, description: 'A completed step stays complete. 409 enablement.measured_goal for a practice goal' })
  undone(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<AssignmentDetail> {
    return this.myPaths.setDone(user.id, id, false);
  }

  @Roles('advocate', 'curator')
  @Post('reads')
  @HttpCode(204)
  @ApiNoContentResponse({ description: `Counted once per item. ${NOT_IN_FEED}` })
  read(@CurrentUser() user: AuthenticatedUser, @Body() body: RecordReadDto): Promise<void> {
    return this.activity.recordRead(user.id, body.contentItemId);
  }

  @Roles('advocate', 'curator')
  @Put('reactions/:contentItemId')
  @ApiOkResponse({ type: ItemReactionView, description: `Rating 1–5 and/or comment. ${NOT_IN_FEED}` })
  react(
    @CurrentUser() user: AuthenticatedUser,
    @Param('contentItemId', uuid) contentItemId: string,
    @Body() body: ReactionDto,
  ): Promise<ItemReaction> {
    return this.activity.react(user.id, contentItemId, body);
  }

  @Roles('advocate', 'curator')
  @Post('text-suggestions')
  @ApiCreatedResponse({ type: TextSuggestionView, description: NOT_IN_FEED })
  suggestText(@CurrentUser() user: AuthenticatedUser, @Body() body: TextSuggestionDto): Promise<TextSuggestion> {
    return this.activity.suggestText(user.id, body.contentItemId, body.network, body.text);
  }

  @Roles('advocate', 'curator')
  @Get('profile-checklist')
  @ApiOkResponse({ type: ProfileChecklistView })
  checklist(@CurrentUser() user: AuthenticatedUser): Promise<ProfileChecklist> {
    return this.activity.checklist(user.id);
  }

  @Roles('advocate', 'curator')
  @Put('profile-checklist')
  @ApiOkResponse({ type: ProfileChecklistView, description: 'The given items are checked, the others not' })
  setChecklist(@CurrentUser() user: AuthenticatedUser, @Body() body: ProfileChecklistDto): Promise<ProfileChecklist> {
    return this.activity.setChecklist(user.id, body.checked);
  }

  @Roles('advocate', 'curator')
  @Get('capabilities')
  @ApiOkResponse({ type: CapabilitiesView })
  async capabilities(@CurrentUser() user: AuthenticatedUser): Promise<{ capabilities: CapabilityState[] }> {
    return { capabilities: await this.myPaths.capabilities(user.id) };
  }

  @Roles('advocate', 'curator')
  @Post('content-suggestions')
  @ApiCreatedResponse({
    type: ContentSuggestionView,
    description: 'In review for curators. 403 enablement.locked names the step that unlocks it; 409 enablement.already_suggested',
  })
  suggestContent(@CurrentUser() user: AuthenticatedUser, @Body() body: ContentSuggestionDto): Promise<ContentSuggestion> {
    return this.suggestions.suggest(user, body);
  }
}

@ApiTags('enablement')
@Controller('enablement')
export class TextSuggestionsReviewController {
  constructor(private readonly activity: ActivityService) {}

  @Roles('curator', 'admin')
  @Get('text-suggestions')
  @ApiOkResponse({ type: [TextSuggestionView], description: 'Newest first (at most 200)' })
  list(@Query() query: TextSuggestionQueryDto): Promise<TextSuggestion[]> {
    return this.activity.textSuggestions({ contentItemId: query.contentItemId });
  }
}
