import { BulkContentResult, ContentAction } from '@chorus/shared/contracts';
import { ACTION_DONE } from '../content-workflow';

const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);

/** "2 items accepted; 1 could not be: It was already dismissed." */
export function bulkMessage(action: ContentAction, result: BulkContentResult): string {
  const done = `${items(result.succeeded.length)} ${ACTION_DONE[action]}`;
  if (result.failed.length === 0) return done;
  return `${done}; ${result.failed.length} could not be: ${result.failed[0].message}`;
}
