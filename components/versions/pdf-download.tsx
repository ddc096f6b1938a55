"use client";

import { useState } from "react";
import { Spinner } from "@/components/ui/submit-button";
import { buttonClass } from "@/components/ui/button";

/**
 * Downloads the version's PDF with visible progress (rendering takes a second or two) and says plainly what went
 * wrong, e.g. a server without Chromium, instead of leaving a broken download.
 */
export function PdfDownload({ href, label = "Download PDF" }: { href: string; label?: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  async function download(paper: "letter" | "a4") {
    setState({ busy: true, error: null });
    try {
      const response = await fetch(`${href}?paper=${paper}`);
      if (!response.ok) throw new Error((await response.text()) || `The server answered ${response.status}.`);
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "proposal.pdf";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : "The PDF could not be produced." });
    }
  }
  return (
    <div className="space-y-2">
      {/* The group names what "A4" downloads, for a screen reader that lands on that button alone. */}
      <div role="group" aria-label={label} className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass("primary")} aria-disabled={state.busy} onClick={() => !state.busy && download("letter")}>
          {state.busy ? <Spinner /> : null}
          {state.busy ? "Preparing PDF…" : `${label} (US Letter)`}
        </button>
        <button type="button" className={buttonClass("secondary")} aria-disabled={state.busy} onClick={() => !state.busy && download("a4")}>
          A4
        </button>
      </div>
      <p role="status" aria-live="polite" className={state.error ? "text-sm text-red-700" : "sr-only"}>
        {state.busy ? "Preparing the PDF…" : (state.error ?? "")}
      </p>
    </div>
  );
}
