import type { SecretBox } from '@chorus/server/core';

/** The sealed URL is bound to its row, so a ciphertext copied into another webhook does not decrypt. */
const context = (webhookId: string) => `chat_webhooks:${webhookId}:url`;

export function sealUrl(box: SecretBox, webhookId: string, url: string): string {
  return box.encrypt(url, context(webhookId));
}

export function unsealUrl(box: SecretBox, webhookId: string, sealed: string): string {
  return box.decrypt(sealed, context(webhookId));
}
