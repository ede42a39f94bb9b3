import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  BulkContentResult,
  ContentItem,
  ContentItemSummary,
  ContentSettings,
  FeedItem,
  OpmlImportJob,
  Page,
  SourceView,
  Topic,
  UrlPreview,
} from '@chorus/shared/contracts';
import { Roles, SignedIn } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import {
  BulkContentDto,
  ContentListQueryDto,
  ContentSettingsDto,
  CreateContentItemDto,
  CreateSourceDto,
  CreateTopicDto,
  FeedQueryDto,
  OpmlImportDto,
  PreviewRequestDto,
  TransitionDto,
  UpdateContentItemDto,
  UpdateSourceDto,
  UploadImageDto,
} from './content.dto';
import {
  BulkContentResultView,
  ContentItemView,
  ContentPageView,
  ContentSettingsView,
  FeedPageView,
  ImageUploadedView,
  OpmlImportJobView,
  SourceViewDto,
  TopicView,
  UrlPreviewView,
} from './content.views';
import { FeedService } from './feed/feed.service';
import { ContentService } from './items/content.service';
import { ImagesService } from './items/images.service';
import { PreviewService } from './items/preview.service';
import { TopicsService } from './items/topics.service';
import { sourceView, SourcesService } from './sources/sources.service';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

interface BinaryReply {
  header(name: string, value: string): BinaryReply;
  send(body: Buffer): void;
}

@ApiTags('content: topics')
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @SignedIn()
  @Get()
  @ApiOkResponse({ type: [TopicView] })
  list(): Promise<Topic[]> {
    return this.topics.list();
  }

  @Roles('curator', 'admin')
  @Post()
  @ApiCreatedResponse({ type: TopicView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateTopicDto): Promise<Topic> {
    return this.topics.create(user, body.name);
  }

  @Roles('curator', 'admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Items and sources lose the topic; they stay' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.topics.remove(user, id);
  }
}

@ApiTags('content: sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Roles('curator', 'admin')
  @Get()
  @ApiOkResponse({ type: [SourceViewDto] })
  list(): Promise<SourceView[]> {
    return this.sources.list();
  }

  @Roles('curator', 'admin')
  @Post()
  @ApiCreatedResponse({ type: SourceViewDto, description: 'The first poll is enqueued at once' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSourceDto): Promise<SourceView> {
    return sourceView(await this.sources.create(user, body));
  }

  @Roles('curator', 'admin')
  @Post('opml')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: OpmlImportJobView,
    description: 'The worker imports the feeds; poll GET /api/sources/opml/{jobId}',
  })
  importOpml(@CurrentUser() user: AuthenticatedUser, @Body() body: OpmlImportDto): Promise<OpmlImportJob> {
    return this.sources.startOpmlImport(user, body.opml);
  }

  @Roles('curator', 'admin')
  @Get('opml/:jobId')
  @ApiOkResponse({ type: OpmlImportJobView })
  opmlJob(@Param('jobId', uuid) jobId: string): Promise<OpmlImportJob> {
    return this.sources.opmlImport(jobId);
  }

  @Roles('curator', 'admin')
  @Patch(':id')
  @ApiOkResponse({ type: SourceViewDto })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateSourceDto,
  ): Promise<SourceView> {
    return this.sources.update(user, id, body);
  }

  @Roles('curator', 'admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The source’s items stay, without a source' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.sources.remove(user, id);
  }

  @Roles('curator', 'admin')
  @Post(':id/poll')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A poll is enqueued' })
  poll(@Param('id', uuid) id: string): Promise<void> {
    return this.sources.pollNow(id);
  }
}

@ApiTags('content')
@Controller('content')
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly previews: PreviewService,
    private readonly images: ImagesService,
  ) {}

  @Roles('curator', 'admin')
  @Get('settings')
  @ApiOkResponse({ type: ContentSettingsView })
  settings(): Promise<ContentSettings> {
    return this.content.settings();
  }

  @Roles('admin')
  @Put('settings')
  @ApiOkResponse({ type: ContentSettingsView })
  updateSettings(@CurrentUser() user: AuthenticatedUser, @Body() body: ContentSettingsDto): Promise<ContentSettings> {
    return this.content.updateSettings(user, body);
  }

  @Roles('curator', 'admin')
  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({
    type: UrlPreviewView,
    description: '422 names the problem (unreachable, not HTML, too large, private address…)',
  })
  preview(@Body() body: PreviewRequestDto): Promise<UrlPreview> {
    return this.previews.preview(body.url);
  }

  @Roles('curator', 'admin')
  @Post('images')
  @ApiCreatedResponse({ type: ImageUploadedView })
  uploadImage(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UploadImageDto,
  ): Promise<{ id: string; url: string }> {
    return this.images.upload(user, body.contentType, body.dataBase64);
  }

  // Any signed-in user may read any image id (by design): images are feed content, ids are unguessable UUIDs.
  @SignedIn()
  @Get('images/:id')
  @ApiProduces('image/png', 'image/jpeg', 'image/gif', 'image/webp')
  @ApiOkResponse({ description: 'The image bytes' })
  async image(@Param('id', uuid) id: string, @Res() reply: BinaryReply): Promise<void> {
    const image = await this.images.read(id);
    // Images never change under an id, so clients may keep them for a year.
    reply
      .header('content-type', image.contentType)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(image.data);
  }

  @Roles('curator', 'admin')
  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkContentResultView })
  bulk(@CurrentUser() user: AuthenticatedUser, @Body() body: BulkContentDto): Promise<BulkContentResult> {
    return this.content.bulk(user, body.ids, body.action);
  }

  @Roles('curator', 'admin')
  @Get()
  @ApiOkResponse({ type: ContentPageView })
  list(@Query() query: ContentListQueryDto): Promise<Page<ContentItemSummary>> {
    return this.content.list(query);
  }

  @Roles('curator', 'admin')
  @Post()
  @ApiCreatedResponse({ type: ContentItemView })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateContentItemDto): Promise<ContentItem> {
    return this.content.create(user, body);
  }

  @Roles('curator', 'admin')
  @Get(':id')
  @ApiOkResponse({ type: ContentItemView })
  get(@Param('id', uuid) id: string): Promise<ContentItem> {
    return this.content.get(id);
  }

  @Roles('curator', 'admin')
  @Patch(':id')
  @ApiOkResponse({ type: ContentItemView })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateContentItemDto,
  ): Promise<ContentItem> {
    return this.content.update(user, id, body);
  }

  @Roles('curator', 'admin')
  @Post(':id/transition')
  @HttpCode(200)
  @ApiOkResponse({ type: ContentItemView })
  transition(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: TransitionDto,
  ): Promise<ContentItem> {
    return this.content.transition(user, id, body.action, body.comment);
  }
}

@ApiTags('feed')
@Controller('feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Roles('advocate', 'curator')
  @Get()
  @ApiOkResponse({ type: FeedPageView })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: FeedQueryDto): Promise<Page<FeedItem>> {
    return this.feed.feed(user.id, query);
  }
}
