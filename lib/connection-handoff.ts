/**
 * How the production server's primary process shares its connections with
 * its workers (server.ts), in place of the cluster module's own round robin.
 *
 * Node's cluster module accepts in the primary too, but it closes the
 * listening socket, and resets every connection it still holds for its
 * workers, the moment the last worker stops listening; it offers no way to
 * stop accepting while still handing over what was already accepted. So on
 * SIGTERM up to a few dozen accepted connections were reset
 * (docs/decisions/018-graceful-shutdown-drains-accepted-connections.md).
 *
 * Here the primary owns the listening socket. It hands each connection to
 * one worker at a time and waits for the worker's acknowledgement before
 * giving that worker another (as the cluster module does, so a worker whose
 * event loop is busy rendering is not piled with connections another worker
 * could take). On shutdown it first accepts what the kernel has queued, then
 * closes the listening socket, hands over every connection
 * it still holds, and only then tells the workers that nothing more will come.
 */
import cluster, { type Worker } from "node:cluster";
import type { Server as HttpServer } from "node:http";
import net from "node:net";
import { acceptQueuedConnections, LISTEN_BACKLOG } from "./connection-drain";

type HandoffStep =
  /** Worker → primary: ready to serve. */
  | "ready"
  /** Primary → worker, with a socket: one connection. */
  | "connection"
  /** Worker → primary: took the connection; may get the next one. */
  | "accepted"
  /** Primary → worker: shutting down; answer with `Connection: close` from now on. */
  | "stop"
  /** Primary → worker: no connection will come any more; exit once yours are done. */
  | "finish";

interface HandoffMessage {
  kyrHandoff: HandoffStep;
}

function handoffStepOf(message: unknown): HandoffStep | null {
  if (typeof message !== "object" || message === null || !("kyrHandoff" in message)) return null;
  const step = (message as HandoffMessage).kyrHandoff;
  return typeof step === "string" ? step : null;
}

function send(target: { send?: (message: HandoffMessage, handle?: net.Socket) => boolean }, step: HandoffStep, socket?: net.Socket): void {
  target.send?.({ kyrHandoff: step }, socket);
}

export interface ConnectionDistributor {
  /** Starts listening (call once a worker is ready). */
  listen(port: number, hostname: string): Promise<void>;
  /**
   * Stops accepting new connections, hands every accepted one to a worker,
   * then tells the workers to finish; resolves once they have been told.
   */
  drain(): Promise<void>;
  /** Resolves when the first worker is ready. */
  readonly firstReady: Promise<void>;
  /** Whether a worker has been ready at some point. */
  readonly everReady: boolean;
}

/** In the primary process: accept connections and hand them to the workers that are ready. */
export function distributeConnections(): ConnectionDistributor {
  const queue: net.Socket[] = [];
  /** Ready workers with no connection on its way to them, in the order they became free. */
  const free = new Set<Worker>();
  /** Workers a connection was sent to, not yet acknowledged. */
  const awaitingAck = new Set<Worker>();
  const ready = new Set<Worker>();
  let draining = false;
  let listenerClosed = false;
  let drained: (() => void) | null = null;
  let finished = false;
  let everReady = false;
  let accepted = 0;
  let onFirstReady: () => void = () => undefined;
  const firstReady = new Promise<void>((resolve) => {
    onFirstReady = resolve;
  });

  // Connections wait here paused: nothing is read before a worker has them.
  const listener = net.createServer({ pauseOnConnect: true }, (socket) => {
    // A client that gives up while its connection waits must not crash the primary.
    socket.on("error", () => socket.destroy());
    accepted++;
    queue.push(socket);
    dispatch();
  });

  function handOff(worker: Worker): void {
    let socket = queue.shift();
    while (socket?.destroyed) socket = queue.shift();
    if (!socket) {
      free.add(worker);
      finishIfDrained();
      return;
    }
    awaitingAck.add(worker);
    // The handle moves to the worker; the primary's copy is closed once it has been sent.
    send(worker, "connection", socket);
  }

  function dispatch(): void {
    for (const worker of free) {
      if (queue.length === 0) return;
      free.delete(worker);
      handOff(worker);
    }
  }

  function finishIfDrained(): void {
    if (!draining || !listenerClosed || queue.some((socket) => !socket.destroyed) || awaitingAck.size > 0 || !drained) return;
    finished = true;
    for (const worker of ready) send(worker, "finish");
    drained();
    drained = null;
  }

  function forget(worker: Worker): void {
    ready.delete(worker);
    free.delete(worker);
    // A connection on its way to a worker that died is lost with the worker, as with the cluster module.
    awaitingAck.delete(worker);
    finishIfDrained();
  }

  cluster.on("message", (worker, message: unknown) => {
    const step = handoffStepOf(message);
    if (step === "ready") {
      ready.add(worker);
      everReady = true;
      onFirstReady();
      if (draining) send(worker, "stop");
      // A worker that starts after the last connection was handed over has nothing to wait for.
      if (finished) send(worker, "finish");
      else handOff(worker);
    } else if (step === "accepted") {
      awaitingAck.delete(worker);
      if (ready.has(worker)) handOff(worker);
    }
  });
  cluster.on("exit", forget);

  return {
    firstReady,
    get everReady() {
      return everReady;
    },
    listen: (port, hostname) =>
      new Promise((resolve, reject) => {
        listener.once("error", reject);
        listener.listen({ port, host: hostname, backlog: LISTEN_BACKLOG }, () => {
          listener.off("error", reject);
          resolve();
        });
      }),
    drain: async () => {
      if (draining) return;
      draining = true;
      for (const worker of ready) send(worker, "stop");
      const told = new Promise<void>((resolve) => {
        drained = resolve;
      });
      // Closing then resets only connections that came after the signal.
      const address = listener.address();
      await acceptQueuedConnections(() => accepted, typeof address === "object" && address ? address.port : null);
      listener.close();
      listenerClosed = true;
      finishIfDrained();
      await told;
    },
  };
}

/**
 * In a worker: serve the connections the primary hands over with `server`
 * (which does not listen itself). `onStop` runs when the primary starts
 * shutting down, `onFinish` once no connection will come any more.
 */
export function receiveConnections(server: HttpServer, handlers: { onStop: () => void; onFinish: () => void }): void {
  // What `listen` would start: the checks that close connections exceeding
  // headersTimeout and requestTimeout, and the list closeIdleConnections
  // uses. The primary listens for this server.
  server.emit("listening");
  process.on("message", (message: unknown, socket: unknown) => {
    const step = handoffStepOf(message);
    if (step === "connection") {
      send(process, "accepted");
      if (socket instanceof net.Socket) server.emit("connection", socket);
    } else if (step === "stop") {
      handlers.onStop();
    } else if (step === "finish") {
      handlers.onFinish();
    }
  });
  // Without the primary, nothing more will come.
  process.on("disconnect", handlers.onFinish);
  send(process, "ready");
}
