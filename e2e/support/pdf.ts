import { execFileSync } from "node:child_process";

/** A PDF's text, page by page, laid out as on paper (`pdftotext -layout`: one printed line per text line). */
export function pdfPagesText(file: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  // Pages end with a form feed; the text after the last one is empty.
  return text.split("\f").slice(0, -1);
}

export type PdfWord = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PdfPage = { width: number; height: number; words: PdfWord[] };

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Every word of every page with its box in points from the page's top left (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, text]) => ({
      text: decode(text!),
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    })),
  }));
}

/** A page's words grouped into lines (words whose tops are within a point of each other), each sorted left to right. */
export function linesOf(page: PdfPage): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const word of [...page.words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((candidate) => Math.abs(candidate[0]!.yMin - word.yMin) < 1);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/** Renders each page as a PNG (`pdftoppm -png`), `<prefix>-1.png`, `<prefix>-2.png`…, to look at. */
export function pdfToPngs(file: string, prefix: string, dpi = 50) {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), file, prefix]);
}
