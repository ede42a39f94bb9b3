import { ChatAnnouncement, ChatWebhookEntity } from './chat-webhook.entity';
import { OutreachDelivery } from './mail-delivery.entity';
import { OutreachPreferencesEntity, OutreachSettingsEntity } from './outreach-settings.entity';
import { PulseAnswerEntity, PulseSurveyEntity } from './pulse.entity';

export * from './chat-webhook.entity';
export * from './mail-delivery.entity';
export * from './outreach-settings.entity';
export * from './pulse.entity';

export const OUTREACH_ENTITIES = [
  OutreachSettingsEntity,
  OutreachPreferencesEntity,
  OutreachDelivery,
  PulseSurveyEntity,
  PulseAnswerEntity,
  ChatWebhookEntity,
  ChatAnnouncement,
];
