import { Agent } from 'node:https';
import { connect, Socket } from 'node:net';

/**
 * Sends every connection to the sandbox on 127.0.0.1 while URLs and Host headers stay those of the real
 * network (the sandbox routes on Host). The socket is plain TCP, so the request goes as plain HTTP/1.1.
 * Used only when the transport names a sandbox port; production passes no agent.
 */
export class LoopbackAgent extends Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: false });
  }

  override createConnection(): Socket {
    return connect(this.port, '127.0.0.1');
  }
}
