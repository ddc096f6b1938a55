import { formatDateTimeIn } from "../core/dates/format";
import { signaturePath, ZSignature } from "./signature";

/** A stored acceptance as the certificate shows it; null for a version not accepted. */
export function acceptanceCertificateOf(version: {
  acceptedAt: Date | null;
  acceptedName: string | null;
  acceptedAddress: string | null;
  acceptedSignature: unknown;
  acceptedTimeZone: string | null;
  acceptedFingerprint: string | null;
}) {
  if (version.acceptedAt === null) return null;
  // Stored strokes were checked when written; read again so a damaged row shows the typed name, never breaks the page.
  const strokes = ZSignature.safeParse(version.acceptedSignature);
  return {
    name: version.acceptedName ?? "",
    signaturePath: strokes.success ? signaturePath(strokes.data) : null,
    signedAt: formatDateTimeIn(version.acceptedAt, version.acceptedTimeZone),
    timeZone: version.acceptedTimeZone,
    fingerprint: version.acceptedFingerprint,
    address: version.acceptedAddress,
  };
}
