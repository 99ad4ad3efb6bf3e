import type { EvidenceKind } from "../../../../../src/domain/incentives/application-rules.js";

export interface EvidenceMeta {
  name: string;
  kind: EvidenceKind;
  size: number;
  sha256: string;
}

/**
 * A document's metadata, read in the browser: its name, size and SHA-256. The file itself is not
 * sent; the digest lets reviewers check later that the paper they see is the one declared.
 */
export async function evidenceOfFile(
  file: Blob & { name: string },
  kind: EvidenceKind,
): Promise<EvidenceMeta> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { name: file.name, kind, size: file.size, sha256 };
}

/** A size in bytes for people: 532 B, 12.3 KB, 4.5 MB. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
