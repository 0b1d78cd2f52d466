package org.dangjian.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.PeriodKind;
import org.dangjian.rules.Expected;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Subject;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.Unit;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;

/**
 * The findings a group's session raised ({@link Raised}) and the subjects it could not judge
 * ({@link Unjudged}) as bytes, both ways and without loss, for a group audited on another machine
 * to hand them to the top's session and the report. A measure is what {@code Findings} keeps of
 * one: a whole number, a decimal, a text or a yes/no.
 */
public final class RaisedCodec {

    private RaisedCodec() {
    }

    /** {@code r} as bytes. */
    public static byte[] encode(Raised r) {
        return write(out -> {
            out.writeUTF(r.ruleId());
            out.writeUTF(r.severity().name());
            out.writeUTF(r.subjectId());
            subject(out, r.subject());
            out.writeBoolean(r.period().isPresent());
            if (r.period().isPresent()) {
                AuditPeriod p = r.period().get();
                out.writeUTF(p.kind().name());
                out.writeInt(p.year());
                out.writeInt(p.index());
            }
            measure(out, r.measured());
            out.writeBoolean(r.expected().isPresent());
            if (r.expected().isPresent()) {
                Expected e = r.expected().get();
                out.writeUTF(e.relation().name());
                out.writeDouble(e.value());
                out.writeDouble(e.upper());
                unit(out, e.unit());
                out.writeUTF(e.word());
            }
            out.writeInt(r.evidence().size());
            for (Map.Entry<String, List<String>> e : r.evidence().entrySet()) {
                out.writeUTF(e.getKey());
                strings(out, e.getValue());
            }
            out.writeUTF(r.title());
            out.writeUTF(r.titleEn());
            out.writeUTF(r.clause());
            out.writeBoolean(r.progress());
            unit(out, r.unit());
        });
    }

    /** The finding {@link #encode} wrote. */
    public static Raised decodeRaised(byte[] bytes) {
        return read(bytes, in -> {
            String ruleId = in.readUTF();
            Severity severity = Severity.valueOf(in.readUTF());
            String subjectId = in.readUTF();
            Subject subject = subject(in);
            Optional<AuditPeriod> period = in.readBoolean()
                    ? Optional.of(new AuditPeriod(PeriodKind.valueOf(in.readUTF()), in.readInt(), in.readInt()))
                    : Optional.empty();
            Optional<Object> measured = measure(in);
            Optional<Expected> expected = in.readBoolean()
                    ? Optional.of(new Expected(Expected.Relation.valueOf(in.readUTF()), in.readDouble(), in.readDouble(),
                            unit(in), in.readUTF()))
                    : Optional.empty();
            SortedMap<String, List<String>> evidence = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                evidence.put(in.readUTF(), strings(in));
            }
            return new Raised(ruleId, severity, subjectId, subject, period, measured, expected, evidence,
                    in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean(), unit(in));
        });
    }

    /** {@code u} as bytes. */
    public static byte[] encode(Unjudged u) {
        return write(out -> {
            out.writeUTF(u.ruleId());
            subject(out, u.subject());
            strings(out, u.fields());
        });
    }

    /** The subject not judged {@link #encode(Unjudged)} wrote. */
    public static Unjudged decodeUnjudged(byte[] bytes) {
        return read(bytes, in -> new Unjudged(in.readUTF(), subject(in), strings(in)));
    }

    private static void subject(DataOutputStream out, Subject s) throws IOException {
        out.writeUTF(s.type().name());
        out.writeUTF(s.id());
        out.writeUTF(s.name());
        out.writeUTF(s.organizationId());
    }

    private static Subject subject(DataInputStream in) throws IOException {
        return new Subject(SubjectType.valueOf(in.readUTF()), in.readUTF(), in.readUTF(), in.readUTF());
    }

    private static void unit(DataOutputStream out, Unit u) throws IOException {
        out.writeUTF(u.zh());
        out.writeUTF(u.en());
        out.writeUTF(u.enPlural());
        out.writeBoolean(u.share());
    }

    private static Unit unit(DataInputStream in) throws IOException {
        return new Unit(in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean());
    }

    private static void measure(DataOutputStream out, Optional<Object> m) throws IOException {
        Object v = m.orElse(null);
        if (v == null) {
            out.writeByte('-');
        } else if (v instanceof Long l) {
            out.writeByte('L');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte('B');
            out.writeBoolean(b);
        } else if (v instanceof String s) {
            out.writeByte('S');
            out.writeUTF(s);
        } else {
            throw new IllegalArgumentException("a measure of type " + v.getClass().getName() + " cannot be passed on");
        }
    }

    private static Optional<Object> measure(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case '-' -> Optional.empty();
            case 'L' -> Optional.of(in.readLong());
            case 'D' -> Optional.of(in.readDouble());
            case 'B' -> Optional.of(in.readBoolean());
            case 'S' -> Optional.of(in.readUTF());
            default -> throw new IllegalArgumentException("not a measure written by RaisedCodec");
        };
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return List.copyOf(out);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("memory cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return r.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a finding written by RaisedCodec: " + e.getMessage(), e);
        }
    }
}
