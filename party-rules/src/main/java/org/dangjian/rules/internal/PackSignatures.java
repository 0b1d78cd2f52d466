package org.dangjian.rules.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.PackSignature.Status;

/**
 * The signature file of a pack ({@value #FILE}, 规则包签名文件) and the keys that make it: a list of
 * every other file's SHA-256 by path and the signer's public key, then an Ed25519 signature over
 * that list. A file changed, added or removed after signing no longer matches the list; the list
 * itself changed no longer matches the signature. Keys are PEM: PKCS#8 for the private key (its
 * file also holds the public key, which Java cannot derive from an Ed25519 private key), X.509 for
 * the public key.
 */
public final class PackSignatures {

    /** The signature file's path inside a pack. */
    public static final String FILE = "pack.signature";

    private static final String FORMAT = "party-audit-pack-signature/1";
    private static final String ALGORITHM = "Ed25519";
    private static final Pattern ENTRY = Pattern.compile("sha256 ([0-9a-f]{64}) (.+)");

    private PackSignatures() {
    }

    /** What checking a pack's signature found. */
    public record Check(Status status, Optional<String> signer, List<PackProblem> problems) {
    }

    /**
     * The text of the signature file for {@code files} (any old signature file among them is left out),
     * signed with {@code key}, whose public key is {@code publicKey}.
     *
     * @throws PackException if a file holds a private key (it never goes into a pack) or has a line break in its path
     */
    public static byte[] sign(Map<String, byte[]> files, PrivateKey key, PublicKey publicKey) throws PackException {
        List<PackProblem> refused = new ArrayList<>();
        Map<String, byte[]> signed = new TreeMap<>(files);
        signed.remove(FILE);
        signed.forEach((path, bytes) -> {
            if (path.contains("\n") || path.contains("\r")) {
                refused.add(PackProblem.error(path, 0, 0, "a file name with a line break cannot be signed: rename it"));
            } else if (new String(bytes, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----")) {
                refused.add(PackProblem.error(path, 0, 0, "holds a private key: a private key never goes into a pack "
                        + "(keep it apart, e.g. with party-audit pack keygen --out ~/keys)"));
            }
        });
        if (!refused.isEmpty()) {
            throw new PackException(refused);
        }
        StringBuilder list = new StringBuilder()
                .append("# party-audit pack signature (规则包签名): the SHA-256 of every file of the pack, signed with Ed25519.\n")
                .append("# Made by `party-audit pack sign`, checked by `party-audit pack verify`; sign again after any change.\n")
                .append("format: ").append(FORMAT).append('\n')
                .append("key: ed25519 ").append(Base64.getEncoder().encodeToString(publicKey.getEncoded())).append('\n')
                .append("signer: ").append(fingerprint(publicKey)).append('\n');
        signed.forEach((path, bytes) -> list.append("sha256 ").append(sha256(bytes)).append(' ').append(path).append('\n'));
        byte[] body = list.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(body);
            byte[] signature = s.sign();
            if (!verifies(publicKey, body, signature)) {
                throw new PackException(List.of(PackProblem.error("(key)", 0, 0,
                        "the private key and the public key in the key file do not belong together")));
            }
            return (list + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of Java 17: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the signature of a pack's {@code files} (its bytes as stored); {@code where} turns a
     * path inside the pack into the name a problem gives (e.g. with the pack's directory before it).
     */
    public static Check check(Map<String, byte[]> files, UnaryOperator<String> where) {
        byte[] file = files.get(FILE);
        if (file == null) {
            return new Check(Status.UNSIGNED, Optional.empty(), List.of());
        }
        String text = new String(file, StandardCharsets.UTF_8);
        String sigFile = where.apply(FILE);
        int at = text.lastIndexOf("\nsignature: ");
        if (at < 0) {
            return invalid(PackProblem.error(sigFile, 0, 0, "no 'signature:' line: not a signature of party-audit pack sign"));
        }
        String body = text.substring(0, at + 1);
        Map<String, String> listed = new TreeMap<>();
        PublicKey key = null;
        String format = null;
        String signer = null;
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = ENTRY.matcher(line);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            } else if (m.matches() && listed.put(m.group(2), m.group(1)) == null) {
                continue;
            } else if (line.startsWith("format: ")) {
                format = line.substring(8);
                continue;
            } else if (line.startsWith("signer: ")) {
                signer = line.substring(8);
                continue;
            } else if (line.startsWith("key: ed25519 ")) {
                try {
                    key = publicKey(Base64.getDecoder().decode(line.substring(13)));
                    continue;
                } catch (IllegalArgumentException e) {
                    return invalid(PackProblem.error(sigFile, i + 1, 1, "the key is not an Ed25519 public key"));
                }
            }
            return invalid(PackProblem.error(sigFile, i + 1, 1, "not a line of a pack signature (or a file listed twice)"));
        }
        if (!FORMAT.equals(format) || key == null) {
            return invalid(PackProblem.error(sigFile, 0, 0, "no 'format: " + FORMAT + "' or no 'key:' line: not a "
                    + "signature of party-audit pack sign"));
        }
        String fingerprint = fingerprint(key);
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(text.substring(at + 12).strip());
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        if (!fingerprint.equals(signer) || !verifies(key, body.getBytes(StandardCharsets.UTF_8), signature)) {
            return invalid(PackProblem.error(sigFile, 0, 0, "the signature does not match the list of files it signs: "
                    + "the signature file was changed after signing"));
        }
        List<PackProblem> problems = new ArrayList<>();
        listed.forEach((path, sha) -> {
            byte[] bytes = files.get(path);
            if (bytes == null || path.equals(FILE)) {
                problems.add(PackProblem.error(where.apply(path), 0, 0, "removed after signing"));
            } else if (!sha.equals(sha256(bytes))) {
                problems.add(PackProblem.error(where.apply(path), 0, 0, "changed after signing (SHA-256 "
                        + sha256(bytes).substring(0, 16) + "…, signed " + sha.substring(0, 16) + "…)"));
            }
        });
        files.keySet().stream().filter(p -> !p.equals(FILE) && !listed.containsKey(p)).forEach(p ->
                problems.add(PackProblem.error(where.apply(p), 0, 0, "added after signing: the signature does not cover it")));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(PackProblem::file));
            return new Check(Status.INVALID, Optional.empty(), problems);
        }
        return new Check(Status.SIGNED, Optional.of(fingerprint), List.of());
    }

    private static Check invalid(PackProblem problem) {
        return new Check(Status.INVALID, Optional.empty(), List.of(problem));
    }

    private static boolean verifies(PublicKey key, byte[] body, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(body);
            return s.verify(signature);
        } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of Java 17", e);
        }
    }

    /** The fingerprint of a key (指纹): SHA-256 of its X.509 encoding, 64 hex digits. */
    public static String fingerprint(PublicKey key) {
        return sha256(key.getEncoded());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 public key from its X.509 encoding. */
    public static PublicKey publicKey(byte[] x509) {
        try {
            PublicKey k = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
            return k;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** PEM text: {@code -----BEGIN label-----}, the bytes in base64 lines of 64, {@code -----END label-----}. */
    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** The bytes of the PEM block {@code label} in {@code text}. */
    static byte[] pemBlock(String text, String label) {
        Matcher m = Pattern.compile("-----BEGIN " + label + "-----([A-Za-z0-9+/=\\s]+)-----END " + label + "-----")
                .matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + label + " block in PEM form");
        }
        return Base64.getMimeDecoder().decode(m.group(1));
    }

    /** The Ed25519 public key of a {@code .pub} file (or the public half of a {@code .key} file). */
    public static PublicKey readPublicKey(String pem) {
        return publicKey(pemBlock(pem, "PUBLIC KEY"));
    }

    /** The Ed25519 private key of a {@code .key} file. */
    public static PrivateKey readPrivateKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pemBlock(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }
}
