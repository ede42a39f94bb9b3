import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications/notifications.service';
import { NetworkNames } from '../policy/network-names';
import type { TransitionedShare } from '../shares/share-transitions';

const ATTENTION = '/my-posts?view=attention';

/** What the advocate is told when a share ends badly (in the app and by e-mail) or goes out. */
@Injectable()
export class ShareNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async failed(share: TransitionedShare, reason: string): Promise<void> {
    await this.notifications.notify({
      userId: share.userId,
      kind: 'share_failed',
      title: `Your ${NetworkNames[share.network]} post was not published`,
      body: `${reason} Open My posts to edit and retry it.`,
      link: ATTENTION,
      email: true,
    });
  }

  async needsReconnect(share: TransitionedShare): Promise<void> {
    const network = NetworkNames[share.network];
    await this.notifications.notify({
      userId: share.userId,
      kind: 'share_needs_reconnect',
      title: `Reconnect ${network} to publish your post`,
      body: `${network} no longer accepts your connection, so a scheduled post is waiting. Reconnect ${network} under Connections, then press Retry in My posts.`,
      link: ATTENTION,
      email: true,
    });
  }

  async askAdvocate(share: TransitionedShare): Promise<void> {
    const network = NetworkNames[share.network];
    await this.notifications.notify({
      userId: share.userId,
      kind: 'share_outcome_unknown',
      title: `Did your ${network} post appear?`,
      body: `${network} did not confirm your post and Chorus cannot look it up. Check your profile and tell us in My posts, so it is never posted twice.`,
      link: ATTENTION,
      email: true,
    });
  }

  async published(share: TransitionedShare, url: string | null): Promise<void> {
    await this.notifications.notify({
      userId: share.userId,
      kind: 'share_published',
      title: `Your ${NetworkNames[share.network]} post is live`,
      body: url ? `It is live at ${url}.` : 'It is live on your profile.',
      link: '/my-posts?view=published',
      email: false,
    });
  }
}
