package org.dangjian.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.TrustedKeys;
import org.dangjian.rules.internal.PackFiles;
import org.dangjian.rules.internal.PackSignatures;

/**
 * Signing rule packs (规则包签名), as {@code party-audit pack keygen|sign|verify} does it: an
 * Ed25519 key pair, a signature file {@code pack.signature} put inside the pack (a directory or a
 * jar) that lists every file's SHA-256, and the check of it. The private key is written readable
 * by its owner only, and never goes into a pack.
 *
 * <pre>{@code
 * PackSigning.KeyFiles keys = PackSigning.generate(Path.of("keys"), "district");
 * PackSigning.sign(Path.of("packs/street-a"), keys.privateKey());
 * PackSignature s = PackSigning.verify(Path.of("packs/street-a"), Optional.of(TrustedKeys.read(Path.of("trusted"))));
 * }</pre>
 */
public final class PackSigning {

    private PackSigning() {
    }

    /**
     * The files {@link #generate} wrote: {@code NAME.key} (the private key, with its public key;
     * owner-only), {@code NAME.pub} (the public key, for others' {@code --trusted-keys} directories),
     * and the key's fingerprint (SHA-256 of the public key, hex).
     */
    public record KeyFiles(Path privateKey, Path publicKey, String fingerprint) {
    }

    /**
     * A new Ed25519 key pair written to {@code dir} as {@code NAME.key} and {@code NAME.pub}; an
     * existing file is never overwritten, and a directory inside a pack is refused.
     */
    public static KeyFiles generate(Path dir, String name) throws IOException, PackException {
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new IllegalArgumentException("a key's name is letters, digits, '.', '_' and '-', not '" + name + "'");
        }
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("pack.properties"))) {
                throw new PackException(List.of(PackProblem.error(dir.toString(), 0, 0, "is inside the rule pack " + d
                        + ": a private key never goes into a pack; keep keys in a directory of their own")));
            }
        }
        Files.createDirectories(dir);
        Path key = dir.resolve(name + ".key");
        Path pub = dir.resolve(name + ".pub");
        for (Path p : List.of(key, pub)) {
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(p.toString(), null, "a key is never overwritten");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of Java 17", e);
        }
        String pubPem = PackSignatures.pem("PUBLIC KEY", pair.getPublic().getEncoded());
        createOwnerOnly(key);
        Files.writeString(key, PackSignatures.pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pubPem,
                StandardCharsets.US_ASCII);
        Files.writeString(pub, pubPem, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.CREATE_NEW);
        return new KeyFiles(key, pub, PackSignatures.fingerprint(pair.getPublic()));
    }

    /** Creates {@code file} empty, readable and writable by its owner alone from the first moment. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            java.io.File f = file.toFile();
            if (!(f.setReadable(false, false) && f.setReadable(true, true) && f.setWritable(false, false)
                    && f.setWritable(true, true))) {
                Files.delete(file);
                throw new IOException(file + ": cannot make the file readable by its owner only");
            }
        }
    }

    /**
     * Signs the pack at {@code pack} (a directory or a jar) with the key file {@code keyFile}
     * ({@link #generate}'s {@code NAME.key}): writes {@code pack.signature} into it, replacing an
     * older one, and returns the signature as the pack now loads. A key file inside the pack, or a
     * file of the pack holding a private key, is refused.
     */
    public static PackSignature sign(Path pack, Path keyFile) throws IOException, PackException {
        PrivateKey key;
        PublicKey pub;
        try {
            String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
            key = PackSignatures.readPrivateKey(pem);
            pub = PackSignatures.readPublicKey(pem);
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new PackException(List.of(PackProblem.error(keyFile.toString(), 0, 0,
                    "not a private key of party-audit pack keygen (a PEM text with a PRIVATE KEY and a PUBLIC KEY "
                            + "block, NAME.key)")));
        }
        boolean directory = Files.isDirectory(pack);
        if (directory && keyFile.toRealPath().startsWith(pack.toRealPath())) {
            throw new PackException(List.of(PackProblem.error(keyFile.toString(), 0, 0,
                    "the private key is inside the pack it signs: a private key never goes into a pack")));
        }
        Map<String, byte[]> files = PackFiles.bytes(pack);
        RulePack.of(PackFiles.text(files)); // a pack, with its descriptor, before it is signed
        byte[] signature = PackSignatures.sign(files, key, pub);
        if (directory) {
            replace(pack.resolve(PackSignatures.FILE), out -> out.write(signature));
        } else {
            replace(pack, out -> copyWith(pack, signature, out));
        }
        return RulePack.load(pack).signatures().get(0);
    }

    /**
     * The signature of the pack at {@code pack}, if it holds: every file as signed and, with
     * {@code trusted}, signed by one of those keys. Otherwise a {@link PackException} naming each
     * file changed, added or removed, or the signature file (missing, or signed by another key).
     */
    public static PackSignature verify(Path pack, Optional<TrustedKeys> trusted) throws IOException, PackException {
        RulePack loaded = RulePack.load(pack);
        PackSignature s = loaded.signatures().get(0);
        if (trusted.isPresent()) {
            loaded.requireSigned(trusted.get());
        } else if (s.status() != PackSignature.Status.SIGNED) {
            loaded.requireSigned(TrustedKeys.of(List.of())); // the same words for a pack unsigned or changed
        }
        return s;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes {@code target} whole or not at all: a file beside it, then moved over it. */
    private static void replace(Path target, Writing writing) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".signing-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The jar's entries as they are (an old signature left out), then the new signature. */
    private static void copyWith(Path jar, byte[] signature, OutputStream target) throws IOException {
        try (InputStream raw = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(raw);
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                while (name.startsWith("/")) {
                    name = name.substring(1);
                }
                if (name.equals(PackSignatures.FILE)) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(PackSignatures.FILE));
            out.write(signature);
            out.closeEntry();
        }
    }
}
