import { ContentImage } from './content-image.entity';
import { ContentItem } from './content-item.entity';
import { ContentSettingsRecord } from './content-settings.entity';
import { OpmlImport } from './opml-import.entity';
import { Source } from './source.entity';
import { Topic } from './topic.entity';

export { ContentImage, ContentItem, ContentSettingsRecord, OpmlImport, Source, Topic };
export type { StoredSuggestedText } from './content-item.entity';
export type { FeedFormat } from './source.entity';
export type { OpmlEntry } from './opml-import.entity';

export const CONTENT_ENTITIES = [Topic, Source, ContentImage, ContentItem, OpmlImport, ContentSettingsRecord];
