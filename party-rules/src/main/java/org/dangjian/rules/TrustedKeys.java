package org.dangjian.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dangjian.rules.internal.PackSignatures;

/**
 * The public keys whose signatures an organization department accepts on a rule pack (受信任的签名密钥),
 * by fingerprint (SHA-256 of the key, hex). Read from a directory of {@code *.pub} files as
 * {@code party-audit pack keygen} writes them, or made from keys in hand.
 *
 * <pre>{@code
 * TrustedKeys keys = TrustedKeys.read(Path.of("trusted-keys"));
 * RulePack local = RulePack.load(Path.of("packs/street-a")).requireSigned(keys);
 * }</pre>
 */
public final class TrustedKeys {

    private final SortedMap<String, String> sources;
    private final String where;

    private TrustedKeys(Map<String, String> sources, String where) {
        this.sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        this.where = where;
    }

    /** The keys of every {@code *.pub} file in {@code dir}; a file that is not an Ed25519 public key is refused, named. */
    public static TrustedKeys read(Path dir) throws IOException, PackException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no directory of trusted keys there");
        }
        Map<String, String> found = new TreeMap<>();
        List<PackProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".pub")).sorted().toList();
        }
        for (Path f : files) {
            try {
                found.put(PackSignatures.fingerprint(PackSignatures.readPublicKey(Files.readString(f))), f.toString());
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                problems.add(PackProblem.error(f.toString(), 0, 0, "not an Ed25519 public key of party-audit pack keygen "
                        + "(a PEM text with a PUBLIC KEY block, NAME.pub)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return new TrustedKeys(found, dir.toString());
    }

    /** These keys (Ed25519 public keys). */
    public static TrustedKeys of(Collection<PublicKey> keys) {
        Map<String, String> found = new TreeMap<>();
        for (PublicKey k : keys) {
            found.put(PackSignatures.fingerprint(k), "(given)");
        }
        return new TrustedKeys(found, "the keys given");
    }

    /** The fingerprints of the keys, sorted. */
    public List<String> fingerprints() {
        return List.copyOf(sources.keySet());
    }

    /** Whether the key with this fingerprint is trusted. */
    public boolean trusts(String fingerprint) {
        return sources.containsKey(fingerprint);
    }

    /** Where the keys came from (the directory), for messages. */
    public String where() {
        return where;
    }

    @Override
    public String toString() {
        return sources.size() + " trusted key(s) from " + where;
    }
}
