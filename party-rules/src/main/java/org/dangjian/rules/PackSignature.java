package org.dangjian.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signed one pack of an audit (规则包签名), as it was loaded: the built-in pack, a pack signed
 * with an Ed25519 key whose signature covers every file as read ({@link Status#SIGNED}, with the
 * key's fingerprint), a pack without a signature, or one whose signature does not hold (a file
 * changed, added or removed after signing, named in {@link #problems()}).
 *
 * <p>A signed pack holds the signature file {@code pack.signature}: the SHA-256 of each of its
 * files by path, the signer's public key, and an Ed25519 signature over both. Whether the signer is
 * trusted is another question, which {@link RulePack#requireSigned(TrustedKeys)} answers.
 *
 * @param pack     the pack's name, as its descriptor gives it
 * @param version  the pack's version
 * @param sha256   the SHA-256 of this pack's files (as {@link RulePack#sha256()} of it alone)
 * @param status   what the signature says
 * @param signer   the fingerprint of the signing key (SHA-256 of its public key, hex) when {@code SIGNED}
 * @param problems why the signature does not hold, each naming its file, when {@code INVALID}
 * @param file     where the signature file is, or would be (e.g. {@code packs/street/pack.signature},
 *                 {@code street.jar!/pack.signature}), for messages
 */
public record PackSignature(String pack, String version, String sha256, Status status, Optional<String> signer,
                            List<PackProblem> problems, String file) {

    /** What a pack's signature says. */
    public enum Status {
        /** The built-in pack, shipped inside party-rules: trusted as the engine itself is. */
        BUILT_IN,
        /** Signed, and every file is as signed. */
        SIGNED,
        /** No signature file. */
        UNSIGNED,
        /** A signature file that does not hold: see {@link PackSignature#problems()}. */
        INVALID
    }

    public PackSignature {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        signer = signer == null ? Optional.empty() : signer;
        problems = problems == null ? List.of() : List.copyOf(problems);
        if (signer.isPresent() != (status == Status.SIGNED)) {
            throw new IllegalArgumentException("a signer is given exactly when the pack is SIGNED");
        }
    }

    /** The first 16 hex digits of a key's fingerprint, as reports show it. */
    public static String shortFingerprint(String fingerprint) {
        return fingerprint.length() <= 16 ? fingerprint : fingerprint.substring(0, 16);
    }
}
