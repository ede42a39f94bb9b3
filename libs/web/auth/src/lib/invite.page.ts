import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { InvitationPreview } from '@chorus/shared/contracts';
import {
  applyFieldErrors,
  AuthStore,
  describeError,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordsMatch,
} from '@chorus/web/core';
import { AuthCardComponent, ErrorStateComponent, LoadingStateComponent } from '@chorus/web/ui';
import { AuthApi } from './auth.api';

type InviteState = 'loading' | 'ready' | 'invalid' | 'error' | 'saving';

@Component({
  selector: 'chorus-invite-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    AuthCardComponent,
    LoadingStateComponent,
    ErrorStateComponent,
  ],
  templateUrl: './invite.page.html',
  styleUrl: './auth-forms.scss',
})
export class InvitePage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;

  protected readonly state = signal<InviteState>('loading');
  protected readonly preview = signal<InvitationPreview | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.maxLength(200)]],
      password: [
        '',
        [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
      ],
      confirm: ['', [Validators.required]],
    },
    { validators: passwordsMatch('password', 'confirm') },
  );

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    if (!this.token) {
      this.error.set('This invitation link is incomplete. Open the link from the e-mail again.');
      this.state.set('invalid');
      return;
    }
    this.state.set('loading');
    this.error.set(null);
    this.api.previewInvite(this.token).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        if (preview.name && !this.form.controls.name.value) this.form.controls.name.setValue(preview.name);
        this.state.set('ready');
      },
      error: (err: unknown) => {
        const info = describeError(err);
        if (info.status === 410 || info.status === 404) {
          this.error.set(
            info.problem?.detail ??
              'This invitation has expired or was already used. Ask your admin to send a new one.',
          );
          this.state.set('invalid');
        } else {
          this.error.set(info.message);
          this.state.set('error');
        }
      },
    });
  }

  protected submit(): void {
    if (this.state() !== 'ready') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.state.set('saving');
    this.error.set(null);
    const { name, password } = this.form.getRawValue();
    this.api.acceptInvite({ token: this.token, name: name.trim(), password }).subscribe({
      next: (user) => {
        this.auth.setUser(user);
        void this.router.navigateByUrl('/home');
      },
      error: (err: unknown) => {
        const info = describeError(err);
        if (info.status === 410) {
          this.error.set(
            info.problem?.detail ??
              'This invitation has expired or was already used. Ask your admin to send a new one.',
          );
          this.state.set('invalid');
          return;
        }
        this.state.set('ready');
        this.error.set(applyFieldErrors(this.form, info.fields)[0] ?? info.message);
      },
    });
  }
}
