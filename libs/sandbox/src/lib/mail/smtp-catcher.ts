import type { AddressInfo } from 'node:net';
import { AddressObject, EmailAddress, ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerError, SMTPServerSession } from 'smtp-server';
import { MailStore } from './mail-store';

/** Larger messages are refused with 552; nothing Chorus sends comes close. */
export const MAX_MAIL_BYTES = 1024 * 1024;

export interface SmtpCatcherOptions {
  /** Where server and connection errors go (they are never fatal for the catcher). */
  onError?: (error: Error) => void;
}

export interface SmtpCatcher {
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

const defaultOnError = (error: Error) => process.stderr.write(`[sandbox smtp] ${error.message}\n`);

/**
 * A mail catcher: accepts any message for any recipient over plain SMTP and keeps it in the store.
 * Loopback only, so no TLS, and any credentials are accepted (SMTP_URL may carry a user).
 */
export function createSmtpCatcher(store: MailStore, options: SmtpCatcherOptions = {}): SmtpCatcher {
  const onError = options.onError ?? defaultOnError;
  const server = new SMTPServer({
    name: 'sandbox.chorus.localhost',
    banner: 'Chorus sandbox mail catcher',
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MAIL_BYTES,
    disableReverseLookup: true,
    logger: false,
    // Shutdown must not wait the default 30 s for an idle pooled client to hang up.
    closeTimeout: 1000,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'sandbox' }),
    onData: (stream, session, callback) => {
      receive(stream, session, store).then(
        () => callback(),
        (error: SMTPServerError) => callback(error),
      );
    },
  });
  let listening = false;
  return {
    listen: (port, host) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          // From now on errors are a client's problem (a dropped connection, say), never fatal.
          server.on('error', onError);
          listening = true;
          resolve((server.server.address() as AddressInfo).port);
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (!listening) return resolve();
        listening = false;
        server.close(() => resolve());
      }),
  };
}

async function receive(stream: SMTPServerDataStream, session: SMTPServerSession, store: MailStore): Promise<void> {
  // Buffer at most the limit: the stream has to be drained to the end either way, but an oversized
  // message must not be held in memory.
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
  }
  if (stream.sizeExceeded) {
    throw smtpError(552, `Message exceeds the fixed maximum message size of ${MAX_MAIL_BYTES} bytes`);
  }
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(Buffer.concat(chunks));
  } catch {
    throw smtpError(554, 'Message could not be parsed');
  }
  store.add({
    from: firstAddress(parsed.from) ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
    to: session.envelope.rcptTo.map((recipient) => recipient.address),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' && parsed.html !== '' ? parsed.html : undefined,
  });
}

function firstAddress(header: AddressObject | undefined): string | undefined {
  return header ? flatten(header.value).find((address) => address.length > 0) : undefined;
}

function flatten(addresses: EmailAddress[]): string[] {
  return addresses.flatMap((entry) => (entry.group ? flatten(entry.group) : [entry.address ?? '']));
}

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}
