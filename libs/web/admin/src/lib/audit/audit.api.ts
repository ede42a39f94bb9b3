import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AuditEvent, AuditQuery, Page } from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  page(query: AuditQuery = {}): Observable<Page<AuditEvent>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && `${value}`.trim() !== '') params = params.set(key, `${value}`.trim());
    }
    return this.http.get<Page<AuditEvent>>('/api/admin/audit', { params });
  }
}
