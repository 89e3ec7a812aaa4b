/**
 * The two Node globals the server's code relies on, for the web worker bundle: `setImmediate` (the
 * server yields to pending messages with it) and `Buffer` (byte counts and the MIME decoding of
 * bounces, also inside libmime). Nothing else of Node is used: no `fs`, `path` or `process`.
 */
import { Buffer as BrowserBuffer } from 'buffer';

const scope = globalThis as Record<string, unknown>;
// A message-channel task runs after the messages already queued, as setImmediate does after I/O.
if (typeof scope.setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  // Typed as Node's MessagePort here; in the worker it is the DOM's, whose `onmessage` also starts it.
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  scope.setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => {
    queue.push(() => callback(...args));
    channel.port2.postMessage(undefined);
  };
}
scope.Buffer ??= BrowserBuffer;
