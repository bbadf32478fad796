/**
 * Messages between pages and public/sw.js. Browser-only; nothing here leaves
 * the device.
 */
export type ServiceWorkerRequest =
  | { type: "save-essentials"; locale: string }
  | { type: "save-area"; url: string }
  | { type: "forget-area" }
  | { type: "forget-everything" }
  | { type: "saved-notice" };

export interface ServiceWorkerReply {
  ok: boolean;
  /** For "saved-notice": the notice when this page came from the device, else null. */
  notice?: string | null;
}

/**
 * How long to wait for a worker to be ready. `serviceWorker.ready` never
 * settles when registration was refused (storage blocked for the site), and a
 * button waiting on it would stay on "saving" for good.
 */
const READY_TIMEOUT_MS = 10_000;

/** Sends a request to the active service worker and waits for its answer. */
export async function askServiceWorker(request: ServiceWorkerRequest): Promise<ServiceWorkerReply> {
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("No service worker is ready")), READY_TIMEOUT_MS)),
  ]);
  const worker = registration.active;
  if (!worker) throw new Error("No active service worker");
  const channel = new MessageChannel();
  const reply = new Promise<ServiceWorkerReply>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<ServiceWorkerReply>) => resolve(event.data);
  });
  worker.postMessage(request, [channel.port2]);
  return reply;
}
