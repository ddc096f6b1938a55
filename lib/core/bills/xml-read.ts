/**
 * A tiny XML reader for the subset Green Button (NAESB ESPI) files use: elements with attributes, text, namespace
 * prefixes, comments, CDATA, the XML declaration and processing instructions, and the five predefined entities plus
 * numeric character references. The core may import only zod (lib/architecture.test.ts), so this replaces a
 * general parser such as fast-xml-parser. It never expands entities declared in a DOCTYPE (a file with an internal
 * DTD subset is refused: ESPI files have none, and entity expansion is how XML bombs work).
 *
 * Element names are kept without their prefix (`espi:IntervalBlock` → `IntervalBlock`): ESPI feeds use the default
 * namespace, a prefix, or both, for the same elements.
 */
import { billInputError } from "./errors";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** ESPI nests 7 levels (feed › entry › content › IntervalBlock › IntervalReading › timePeriod › start); findAll recurses. */
const MAX_DEPTH = 64;

function decode(raw: string, field: string, line: () => number): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, body: string) => {
    if (body.startsWith("#")) {
      const codePoint = body.startsWith("#x") ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // String.fromCodePoint throws a RangeError past U+10FFFF.
      if (codePoint > 0x10ffff) throw billInputError(field, `The XML uses ${match.slice(0, 20)}, which is no character (line ${line()}): it is not a Green Button file.`);
      return String.fromCodePoint(codePoint);
    }
    const value = ENTITIES[body];
    if (value === undefined) throw billInputError(field, `The XML uses an unknown entity ${match} (line ${line()}): it is not a Green Button file.`);
    return value;
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(":") + 1);

/** Parses a document and returns its root element. Refuses malformed XML with the line where it breaks. */
export function readXml(text: string, field: string): XmlElement {
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (position: number) => {
    let line = 1;
    for (let cursor = 0; cursor < position && cursor < text.length; cursor++) if (text.charCodeAt(cursor) === 10) line++;
    return line;
  };
  const fail = (message: string, position: number): never => {
    throw billInputError(field, `${message} (line ${lineAt(position)}): the file is not well-formed XML.`);
  };
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: { element: XmlElement; texts: string[] }[] = [{ element: root, texts: [] }];

  while (index < text.length) {
    const open = text.indexOf("<", index);
    const top = stack[stack.length - 1]!;
    if (open < 0) {
      if (text.slice(index).trim() !== "" && stack.length > 1) fail("Text after the last element", index);
      break;
    }
    if (open > index) top.texts.push(decode(text.slice(index, open), field, () => lineAt(open)));
    if (text.startsWith("<!--", open)) {
      const end = text.indexOf("-->", open + 4);
      if (end < 0) fail("A comment is not closed", open);
      index = end + 3;
    } else if (text.startsWith("<![CDATA[", open)) {
      const end = text.indexOf("]]>", open + 9);
      if (end < 0) fail("A CDATA section is not closed", open);
      top.texts.push(text.slice(open + 9, end));
      index = end + 3;
    } else if (text.startsWith("<?", open)) {
      const end = text.indexOf("?>", open + 2);
      if (end < 0) fail("A processing instruction is not closed", open);
      index = end + 2;
    } else if (text.startsWith("<!", open)) {
      const end = text.indexOf(">", open + 2);
      if (end < 0) fail("A declaration is not closed", open);
      if (text.slice(open, end).includes("[")) throw billInputError(field, `The XML declares its own entities (line ${lineAt(open)}): Green Button files never do, so it is refused.`);
      index = end + 1;
    } else if (text[open + 1] === "/") {
      const end = text.indexOf(">", open + 2);
      if (end < 0) fail("A closing tag is not closed", open);
      const name = localName(text.slice(open + 2, end).trim());
      if (stack.length === 1 || top.element.name !== name) fail(`</${name}> does not close <${top.element.name}>`, open);
      top.element.text = top.texts.join("").trim();
      stack.pop();
      index = end + 1;
    } else {
      // A start tag: name, attributes, maybe self-closing. Attribute values may contain ">", so scan quotes.
      let cursor = open + 1;
      let quote = "";
      while (cursor < text.length) {
        const char = text[cursor]!;
        if (quote) {
          if (char === quote) quote = "";
        } else if (char === '"' || char === "'") quote = char;
        else if (char === ">") break;
        cursor++;
      }
      if (cursor >= text.length) fail("A tag is not closed", open);
      let body = text.slice(open + 1, cursor);
      const selfClosing = body.endsWith("/");
      if (selfClosing) body = body.slice(0, -1);
      const nameMatch = /^[^\s/>]+/.exec(body);
      if (!nameMatch) fail("A tag has no name", open);
      const element: XmlElement = { name: localName(nameMatch![0]), attributes: {}, children: [], text: "" };
      const attributePattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let attribute: RegExpExecArray | null;
      const rest = body.slice(nameMatch![0].length);
      while ((attribute = attributePattern.exec(rest)) !== null) {
        element.attributes[localName(attribute[1]!)] = decode(attribute[3] ?? attribute[4] ?? "", field, () => lineAt(open));
      }
      top.element.children.push(element);
      if (!selfClosing && stack.length > MAX_DEPTH) throw billInputError(field, `Elements are nested more than ${MAX_DEPTH} deep (line ${lineAt(open)}): no Green Button file is, so it is refused.`);
      if (!selfClosing) stack.push({ element, texts: [] });
      index = cursor + 1;
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1]!.element.name}> is not closed`, text.length);
  const documentElement = root.children[0];
  if (!documentElement || root.children.length > 1) fail("The file has no single root element", 0);
  return documentElement!;
}

/** Every descendant element with a local name, depth first in document order. */
export function findAll(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    findAll(child, name, found);
  }
  return found;
}

/** The first child with a local name, or undefined. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}
