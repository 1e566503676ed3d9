/**
 * Pages with frames, which jsdom never loads: each is timed beside its frame-free twin (the
 * same page with the `<iframe>`s left out), so the frames' own cost is a ratio measured in the
 * same run, whatever else the machine is doing.
 */
import { analyzeHtml } from "../src/analyze-html.ts";

const FRAMES = [
  '<iframe src="https://maps.example/embed?q=shop" title="Where to find us"></iframe>',
  '<iframe src="https://video.example/embed/intro" title="Our story"></iframe>',
  '<iframe src="https://ads.example/slot/1"></iframe>',
  '<iframe src="https://forms.example/contact" title="Contact form"></iframe>',
];

const pageWith = (frames: string[], n: number) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop ${n}</title></head><body><main><h1>Shop ${n}</h1>${Array.from(
    { length: 20 },
    (_, i) => `<p>Item ${i} <a href="/i/${i}">details</a></p>`,
  ).join("")}${frames.join("")}</main></body></html>`;

/** Per page: the median of `reps` full analyses (accessibility included), with and without frames. */
export async function frameTimings(reps: number, median: (xs: number[]) => number) {
  const withFrames: number[] = [];
  const frameless: number[] = [];
  for (let n = 1; n <= FRAMES.length; n++) {
    for (const [frames, into] of [
      [FRAMES.slice(0, n), withFrames],
      [[], frameless],
    ] as const) {
      const html = pageWith([...frames], n);
      const runs: number[] = [];
      for (let i = 0; i < reps; i++) {
        const report = await analyzeHtml({
          url: `https://shop${n}.example/`,
          status: 200,
          headers: { "content-type": "text/html" },
          html,
          robotsTxt: null,
        });
        runs.push(report.timings.totalMs);
      }
      into.push(median(runs));
    }
  }
  return { withFrames, frameless };
}
