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

/** Sends a request to the active service worker and waits for its answer. */
export async function askServiceWorker(request: ServiceWorkerRequest): Promise<ServiceWorkerReply> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error("No active service worker");
  const channel = new MessageChannel();
  const reply = new Promise<ServiceWorkerReply>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<ServiceWorkerReply>) => resolve(event.data);
  });
  worker.postMessage(request, [channel.port2]);
  return reply;
}
