import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { PublishingSettings, UpdatePublishingSettingsRequest } from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PublishingSettingsApi {
  private readonly http = inject(HttpClient);
  private readonly url = '/api/publishing/settings';

  get(): Observable<PublishingSettings> {
    return this.http.get<PublishingSettings>(this.url);
  }

  update(request: UpdatePublishingSettingsRequest): Observable<PublishingSettings> {
    return this.http.put<PublishingSettings>(this.url, request);
  }
}
