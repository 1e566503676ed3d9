// @ts-check
/**
 * The accessibility engine: axe-core (the engine Lighthouse itself runs) on a server-side DOM
 * (jsdom). Plain JavaScript with no relative imports, so a worker thread can load it in any
 * host (plain Node, tsx, vitest, a bundled server) without a TypeScript transpiler in its heap.
 *
 * To get the DOM Lighthouse's Chrome sees without running any page script:
 * - jsdom's viewport is Lighthouse's mobile emulation (412×823), so CSS media queries select
 *   the same rules (a desktop-only menu is hidden, a mobile toggle shown);
 * - `<noscript>` content is removed: with scripting enabled it is inert text;
 * - a one-line inline script that only shows an element (`getElementById(x).style.display =
 *   "block"`, Sphinx's search box) is applied — the one JS idiom common enough to matter;
 * - layout-only browser APIs axe touches are stubbed to "no layout" answers (no element at a
 *   point, text measured as plain glyphs: no icon-font ligatures).
 * Page scripts never run: jsdom is created without `runScripts`, and resources never load.
 */

/**
 * @typedef {object} AxeNodeSummary
 * @property {string} snippet
 * @property {string} [failureSummary]
 *
 * @typedef {object} AxeRuleSummary
 * @property {string} id
 * @property {"violation" | "incomplete" | "inapplicable"} status
 * @property {string | null} impact
 * @property {string} [help]
 * @property {string} [description]
 * @property {string} [helpUrl]
 * @property {number} nodeCount Nodes reported (violations and incomplete results only).
 * @property {AxeNodeSummary[]} nodes
 * @property {string} [error] Set when axe-core itself failed on the rule.
 *
 * @typedef {object} AxeAudit
 * @property {AxeRuleSummary[]} rules Rules axe reported; a requested rule absent from the list passed.
 * @property {number} ms
 * @property {boolean} viewportEmulated Whether jsdom runs with Lighthouse's mobile viewport.
 */
import { EventEmitter } from "node:events";
import Module from "node:module";
import path from "node:path";
import { isMainThread } from "node:worker_threads";

// Taken from `process.getBuiltinModule` so bundlers leave it alone: a bundled server (Next.js)
// would otherwise turn `require.resolve("jsdom/package.json")` into a module id, not a path.
const { createRequire: nodeCreateRequire } = /** @type {typeof import("node:module")} */ (
  process.getBuiltinModule("node:module")
);
const require = nodeCreateRequire(import.meta.url);

/** Lighthouse's default mobile emulation. */
export const EMULATED_VIEWPORT = Object.freeze({
  width: 412,
  height: 823,
  deviceScaleFactor: 1.75,
});

/** @type {typeof import("jsdom") | undefined} */
let jsdomModule;
let viewportEmulated = false;

/**
 * Load jsdom with Lighthouse's viewport. jsdom reads its (fixed) window metrics from one
 * internal module when it loads; we provide our own values for that module first.
 * @returns {typeof import("jsdom")}
 */
function loadJsdom() {
  if (jsdomModule) return jsdomModule;
  const root = path.dirname(require.resolve("jsdom/package.json"));
  const envPath = path.join(root, "lib/jsdom/living/window/environment.js");
  if (!(require.resolve("jsdom") in require.cache)) {
    try {
      const real = require(envPath);
      const cached = require.cache[envPath];
      if (cached) {
        cached.exports = Object.freeze({
          ...real,
          innerWidth: EMULATED_VIEWPORT.width,
          innerHeight: EMULATED_VIEWPORT.height,
          devicePixelRatio: EMULATED_VIEWPORT.deviceScaleFactor,
          screen: Object.freeze({
            ...real.screen,
            width: EMULATED_VIEWPORT.width,
            height: EMULATED_VIEWPORT.height,
            availWidth: EMULATED_VIEWPORT.width,
            availHeight: EMULATED_VIEWPORT.height,
          }),
        });
        viewportEmulated = true;
      }
    } catch {
      // jsdom's layout changed: fall back to its default desktop metrics.
    }
    if (!isMainThread) installOfflineUndici(root);
  }
  jsdomModule = require("jsdom");
  withoutFrameWindows(root);
  return /** @type {typeof import("jsdom")} */ (jsdomModule);
}

/**
 * In a worker, jsdom gets an HTTP client that refuses every request: no page content can make
 * the sandbox touch the network (defence in depth on top of never running scripts or loading
 * resources), and the thread doesn't carry a second HTTP stack. Only in a worker, whose module
 * registry is its own: the main thread's undici (used by safeFetch) stays the real one.
 * @param {string} jsdomRoot
 */
function installOfflineUndici(jsdomRoot) {
  const jsdomRequire = nodeCreateRequire(path.join(jsdomRoot, "lib/api.js"));
  let undiciPath;
  try {
    undiciPath = jsdomRequire.resolve("undici");
  } catch {
    return;
  }
  if (require.cache[undiciPath]) return;
  const offline = () => {
    throw new Error("network access is disabled in the accessibility sandbox");
  };
  class Dispatcher extends EventEmitter {
    dispatch() {
      return offline();
    }
    close() {
      return Promise.resolve();
    }
    destroy() {
      return Promise.resolve();
    }
    compose() {
      return this;
    }
  }
  class DecoratorHandler {
    /** @param {unknown} handler */
    constructor(handler) {
      this.handler = handler;
    }
  }
  class WebSocket {
    constructor() {
      offline();
    }
  }
  const stub = new Module(undiciPath);
  stub.filename = undiciPath;
  stub.loaded = true;
  stub.exports = {
    Dispatcher,
    DecoratorHandler,
    WebSocket,
    getGlobalDispatcher: () => new Dispatcher(),
  };
  require.cache[undiciPath] = stub;
}

/**
 * jsdom builds a window (a second DOM, tens of milliseconds) for every `<frame>`/`<iframe>`
 * inserted, although it loads nothing into it here. The audits read the frame elements only
 * (`frame-title`; axe runs with `iframes: false`), so frames get no window: their content is
 * what Chrome would fetch, and no page is fetched.
 * @param {string} jsdomRoot
 */
function withoutFrameWindows(jsdomRoot) {
  try {
    const impl = require(path.join(jsdomRoot, "lib/jsdom/living/nodes/HTMLFrameElement-impl.js"));
    const proto = impl.implementation.prototype;
    const attributeChangeSteps = Object.getPrototypeOf(proto)._attributeChangeSteps;
    proto._postConnectionSteps = function postConnectionSteps() {};
    proto._attributeChangeSteps = function changed(/** @type {unknown[]} */ ...args) {
      attributeChangeSteps.apply(this, args);
    };
  } catch {
    // jsdom's layout changed: frames keep their (empty) windows, which costs time only.
  }
}

export function isViewportEmulated() {
  loadJsdom();
  return viewportEmulated;
}

/** @type {((window: unknown) => any) | undefined} */
let axeFactory;

/**
 * axe builds an index of every element's tag, classes and attributes at the start of each run
 * (~1.4 µs per element, 25 ms on a 1,800-element page) for one purpose: writing CSS selectors
 * of the reported nodes. The audits run with `selectors: false` and never read one, so the
 * index is built only if something asks for it (axe's own error messages do).
 */
const EAGER_SELECTOR_INDEX = "axe._selectorData = _getSelectorData(context.flatTree);";
const DEFERRED_SELECTOR_INDEX = `(function (tree) {
  var own = function (value) {
    Object.defineProperty(axe, "_selectorData", { value: value, writable: true, configurable: true, enumerable: true });
    return value;
  };
  Object.defineProperty(axe, "_selectorData", {
    configurable: true,
    enumerable: true,
    get: function () { return own(_getSelectorData(tree)); },
    set: own,
  });
})(context.flatTree);`;

/** Whether the compiled axe defers its selector index (false after an axe-core change). */
export let selectorIndexDeferred = false;

/** Compile axe-core once; a window gets its own instance bound to it. */
function getAxeFactory() {
  if (axeFactory) return axeFactory;
  /** @type {string} */
  const original = require("axe-core").source;
  selectorIndexDeferred = original.split(EAGER_SELECTOR_INDEX).length === 2;
  const source = selectorIndexDeferred
    ? original.replace(EAGER_SELECTOR_INDEX, DEFERRED_SELECTOR_INDEX)
    : original;
  // The bundle is `(function axeFunction(window) {…})(window)`; `module`/`define` are shadowed
  // so it neither exports itself nor registers with a loader.
  const compiled = new Function("window", "module", "define", `${source}\nreturn window.axe;`);
  axeFactory = (w) => compiled(w, undefined, undefined);
  return axeFactory;
}

/**
 * Remove `<noscript>…</noscript>` the way a scripting-enabled parser reads it: raw text up to the
 * first `</noscript`. Comments and other raw-text elements are skipped so that a "<noscript>"
 * inside a script string or a comment is left alone.
 * @param {string} html
 */
export function stripNoscript(html) {
  // ASCII-only lower-casing keeps every index aligned with the original string.
  const lower = html.replace(/[A-Z]+/g, (c) => c.toLowerCase());
  if (!lower.includes("<noscript")) return html;
  const re = /<!--|<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)(?=[\s/>])/g;
  let out = "";
  let pos = 0;
  let m;
  while ((m = re.exec(lower))) {
    let stop;
    if (m[0] === "<!--") {
      const end = lower.indexOf("-->", m.index + 4);
      stop = end === -1 ? lower.length : end + 3;
    } else {
      const close = lower.indexOf(`</${m[1]}`, m.index + m[0].length);
      stop = close === -1 ? lower.length : lower.indexOf(">", close) + 1 || lower.length;
      if (m[1] === "noscript") {
        out += html.slice(pos, m.index);
        pos = stop;
      }
    }
    re.lastIndex = stop;
  }
  return out + html.slice(pos);
}

const SHOW_ELEMENT_SCRIPT =
  /^\s*document\.getElementById\(\s*(['"])([\w:.-]+)\1\s*\)\.style\.display\s*=\s*(['"])([a-z-]+)\3\s*;?\s*$/;

/**
 * An element's source as axe would write it: its markup when short, else its opening tag.
 * Written here for the few reported nodes: axe itself (without `noHtml`) serializes every node
 * it checks, the page's largest elements included, whether reported or not.
 * @param {Element | null | undefined} element
 */
function sourceOf(element) {
  if (!element) return "";
  const outer = element.outerHTML;
  if (outer.length <= 300) return outer;
  const shallow = /** @type {Element} */ (element.cloneNode(false)).outerHTML;
  const endTag = `</${element.localName}>`;
  return shallow.endsWith(endTag) ? shallow.slice(0, -endTag.length) : shallow;
}

/** @param {string} html */
function snippet(html) {
  const oneLine = html.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 199)}…` : oneLine;
}

/**
 * One long-lived window and axe instance, reused for every page (a jsdom window costs ~6 ms and
 * megabytes of garbage). Each page is written into the same document with
 * `document.open()/write()/close()` after moving the window to the page's URL: the same HTML5
 * parse a fresh window would do. Recycled after an error and every RECYCLE_AFTER pages.
 */
const RECYCLE_AFTER = 500;
/** @type {{ dom: import("jsdom").JSDOM, axe: any, pages: number } | null} */
let sandbox = null;

function createSandbox() {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM("", {
    url: "http://localhost/",
    contentType: "text/html",
    virtualConsole: new VirtualConsole(),
  });
  const window = dom.window;
  // No layout: nothing is found at any point of the viewport.
  Object.assign(window.document, { elementsFromPoint: () => [], elementFromPoint: () => null });
  // No font rasteriser: measure text as plain glyphs so nothing looks like an icon ligature.
  Object.defineProperty(window.HTMLCanvasElement.prototype, "getContext", {
    configurable: true,
    writable: true,
    value: function getContext() {
      return {
        canvas: this,
        font: "",
        textAlign: "left",
        textBaseline: "top",
        measureText: (/** @type {string} */ text) => ({ width: 10 * text.length }),
        fillText() {},
        clearRect() {},
        getImageData: (
          /** @type {number} */ _x,
          /** @type {number} */ _y,
          /** @type {number} */ w,
          /** @type {number} */ h,
        ) => ({
          data: new Uint8ClampedArray(Math.max(1, Math.ceil(w) * Math.ceil(h)) * 4).fill(255),
        }),
      };
    },
  });
  const axe = getAxeFactory()(window);
  axe.configure({ branding: { application: "arco-analyzer" }, noHtml: true });
  matchBeforeVisibility(axe);
  return { dom, axe, pages: 0 };
}

/**
 * axe keeps a rule's candidates that are visible to screen readers, then those its `matches`
 * accepts. Visibility is a style cascade per element and its ancestors; most `matches` are an
 * attribute test. For the rules that select every element (`aria-allowed-attr`,
 * `autocomplete-valid` …) that order computes the visibility of the whole page to keep a
 * handful of nodes. Both filters are pure, so testing `matches` first keeps the same nodes
 * (axe tests it again on the few kept: cheap) and computes visibility only for those.
 * @param {any} axe
 */
function matchBeforeVisibility(axe) {
  const rule = axe._audit.rules[0];
  const proto = rule && Object.getPrototypeOf(rule);
  if (typeof proto?.gather !== "function") return;
  const gather = proto.gather;
  const isVisible = axe.commons.dom.isVisibleToScreenReaders;
  const select = axe.utils.select;
  proto.gather = function gatherMatchedFirst(
    /** @type {any} */ context,
    /** @type {any} */ options,
  ) {
    if (!this.excludeHidden || !Object.hasOwn(this, "matches")) {
      return gather.call(this, context, options);
    }
    return select(this.selector, context).filter(
      (/** @type {any} */ node) => this.matches(node.actualNode, node, context) && isVisible(node),
    );
  };
}

function disposeSandbox() {
  sandbox?.dom.window.close();
  sandbox = null;
}

/**
 * @param {any} result axe rule result
 * @param {"violation" | "incomplete" | "inapplicable"} status
 * @param {boolean} withNodes
 * @returns {AxeRuleSummary}
 */
function summarize(result, status, withNodes) {
  const nodes = withNodes ? result.nodes : [];
  return {
    id: result.id,
    status,
    impact: result.impact ?? null,
    help: result.help,
    description: result.description,
    helpUrl: result.helpUrl,
    nodeCount: nodes.length,
    nodes: nodes.slice(0, 10).map((/** @type {any} */ n) => ({
      snippet: snippet(sourceOf(n.element)),
      failureSummary: n.failureSummary
        ? String(n.failureSummary).split("\n").slice(0, 2).join(" ").slice(0, 200)
        : undefined,
    })),
    error: result.error ? String(result.error?.message ?? result.error) : undefined,
  };
}

/**
 * Pages audited one at a time per thread: the DOM phase is synchronous CPU work anyway.
 * @type {Promise<void>}
 */
let chain = Promise.resolve();

/**
 * Run the given axe rules on one page; calls on one thread are queued and run one at a time.
 * @param {string} html
 * @param {string} url
 * @param {readonly string[]} rules
 * @returns {Promise<AxeAudit>}
 */
export function auditHtml(html, url, rules) {
  const run = chain.then(() => auditNow(html, url, rules));
  chain = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/**
 * @param {string} html
 * @param {string} url
 * @param {readonly string[]} rules
 * @returns {Promise<AxeAudit>}
 */
async function auditNow(html, url, rules) {
  const started = performance.now();
  if (!sandbox || sandbox.pages >= RECYCLE_AFTER) {
    disposeSandbox();
    sandbox = createSandbox();
  }
  const { dom, axe } = sandbox;
  sandbox.pages++;
  const document = dom.window.document;
  try {
    dom.reconfigure({ url });
    document.open();
    document.write(stripNoscript(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html));
    document.close();
    for (const script of Array.from(document.querySelectorAll("script:not([src])"))) {
      const m = SHOW_ELEMENT_SCRIPT.exec(script.textContent ?? "");
      const target = m?.[2] ? document.getElementById(m[2]) : null;
      if (m?.[4] && target) target.style.display = m[4];
    }
    const results = await axe.run(document, {
      runOnly: { type: "rule", values: rules },
      resultTypes: ["violations", "inapplicable"],
      // Reported nodes come back as elements (their source is written in `summarize`), not
      // as serialized markup or CSS selectors.
      elementRef: true,
      selectors: false,
      // jsdom never loads a frame: waiting for one to answer would only spend axe's frame
      // timeout (frameWaitTime) per frame. The frames' own elements are audited in the page.
      iframes: false,
    });
    const rulesOut = [
      ...results.violations.map((/** @type {any} */ r) => summarize(r, "violation", true)),
      ...results.incomplete.map((/** @type {any} */ r) => summarize(r, "incomplete", true)),
      ...results.inapplicable.map((/** @type {any} */ r) => summarize(r, "inapplicable", false)),
    ];
    return { rules: rulesOut, ms: performance.now() - started, viewportEmulated };
  } catch (error) {
    disposeSandbox();
    throw error;
  } finally {
    // Drop the page's nodes now rather than when the next page replaces them.
    if (sandbox) {
      document.open();
      document.close();
    }
  }
}
