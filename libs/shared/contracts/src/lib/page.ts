/** A keyset-paginated list: pass `nextCursor` back as `cursor` for the following page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
