import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentPulse, PulseResults, PulseSurvey } from '@chorus/shared/contracts';
import { Public, Roles } from '@chorus/server/core';
import { AuthenticatedUser, CurrentUser } from '@chorus/server/identity';
import { PulseAnswersService } from './pulse-answers.service';
import {
  PulseAnswerRequestDto,
  PulseMailAnswerRequestDto,
  PulseResultsQueryDto,
  PulseSurveyRequestDto,
} from './pulse.dto';
import { PulseResultsService } from './pulse-results.service';
import { PulseSurveysService } from './pulse-surveys.service';
import { CurrentPulseView, PulseResultsView, PulseSurveyView } from './pulse.views';

const uuid = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

@ApiTags('outreach')
@Controller('outreach/pulse')
export class PulseSurveysController {
  constructor(
    private readonly surveys: PulseSurveysService,
    private readonly results: PulseResultsService,
  ) {}

  @Roles('lead', 'admin')
  @Get('surveys')
  @ApiOkResponse({ type: [PulseSurveyView], description: 'Newest week first' })
  list(): Promise<PulseSurvey[]> {
    return this.surveys.list();
  }

  @Roles('lead', 'admin')
  @Post('surveys')
  @ApiCreatedResponse({
    type: PulseSurveyView,
    description:
      '400 names the field (title, questions, groupIds, weekStart: a Monday, this week or later); 409 pulse.week_taken when the week already has a pulse for some of these people. sendMail queues one mail per person asked with pulse mails on (for a later week: when it starts)',
  })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: PulseSurveyRequestDto): Promise<PulseSurvey> {
    return this.surveys.create(user, body);
  }

  @Roles('lead', 'admin')
  @Delete('surveys/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its answers' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    return this.surveys.remove(user, id);
  }

  @Roles('lead', 'admin')
  @Get('results')
  @ApiOkResponse({ type: PulseResultsView, description: '400 names the field (groupId, weeks)' })
  resultsOf(@Query() query: PulseResultsQueryDto): Promise<PulseResults> {
    return this.results.results(query);
  }
}

@ApiTags('outreach')
@Controller('outreach/pulse')
export class PulseAnswersController {
  constructor(private readonly answers: PulseAnswersService) {}

  @Roles('advocate', 'curator')
  @Get('current')
  @ApiOkResponse({ type: CurrentPulseView, description: 'survey is null when no pulse asks the caller this week' })
  current(@CurrentUser() user: AuthenticatedUser): Promise<CurrentPulse> {
    return this.answers.current(user.id);
  }

  @Public()
  @Post('mail-answers')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'The one-click answer of a pulse mail; 400 names token (not a valid pulse link) or value (1..5)',
  })
  answerFromMail(@Body() body: PulseMailAnswerRequestDto): Promise<void> {
    return this.answers.answerFromMail(body);
  }

  @Roles('advocate', 'curator')
  @Post(':surveyId/answers')
  @HttpCode(200)
  @ApiOkResponse({
    type: CurrentPulseView,
    description:
      'Answers or changes answers; 400 names the field; 403 pulse.not_asked; 409 pulse.not_open for a later week',
  })
  answer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('surveyId', uuid) surveyId: string,
    @Body() body: PulseAnswerRequestDto,
  ): Promise<CurrentPulse> {
    return this.answers.answer(user.id, surveyId, body);
  }
}
