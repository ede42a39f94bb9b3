import type { ComposeDraft, CreateSharesRequest, NetworkName, ShareView } from '@chorus/shared/contracts';
import { ConnectedAccount, NetworkAppsService } from '@chorus/server/connections';
import { ContentItem } from '@chorus/server/content';
import {
  createUser,
  SandboxPost,
  SandboxProcess,
  TestApi,
  TestClient,
  TestResponse,
} from '@chorus/server/testing';
import { randomBytes, randomUUID } from 'node:crypto';

/**
 * What the publishing integration specs share: the sandbox's network apps, advocates with connected
 * accounts (through the real OAuth round trip), approved feed items, and waiting for a share to settle.
 * Not part of the library's API; only specs import it.
 */
export interface Advocate {
  id: string;
  email: string;
  client: TestClient;
  /** Sandbox member names, per connected network. */
  members: Partial<Record<NetworkName, string>>;
}

export class PublishingFixture {
  readonly userIds: string[] = [];

  constructor(
    readonly api: TestApi,
    readonly sandbox: SandboxProcess,
  ) {}

  /** The sandbox's default apps (libs/sandbox/README.md) as the organisation's network apps. */
  async setUpNetworkApps(): Promise<void> {
    const apps = this.api.app.get(NetworkAppsService);
    await apps.update(null, 'linkedin', { clientId: 'chorus-sandbox-linkedin', clientSecret: 'sandbox-linkedin-secret' });
    await apps.update(null, 'x', { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' });
  }

  /** A new advocate, signed in, with the given networks connected to new sandbox members of their own. */
  async advocate(networks: NetworkName[] = ['linkedin', 'x'], roles: Array<'advocate' | 'curator' | 'admin'> = ['advocate']): Promise<Advocate> {
    const tag = randomBytes(3).toString('hex');
    const user = await createUser(this.api.dataSource, { roles, name: `Advocate ${tag}` });
    this.userIds.push(user.id);
    const client = this.api.client();
    await client.login(user.email, user.password);
    const advocate: Advocate = { id: user.id, email: user.email, client, members: {} };
    for (const network of networks) await this.connect(advocate, network);
    return advocate;
  }

  /**
   * Start → the sandbox's consent page → callback, as the browser goes: as a new sandbox member, or with
   * `again` as the member the advocate connected before (a reconnect).
   */
  async connect(advocate: Advocate, network: NetworkName, again = false): Promise<void> {
    const known = again ? advocate.members[network] : undefined;
    const member = known ?? `Member ${randomBytes(4).toString('hex')}`;
    const started = await advocate.client.post(`/api/connections/${network}/start`);
    if (started.status !== 200) throw new Error(`connect ${network}: ${started.status} ${JSON.stringify(started.body)}`);
    const callback = await this.sandbox.consent(
      started.body.authorizationUrl,
      known ? { member: known } : { newMemberName: member },
    );
    const landed = await advocate.client.get(`${callback.pathname}${callback.search}`);
    if (!String(landed.headers['location']).includes(`connected=${network}`)) {
      throw new Error(`connect ${network} landed on ${String(landed.headers['location'])}`);
    }
    advocate.members[network] = member;
  }

  async account(advocate: Advocate, network: NetworkName): Promise<ConnectedAccount> {
    return this.api.dataSource.getRepository(ConnectedAccount).findOneByOrFail({ userId: advocate.id, network });
  }

  /** An approved item in everyone's feed, with suggested texts for both networks and a unique address. */
  async item(overrides: Partial<ContentItem> = {}): Promise<ContentItem> {
    const url = `https://news.chorus.test/stories/${randomUUID()}`;
    const repository = this.api.dataSource.getRepository(ContentItem);
    return repository.save(
      repository.create({
        origin: 'curator',
        state: 'approved',
        title: 'Chorus opens a new office in Utrecht',
        summary: 'Our new office in Utrecht brings us closer to our customers in the Benelux.',
        bodyHtml: '<p>Our new office in Utrecht brings us closer to our customers in the Benelux.</p>',
        url,
        canonicalUrl: url,
        language: 'en',
        feedAt: new Date(Date.now() - 86_400_000),
        approvedAt: new Date(Date.now() - 86_400_000),
        suggestedTexts: [
          { id: randomUUID(), network: 'linkedin', text: `We just opened our brand new office in the heart of Utrecht, and we are hiring engineers there. ${url} #employee` },
          { id: randomUUID(), network: 'x', text: `Brand new office in the heart of Utrecht, and we are hiring engineers there ${url} #employee` },
        ],
        ...overrides,
      }),
    );
  }

  async draft(advocate: Advocate, itemId: string): Promise<ComposeDraft> {
    const response = await advocate.client.get<ComposeDraft>(`/api/compose/${itemId}`);
    if (response.status !== 200) throw new Error(`draft: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** The advocate's own words for a network, with the tracked link and the disclosure the guidelines want. */
  ownWords(draft: ComposeDraft, network: NetworkName, words = 'Proud of the team: a fresh place to build things together.'): string {
    const tracked = draft.targets.find((t) => t.network === network)?.trackedUrl;
    return `${words} ${randomBytes(2).toString('hex')} ${tracked ?? ''} #employee`.replace(/\s+/g, ' ').trim();
  }

  /** POST /api/shares; the body is the created shares on 201, a problem otherwise. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- like TestClient: specs read problems and views alike
  share(advocate: Advocate, body: CreateSharesRequest): Promise<TestResponse<any>> {
    return advocate.client.post('/api/shares', body);
  }

  /** Item + draft + one share on one network with the advocate's own words; fails the spec unless 201. */
  async shareOne(
    advocate: Advocate,
    network: NetworkName,
    timing: Pick<CreateSharesRequest, 'timing' | 'scheduledAt'> = { timing: 'now' },
  ): Promise<{ share: ShareView; trackedUrl: string }> {
    const item = await this.item();
    const draft = await this.draft(advocate, item.id);
    const text = this.ownWords(draft, network);
    const response = await this.share(advocate, { contentItemId: item.id, targets: [{ network, text }], ...timing });
    if (response.status !== 201) throw new Error(`share: ${response.status} ${JSON.stringify(response.body)}`);
    const trackedUrl = draft.targets.find((t) => t.network === network)?.trackedUrl as string;
    return { share: response.body.shares[0], trackedUrl };
  }

  async view(advocate: Advocate, id: string): Promise<ShareView> {
    const response = await advocate.client.get<ShareView>(`/api/shares/${id}`);
    if (response.status !== 200) throw new Error(`share ${id}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /**
   * Polls the share until `done` holds; fails with the last view otherwise. `seen` collects every state
   * observed on the way (polled every 100 ms, so a state that lasts less may be missed).
   */
  async waitFor(
    advocate: Advocate,
    id: string,
    done: (share: ShareView) => boolean,
    options: { timeoutMs?: number; what?: string; seen?: Array<ShareView['state']> } = {},
  ): Promise<ShareView> {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const deadline = Date.now() + timeoutMs;
    const note = (share: ShareView) => {
      if (options.seen && options.seen[options.seen.length - 1] !== share.state) options.seen.push(share.state);
      return share;
    };
    let last = note(await this.view(advocate, id));
    while (!done(last)) {
      if (Date.now() > deadline) {
        throw new Error(`share ${id} did not reach ${options.what ?? 'the expected state'} within ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
      last = note(await this.view(advocate, id));
    }
    return last;
  }

  waitForState(
    advocate: Advocate,
    id: string,
    state: ShareView['state'],
    options: { timeoutMs?: number; seen?: Array<ShareView['state']> } = {},
  ): Promise<ShareView> {
    return this.waitFor(advocate, id, (s) => s.state === state, { ...options, what: state });
  }

  /**
   * Reads until `ok` holds (or the time is up) and returns the last value: notifications and mails follow
   * the state change that caused them by a moment.
   */
  async until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!ok(value) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      value = await read();
    }
    return value;
  }

  /** The sandbox's posts that carry this tracked link, deleted ones included. */
  async postsWithLink(network: NetworkName, trackedUrl: string): Promise<SandboxPost[]> {
    const posts = await this.sandbox.control.posts(network);
    return posts.filter((p) => p.rawText.includes(trackedUrl) || p.link?.url === trackedUrl);
  }

  /** Removes this fixture's advocates' shares, so no other spec's worker ever picks one up. */
  async cleanUp(): Promise<void> {
    if (this.userIds.length === 0) return;
    await this.api.dataSource.query(`DELETE FROM shares WHERE user_id = ANY($1::uuid[])`, [this.userIds]);
  }
}
