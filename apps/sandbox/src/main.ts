import { readSandboxConfig, SandboxConfigError, startSandbox } from '@chorus/sandbox';

async function main(): Promise<void> {
  const config = readSandboxConfig(process.env);
  const sandbox = await startSandbox(config);
  // The launcher reads the real ports from this line (the configured ones may be 0); keep it the only
  // line on stdout and keep its shape.
  process.stdout.write(`SANDBOX_READY ${JSON.stringify({ http: sandbox.httpPort, smtp: sandbox.smtpPort })}\n`);
  process.stderr.write(
    `Chorus sandbox: mailbox at http://${urlHost(config.host)}:${sandbox.httpPort}/__sandbox/mailbox, ` +
      `SMTP on ${config.host}:${sandbox.smtpPort}\n` +
      'Chorus sandbox: LinkedIn (www.linkedin.com, api.linkedin.com) and X (x.com, api.x.com) answer on the same ' +
      `port by Host header; control endpoints under /__sandbox (see libs/sandbox/README.md)\n`,
  );

  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`Chorus sandbox: ${signal} received, shutting down\n`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

main().catch((error: unknown) => {
  console.error(error instanceof SandboxConfigError ? error.message : error);
  process.exit(1);
});
