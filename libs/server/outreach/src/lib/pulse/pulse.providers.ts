import type { Provider, Type } from '@nestjs/common';
import { PulseAnswersService } from './pulse-answers.service';
import { PulseMailer } from './pulse-mailer.service';
import { PulseResultsService } from './pulse-results.service';
import { PulseSurveysService } from './pulse-surveys.service';
import { SendPulseProcessor } from './pulse.processors';
import { PulseAnswersController, PulseSurveysController } from './pulse.controller';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const PULSE_CONTROLLERS: Type[] = [PulseSurveysController, PulseAnswersController];
export const PULSE_SERVICES: Provider[] = [PulseSurveysService, PulseResultsService, PulseAnswersService, PulseMailer];
export const PULSE_WORKER_PROVIDERS: Provider[] = [SendPulseProcessor];
