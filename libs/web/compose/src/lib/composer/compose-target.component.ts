import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ComposeDraft, GuidelineFinding } from '@chorus/shared/contracts';
import { applyEdits, FindingsListComponent, highlightSegments } from '@chorus/web/guidelines';
import { NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { percent, TargetDraft, warnRules, withTrackedLink, xCostLine } from './compose-model';

const number = new Intl.NumberFormat('en');

/** One network of the composer: target it, write the text, see the count, the findings and (X) originality. */
@Component({
  selector: 'chorus-compose-target',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatCheckbox,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatIcon,
    MatProgressBar,
    FindingsListComponent,
    NetworkMarkComponent,
  ],
  templateUrl: './compose-target.component.html',
  styleUrl: './compose-target.component.scss',
  host: { '[attr.data-network]': 'network()', '[class.off]': '!target().selected()' },
})
export class ComposeTargetComponent {
  readonly target = input.required<TargetDraft>();
  /** The live findings of the browser's guidelines check for this text. */
  readonly findings = input<readonly GuidelineFinding[]>([]);
  /** True until the rule set for live checks has loaded. */
  readonly checking = input(false);
  readonly draft = input.required<ComposeDraft>();
  readonly disabled = input(false);

  protected readonly network = computed(() => this.target().network);
  protected readonly label = computed(() => networkLabel(this.network()));
  protected readonly id = computed(() => `compose-${this.network()}`);
  protected readonly isX = computed(() => this.network() === 'x');
  protected readonly limit = computed(() => number.format(this.target().target.maxLength));
  protected readonly count = computed(() => number.format(this.target().length()));
  /** Live findings and the server's (while the text is unchanged), the server's first. */
  protected readonly allFindings = computed(() => {
    const server = this.target().serverFindings();
    const seen = new Set(server.map((f) => `${f.ruleId}|${f.message}`));
    return [...server, ...this.findings().filter((f) => !seen.has(`${f.ruleId}|${f.message}`))];
  });
  protected readonly warnings = computed(() => warnRules(this.allFindings()));
  protected readonly highlighted = computed(() => this.allFindings().some((f) => f.ranges.length > 0));
  protected readonly segments = computed(() => highlightSegments(this.target().text(), this.allFindings()));
  protected readonly alternatives = computed(() => this.draft().alternativeTexts);
  protected readonly costLine = computed(() => {
    const cost = this.draft().xCost;
    return cost && this.isX() ? xCostLine(cost, this.target().text()) : null;
  });
  protected readonly originality = computed(() => this.target().currentOriginality());
  /** The higher of the two similarities, for the meter. */
  protected readonly similarity = computed(() => {
    const result = this.originality();
    return result ? Math.max(result.toSuggested, result.toColleagues) : 0;
  });
  protected readonly threshold = computed(() => this.originality()?.threshold ?? this.draft().xOriginality.threshold);
  protected readonly percent = percent;

  protected toggle(checked: boolean): void {
    this.target().selected.set(checked);
    this.target().error.set(null);
  }

  protected onInput(event: Event): void {
    this.setText((event.target as HTMLTextAreaElement).value);
  }

  protected setText(text: string): void {
    const target = this.target();
    target.text.set(text);
    target.error.set(null);
  }

  protected acknowledge(ruleId: string, checked: boolean): void {
    this.target().acknowledged.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(ruleId);
      else next.delete(ruleId);
      return next;
    });
    this.target().error.set(null);
  }

  protected applyFix(finding: GuidelineFinding): void {
    if (finding.fix) this.setText(applyEdits(this.target().text(), finding.fix.edits));
  }

  protected useAlternative(text: string): void {
    const draft = this.draft();
    const trackedUrl = this.target().target.trackedUrl;
    this.setText(withTrackedLink(text, draft.contentItem.url, trackedUrl));
  }

  protected excerpt(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
  }
}
