/**
 * The connections one server process holds, and how it lets them go on
 * shutdown (server.ts; docs/decisions/018-graceful-shutdown-drains-accepted-connections.md).
 *
 * Node's `server.close()` and `closeIdleConnections()` count as idle every
 * connection with no request in progress, which includes one just accepted
 * whose request the busy event loop has not read yet: closed with that
 * request unread, the client gets a reset. So this tracks what each
 * connection has done itself, and closes only:
 * - a kept-alive connection once its response is done;
 * - a connection that has sent nothing a while after the last connection
 *   came (a browser's speculative preconnect), and only after the event loop
 *   has read whatever had already arrived.
 * Every response while draining says `Connection: close`.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import fs from "node:fs";
import type { Socket } from "node:net";

/** How long a connection that has sent nothing may stay once no more connections will come. */
const UNUSED_CONNECTION_GRACE_MS = 1_000;

interface ConnectionState {
  /** Requests received and not yet answered. */
  pending: number;
  /** Whether any request came on it. */
  used: boolean;
}

/** Resolves after the event loop has polled for I/O once more, reading what has arrived on every socket. */
export function afterNextPoll(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * The listen backlog the servers ask for (Node's default): the most
 * connections the kernel can hold completed for a listening socket that the
 * process has not accepted yet (it may cap it lower: net.core.somaxconn).
 */
export const LISTEN_BACKLOG = 511;

/**
 * How many completed connections the kernel holds, not yet accepted, for
 * the listening socket on `port`: on Linux, a listening socket's rx_queue in
 * /proc/net/tcp and tcp6; null where there is no such table.
 */
export function kernelAcceptQueueLength(port: number): number | null {
  let found = false;
  let queued = 0;
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let rows: string[];
    try {
      rows = fs.readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const row of rows) {
      // sl local_address rem_address st tx_queue:rx_queue ...; state 0A is LISTEN.
      const [, localAddress, , state, queues] = row.trim().split(/\s+/);
      if (state !== "0A" || !localAddress || !queues) continue;
      if (Number.parseInt(localAddress.slice(localAddress.lastIndexOf(":") + 1), 16) !== port) continue;
      found = true;
      queued += Number.parseInt(queues.split(":")[1] ?? "0", 16);
    }
  }
  return found ? queued : null;
}

/**
 * Resolves once the process has accepted the connections the kernel held
 * for its listening socket when this was called, so that closing the socket
 * then resets none of them (only connections that came later). Node's event
 * loop accepts about one connection per poll (and a worker busy rendering
 * polls seldom), so this polls until it has accepted as many as the kernel
 * held (its queue is first in, first out), or a poll brings none. Where the
 * kernel does not say, it counts the most it can hold, LISTEN_BACKLOG.
 */
export async function acceptQueuedConnections(acceptedSoFar: () => number, port: number | null): Promise<void> {
  const atStart = acceptedSoFar();
  const queued = (port === null ? null : kernelAcceptQueueLength(port)) ?? LISTEN_BACKLOG;
  let before: number;
  do {
    before = acceptedSoFar();
    if (before - atStart >= queued) return;
    await afterNextPoll();
  } while (acceptedSoFar() !== before);
}

export class ConnectionDrain {
  private readonly connections = new Map<Socket, ConnectionState>();
  private draining = false;
  private finishing = false;
  private whenClosed: (() => void) | null = null;
  private closed: Promise<void> | null = null;
  private accepted = 0;

  constructor(server: HttpServer) {
    server.on("connection", (socket: Socket) => {
      this.accepted++;
      this.connections.set(socket, { pending: 0, used: false });
      socket.once("close", () => {
        this.connections.delete(socket);
        if (this.finishing && this.connections.size === 0) this.whenClosed?.();
      });
      if (this.finishing) this.closeIfNeverUsed(socket);
    });
  }

  /** Connections this server has been given, ever. */
  get acceptedCount(): number {
    return this.accepted;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Call first thing for every request. */
  track(request: IncomingMessage, response: ServerResponse): void {
    const socket = request.socket;
    const state = this.connections.get(socket);
    if (this.draining) response.setHeader("Connection", "close");
    if (!state) return;
    state.pending++;
    state.used = true;
    response.once("close", () => {
      state.pending--;
      // Once Node has finished with the response and waits for the next request.
      if (this.draining) setImmediate(() => this.closeIfIdle(socket));
    });
  }

  /** From now on no connection is kept alive; those waiting idle for a next request close now. */
  startDraining(): void {
    if (this.draining) return;
    this.draining = true;
    for (const socket of this.connections.keys()) this.closeIfIdle(socket);
  }

  /**
   * No connection will come any more: resolves once every connection this
   * process holds is closed, each after its requests are answered.
   */
  finish(): Promise<void> {
    if (this.closed) return this.closed;
    this.startDraining();
    this.closed = new Promise<void>((resolve) => {
      this.whenClosed = resolve;
    });
    this.finishing = true;
    for (const socket of this.connections.keys()) this.closeIfNeverUsed(socket);
    if (this.connections.size === 0) this.whenClosed?.();
    return this.closed;
  }

  private closeIfIdle(socket: Socket): void {
    const state = this.connections.get(socket);
    if (state?.used && state.pending === 0) socket.destroy();
  }

  private closeIfNeverUsed(socket: Socket): void {
    setTimeout(() => {
      // A request that had arrived is read (and counted) before this decides.
      void afterNextPoll().then(() => {
        if (this.connections.get(socket)?.used === false) socket.destroy();
      });
    }, UNUSED_CONNECTION_GRACE_MS).unref();
  }
}
