import { describe, expect, test } from "vitest";
import { readCsv } from "./csv-read";
import { child, findAll, readXml } from "./xml-read";

describe("CSV reader", () => {
  test.each([
    { label: "plain cells, LF", text: "a,b\n1,2\n", rows: [["a", "b"], ["1", "2"]] },
    { label: "CRLF and a byte order mark", text: "\uFEFFa,b\r\n1,2", rows: [["a", "b"], ["1", "2"]] },
    { label: "quoted cells with commas and doubled quotes", text: 'Address,"1 Main St, ""Unit"" 2"\n', rows: [["Address", '1 Main St, "Unit" 2']] },
    { label: "a blank line stays a row", text: "a\n\nb", rows: [["a"], [""], ["b"]] },
  ])("$label", ({ text, rows }) => {
    expect(readCsv(text, "file")).toEqual(rows);
  });

  test("an unclosed quote is refused", () => {
    expect(() => readCsv('a,"b\n', "file")).toThrow(/ends inside a quoted cell/);
  });
});

describe("XML reader (the ESPI subset)", () => {
  test("prefixes are dropped, entities decoded, CDATA kept", () => {
    const root = readXml('<?xml version="1.0"?><!-- c --><espi:a xmlns:espi="x" k="v &amp; w"><b>1 &lt; 2</b><c><![CDATA[<raw>]]></c><d/></espi:a>', "file");
    expect(root.name).toBe("a");
    expect(root.attributes.k).toBe("v & w");
    expect(child(root, "b")?.text).toBe("1 < 2");
    expect(child(root, "c")?.text).toBe("<raw>");
    expect(findAll(root, "d")).toHaveLength(1);
  });

  test.each([
    { label: "a mismatched closing tag, with its line", xml: "<a>\n<b></c></a>", message: /<\/c> does not close <b> \(line 2\)/ },
    { label: "an unclosed element", xml: "<a><b></b>", message: /<a> is not closed/ },
    { label: "a DOCTYPE declaring entities", xml: '<!DOCTYPE a [<!ENTITY x "y">]><a/>', message: /declares its own entities/ },
    { label: "an unknown entity", xml: "<a>&nope;</a>", message: /unknown entity &nope;/ },
  ])("refused: $label", ({ xml, message }) => {
    expect(() => readXml(xml, "file")).toThrow(message);
  });
});
