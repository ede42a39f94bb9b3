import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  GUIDELINE_SEVERITIES,
  GuidelineSeverity,
  RuleSetJson,
  RuleSetVersionSummary,
  RuleSetVersionView,
  UpdateGuidelineRuleRequest,
} from '@chorus/shared/contracts';
import type { Rule, RuleKind, RuleSet } from '@chorus/shared/guidelines';
import { describeError } from '@chorus/web/core';
import { ErrorStateComponent, LoadingStateComponent, PageHeaderComponent, EmptyStateComponent } from '@chorus/web/ui';
import { ClientRuleSetStore } from './client-rule-set.store';
import { GUIDELINES_EXPORT_URL, GuidelinesApi } from './guidelines.api';
import { SEVERITY_ICONS, SEVERITY_SHORT } from './highlight';
import { RuleSetJsonDialog, RuleSetJsonDialogData } from './rule-set-json.dialog';
import { fieldErrorLines, parseRuleSet } from './rule-set-validation';
import { TryPostComponent } from './try-post.component';

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  disclosure: 'Disclosure',
  'banned-terms': 'Banned and confidential terms',
  competitors: 'Competitors',
  'regulated-claims': 'Regulated claims',
  pattern: 'Patterns',
  'personal-data': 'Personal data',
  links: 'Links',
  length: 'Length and counts',
  'quiet-period': 'Quiet periods',
  originality: 'Originality',
  copyright: 'Copyright',
};

interface RuleGroup {
  kind: string;
  label: string;
  rules: Rule[];
}

const text = (value: Readonly<Record<string, string>> | undefined): string => (value ? (value['en'] ?? Object.values(value)[0] ?? '') : '');

/**
 * A rule's message as a reader of the list should see it: the placeholders a finding fills in ({term},
 * {similarity} …) are shown as "…", the disclosure tag as the rule's own tag.
 */
export function ruleMessage(rule: Rule): string {
  const tag = text((rule as { appendTag?: Record<string, string> }).appendTag);
  return text(rule.message).replace(/\{(\w+)\}/g, (_all, name: string) => (name === 'tag' && tag ? tag : '…'));
}

/** The organisation's social media guidelines as rules: review, switch, edit, import/export, try a post. */
@Component({
  selector: 'chorus-guidelines-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatAnchor,
    MatButton,
    MatIcon,
    MatSlideToggle,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    TryPostComponent,
  ],
  templateUrl: './guidelines.page.html',
  styleUrl: './guidelines.page.scss',
})
export class GuidelinesPage implements OnInit {
  private readonly api = inject(GuidelinesApi);
  private readonly store = inject(ClientRuleSetStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly exportUrl = GUIDELINES_EXPORT_URL;
  protected readonly severities = GUIDELINE_SEVERITIES;
  protected readonly severityShort = SEVERITY_SHORT;
  protected readonly severityIcons = SEVERITY_ICONS;
  protected readonly text = text;
  protected readonly ruleMessage = ruleMessage;
  protected readonly active = signal<RuleSetVersionView | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly problemLines = signal<string[]>([]);
  protected readonly working = signal<ReadonlySet<string>>(new Set());
  protected readonly importing = signal(false);
  protected readonly versions = signal<RuleSetVersionSummary[] | null>(null);
  protected readonly versionsError = signal<string | null>(null);

  protected readonly groups = computed<RuleGroup[]>(() => {
    const rules = ((this.active()?.ruleSet as unknown as RuleSet | undefined)?.rules ?? []) as Rule[];
    const byKind = new Map<string, Rule[]>();
    for (const rule of rules) byKind.set(rule.kind, [...(byKind.get(rule.kind) ?? []), rule]);
    return [...byKind.entries()].map(([kind, list]) => ({
      kind,
      label: (RULE_KIND_LABELS as Record<string, string>)[kind] ?? kind,
      rules: list,
    }));
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.active().subscribe({
      next: (view) => {
        this.loading.set(false);
        this.show(view);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.loadError.set(describeError(err).message);
      },
    });
    this.loadVersions();
  }

  protected loadVersions(): void {
    this.versionsError.set(null);
    this.api.versions().subscribe({
      next: (versions) => this.versions.set(versions),
      error: (err: unknown) => this.versionsError.set(describeError(err, 'Could not load the version history.').message),
    });
  }

  protected ruleName(rule: Rule): string {
    const id = rule.id.replace(/[-_]+/g, ' ');
    return id.charAt(0).toUpperCase() + id.slice(1);
  }

  protected isWorking(ruleId: string): boolean {
    return this.working().has(ruleId);
  }

  setEnabled(rule: Rule, enabled: boolean): void {
    this.updateRule(rule, { enabled });
  }

  setSeverity(rule: Rule, severity: GuidelineSeverity): void {
    if (severity === rule.severity) return;
    this.updateRule(rule, { severity });
  }

  /** Optimistic: the list changes at once, and goes back if the server says no. */
  private updateRule(rule: Rule, change: UpdateGuidelineRuleRequest): void {
    const before = this.active();
    if (!before || this.isWorking(rule.id)) return;
    const ruleSet = before.ruleSet as unknown as RuleSet;
    const optimistic: RuleSetVersionView = {
      ...before,
      ruleSet: { ...ruleSet, rules: ruleSet.rules.map((r) => (r.id === rule.id ? { ...r, ...change } : r)) } as unknown as RuleSetJson,
    };
    this.active.set(optimistic);
    this.setWorking(rule.id, true);
    this.clearProblem();
    this.api.updateRule(rule.id, change).subscribe({
      next: (view) => {
        this.setWorking(rule.id, false);
        this.show(view);
        this.loadVersions();
        this.snackBar.open(`Saved as version ${view.version}`, undefined, { duration: 3000 });
      },
      error: (err: unknown) => {
        this.setWorking(rule.id, false);
        this.active.set(before);
        this.problem.set(describeError(err, 'Could not change the rule.').message);
      },
    });
  }

  protected editJson(): void {
    const view = this.active();
    if (!view) return;
    this.dialog
      .open<RuleSetJsonDialog, RuleSetJsonDialogData, RuleSetVersionView>(RuleSetJsonDialog, {
        data: { ruleSet: view.ruleSet },
        width: '760px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.show(saved);
        this.loadVersions();
        this.snackBar.open(`Saved as version ${saved.version}`, undefined, { duration: 4000 });
      });
  }

  protected viewVersion(version: number): void {
    this.api.version(version).subscribe({
      next: (view) =>
        this.dialog.open<RuleSetJsonDialog, RuleSetJsonDialogData>(RuleSetJsonDialog, {
          data: { ruleSet: view.ruleSet, readOnlyVersion: view.version },
          width: '760px',
          maxWidth: 'calc(100vw - 32px)',
        }),
      error: (err: unknown) => this.problem.set(describeError(err, `Could not load version ${version}.`).message),
    });
  }

  /** Reads, parses and validates the file before sending it; on any error nothing changes. */
  async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.clearProblem();
    let content: string;
    try {
      content = await file.text();
    } catch {
      this.problem.set(`Could not read ${file.name}.`);
      return;
    }
    const parsed = parseRuleSet(content);
    if ('error' in parsed) {
      this.problem.set(`${file.name} was not imported. ${parsed.error}`);
      return;
    }
    this.importing.set(true);
    this.api.importFile({ ruleSet: parsed.ruleSet as unknown as RuleSetJson, note: `Imported from ${file.name}`.slice(0, 500) }).subscribe({
      next: (view) => {
        this.importing.set(false);
        this.show(view);
        this.loadVersions();
        this.snackBar.open(`Imported ${file.name} as version ${view.version}`, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.importing.set(false);
        const info = describeError(err, 'Could not import the file.');
        this.problem.set(`${file.name} was not imported. ${info.message}`);
        this.problemLines.set(fieldErrorLines(info));
      },
    });
  }

  private show(view: RuleSetVersionView): void {
    this.active.set(view);
    try {
      this.store.use(view.version, view.ruleSet as unknown as RuleSet);
    } catch {
      // The server validated it; if the browser cannot compile it, the try-a-post box shows the load error.
    }
  }

  private clearProblem(): void {
    this.problem.set(null);
    this.problemLines.set([]);
  }

  private setWorking(id: string, on: boolean): void {
    this.working.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
