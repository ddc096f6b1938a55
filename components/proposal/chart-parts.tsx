import { useSyncExternalStore, type ReactElement } from "react";
import * as BundledRecharts from "recharts";
import { compactUsd } from "./chart-format";
import type { ChartFrame } from "./chart-scale";

/**
 * The recharts module a drawing is made with: the bundled one in the browser; on the server, the one Node loads
 * from node_modules beside its own react and react-dom (see loadServerRenderer). A chart's components and hooks must
 * come from the same React as the renderer that draws them.
 */
export type Recharts = typeof BundledRecharts;

// slate-500 for the axis, slate-200 for the grid, slate-600 for labels (4.5:1 on white at any size), slate-700 for zero.
const AXIS = "#64748b";
const GRID = "#e2e8f0";
const LABEL = "#475569";
const ZERO = "#334155";

/*
 * The parts both recharts charts share. They are functions that return recharts elements (not components), so each
 * chart's children are recharts' own XAxis, YAxis and so on.
 */

/**
 * The horizontal grid (one line per dollar tick) and the darker zero line, where payback happens; both behind the
 * data, in recharts' own grid layer (a layer of a new z-index is only ready a render later, too late for the server).
 */
export function valueGrid(R: Recharts) {
  return [<R.CartesianGrid key="grid" vertical={false} stroke={GRID} />, <R.ReferenceLine key="zero" y={0} stroke={ZERO} strokeWidth={1.2} zIndex={R.DefaultZIndexes.grid} />];
}

/** The dollar axis on the left: the given round ticks, each labelled "$14K". */
export function valueAxis(R: Recharts, frame: ChartFrame, ticks: number[]) {
  return (
    <R.YAxis
      type="number"
      domain={[ticks[0]!, ticks.at(-1)!]}
      ticks={ticks}
      interval={0}
      width={frame.margin.left}
      axisLine={false}
      tickLine={false}
      tickFormatter={compactUsd}
      tick={{ fill: LABEL, fontSize: frame.fontSize }}
    />
  );
}

/**
 * The year axis along the bottom, with exactly the given years labelled (interval 0: recharts may not thin them
 * out) and its title. A line chart's years are numbers on a scale; a bar chart's are its bars' categories.
 */
export function yearAxis(R: Recharts, frame: ChartFrame, years: number[], type: "number" | "category") {
  const domain = type === "number" ? [years[0] ?? 0, years.at(-1) ?? 0] : undefined;
  return (
    <R.XAxis
      dataKey="year"
      type={type}
      domain={domain}
      ticks={years}
      interval={0}
      height={frame.margin.bottom}
      stroke={AXIS}
      tickLine={false}
      tick={{ fill: LABEL, fontSize: frame.fontSize }}
      label={{ value: "Year", position: "insideBottom", offset: 4, fill: LABEL, fontSize: frame.fontSize }}
    />
  );
}

/**
 * One transparent hover target per year across the plot, on top of everything (in the labels' layer, the topmost
 * of recharts' own), with the year's figures as the browser's own tooltip (an SVG title): it works at any scale the
 * CSS gives the drawing, unlike a tooltip placed in the drawing's own pixels. `layout` says where a year sits: on a
 * point of a line (its first and last years at the plot's edges) or in the middle of a bar's band.
 */
export function YearTitles({ recharts: R, titles, layout }: { recharts: Recharts; titles: string[]; layout: "points" | "bands" }) {
  const plot = R.usePlotArea();
  if (!plot || titles.length === 0) return null;
  const step = layout === "points" ? plot.width / Math.max(1, titles.length - 1) : plot.width / titles.length;
  const start = layout === "points" ? plot.x - step / 2 : plot.x;
  return (
    <R.ZIndexLayer zIndex={R.DefaultZIndexes.label}>
      <g>
        {titles.map((title, index) => {
          const left = Math.max(plot.x, start + index * step);
          const right = Math.min(plot.x + plot.width, start + (index + 1) * step);
          return (
            <rect key={index} x={left} y={plot.y} width={Math.max(0, right - left)} height={plot.height} fill="transparent">
              <title>{title}</title>
            </rect>
          );
        })}
      </g>
    </R.ZIndexLayer>
  );
}

export type LegendEntry = { label: string; color: string; shape: "line" | "dashed-line" | "square" };

/** The legend as text under the drawing, so it wraps on a phone and prints as text. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-5 gap-y-1 text-xs text-slate-700">
      {entries.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 18 10" width={18} height={10} className="shrink-0">
            {entry.shape === "square" ? (
              <rect x={4} y={0} width={10} height={10} rx={1.5} fill={entry.color} />
            ) : (
              <line x1={0} x2={18} y1={5} y2={5} stroke={entry.color} strokeWidth={2.5} strokeDasharray={entry.shape === "dashed-line" ? "5 3" : undefined} />
            )}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

const subscribeToNothing = () => () => {};

/**
 * One recharts drawing of a chart, at its frame's fixed size, scaled by CSS to the width it is given (the box keeps
 * the frame's aspect ratio, and recharts' wrapper and SVG fill it).
 *
 * Recharts 3 cannot render on the server: a chart only fills in after its effects run in the browser, and the PDF
 * is printed from the server's HTML with scripts off. So on the server the same recharts element is drawn once, to
 * SVG markup (see drawOnServer), and put in the HTML. In the browser, right after hydration, the live recharts chart
 * takes its place, so the chart follows its props when they change.
 */
export function ChartDrawing({ frame, className, cacheKey, chart }: { frame: ChartFrame; className: string; cacheKey: string; chart: (recharts: Recharts) => ReactElement }) {
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const boxProps = {
    className: `${className} [&_.recharts-wrapper]:h-full! [&_.recharts-wrapper]:w-full!`,
    style: { aspectRatio: `${frame.width} / ${frame.height}` },
    "aria-hidden": true,
  };
  if (inBrowser) {
    return (
      <div key="live" {...boxProps}>
        {chart(BundledRecharts)}
      </div>
    );
  }
  // While hydrating, the browser keeps the server's markup (React does not compare or patch inner HTML).
  const markup = typeof window === "undefined" ? drawOnServer(`${frame.name}:${cacheKey}`, chart) : "";
  return <div key="server" {...boxProps} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}

// ---------------------------------------------------------------------------------------------------------------
// Server drawing: react-dom's client renderer, run synchronously against a minimal in-memory DOM, lets recharts run
// its effects (they compute the layout) on the server; the resulting SVG is serialized. A small cache keeps the
// markup of recent charts, since a proposal's page and its PDF draw the same figures again and again.

const drawn = new Map<string, string>();
const DRAWN_KEPT = 64;

function drawOnServer(key: string, chart: (recharts: Recharts) => ReactElement): string {
  const hit = drawn.get(key);
  if (hit !== undefined) {
    drawn.delete(key);
    drawn.set(key, hit);
    return hit;
  }
  let markup: string;
  try {
    const renderer = loadServerRenderer();
    markup = renderToSvgMarkup(renderer, chart(renderer.recharts));
  } catch (error) {
    // The live chart still appears in a browser; only the script-less HTML (the PDF) goes without it.
    console.error("Could not draw a chart on the server", error);
    return "";
  }
  drawn.set(key, markup);
  if (drawn.size > DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  return markup;
}

type ServerRenderer = {
  react: typeof import("react");
  reactDom: typeof import("react-dom");
  client: typeof import("react-dom/client");
  recharts: Recharts;
};

let serverRenderer: ServerRenderer | undefined;

/**
 * react, react-dom's client renderer and recharts as Node itself loads them from node_modules, past the bundler.
 * The server bundle's React is the one that renders pages to HTML; its bundled copy of react-dom/client comes with
 * a React of its own, which the bundled recharts does not use. Loaded by Node, all three share one React.
 */
function loadServerRenderer(): ServerRenderer {
  if (!serverRenderer) {
    const requireFromApp = process.getBuiltinModule("node:module").createRequire(`${process.cwd()}/package.json`);
    serverRenderer = { react: requireFromApp("react"), reactDom: requireFromApp("react-dom"), client: requireFromApp("react-dom/client"), recharts: requireFromApp("recharts") };
  }
  return serverRenderer;
}

/** The global scope as seen from Node, where `window` is normally absent. */
type Globals = { window?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Renders a chart with react-dom's client renderer into an in-memory DOM and returns its HTML. Synchronous from
 * start to finish (flushSync commits the render and runs its effects, and the re-renders they cause, before it
 * returns; in development React's `act` does the same), so the stand-in `window` that react-dom and recharts read
 * during it is installed and removed with no other code running in between.
 */
function renderToSvgMarkup({ react, reactDom, client }: ServerRenderer, element: ReactElement): string {
  const document = new MemoryDocument();
  const container = document.createElement("div");
  const globals = globalThis as unknown as Globals;
  const production = process.env.NODE_ENV === "production";
  // In development the renderer schedules work that reads `window` after it returns; `act` runs that work in place.
  const settle = production ? (work: () => void) => reactDom.flushSync(work) : (work: () => void) => void react.act(work);
  const previousActEnvironment = globals.IS_REACT_ACT_ENVIRONMENT;
  globals.window = document.defaultView;
  globals.IS_REACT_ACT_ENVIRONMENT = !production;
  try {
    const root = client.createRoot(container as unknown as Element);
    try {
      settle(() => root.render(element));
      const markup = container.childNodes.map(serialize).join("");
      if (!markup.includes("<svg")) throw new Error("recharts drew no SVG");
      return markup;
    } finally {
      settle(() => root.unmount());
    }
  } finally {
    delete globals.window;
    globals.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment;
  }
}

/** Just the DOM react-dom needs to build a tree of elements, and recharts to lay out its drawing. */
class MemoryNode {
  childNodes: MemoryNode[] = [];
  parentNode: MemoryNode | null = null;
  nodeValue: string | null = null;
  constructor(
    readonly ownerDocument: MemoryDocument | null,
    readonly nodeType: number,
  ) {}
  get firstChild(): MemoryNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): MemoryNode | null {
    return this.childNodes.at(-1) ?? null;
  }
  get nextSibling(): MemoryNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings?.[siblings.indexOf(this) + 1] ?? null;
  }
  get previousSibling(): MemoryNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings?.[siblings.indexOf(this) - 1] ?? null;
  }
  get textContent(): string {
    return this.nodeType === 3 ? (this.nodeValue ?? "") : this.childNodes.map((child) => child.textContent).join("");
  }
  set textContent(text: string) {
    if (this.nodeType === 3) {
      this.nodeValue = text;
      return;
    }
    for (const child of this.childNodes) child.parentNode = null;
    this.childNodes = [];
    if (text) this.appendChild(new MemoryNode(this.ownerDocument, 3)).nodeValue = text;
  }
  get data() {
    return this.nodeValue ?? "";
  }
  set data(text: string) {
    this.nodeValue = text;
  }
  appendChild<T extends MemoryNode>(child: T): T {
    return this.insertBefore(child, null);
  }
  insertBefore<T extends MemoryNode>(child: T, before: MemoryNode | null): T {
    child.parentNode?.removeChild(child);
    const index = before ? this.childNodes.indexOf(before) : -1;
    if (index < 0) this.childNodes.push(child);
    else this.childNodes.splice(index, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends MemoryNode>(child: T): T {
    const index = this.childNodes.indexOf(child);
    if (index >= 0) this.childNodes.splice(index, 1);
    child.parentNode = null;
    return child;
  }
  contains(node: MemoryNode | null): boolean {
    for (let current = node; current; current = current.parentNode) if (current === this) return true;
    return false;
  }
  addEventListener() {}
  removeEventListener() {}
}

class MemoryElement extends MemoryNode {
  readonly attributes = new Map<string, string>();
  /** react-dom writes styles as properties (`style.width = "680px"`) or, for custom properties, with setProperty. */
  readonly style: Record<string, string> & { setProperty(name: string, value: string): void; removeProperty(name: string): void };
  constructor(
    ownerDocument: MemoryDocument,
    readonly localName: string,
    readonly namespaceURI: string,
  ) {
    super(ownerDocument, 1);
    const declarations: Record<string, string> = {};
    Object.defineProperties(declarations, {
      setProperty: { value: (name: string, value: string) => void (declarations[name] = value) },
      removeProperty: { value: (name: string) => void delete declarations[name] },
    });
    this.style = declarations as MemoryElement["style"];
  }
  get tagName() {
    return this.localName;
  }
  get nodeName() {
    return this.localName.toUpperCase();
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  setAttributeNS(_namespace: string | null, name: string, value: unknown) {
    this.setAttribute(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  removeAttributeNS(_namespace: string | null, name: string) {
    this.removeAttribute(name);
  }
  getElementsByClassName(name: string): MemoryElement[] {
    const found: MemoryElement[] = [];
    const visit = (node: MemoryNode) => {
      for (const child of node.childNodes) {
        if (!(child instanceof MemoryElement)) continue;
        if ((child.getAttribute("class") ?? "").split(/\s+/).includes(name)) found.push(child);
        visit(child);
      }
    };
    visit(this);
    return found;
  }
  getBoundingClientRect() {
    return { x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };
  }
  focus() {}
  blur() {}
}

class MemoryDocument extends MemoryNode {
  readonly documentElement: MemoryElement;
  readonly body: MemoryElement;
  readonly activeElement = null;
  /** The `window` react-dom and recharts read while drawing: no event, no focus, no motion preference, no styles. */
  readonly defaultView = {
    document: this as MemoryDocument,
    event: undefined,
    HTMLIFrameElement: class {},
    matchMedia: () => ({ matches: false, addEventListener() {}, removeEventListener() {} }),
    getComputedStyle: () => ({ fontSize: "", letterSpacing: "" }),
    addEventListener() {},
    removeEventListener() {},
  };
  constructor() {
    super(null, 9);
    this.documentElement = this.appendChild(this.createElement("html"));
    this.body = this.documentElement.appendChild(this.createElement("body"));
  }
  createElement(tag: string) {
    return new MemoryElement(this, tag, "http://www.w3.org/1999/xhtml");
  }
  createElementNS(namespace: string, tag: string) {
    return new MemoryElement(this, tag, namespace);
  }
  createTextNode(text: string) {
    const node = new MemoryNode(this, 3);
    node.nodeValue = text;
    return node;
  }
  createComment(text: string) {
    const node = new MemoryNode(this, 8);
    node.nodeValue = text;
    return node;
  }
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;");
const cssName = (property: string) => (property.startsWith("--") ? property : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));

function serialize(node: MemoryNode): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? "");
  if (!(node instanceof MemoryElement)) return "";
  let attributes = "";
  for (const [name, value] of node.attributes) attributes += ` ${name}="${escapeAttribute(value)}"`;
  const style = Object.entries(node.style)
    .filter(([, value]) => value !== "" && value != null)
    .map(([property, value]) => `${cssName(property)}:${value}`)
    .join(";");
  if (style) attributes += ` style="${escapeAttribute(style)}"`;
  return `<${node.localName}${attributes}>${node.childNodes.map(serialize).join("")}</${node.localName}>`;
}
