import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  OnInit,
  Signal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ComposeDraft,
  CreateSharesRequest,
  CreateSharesResponse,
  GuidelineFinding,
  NETWORK_NAMES,
  NetworkName,
  ShareTiming,
} from '@chorus/shared/contracts';
import { check } from '@chorus/shared/guidelines';
import { describeError } from '@chorus/web/core';
import { ClientRuleSetStore } from '@chorus/web/guidelines';
import { ErrorStateComponent, LoadingStateComponent, networkLabel, PageHeaderComponent } from '@chorus/web/ui';
import { catchError, debounceTime, distinctUntilChanged, forkJoin, map, of, Subject, switchMap } from 'rxjs';
import { PublishingApi } from '../publishing.api';
import { dateInputValue, formatWhen, isoWithOffset, localDateTime, timeInputValue, zoneLabel } from '../time';
import {
  CHECK_TIME_DEBOUNCE_MS,
  fieldSentence,
  GUIDELINES_ACK_REQUIRED,
  GUIDELINES_BLOCKED,
  LIMIT,
  NOT_CONNECTED,
  ORIGINALITY_DEBOUNCE_MS,
  problemCode,
  problemOf,
  SUBMIT_LABELS,
  TargetDraft,
  targetIndex,
  TOO_SIMILAR,
  warnRules,
} from './compose-model';
import { ComposeTargetComponent } from './compose-target.component';

interface Section {
  target: TargetDraft;
  /** The browser's guidelines check of the text as it is now. */
  findings: Signal<GuidelineFinding[]>;
}

interface TimeCheck {
  key: string;
  allowed: boolean;
  reasons: string[];
}

/** /compose/:itemId — the advocate makes a feed item their own and shares it now, at a time, or in their queue. */
@Component({
  selector: 'chorus-composer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatIcon,
    MatProgressSpinner,
    MatRadioGroup,
    MatRadioButton,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    ComposeTargetComponent,
  ],
  templateUrl: './composer.page.html',
  styleUrl: './composer.page.scss',
})
export class ComposerPage implements OnInit {
  private readonly api = inject(PublishingApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly rules = inject(ClientRuleSetStore);

  private itemId = '';
  protected readonly draft = signal<ComposeDraft | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly sections = signal<Section[]>([]);

  protected readonly timing = signal<ShareTiming>('now');
  protected readonly date = signal('');
  protected readonly time = signal('');
  protected readonly whenError = signal<string | null>(null);
  protected readonly whenReasons = signal<string[]>([]);
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly timeCheck = signal<TimeCheck | null>(null);
  protected readonly timeCheckError = signal<string | null>(null);

  protected readonly zone = zoneLabel();
  protected readonly today = dateInputValue(new Date());
  protected readonly submitLabel = computed(() => SUBMIT_LABELS[this.timing()]);
  protected readonly checkingRules = computed(() => this.rules.state() === 'idle' || this.rules.state() === 'loading');
  protected readonly chosen = computed(() => this.sections().filter((s) => s.target.available && s.target.selected()));
  protected readonly scheduledAt = computed(() => {
    const local = localDateTime(this.date(), this.time());
    return local ? isoWithOffset(local) : null;
  });
  /** What check-time is asked about: the time and the chosen networks. */
  private readonly checkKey = computed(() => {
    const at = this.timing() === 'scheduled' ? this.scheduledAt() : null;
    if (!at || new Date(at).getTime() <= Date.now()) return null;
    const networks = this.chosen().map((s) => s.target.network);
    return networks.length ? `${at}|${networks.join(',')}` : null;
  });
  protected readonly currentCheck = computed(() => {
    const check = this.timeCheck();
    return check && check.key === this.checkKey() ? check : null;
  });
  protected readonly checkPending = computed(() => !!this.checkKey() && !this.currentCheck() && !this.timeCheckError());
  protected readonly nextQueueSlot = computed(() => formatWhen(this.draft()?.nextQueueSlot));
  protected readonly suggested = computed(() =>
    (this.draft()?.suggestedTimes.times ?? [])
      .filter((t) => new Date(t.at).getTime() > Date.now())
      .map((t) => ({ ...t, label: formatWhen(t.at) + (t.network ? ` · ${networkLabel(t.network)}` : '') })),
  );

  private readonly originality$ = new Subject<string | null>();
  private readonly checkTime$ = new Subject<string | null>();

  constructor() {
    this.originality$
      .pipe(
        distinctUntilChanged(),
        debounceTime(ORIGINALITY_DEBOUNCE_MS),
        switchMap((text) => {
          const x = this.target('x');
          if (!x || text === null || !text.trim()) return of(null);
          return this.api.originality({ contentItemId: this.itemId, text }).pipe(
            map((result) => ({ x, text, result, error: null as string | null })),
            catchError((err: unknown) =>
              of({ x, text, result: null, error: describeError(err, 'the server did not answer.').message }),
            ),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((answer) => {
        if (!answer) return;
        answer.x.originalityPending.set(false);
        if (answer.result) {
          answer.x.originality.set({ text: answer.text, result: answer.result });
          answer.x.originalityError.set(null);
        } else {
          answer.x.originalityError.set(answer.error);
        }
      });

    this.checkTime$
      .pipe(
        distinctUntilChanged(),
        debounceTime(CHECK_TIME_DEBOUNCE_MS),
        switchMap((key) => {
          if (!key) return of(null);
          const [at, list] = key.split('|');
          const networks = list.split(',') as NetworkName[];
          return forkJoin(networks.map((network) => this.api.checkTime({ network, at }))).pipe(
            map((results) => ({ key, results, networks, error: null as string | null })),
            catchError((err: unknown) => of({ key, results: null, networks, error: describeError(err).message })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((answer) => {
        if (!answer) return;
        if (!answer.results) {
          this.timeCheckError.set(answer.error);
          return;
        }
        // A reason every network shares (an organisation blackout) is said once; others name their network.
        const byReason = new Map<string, NetworkName[]>();
        answer.results.forEach((result, i) =>
          result.reasons.forEach((reason) =>
            byReason.set(reason, [...(byReason.get(reason) ?? []), answer.networks[i]]),
          ),
        );
        const reasons = [...byReason].map(([reason, networks]) =>
          networks.length === answer.networks.length ? reason : `${networks.map(networkLabel).join(', ')}: ${reason}`,
        );
        this.timeCheck.set({ key: answer.key, allowed: answer.results.every((r) => r.allowed), reasons });
      });

    // X's originality is asked about the text as it is, a moment after the advocate stops typing.
    effect(() => {
      const x = this.target('x');
      const text = x && x.available && x.selected() ? x.text() : null;
      untracked(() => {
        if (x && text !== null && !x.currentOriginality()) x.originalityPending.set(true);
        this.originality$.next(text);
      });
    });
    effect(() => {
      const key = this.checkKey();
      untracked(() => {
        this.timeCheckError.set(null);
        this.checkTime$.next(key);
      });
    });
  }

  ngOnInit(): void {
    this.rules.load();
    this.route.paramMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      this.itemId = params.get('itemId') ?? '';
      this.load();
    });
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.draft(this.itemId).subscribe({
      next: (draft) => {
        this.draft.set(draft);
        this.sections.set(this.sectionsOf(draft));
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err, 'Could not load this item.').message);
      },
    });
  }

  private sectionsOf(draft: ComposeDraft): Section[] {
    const order = (network: NetworkName) => NETWORK_NAMES.indexOf(network);
    return [...draft.targets]
      .sort((a, b) => order(a.network) - order(b.network))
      .map((composeTarget) => {
        const target = new TargetDraft(composeTarget);
        target.selected.set(target.available);
        return { target, findings: computed(() => this.liveFindings(target, draft)) };
      });
  }

  /** The organisation's rules run in the browser on every change; the server checks again on sharing. */
  private liveFindings(target: TargetDraft, draft: ComposeDraft): GuidelineFinding[] {
    const compiled = this.rules.compiled();
    const text = target.text();
    if (!compiled || !text.trim()) return [];
    const at = this.timing() === 'scheduled' ? this.scheduledAt() : null;
    // As on the server: a post is checked against its own network's tracked link.
    const trackedLinks = target.target.trackedUrl ? [target.target.trackedUrl] : [];
    return check(compiled, {
      text,
      networks: [target.network],
      authorGroups: [],
      language: draft.contentItem.language ?? this.rules.defaultLanguage(),
      contentItem: {
        url: draft.contentItem.url ?? '',
        isCompanyContent: true,
        suggestedTexts: draft.alternativeTexts.map((t) => t.text),
        trackedLinks,
      },
      at: at ? new Date(at).toISOString() : new Date().toISOString(),
      topics: draft.contentItem.topicIds,
    });
  }

  private target(network: NetworkName): TargetDraft | undefined {
    return this.sections().find((s) => s.target.network === network)?.target;
  }

  protected setTiming(timing: ShareTiming): void {
    this.timing.set(timing);
    this.whenError.set(null);
    this.whenReasons.set([]);
    if (timing === 'scheduled' && !this.date()) {
      const first = this.suggested()[0]?.at;
      const fallback = new Date(Date.now() + 60 * 60 * 1000);
      fallback.setMinutes(0, 0, 0);
      this.setWhen(first ? new Date(first) : fallback);
    }
  }

  protected pickSuggested(at: string): void {
    this.timing.set('scheduled');
    this.setWhen(new Date(at));
  }

  private setWhen(at: Date): void {
    this.date.set(dateInputValue(at));
    this.time.set(timeInputValue(at));
    this.whenError.set(null);
    this.whenReasons.set([]);
  }

  protected onDate(event: Event): void {
    this.date.set((event.target as HTMLInputElement).value);
    this.whenError.set(null);
    this.whenReasons.set([]);
  }

  protected onTime(event: Event): void {
    this.time.set((event.target as HTMLInputElement).value);
    this.whenError.set(null);
    this.whenReasons.set([]);
  }

  /** Checks what the browser can, then sends; the server's refusals land on the section they concern. */
  protected submit(): void {
    if (this.sending()) return;
    const draft = this.draft();
    if (!draft) return;
    this.formError.set(null);
    const chosen = this.chosen();
    let valid = true;
    if (chosen.length === 0) {
      this.formError.set('Choose at least one network to post to.');
      valid = false;
    }
    for (const { target, findings } of chosen) {
      target.error.set(this.targetProblem(target, findings()));
      if (target.error()) valid = false;
    }
    const when = this.whenProblem(draft);
    this.whenError.set(when);
    this.whenReasons.set([]);
    if (when) valid = false;
    if (!valid) {
      this.formError.update(
        (message) => message ?? 'Some things need your attention before you can share — see below.',
      );
      return;
    }

    const timing = this.timing();
    const request: CreateSharesRequest = {
      contentItemId: draft.contentItem.id,
      timing,
      targets: chosen.map(({ target, findings }) => {
        const warnings = new Set(warnRules([...findings(), ...target.serverFindings()]).map((f) => f.ruleId));
        const acknowledged = [...target.acknowledged()].filter((id) => warnings.has(id));
        return {
          network: target.network,
          text: target.text(),
          ...(acknowledged.length ? { acknowledgedRuleIds: acknowledged } : {}),
        };
      }),
      ...(timing === 'scheduled' ? { scheduledAt: this.scheduledAt() ?? undefined } : {}),
    };
    this.sending.set(true);
    this.api.share(request).subscribe({
      next: (response) => {
        this.sending.set(false);
        this.snackBar.open(this.successMessage(request, response), undefined, { duration: 5000 });
        void this.router.navigate(['/my-posts']);
      },
      error: (err: unknown) => {
        this.sending.set(false);
        this.showRefusal(err, request);
      },
    });
  }

  private targetProblem(target: TargetDraft, findings: GuidelineFinding[]): string | null {
    const label = networkLabel(target.network);
    if (!target.text().trim()) return `Write something to post on ${label}.`;
    if (target.over()) return `Too long for ${label}: shorten it to ${target.target.maxLength} characters.`;
    const unacknowledged = warnRules([...findings, ...target.serverFindings()]).filter(
      (f) => !target.acknowledged().has(f.ruleId),
    );
    if (unacknowledged.length) return 'Tick “I acknowledge” for each warning, or change the text.';
    const originality = target.currentOriginality();
    if (target.network === 'x' && originality && !originality.allowed) {
      return 'X refuses posts this close to the suggested text or to colleagues’ posts. Rewrite it in your own words.';
    }
    return null;
  }

  private whenProblem(draft: ComposeDraft): string | null {
    const timing = this.timing();
    if (timing === 'queue' && !draft.nextQueueSlot) return 'Set up your weekly queue first, or pick another option.';
    if (timing !== 'scheduled') return null;
    const at = this.scheduledAt();
    if (!at) return 'Pick a date and a time.';
    if (new Date(at).getTime() <= Date.now()) return 'Pick a time in the future.';
    const check = this.currentCheck();
    if (check && !check.allowed) return 'Pick another time: this one is not allowed (see why above).';
    return null;
  }

  private successMessage(request: CreateSharesRequest, response: CreateSharesResponse): string {
    const networks = request.targets.map((t) => networkLabel(t.network)).join(' and ');
    if (request.timing === 'now') return `Posting to ${networks} now.`;
    const at = response.shares[0]?.scheduledAt ?? request.scheduledAt;
    if (request.timing === 'queue') return `Added to your queue for ${formatWhen(at)} (${networks}).`;
    return `Scheduled for ${formatWhen(at)} (${networks}).`;
  }

  /** Maps a refusal of POST /api/shares onto the network sections and the When section. */
  private showRefusal(err: unknown, request: CreateSharesRequest): void {
    const info = describeError(err, 'Could not share this.');
    const problem = problemOf(err);
    const code = problemCode(problem);
    const errors = (problem?.errors ?? []) as Array<Partial<GuidelineFinding> & { field: string; message: string }>;
    const targetAt = (field: string | undefined): TargetDraft | undefined => {
      const index = targetIndex(field) ?? (request.targets.length === 1 ? 0 : null);
      const network = index === null ? undefined : request.targets[index]?.network;
      return network ? this.target(network) : undefined;
    };

    if (code === GUIDELINES_BLOCKED || code === GUIDELINES_ACK_REQUIRED) {
      const byTarget = new Map<TargetDraft, GuidelineFinding[]>();
      for (const entry of errors) {
        const target = targetAt(entry.field);
        if (!target || !entry.ruleId) continue;
        byTarget.set(target, [...(byTarget.get(target) ?? []), entry as GuidelineFinding]);
      }
      for (const [target, findings] of byTarget) {
        const sent = request.targets.find((t) => t.network === target.network)?.text ?? target.text();
        target.server.set({ text: sent, findings });
        target.error.set(
          code === GUIDELINES_BLOCKED
            ? 'The guidelines block this text: change the highlighted parts.'
            : 'Tick “I acknowledge” for each warning below to continue, or change the text.',
        );
      }
      this.formError.set(byTarget.size ? 'Some of your texts need changes — see below.' : info.message);
      return;
    }
    if (code === TOO_SIMILAR) {
      const target = targetAt(errors[0]?.field) ?? this.target('x');
      const message = errors[0]?.message || info.message;
      if (target) target.error.set(message);
      this.formError.set(target ? 'Your X post is too close to other posts — see below.' : message);
      return;
    }
    if (code === LIMIT) {
      const reasons = errors.map((e) => e.message).filter((m) => !!m);
      this.whenError.set(reasons.length ? 'That time is not allowed:' : info.message);
      this.whenReasons.set(reasons);
      this.formError.set('Pick another time — see When.');
      return;
    }
    if (code === NOT_CONNECTED) {
      const entry = errors[0];
      const target = targetAt(entry?.field);
      const message = entry
        ? fieldSentence(target ? networkLabel(target.network) : entry.field, entry.message)
        : info.message;
      if (target) target.error.set(message);
      this.formError.set(`${message} Check your connected accounts.`);
      return;
    }
    if (info.status === 400 && errors.length) {
      let general: string | null = null;
      for (const entry of errors) {
        const target = targetIndex(entry.field) === null ? undefined : targetAt(entry.field);
        if (target) {
          const subject = entry.field.endsWith('.text')
            ? `Your ${networkLabel(target.network)} text`
            : networkLabel(target.network);
          target.error.set(fieldSentence(subject, entry.message));
        } else if (entry.field === 'scheduledAt' || entry.field === 'timing') {
          this.whenError.set(fieldSentence('The time', entry.message));
        } else {
          general ??= fieldSentence(entry.field, entry.message);
        }
      }
      this.formError.set(general ?? 'Some things need your attention — see below.');
      return;
    }
    this.formError.set(info.message);
  }
}
