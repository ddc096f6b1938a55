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

export function AcceptanceCertificate({ certificate }: { certificate: AcceptanceCertificateData }) {
  return (
    <section aria-labelledby="certificate-heading" className="avoid-break space-y-3 text-sm">
      <h3 id="certificate-heading" className="font-semibold text-slate-900">
        Acceptance certificate
      </h3>
      {certificate.signaturePath ? (
        <svg viewBox="0 0 600 200" role="img" aria-label={`Signature of ${certificate.name}`} className="h-24 w-full max-w-sm rounded border border-slate-200 bg-white">
          <path d={certificate.signaturePath} fill="none" stroke="#0f172a" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : (
        <p className="font-serif text-2xl italic text-slate-900">{certificate.name}</p>
      )}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-500">Signed by</dt>
        <dd>{certificate.name}{certificate.signaturePath ? "" : " (typed name as signature)"}</dd>
        <dt className="text-slate-500">Signed at</dt>
        <dd>
          {certificate.signedAt}
          {certificate.timeZone ? ` (${certificate.timeZone})` : ""}
        </dd>
        {certificate.address ? (
          <>
            <dt className="text-slate-500">From address</dt>
            <dd className="font-mono text-xs">{certificate.address}</dd>
          </>
        ) : null}
        {certificate.fingerprint ? (
          <>
            <dt className="text-slate-500">Document fingerprint</dt>
            <dd className="break-all font-mono text-xs" title="SHA-256 of the frozen proposal">
              SHA-256 {certificate.fingerprint}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
