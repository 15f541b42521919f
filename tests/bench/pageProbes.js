// Installed in every measured page before its own scripts (addInitScript): long tasks, frame
// timestamps during an interaction, and an input-to-next-frame latency probe, read back by
// measure.ts. Plain JS so it reaches the page exactly as written.
(() => {
  const bench = { longTasks: [], frames: null, probe: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    bench.longTasks = null;
  }

  // One timestamp per frame the page produces (requestAnimationFrame's frame time).
  bench.startFrames = () => {
    const rec = { stamps: [], on: true };
    bench.frames = rec;
    const loop = (t) => {
      if (!rec.on) return;
      rec.stamps.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return performance.now();
  };
  // Two more frames first, so the last input's effect is on screen when recording stops.
  bench.stopFrames = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const rec = bench.frames;
          rec.on = false;
          resolve({ stamps: rec.stamps, end: performance.now() });
        }),
      );
    });

  // From the trusted `trigger` event (its timeStamp) to the first frame after the DOM stops changing.
  bench.armLatency = (trigger) => {
    const p = { t0: null, firstMutation: null, lastMutation: null, frameAfterFirst: null, frameAfterLast: null, batches: 0, seq: 0 };
    const onTrigger = (e) => {
      if (p.t0 === null && e.isTrusted) p.t0 = e.timeStamp;
    };
    document.addEventListener(trigger, onTrigger, true);
    const observer = new MutationObserver(() => {
      if (p.t0 === null) return;
      const now = performance.now();
      p.batches++;
      if (p.firstMutation === null) p.firstMutation = now;
      p.lastMutation = now;
      const seq = ++p.seq;
      requestAnimationFrame(() => {
        const t = performance.now();
        if (p.frameAfterFirst === null) p.frameAfterFirst = t;
        if (seq === p.seq) p.frameAfterLast = t;
      });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    bench.probe = p;
    bench.disarmLatency = () => {
      observer.disconnect();
      document.removeEventListener(trigger, onTrigger, true);
    };
  };
  bench.readLatency = () => {
    const p = bench.probe;
    return { t0: p.t0, firstMutation: p.firstMutation, lastMutation: p.lastMutation, frameAfterFirst: p.frameAfterFirst, frameAfterLast: p.frameAfterLast, batches: p.batches, now: performance.now() };
  };
})();
