import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

/** The part of `node:crypto` used here. @internal */
interface NodeHashing {
  createHash(algorithm: "sha256"): {
    update(data: Uint8Array | string, encoding?: "utf8"): { digest(encoding: "hex"): string };
  };
}

// Node's native SHA-256 hashes a large file about ten times faster than the portable one, and the
// package must also run in browsers: take Node's when the runtime offers it (Node ≥ 20.16 has
// process.getBuiltinModule), else the portable one. Both give the same digest.
const native: NodeHashing | null = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.("node:crypto") as NodeHashing | undefined;
    return typeof mod?.createHash === "function" ? mod : null;
  } catch {
    return null;
  }
})();

/**
 * The SHA-256 of bytes, or of a string's UTF-8 bytes, as lowercase hex: native in Node, portable
 * (@noble/hashes) elsewhere.
 *
 * @internal
 * @param data - Bytes, or text (hashed as UTF-8; a lone surrogate as U+FFFD, as `TextEncoder` does)
 * @param portable - Force the portable implementation (for tests)
 * @returns 64 hex digits
 *
 * @example
 * ```ts
 * sha256Hex("abc");
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * sha256Hex(new Uint8Array([0x61, 0x62, 0x63]), true);
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function sha256Hex(data: Uint8Array | string, portable = false): string {
  if (native && !portable) return native.createHash("sha256").update(data, "utf8").digest("hex");
  return bytesToHex(sha256(typeof data === "string" ? new TextEncoder().encode(data) : data));
}
