import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  FeedItem,
  FeedQuery,
  ItemReaction,
  MyPath,
  NextAction,
  Page,
  ReactionRequest,
  TextSuggestion,
  TextSuggestionRequest,
  Topic,
} from '@chorus/shared/contracts';
import { map, Observable } from 'rxjs';

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

  /** The advocate's next step on their skill path (null when there is none). */
  nextAction(): Observable<NextAction | null> {
    return this.http.get<MyPath>('/api/enablement/my-path').pipe(map((path) => path?.next ?? null));
  }

  /** Counts towards the "read curated items" practice goal. */
  recordRead(contentItemId: string): Observable<void> {
    return this.http.post<void>('/api/enablement/reads', { contentItemId });
  }

  react(contentItemId: string, request: ReactionRequest): Observable<ItemReaction> {
    return this.http.put<ItemReaction>(`/api/enablement/reactions/${encodeURIComponent(contentItemId)}`, request);
  }

  suggestText(request: TextSuggestionRequest): Observable<TextSuggestion> {
    return this.http.post<TextSuggestion>('/api/enablement/text-suggestions', request);
  }
}
