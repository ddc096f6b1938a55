/** The acceptance certificate: who signed, the drawn signature, when (in their time zone) and what (the fingerprint). */
export type AcceptanceCertificateData = {
  name: string;
  /** The SVG path of the drawn signature (lib/proposal/signature.ts), or null when the typed name is the signature. */
  signaturePath: string | null;
  signedAt: string;
  timeZone: string | null;
  fingerprint: string | null;
  address: string | null;
};

/** Where the certificate sits on the page, for a link to it. */
export const CERTIFICATE_ANCHOR = "acceptance-certificate";

/**
 * Printed at the end of the accepted proposal, after the installer's terms, where a paper contract is signed: the
 * screen, the installer's PDF and the customer's signed PDF all carry it, so it is never in a `no-print` area.
 */
export function AcceptanceCertificate({ certificate }: { certificate: AcceptanceCertificateData }) {
  return (
    <section
      id={CERTIFICATE_ANCHOR}
      aria-labelledby="certificate-heading"
      className="avoid-break space-y-3 rounded-lg border border-slate-200 bg-white px-5 py-4 text-sm shadow-sm"
    >
      <h2 id="certificate-heading" className="text-lg font-semibold tracking-tight text-slate-900">
        Acceptance certificate
      </h2>
      {certificate.signaturePath ? (
        <svg viewBox="0 0 600 200" role="img" aria-label={`Signature of ${certificate.name}`} className="h-24 w-full max-w-sm rounded border border-slate-200 bg-white">
          <path d={certificate.signaturePath} fill="none" stroke="#0f172a" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : (
        <p className="font-serif text-2xl italic text-slate-900">{certificate.name}</p>
      )}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">Signed by</dt>
        <dd>
          {certificate.name}
          {certificate.signaturePath ? "" : " (typed name as signature)"}
        </dd>
        <dt className="text-slate-600">Signed at</dt>
        <dd>
          {certificate.signedAt}
          {certificate.timeZone ? ` (${certificate.timeZone})` : ""}
        </dd>
        {certificate.address ? (
          <>
            <dt className="text-slate-600">From address</dt>
            <dd className="font-mono text-xs">{certificate.address}</dd>
          </>
        ) : null}
        {certificate.fingerprint ? (
          <>
            <dt className="text-slate-600">Document fingerprint</dt>
            <dd>
              <span className="block break-all font-mono text-xs">SHA-256 {certificate.fingerprint}</span>
              <span className="block text-xs text-slate-600">A code computed from the proposal exactly as accepted: any change to it would give a different code.</span>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
