import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AccountHealthReport,
  ConnectionsOverview,
  NetworkName,
  StartConnectionResponse,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ConnectionsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/connections';

  overview(): Observable<ConnectionsOverview> {
    return this.http.get<ConnectionsOverview>(this.base);
  }

  /** Where to send the browser: the network's consent page, which comes back to the API's callback. */
  start(network: NetworkName): Observable<StartConnectionResponse> {
    return this.http.post<StartConnectionResponse>(`${this.base}/${encodeURIComponent(network)}/start`, {});
  }

  disconnect(accountId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(accountId)}`);
  }

  health(): Observable<AccountHealthReport> {
    return this.http.get<AccountHealthReport>(`${this.base}/health`);
  }
}
