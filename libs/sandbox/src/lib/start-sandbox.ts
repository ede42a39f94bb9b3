import type { AddressInfo } from 'node:net';
import { buildSandboxServer, SandboxServerOptions } from './http/sandbox-server';
import { MailStore } from './mail/mail-store';
import { createSmtpCatcher } from './mail/smtp-catcher';
import { installNetworks, SandboxNetworks } from './networks';
import { SANDBOX_DEFAULTS, SandboxConfig } from './sandbox-config';

export interface StartSandboxOptions {
  /** Defaults to 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** 0 (the default) picks a free port. */
  httpPort?: number;
  /** 0 (the default) picks a free port. */
  smtpPort?: number;
  /** Fastify's logger; by default warnings and errors go to stderr as JSON lines. */
  logger?: SandboxServerOptions['logger'];
  /** The LinkedIn and X apps known from the start (see SANDBOX_DEFAULTS). */
  apps?: SandboxConfig['apps'];
}

export interface RunningSandbox extends SandboxNetworks {
  httpPort: number;
  smtpPort: number;
  /** The caught mail, for in-process callers; over HTTP it is `/__sandbox/mail`. */
  mail: MailStore;
  /** Stops both servers. Safe to call more than once. */
  close(): Promise<void>;
}

/** Starts the sandbox's HTTP server and mail catcher; resolves once both listen. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const mail = new MailStore();
  const server = buildSandboxServer({ mail }, { logger: options.logger ?? { level: 'warn', stream: process.stderr } });
  const networks = installNetworks(server, options.apps ?? SANDBOX_DEFAULTS.apps, mail);
  const smtp = createSmtpCatcher(mail);

  const closeAll = () => Promise.all([server.app.close(), smtp.close()]).then(() => undefined);
  const [http, smtpPort] = await Promise.allSettled([
    server.app.listen({ host, port: options.httpPort ?? 0 }),
    smtp.listen(options.smtpPort ?? 0, host),
  ]);
  if (http.status === 'rejected' || smtpPort.status === 'rejected') {
    await closeAll();
    throw http.status === 'rejected' ? http.reason : (smtpPort as PromiseRejectedResult).reason;
  }

  let closing: Promise<void> | undefined;
  return {
    httpPort: (server.app.server.address() as AddressInfo).port,
    smtpPort: smtpPort.value,
    mail,
    ...networks,
    close: () => (closing ??= closeAll()),
  };
}
