/**
 * The architecture, enforced: every import of every source file is read (with TypeScript's own scanner) and checked
 * against the rings of lib/ (the README's Architecture section draws them):
 *
 *   lib/core        pure domain: programs, finance, money, operations, and small pure helpers. Imports only itself,
 *                   zod and node built-ins: no React, no Next.js, no database, no other ring.
 *   lib/proposal    the read model: stored rows → engine input → the proposal view. Imports core and itself.
 *   lib/validation  zod schemas of every form, shared by the browser and the actions. Imports core and itself.
 *   lib/server      what touches the outside world: the database (db, and data: the only code that calls Prisma),
 *                   auth, mail, PDF, webhooks, the operations runtime, the REST API. Imports the rings above.
 *   lib/actions     server actions: parse, check access, call the core, persist through the data layer, revalidate.
 *
 * And around them: components import core, proposal, validation and their own kind, plus types (never functions)
 * from the server ring and the actions; no route handler, action or component imports Prisma or the database client;
 * and no two folders import each other in a loop.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx|mjs|js)$/;
const SKIP = new Set(["node_modules", "generated", ".next", ".data"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith(".next")) return [];
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

type Import = { specifier: string; typeOnly: boolean };

/** Every module a file imports or re-exports, and whether only its types are used (erased at build time). */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Import[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = Boolean(clause?.isTypeOnly) || Boolean(clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A specifier as a path from the repository root ("lib/core/money"), or the package it names ("zod", "node:fs"). */
function resolve(file: string, specifier: string): { local: string } | { pkg: string } {
  if (specifier.startsWith("@/")) return { local: path.posix.normalize(specifier.slice(2)) };
  if (specifier.startsWith(".")) return { local: path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) };
  const parts = specifier.split("/");
  return { pkg: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]! };
}

const RINGS = ["lib/core", "lib/proposal", "lib/validation", "lib/server", "lib/actions"] as const;
type Ring = (typeof RINGS)[number];
const ringOf = (local: string): Ring | null => RINGS.find((ring) => local === ring || local.startsWith(`${ring}/`)) ?? null;

/** What each ring may import from the others (its own ring always). */
const MAY_IMPORT: Record<Ring, readonly Ring[]> = {
  "lib/core": [],
  "lib/proposal": ["lib/core"],
  "lib/validation": ["lib/core"],
  "lib/server": ["lib/core", "lib/proposal", "lib/validation"],
  "lib/actions": ["lib/core", "lib/proposal", "lib/validation", "lib/server"],
};
/** Packages the pure rings may use: the core's own tools, and node built-ins. */
const PURE_PACKAGES = new Set(["zod", "ipaddr.js"]);
const isNodeBuiltin = (pkg: string) => pkg.startsWith("node:");
/** The database, however it is reached. */
const DATABASE = /^(@prisma\/|prisma$|pg$|@electric-sql\/pglite|pglite-prisma-adapter)|^lib\/server\/db\/(client|generated|connection|pglite|postgres)/;
/** A query or a write in the code itself, whichever client it was handed. */
const QUERY = /\bgetDb\(|\$queryRaw|\$executeRaw|\$transaction|\b(db|tx|client|prisma)\.[a-z]\w*\.(find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\(/;

const production = (file: string) => !/\.test\.tsx?$/.test(file) && !file.includes("/test-") && !file.startsWith("tests/");
const files = ["lib", "app", "components"].flatMap(sourceFiles).filter(production);
const edges = files.flatMap((file) => importsOf(file).map((entry) => ({ file, ...entry, target: resolve(file, entry.specifier) })));

describe("the rings of lib/", () => {
  it("has exactly the rings the README draws, and nothing loose beside them", () => {
    const top = readdirSync(path.join(root, "lib"), { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `lib/${entry.name}` : `lib/${entry.name}`));
    expect(top.filter((entry) => !entry.endsWith(".test.ts")).sort()).toEqual([...RINGS].sort());
  });

  it("each ring imports only the rings beneath it", () => {
    const breaches = edges.flatMap(({ file, specifier, target }) => {
      const from = ringOf(file);
      if (!from || !("local" in target)) return [];
      const to = ringOf(target.local);
      if (!to || to === from || MAY_IMPORT[from].includes(to)) return [];
      return [`${file} imports ${specifier} (${from} may not import ${to})`];
    });
    expect(breaches).toEqual([]);
  });

  it("the core, the proposal and validation rings use no framework, no React and no database", () => {
    const pure: readonly Ring[] = ["lib/core", "lib/proposal", "lib/validation"];
    const breaches = edges.flatMap(({ file, specifier, target }) => {
      const from = ringOf(file);
      if (!from || !pure.includes(from) || !("pkg" in target)) return [];
      return PURE_PACKAGES.has(target.pkg) || isNodeBuiltin(target.pkg) ? [] : [`${file} imports ${specifier}`];
    });
    expect(breaches).toEqual([]);
  });
});

describe("one data boundary", () => {
  it("only the data layer (lib/server/data) and the database module itself reach the database", () => {
    const breaches = edges.flatMap(({ file, specifier, target, typeOnly }) => {
      if (typeOnly || file.startsWith("lib/server/db/") || file.startsWith("lib/server/data/")) return [];
      const name = "local" in target ? target.local : target.pkg;
      return DATABASE.test(name) ? [`${file} imports ${specifier}`] : [];
    });
    expect(breaches).toEqual([]);
  });

  it("nothing outside the data layer runs a query, even on a client it was handed", () => {
    const breaches = files.filter((file) => !file.startsWith("lib/server/data/") && !file.startsWith("lib/server/db/") && QUERY.test(readFileSync(path.join(root, file), "utf8")));
    expect(breaches).toEqual([]);
  });

  it("components take plain data: from the server ring and the actions they import types only", () => {
    const breaches = edges.flatMap(({ file, specifier, target, typeOnly }) => {
      if (!file.startsWith("components/") || typeOnly || !("local" in target)) return [];
      const ring = ringOf(target.local);
      // A component may be handed a server action to call (a form's action); it never runs server code itself.
      if (ring === "lib/server") return [`${file} imports ${specifier}`];
      return [];
    });
    expect(breaches).toEqual([]);
  });
});

describe("no folder cycles", () => {
  /** The folder a module belongs to, at the depth where ideas live: lib/<ring>/<folder>, app/…, components/<folder>. */
  const folderOf = (local: string) => {
    const parts = local.split("/");
    if (parts[0] === "lib") return parts.slice(0, parts.length > 3 ? 3 : 2).join("/");
    if (parts[0] === "components") return parts.slice(0, 2).join("/");
    return null;
  };

  it("no folder of lib/ or components/ depends on itself through others", () => {
    const graph = new Map<string, Set<string>>();
    for (const { file, target } of edges) {
      if (!("local" in target)) continue;
      const from = folderOf(file);
      const to = folderOf(target.local);
      if (!from || !to || from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, "visiting");
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, "done");
    };
    for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });
});
