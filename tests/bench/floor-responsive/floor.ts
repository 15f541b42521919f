import { renderFloor } from "../floor/renderFloor.ts";
import type { FloorMessage } from "./worker.ts";

/**
 * Reads and parses the file in a module worker (issue 6: parsing happens off the page), and gathers
 * the events it posts into one array, as an app would before showing them.
 */
function read(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // A module worker, as Cronica's; Vite's default build bundles it into one script all the same.
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    const events: unknown[] = [];
    const stop = (err: unknown) => {
      worker.terminate();
      reject(err);
    };
    worker.onmessage = (ev: MessageEvent<FloorMessage>) => {
      const msg = ev.data;
      if (msg.kind === "fetched") {
        performance.mark("bench:fetched");
      } else if (msg.kind === "events") {
        // A loop, not push(...chunk): a larger CHUNK would overflow the argument limit.
        for (const event of msg.events) events.push(event);
      } else if (msg.kind === "done") {
        // Its copy of the parsed file is no longer needed.
        worker.terminate();
        // The line is written as in the floor. The page's first toLocaleString loads ICU's number
        // data: about 55 ms on the bench machine, in this task (in the floor, inside its parse task).
        if (events.length === msg.total) resolve(`${events.length.toLocaleString("en-US")} events`);
        else reject(new Error(`received ${events.length} of ${msg.total} events`));
      } else {
        stop(new Error(msg.message));
      }
    };
    // The worker's script failed to load or threw outside its handler, or a message could not be read.
    worker.onerror = (ev) => stop(new Error(`worker: ${ev.message || "failed to start"}`));
    worker.onmessageerror = () => stop(new Error("worker: a message could not be deserialised"));
    // Resolved here: the worker would resolve a relative URL against its own script's address.
    worker.postMessage(new URL(url, location.href).href);
  });
}

// Start the worker as soon as this module runs, before React renders anything (as Cronica's
// prefetch does): the floor is the least a React app needs, so it waits for nothing it does not have to.
const dataUrl = new URL(location.href).searchParams.get("data");
const early = dataUrl ? read(dataUrl) : Promise.resolve("no dataset");
early.catch(() => {});

renderFloor(early);
