import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { NetworkAppSettings, NetworkName, UpdateNetworkAppRequest } from '@chorus/shared/contracts';
import { applyFieldErrors, describeError } from '@chorus/web/core';
import { CopyFieldComponent, NetworkMarkComponent, networkLabel } from '@chorus/web/ui';
import { NetworkAppsApi } from './network-apps.api';

/** LinkedIn-Version header values: YYYYMM from 2000 on. */
export const LINKEDIN_VERSION_PATTERN = /^20\d{2}(0[1-9]|1[0-2])$/;

export const REDIRECT_INSTRUCTIONS: Readonly<Record<NetworkName, string>> = {
  linkedin: 'Add it under Auth → Authorized redirect URLs for your app.',
  x: 'Add it as Callback URI in the app’s User authentication settings (OAuth 2.0, type Web App).',
};

/** The request for a saved form: a blank secret is left out, which keeps the stored one. */
export function networkAppRequest(
  network: NetworkName,
  value: { clientId: string; clientSecret: string; apiVersion: string; metricsScopes: boolean },
): UpdateNetworkAppRequest {
  const request: UpdateNetworkAppRequest = { clientId: value.clientId.trim() };
  const secret = value.clientSecret.trim();
  if (secret) request.clientSecret = secret;
  if (network === 'linkedin') {
    request.apiVersion = value.apiVersion.trim();
    request.metricsScopes = value.metricsScopes;
  }
  return request;
}

let nextId = 0;

/** One network's developer app: what to register there, and the credentials it gave. */
@Component({
  selector: 'chorus-network-app-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSlideToggle,
    MatButton,
    MatIconButton,
    MatIcon,
    MatProgressSpinner,
    CopyFieldComponent,
    NetworkMarkComponent,
  ],
  templateUrl: './network-app-form.component.html',
  styleUrl: './network-app-form.component.scss',
})
export class NetworkAppFormComponent {
  private readonly api = inject(NetworkAppsApi);
  private readonly snackBar = inject(MatSnackBar);

  readonly settings = input.required<NetworkAppSettings>();
  readonly saved = output<NetworkAppSettings>();

  protected readonly id = `chorus-network-app-${nextId++}`;
  protected readonly network = computed(() => this.settings().network);
  protected readonly label = computed(() => networkLabel(this.network()));
  protected readonly instructions = computed(() => REDIRECT_INSTRUCTIONS[this.network()]);
  protected readonly isLinkedIn = computed(() => this.network() === 'linkedin');
  protected readonly form = inject(NonNullableFormBuilder).group({
    clientId: ['', [Validators.required, Validators.maxLength(200)]],
    clientSecret: ['', [Validators.maxLength(500)]],
    apiVersion: ['', [Validators.pattern(LINKEDIN_VERSION_PATTERN)]],
    metricsScopes: [false],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showSecret = signal(false);

  constructor() {
    // The form follows the settings it was given (first load, and each save).
    effect(() => this.reset(this.settings()));
  }

  private reset(settings: NetworkAppSettings): void {
    const secret = this.form.controls.clientSecret;
    // A new app needs a secret; a stored one is kept when the field stays blank.
    secret.setValidators(
      settings.clientSecretSet ? [Validators.maxLength(500)] : [Validators.required, Validators.maxLength(500)],
    );
    const version = this.form.controls.apiVersion;
    version.setValidators(
      settings.network === 'linkedin' ? [Validators.required, Validators.pattern(LINKEDIN_VERSION_PATTERN)] : [],
    );
    this.form.reset({
      clientId: settings.clientId ?? '',
      clientSecret: '',
      apiVersion: settings.apiVersion ?? '',
      metricsScopes: settings.metricsScopes,
    });
  }

  protected save(formDirective: FormGroupDirective): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const network = this.network();
    this.saving.set(true);
    this.error.set(null);
    this.api.update(network, networkAppRequest(network, this.form.getRawValue())).subscribe({
      next: (saved) => {
        this.saving.set(false);
        formDirective.resetForm();
        this.showSecret.set(false);
        this.saved.emit(saved);
        this.snackBar.open(`${networkLabel(network)} app saved`, undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const info = describeError(err, `Could not save the ${networkLabel(network)} app.`);
        const unmatched = applyFieldErrors(this.form, info.fields);
        const shownAtField = Object.keys(info.fields).some((field) => this.form.get(field));
        this.error.set(unmatched[0] ?? (shownAtField ? null : info.message));
      },
    });
  }
}
