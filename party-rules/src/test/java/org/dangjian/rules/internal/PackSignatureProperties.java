package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.PackSignature.Status;

/**
 * What always holds of a pack's signature (签名的性质): a pack as signed checks out with its
 * signer; any one byte changed, any one file added or removed, is found, and only that file is named.
 */
class PackSignatureProperties {

    private static final KeyPair KEYS = keys();

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<Map<String, byte[]>> packs() {
        Arbitrary<String> paths = Arbitraries.of("pack.properties", "rules/a.drl", "rules/b.drl", "params.properties",
                "cadences.csv", "tests/t.json", "tests/data/d.json", "META-INF/MANIFEST.MF");
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200);
        return Arbitraries.maps(paths, bytes).ofMinSize(1).ofMaxSize(8).map(TreeMap::new);
    }

    private static Map<String, byte[]> signed(Map<String, byte[]> files) throws Exception {
        Map<String, byte[]> out = new TreeMap<>(files);
        out.put(PackSignatures.FILE, PackSignatures.sign(files, KEYS.getPrivate(), KEYS.getPublic()));
        return out;
    }

    private static List<String> named(Map<String, byte[]> files) {
        return PackSignatures.check(files, p -> p).problems().stream().map(PackProblem::file).toList();
    }

    @Property(tries = 50)
    void aPackAsSignedChecksOutWithItsSigner(@ForAll("packs") Map<String, byte[]> files) throws Exception {
        PackSignatures.Check c = PackSignatures.check(signed(files), p -> p);
        assertEquals(Status.SIGNED, c.status());
        assertEquals(Optional.of(PackSignatures.fingerprint(KEYS.getPublic())), c.signer());
    }

    @Property(tries = 50)
    void oneByteChangedNamesThatFileAlone(@ForAll("packs") Map<String, byte[]> files, @ForAll int which,
                                           @ForAll int at, @ForAll byte delta) throws Exception {
        Map<String, byte[]> pack = signed(files);
        String path = List.copyOf(files.keySet()).get(Math.floorMod(which, files.size()));
        byte[] b = pack.get(path).clone();
        b[Math.floorMod(at, b.length)] += (byte) (delta == 0 ? 1 : delta);
        pack.put(path, b);
        assertEquals(Status.INVALID, PackSignatures.check(pack, p -> p).status());
        assertEquals(List.of(path), named(pack));
    }

    @Property(tries = 50)
    void aFileAddedOrRemovedIsNamed(@ForAll("packs") Map<String, byte[]> files, @ForAll int which) throws Exception {
        Map<String, byte[]> pack = signed(files);
        pack.put("rules/added.drl", new byte[] {1});
        assertEquals(List.of("rules/added.drl"), named(pack));
        pack.remove("rules/added.drl");
        String path = List.copyOf(files.keySet()).get(Math.floorMod(which, files.size()));
        pack.remove(path);
        assertEquals(List.of(path), named(pack));
    }
}
