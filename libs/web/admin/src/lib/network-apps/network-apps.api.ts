import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { NetworkAppSettings, NetworkName, UpdateNetworkAppRequest } from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class NetworkAppsApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/admin/network-apps';

  list(): Observable<NetworkAppSettings[]> {
    return this.http.get<NetworkAppSettings[]>(this.base);
  }

  update(network: NetworkName, request: UpdateNetworkAppRequest): Observable<NetworkAppSettings> {
    return this.http.put<NetworkAppSettings>(`${this.base}/${encodeURIComponent(network)}`, request);
  }
}
