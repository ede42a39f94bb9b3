import { LIKERT_LABELS, type PulseQuestion } from '@chorus/shared/contracts';
import type { MailMessage } from '@chorus/server/core';

export interface PulseMailInput {
  recipientName: string;
  title: string;
  questions: readonly PulseQuestion[];
  /** `${PUBLIC_URL}/pulse-answer?token=…&value=…` for one question and value. */
  answerLink(questionId: string, value: number): string;
  /** Where the pulse can be answered in the app. */
  appLink: string;
  /** The unsubscribe page, and the RFC 8058 one-click endpoint for the header. */
  unsubscribe: string;
  oneClick: string;
}

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The pulse mail: every statement with five one-click answers, as text and as simple HTML. */
export function renderPulseMail(input: PulseMailInput): Omit<MailMessage, 'to'> {
  const values = LIKERT_LABELS.map((label, index) => ({ label, value: index + 1 }));
  const greeting = input.recipientName.trim() ? `Hi ${input.recipientName.trim()},` : 'Hi,';
  const intro = 'This week’s pulse takes a few seconds: click how much you agree with each statement.';
  const text = [
    greeting,
    '',
    intro,
    '',
    input.title,
    '',
    ...input.questions.flatMap((question, index) => [
      `${index + 1}. ${question.text}`,
      ...values.map(({ label, value }) => `   ${label}: ${input.answerLink(question.id, value)}`),
      '',
    ]),
    `Or answer in Chorus: ${input.appLink}`,
    '',
    `You get this mail because pulse mails are on. Unsubscribe: ${input.unsubscribe}`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<p>${escape(greeting)}</p>`,
    `<p>${escape(intro)}</p>`,
    `<h2>${escape(input.title)}</h2>`,
    ...input.questions.map(
      (question, index) =>
        `<p><strong>${index + 1}. ${escape(question.text)}</strong></p><p>` +
        values
          .map(({ label, value }) => `<a href="${escape(input.answerLink(question.id, value))}">${escape(label)}</a>`)
          .join(' · ') +
        '</p>',
    ),
    `<p>Or answer in Chorus: <a href="${escape(input.appLink)}">${escape(input.appLink)}</a></p>`,
    `<p style="color:#666;font-size:12px">You get this mail because pulse mails are on. ` +
      `<a href="${escape(input.unsubscribe)}">Unsubscribe</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    subject: `This week’s pulse: ${input.title}`,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${input.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
