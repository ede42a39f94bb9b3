import { Notification } from './notification.entity';
import { PostingScheduleRecord } from './posting-schedule.entity';
import { PublishingSettingsRecord } from './publishing-settings.entity';
import { Share } from './share.entity';

export { Notification, PostingScheduleRecord, PublishingSettingsRecord, Share };

export const PUBLISHING_ENTITIES = [Share, PostingScheduleRecord, PublishingSettingsRecord, Notification];
