import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  BulkContentRequest,
  BulkContentResult,
  ContentAction,
  ContentItem,
  ContentItemSummary,
  ContentListQuery,
  ContentSettings,
  CreateContentItemRequest,
  CreateSourceRequest,
  ItemFeedback,
  OpmlImportJob,
  Page,
  SourceView,
  Topic,
  UpdateContentItemRequest,
  UpdateSourceRequest,
  UrlPreview,
} from '@chorus/shared/contracts';
import { Observable } from 'rxjs';

/** What POST /api/content/images answers: the stored image and where it is served from. */
export interface UploadedImage {
  id: string;
  url: string;
}

/** Image uploads the API accepts. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** Drops empty values so the query string only names the filters in use. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

const id = (value: string) => encodeURIComponent(value);

/** Topics, sources, content items and their workflow: the curator's side of /api. */
@Injectable({ providedIn: 'root' })
export class CurationApi {
  private readonly http = inject(HttpClient);

  /** Ratings, comments and better texts advocates gave an item (curators and admins). */
  itemFeedback(contentItemId: string): Observable<ItemFeedback> {
    return this.http.get<ItemFeedback>(`/api/enablement/items/${id(contentItemId)}/feedback`);
  }

  topics(): Observable<Topic[]> {
    return this.http.get<Topic[]>('/api/topics');
  }

  createTopic(name: string): Observable<Topic> {
    return this.http.post<Topic>('/api/topics', { name });
  }

  deleteTopic(topicId: string): Observable<void> {
    return this.http.delete<void>(`/api/topics/${id(topicId)}`);
  }

  sources(): Observable<SourceView[]> {
    return this.http.get<SourceView[]>('/api/sources');
  }

  createSource(request: CreateSourceRequest): Observable<SourceView> {
    return this.http.post<SourceView>('/api/sources', request);
  }

  updateSource(sourceId: string, request: UpdateSourceRequest): Observable<SourceView> {
    return this.http.patch<SourceView>(`/api/sources/${id(sourceId)}`, request);
  }

  deleteSource(sourceId: string): Observable<void> {
    return this.http.delete<void>(`/api/sources/${id(sourceId)}`);
  }

  pollSource(sourceId: string): Observable<void> {
    return this.http.post<void>(`/api/sources/${id(sourceId)}/poll`, {});
  }

  importOpml(opml: string): Observable<OpmlImportJob> {
    return this.http.post<OpmlImportJob>('/api/sources/opml', { opml });
  }

  opmlJob(jobId: string): Observable<OpmlImportJob> {
    return this.http.get<OpmlImportJob>(`/api/sources/opml/${id(jobId)}`);
  }

  preview(url: string): Observable<UrlPreview> {
    return this.http.post<UrlPreview>('/api/content/preview', { url });
  }

  uploadImage(contentType: string, dataBase64: string): Observable<UploadedImage> {
    return this.http.post<UploadedImage>('/api/content/images', { contentType, dataBase64 });
  }

  list(query: ContentListQuery): Observable<Page<ContentItemSummary>> {
    return this.http.get<Page<ContentItemSummary>>('/api/content', { params: queryParams(query) });
  }

  get(itemId: string): Observable<ContentItem> {
    return this.http.get<ContentItem>(`/api/content/${id(itemId)}`);
  }

  create(request: CreateContentItemRequest): Observable<ContentItem> {
    return this.http.post<ContentItem>('/api/content', request);
  }

  update(itemId: string, request: UpdateContentItemRequest): Observable<ContentItem> {
    return this.http.patch<ContentItem>(`/api/content/${id(itemId)}`, request);
  }

  transition(itemId: string, action: ContentAction, comment?: string): Observable<ContentItem> {
    const body = comment === undefined ? { action } : { action, comment };
    return this.http.post<ContentItem>(`/api/content/${id(itemId)}/transition`, body);
  }

  bulk(request: BulkContentRequest): Observable<BulkContentResult> {
    return this.http.post<BulkContentResult>('/api/content/bulk', request);
  }

  settings(): Observable<ContentSettings> {
    return this.http.get<ContentSettings>('/api/content/settings');
  }

  saveSettings(settings: ContentSettings): Observable<ContentSettings> {
    return this.http.put<ContentSettings>('/api/content/settings', settings);
  }
}
