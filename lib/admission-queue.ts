/**
 * First come, first served admission for page renders. Rendering is CPU-bound
 * and a worker renders on one core: with fifty pages in progress at once,
 * every one of them takes fifty times as long, memory grows with each, and
 * the slowest wait seconds. Admitting a few at a time and queueing the rest
 * in order keeps each render fast and the wait fair; a request that would
 * wait too long is turned away (the caller answers 503) rather than left to
 * time out.
 *
 * A waiting request starts from the callback of the request that made room
 * for it, so `start` is bound to the async context it was queued in: without
 * that, it ran in the other request's context (AsyncLocalStorage stores,
 * OpenTelemetry's active span), and Next.js's request span became a child of
 * another request's, losing its route in the log.
 */
import { AsyncResource } from "node:async_hooks";

export interface AdmissionTicket {
  /** Call when the request ends, admitted or not (also when the client goes away while waiting). */
  leave(): void;
}

type TicketState = "waiting" | "active" | "done";

interface Ticket extends AdmissionTicket {
  state: TicketState;
  start(): void;
  timer?: NodeJS.Timeout;
}

export class AdmissionQueue {
  private active = 0;
  private readonly waiting: Ticket[] = [];

  constructor(
    readonly limit: number,
    readonly maxWaitMs: number,
  ) {}

  get activeCount(): number {
    return this.active;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Runs `start` now or when a slot frees up; runs `turnAway` instead if that takes longer than maxWaitMs. */
  enter(start: () => void, turnAway: () => void): AdmissionTicket {
    const startInCallersContext = AsyncResource.bind(start);
    const ticket: Ticket = {
      state: "waiting",
      start: () => {
        clearTimeout(ticket.timer);
        ticket.state = "active";
        this.active++;
        startInCallersContext();
      },
      leave: () => {
        if (ticket.state === "active") this.release();
        else if (ticket.state === "waiting") this.removeWaiting(ticket);
        ticket.state = "done";
      },
    };
    if (this.active < this.limit) {
      ticket.start();
      return ticket;
    }
    ticket.timer = setTimeout(() => {
      this.removeWaiting(ticket);
      ticket.state = "done";
      turnAway();
    }, this.maxWaitMs);
    this.waiting.push(ticket);
    return ticket;
  }

  private removeWaiting(ticket: Ticket): void {
    clearTimeout(ticket.timer);
    const index = this.waiting.indexOf(ticket);
    if (index !== -1) this.waiting.splice(index, 1);
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.start();
  }
}
