import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { FeedItem, FeedQuery, Page, Topic } from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class FeedApi {
  private readonly http = inject(HttpClient);

  feed(query: FeedQuery): Observable<Page<FeedItem>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params = params.set(key, String(value));
    }
    return this.http.get<Page<FeedItem>>('/api/feed', { params });
  }

  topics(): Observable<Topic[]> {
    return this.http.get<Topic[]>('/api/topics');
  }
}
