"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import SignaturePad from "signature_pad";
import { InputField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { AcceptedNextSteps, type InstallerContact } from "@/components/versions/accepted-next-steps";
import { initialActionState, type ActionState } from "@/lib/actions/state";

export type { InstallerContact };

/** The pad's strokes as the server reads them (lib/proposal/signature.ts): [[x, y], …] per stroke, in CSS pixels. */
function strokesOf(pad: SignaturePad): number[][][] {
  return pad.toData().map((group) => group.points.map((point) => [Math.round(point.x * 10) / 10, Math.round(point.y * 10) / 10]));
}

function SignatureField({ error, onChange }: { error?: string; onChange: (strokes: string) => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Drawn at the screen's pixel density so the line is sharp; points stay in CSS pixels.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext("2d")?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: "#0f172a", minWidth: 0.8, maxWidth: 2.4 });
    pad.addEventListener("endStroke", () => onChange(JSON.stringify(strokesOf(pad))));
    padRef.current = pad;
    return () => pad.off();
  }, [onChange]);
  const clear = () => {
    padRef.current?.clear();
    onChange("");
  };
  return (
    <div>
      <p id="signature-label" className="text-sm font-medium text-slate-800">
        Your signature
      </p>
      <p id="signature-hint" className="text-xs text-slate-600">
        Draw it with your finger, a pen or the mouse.
      </p>
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby="signature-label"
        aria-describedby={error ? "signature-hint signature-error" : "signature-hint"}
        className="mt-2 block h-[160px] w-full max-w-[600px] touch-none rounded-lg border border-dashed border-slate-400 bg-white sm:h-[200px]"
      />
      <div className="mt-2">
        <Button type="button" variant="secondary" onClick={clear}>
          Clear signature
        </Button>
      </div>
      {error ? (
        <p id="signature-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/*
 * The browser's time zone, for the certificate's local time: only the browser knows it, so the server renders none.
 * Held by React, not written into the input after mounting: React puts an uncontrolled hidden input's default back
 * on every render, which wiped the zone whenever a refused submission rendered the form again.
 */
const neverChanges = () => () => undefined;
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
const noTimeZoneOnServer = () => "";

/** The customer's acceptance: typed name, drawn signature (or the typed name alone) and an explicit confirmation. */
export function AcceptForm({ action, installer }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; installer: InstallerContact }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [strokes, setStrokes] = useState("");
  const timeZone = useSyncExternalStore(neverChanges, browserTimeZone, noTimeZoneOnServer);
  if (state.ok) return <AcceptedNextSteps message={state.message ?? ""} installer={installer} />;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="space-y-4" noValidate>
      <InputField name="name" label="Your full name" autoComplete="name" error={state.fieldErrors.name} />
      <SignatureField error={state.fieldErrors.signature} onChange={setStrokes} />
      <input type="hidden" name="signature" value={strokes} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="flex items-start gap-2">
        <input id="typedOnly" name="typedOnly" type="checkbox" value="yes" className="mt-1 h-4 w-4" />
        <label htmlFor="typedOnly" className="text-sm text-slate-700">
          Sign with my typed name instead of drawing (for example with a keyboard or a screen reader).
        </label>
      </div>
      <div className="flex items-start gap-2">
        <input id="confirm" name="confirm" type="checkbox" value="yes" className="mt-1 h-4 w-4" aria-describedby={state.fieldErrors.confirm ? "confirm-error" : undefined} />
        <label htmlFor="confirm" className="text-sm text-slate-800">
          I accept this proposal as shown, including its prices and the program assumptions.
        </label>
      </div>
      {state.fieldErrors.confirm ? (
        <p id="confirm-error" className="text-sm text-red-700">
          {state.fieldErrors.confirm}
        </p>
      ) : null}
      <SubmitButton pendingLabel="Recording…">Accept and sign</SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
    </form>
  );
}
