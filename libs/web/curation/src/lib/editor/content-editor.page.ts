import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CONTENT_LANGUAGES,
  ContentAction,
  ContentItem,
  ContentLanguage,
  CreateContentItemRequest,
  GroupSummary,
  GuidelineFinding,
  NetworkName,
  SuggestedTextInput,
  Topic,
} from '@chorus/shared/contracts';
import { applyFieldErrors, AuthStore, describeError, GroupsApi } from '@chorus/web/core';
import { applyEdits, FindingsListComponent } from '@chorus/web/guidelines';
import { ErrorStateComponent, LoadingStateComponent, networkLabel, PageHeaderComponent } from '@chorus/web/ui';
import { Observable, of } from 'rxjs';
import {
  ACTION_DONE,
  ACTION_ICONS,
  ACTION_LABELS,
  fromLocalInput,
  LANGUAGE_LABELS,
  stateLabel,
  toLocalInput,
  workflowActions,
} from '../content-workflow';
import { CurationApi, IMAGE_MAX_BYTES, IMAGE_TYPES } from '../curation.api';
import { StateChipComponent } from '../shared/state-chip.component';
import { SUGGESTED_TEXT_CHECKER, TextCheck } from '../text-limits';
import { ItemFeedbackPanelComponent } from './item-feedback-panel.component';
import { RejectDialog } from './reject.dialog';

type TextForm = FormGroup<{
  network: import('@angular/forms').FormControl<NetworkName>;
  text: import('@angular/forms').FormControl<string>;
}>;

/** Reads a file as base64 (without the `data:…;base64,` prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Create or edit one content item, and move it through the workflow. */
@Component({
  selector: 'chorus-content-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FindingsListComponent,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatSlideToggle,
    MatButton,
    MatIconButton,
    MatIcon,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    StateChipComponent,
    ItemFeedbackPanelComponent,
  ],
  templateUrl: './content-editor.page.html',
  styleUrl: './content-editor.page.scss',
})
export class ContentEditorPage implements OnInit {
  private readonly api = inject(CurationApi);
  private readonly groupsApi = inject(GroupsApi);
  private readonly auth = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly checker = inject(SUGGESTED_TEXT_CHECKER);

  protected readonly languages = CONTENT_LANGUAGES.map((code) => ({ code, label: LANGUAGE_LABELS[code] }));
  protected readonly networks: NetworkName[] = ['linkedin', 'x'];
  protected readonly networkLabel = networkLabel;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly actionIcons = ACTION_ICONS;
  protected readonly stateLabel = stateLabel;

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    summary: ['', [Validators.maxLength(2000)]],
    bodyHtml: [''],
    url: ['', [Validators.pattern(/^https?:\/\/\S+$/i)]],
    imageUrl: [''],
    language: ['' as ContentLanguage | ''],
    topicIds: [[] as string[]],
    audienceIds: [[] as string[]],
    featured: [false],
    publishAt: [''],
    expiresAt: [''],
    suggestedTexts: this.fb.array<TextForm>([]),
  });

  protected readonly item = signal<ContentItem | null>(null);
  protected readonly isNew = signal(false);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly acting = signal<ContentAction | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly importedFrom = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly imageError = signal<string | null>(null);
  private readonly imageId = signal<string | null>(null);
  private readonly imageRemoved = signal(false);

  protected readonly topics = signal<Topic[]>([]);
  protected readonly groups = signal<GroupSummary[]>([]);
  protected readonly fourEyes = signal(false);
  protected readonly topicQuery = signal('');
  private readonly selectedTopicIds = signal<string[]>([]);

  protected readonly selectedTopics = computed(() => {
    const byId = new Map(this.topics().map((topic) => [topic.id, topic]));
    const known = new Map((this.item()?.topics ?? []).map((topic) => [topic.id, topic.name]));
    return this.selectedTopicIds().map((id) => ({ id, name: byId.get(id)?.name ?? known.get(id) ?? id }));
  });
  protected readonly topicOptions = computed(() => {
    const query = this.topicQuery().trim().toLowerCase();
    const chosen = new Set(this.selectedTopicIds());
    return this.topics().filter((topic) => !chosen.has(topic.id) && topic.name.toLowerCase().includes(query));
  });
  protected readonly workflow = computed(() => {
    const item = this.item();
    if (!item) return { actions: [] as ContentAction[], approvalNote: null };
    return workflowActions(item, this.fourEyes(), this.auth.user()?.id ?? null);
  });
  protected readonly busy = computed(() => this.saving() || this.acting() !== null || this.uploading());

  get texts(): FormArray<TextForm> {
    return this.form.controls.suggestedTexts;
  }

  ngOnInit(): void {
    this.api.topics().subscribe({ next: (topics) => this.topics.set(topics), error: () => undefined });
    this.groupsApi.list().subscribe({ next: (groups) => this.groups.set(groups), error: () => undefined });
    this.api.settings().subscribe({
      next: (settings) => this.fourEyes.set(settings.requireSecondApprover),
      error: () => undefined,
    });
    this.form.controls.topicIds.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((ids) => this.selectedTopicIds.set(ids));
    this.route.paramMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      const id = params.get('id');
      if (id) this.load(id);
      else this.startNew(this.route.snapshot.queryParamMap.get('url'));
    });
  }

  protected load(id: string): void {
    this.isNew.set(false);
    this.loading.set(true);
    this.loadError.set(null);
    this.api.get(id).subscribe({
      next: (item) => {
        this.show(item);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
  }

  /** A blank post, or one prefilled from the preview of `?url=`. */
  private startNew(url: string | null): void {
    this.isNew.set(true);
    this.item.set(null);
    if (!url) {
      this.loading.set(false);
      return;
    }
    this.loading.set(true);
    this.form.patchValue({ url });
    this.api.preview(url).subscribe({
      next: (preview) => {
        this.form.patchValue({
          url: preview.canonicalUrl || preview.url,
          title: preview.title,
          summary: preview.summary,
          imageUrl: preview.imageUrl ?? '',
          language: preview.language ?? '',
        });
        this.form.markAsDirty();
        this.importedFrom.set(preview.siteName || preview.canonicalUrl || url);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.problem.set(describeError(err, 'Could not read that page.').message);
        this.form.controls.url.setErrors({ server: describeError(err, 'Could not read that page.').message });
        this.form.controls.url.markAsTouched();
      },
    });
  }

  private show(item: ContentItem): void {
    this.item.set(item);
    this.imageId.set(null);
    this.imageRemoved.set(false);
    this.texts.clear();
    for (const text of item.suggestedTexts) this.texts.push(this.textGroup(text.network, text.text));
    this.form.reset({
      title: item.title,
      summary: item.summary,
      bodyHtml: item.bodyHtml,
      url: item.url ?? '',
      imageUrl: item.imageUrl ?? '',
      language: item.language ?? '',
      topicIds: item.topics.map((topic) => topic.id),
      audienceIds: item.audiences.map((group) => group.id),
      featured: item.featured,
      publishAt: toLocalInput(item.publishAt),
      expiresAt: toLocalInput(item.expiresAt),
    });
    this.selectedTopicIds.set(this.form.controls.topicIds.value);
  }

  private textGroup(network: NetworkName, text = ''): TextForm {
    return this.fb.group({
      network: [network],
      text: [text, [Validators.required]],
    });
  }

  protected addText(network: NetworkName): void {
    this.texts.push(this.textGroup(network));
    this.form.markAsDirty();
  }

  /** An advocate's text suggestion becomes a new suggested text; the curator still reviews and saves it. */
  protected useSuggestion(suggestion: SuggestedTextInput): void {
    this.texts.push(this.textGroup(suggestion.network, suggestion.text));
    this.form.markAsDirty();
  }

  protected removeText(index: number): void {
    this.texts.removeAt(index);
    this.form.markAsDirty();
  }

  /** The seam for the guidelines engine: see SUGGESTED_TEXT_CHECKER. */
  protected check(index: number): TextCheck {
    const group = this.texts.at(index);
    return this.checker(group.controls.network.value, group.controls.text.value, {
      language: this.form.controls.language.value || undefined,
      url: this.form.controls.url.value || undefined,
    });
  }

  /** Applies a guideline finding's one-click fix to suggested text `index`. */
  protected applyFix(index: number, finding: GuidelineFinding): void {
    if (!finding.fix) return;
    const control = this.texts.at(index).controls.text;
    control.setValue(applyEdits(control.value, finding.fix.edits));
    control.markAsDirty();
    this.form.markAsDirty();
  }

  protected addTopic(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const id = event.option.value as string;
    const ids = this.form.controls.topicIds.value;
    if (!ids.includes(id)) this.form.controls.topicIds.setValue([...ids, id]);
    this.form.controls.topicIds.markAsDirty();
    input.value = '';
    this.topicQuery.set('');
  }

  protected removeTopic(id: string): void {
    this.form.controls.topicIds.setValue(this.form.controls.topicIds.value.filter((topic) => topic !== id));
    this.form.controls.topicIds.markAsDirty();
  }

  protected async pickImage(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.imageError.set(null);
    if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) {
      this.imageError.set('Use a PNG, JPEG, GIF or WebP image.');
      return;
    }
    if (file.size > IMAGE_MAX_BYTES) {
      this.imageError.set('The image is larger than 2 MB.');
      return;
    }
    this.uploading.set(true);
    try {
      const data = await readAsBase64(file);
      this.api.uploadImage(file.type, data).subscribe({
        next: (image) => {
          this.uploading.set(false);
          this.imageId.set(image.id);
          this.imageRemoved.set(false);
          this.form.controls.imageUrl.setValue(image.url);
          this.form.markAsDirty();
        },
        error: (err: unknown) => {
          this.uploading.set(false);
          this.imageError.set(describeError(err, 'Could not upload the image.').message);
        },
      });
    } catch {
      this.uploading.set(false);
      this.imageError.set('Could not read that file.');
    }
  }

  protected removeImage(): void {
    this.imageId.set(null);
    this.imageRemoved.set(true);
    this.form.controls.imageUrl.setValue('');
    this.form.markAsDirty();
  }

  protected save(): void {
    if (this.busy()) return;
    this.persist().subscribe({
      next: (item) => {
        if (!item) return;
        this.snackBar.open('Saved', undefined, { duration: 3000 });
      },
    });
  }

  /**
   * Saves the form (create or update). Emits the saved item, `null` when the form is invalid or the
   * server refused it (the errors are then shown), and completes.
   */
  private persist(): Observable<ContentItem | null> {
    if (!this.validate()) return of(null);
    this.saving.set(true);
    this.problem.set(null);
    const request = this.request();
    const existing = this.item();
    const call = existing ? this.api.update(existing.id, request) : this.api.create(request);
    return new Observable<ContentItem | null>((subscriber) => {
      call.subscribe({
        next: (saved) => {
          this.saving.set(false);
          if (existing) {
            this.show(saved);
          } else {
            this.form.markAsPristine();
            void this.router.navigate(['/curation/content', saved.id], { replaceUrl: true });
          }
          subscriber.next(saved);
          subscriber.complete();
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.showErrors(err, 'Could not save. Please try again.');
          subscriber.next(null);
          subscriber.complete();
        },
      });
    });
  }

  private validate(): boolean {
    const { publishAt, expiresAt } = this.form.getRawValue();
    const expires = this.form.controls.expiresAt;
    if (expires.hasError('order')) expires.setErrors(null);
    if (publishAt && expiresAt && new Date(expiresAt) <= new Date(publishAt)) {
      expires.setErrors({ order: true });
      expires.markAsTouched();
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set('Some fields need your attention.');
      return false;
    }
    return true;
  }

  private request(): CreateContentItemRequest {
    const value = this.form.getRawValue();
    const imageId = this.imageId();
    const request: CreateContentItemRequest = {
      title: value.title.trim(),
      summary: value.summary.trim(),
      bodyHtml: value.bodyHtml,
      topicIds: value.topicIds,
      audienceIds: value.audienceIds,
      featured: value.featured,
      publishAt: fromLocalInput(value.publishAt),
      expiresAt: fromLocalInput(value.expiresAt),
      suggestedTexts: value.suggestedTexts
        .map((text) => ({ network: text.network, text: text.text.trim() }))
        .filter((text) => text.text),
    };
    if (value.url.trim()) request.url = value.url.trim();
    if (value.language) request.language = value.language;
    if (imageId) request.imageId = imageId;
    else if (value.imageUrl) request.imageUrl = value.imageUrl;
    else if (this.imageRemoved()) request.imageUrl = '';
    return request;
  }

  private showErrors(err: unknown, fallback: string): void {
    const info = describeError(err, fallback);
    const unmatched = applyFieldErrors(this.form, info.fields);
    const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
    this.problem.set(unmatched[0] ?? (shownAtField ? 'Some fields need your attention.' : info.message));
  }

  /** Runs a workflow action; unsaved edits are saved first so nothing is approved that nobody saw. */
  protected run(action: ContentAction): void {
    const item = this.item();
    if (!item || this.busy()) return;
    if (action === 'reject') {
      this.dialog
        .open<RejectDialog, void, string>(RejectDialog, { width: '480px', maxWidth: 'calc(100vw - 32px)' })
        .afterClosed()
        .subscribe((comment) => {
          if (comment) this.transition(item.id, action, comment);
        });
      return;
    }
    if (this.form.dirty && action !== 'dismiss' && action !== 'archive') {
      this.persist().subscribe((saved) => {
        if (saved) this.transition(saved.id, action);
      });
      return;
    }
    this.transition(item.id, action);
  }

  private transition(id: string, action: ContentAction, comment?: string): void {
    this.acting.set(action);
    this.problem.set(null);
    this.api.transition(id, action, comment).subscribe({
      next: (updated) => {
        this.acting.set(null);
        this.show(updated);
        this.snackBar.open(`“${updated.title}” ${ACTION_DONE[action]}`, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.acting.set(null);
        const info = describeError(err, 'That did not work. Please try again.');
        this.problem.set(
          info.code === 'content.invalid_transition'
            ? `${info.message} The item may have changed; reload to see its current state.`
            : info.message,
        );
      },
    });
  }
}
