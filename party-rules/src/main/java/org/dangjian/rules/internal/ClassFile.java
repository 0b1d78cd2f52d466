package org.dangjian.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a compiled class refers to, read from its bytes (JVMS chapter 4) without loading it: its
 * name, superclass and interfaces, every class, field and method its constant pool names (the only
 * way bytecode can reach anything outside itself), and per method the references its code uses.
 * Enough for {@link PackVerifier}; no bytecode library is needed for this.
 */
final class ClassFile {

    /** A field or method referred to: its owner class (internal name), name and descriptor. */
    record Ref(String owner, String name, String descriptor, boolean method) {
        String show() {
            return owner.replace('/', '.') + (method ? "." + name + "()" : "." + name);
        }
    }

    /** A method declared in the class, with the references and string constants its code uses, in order. */
    static final class Method {
        private final String name;
        private final String descriptor;
        private final byte[] code;
        private final int index;
        private final List<Use> uses = new ArrayList<>();

        Method(String name, String descriptor, byte[] code, int index) {
            this.name = name;
            this.descriptor = descriptor;
            this.code = code;
            this.index = index;
        }

        String name() { return name; }

        /** The method whose code creates lambda {@code lambda} of this class, directly. */
        boolean creates(String lambda) {
            return uses.stream().anyMatch(u -> u.opcode() == 0xba && u.constant() instanceof Ref r && r.name().equals(lambda));
        }
        String descriptor() { return descriptor; }
        byte[] code() { return code; }
        /** The constants its instructions use, in order; an invokedynamic's are the methods its bootstrap arguments name. */
        List<Use> uses() { return uses; }
    }

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELDREF = 9;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    final String name;
    final String superName;
    final List<String> interfaces = new ArrayList<>();
    /** Every class named by a CONSTANT_Class entry (array classes as their element class). */
    final List<String> classes = new ArrayList<>();
    final List<Ref> refs = new ArrayList<>();
    final List<Method> methods = new ArrayList<>();
    final List<String> fields = new ArrayList<>();
    /** Whether the pool holds a dynamically computed constant (javac never emits one for DRL code). */
    final boolean dynamicConstants;

    private final int[] tags;
    private final Object[] values;
    private final int[][] links;

    private ClassFile(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        tags = new int[count];
        values = new Object[count];
        links = new int[count][];
        boolean dynamic = false;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> values[i] = in.readUTF();
                case INTEGER, FLOAT -> in.readInt();
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++;
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> links[i] = new int[] {in.readUnsignedShort()};
                case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, INVOKE_DYNAMIC ->
                        links[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case DYNAMIC -> {
                    links[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    dynamic = true;
                }
                case METHOD_HANDLE -> links[i] = new int[] {in.readUnsignedByte(), in.readUnsignedShort()};
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        dynamicConstants = dynamic;
        for (int i = 1; i < count; i++) {
            if (tags[i] == CLASS) {
                classes.add(elementClass(utf(links[i][0])));
            } else if (tags[i] == FIELDREF || tags[i] == METHODREF || tags[i] == INTERFACE_METHODREF) {
                refs.add(ref(i));
            }
        }
        in.readUnsignedShort();
        name = className(in.readUnsignedShort());
        int superIndex = in.readUnsignedShort();
        superName = superIndex == 0 ? null : className(superIndex);
        int n = in.readUnsignedShort();
        for (int k = 0; k < n; k++) {
            interfaces.add(className(in.readUnsignedShort()));
        }
        int fieldCount = in.readUnsignedShort();
        for (int k = 0; k < fieldCount; k++) {
            in.readUnsignedShort();
            fields.add(utf(in.readUnsignedShort()));
            in.readUnsignedShort();
            skipAttributes(in);
        }
        int methodCount = in.readUnsignedShort();
        for (int k = 0; k < methodCount; k++) {
            in.readUnsignedShort();
            String mName = utf(in.readUnsignedShort());
            String mDesc = utf(in.readUnsignedShort());
            byte[] code = null;
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attr = utf(in.readUnsignedShort());
                byte[] body = in.readNBytes(in.readInt());
                if (attr.equals("Code")) {
                    code = codeOf(body);
                }
            }
            methods.add(new Method(mName, mDesc, code, codes.size()));
            codes.add(code);
        }
        int classAttributes = in.readUnsignedShort();
        for (int a = 0; a < classAttributes; a++) {
            String attr = utf(in.readUnsignedShort());
            byte[] body = in.readNBytes(in.readInt());
            if (attr.equals("BootstrapMethods")) {
                bootstrapArguments(body);
            }
        }
        for (Method m : methods) {
            byte[] code = codes.get(m.index);
            m.uses.addAll(code == null ? List.of() : uses(code));
        }
    }

    private final List<byte[]> codes = new ArrayList<>();
    /** Per bootstrap method, the methods its arguments name (a lambda's body, a method reference's target). */
    private final List<List<Ref>> bootstrap = new ArrayList<>();

    private void bootstrapArguments(byte[] body) {
        int n = u2(body, 0);
        int p = 2;
        for (int k = 0; k < n; k++) {
            List<Ref> named = new ArrayList<>();
            named.add(ref(links[u2(body, p)][1]));
            p += 2;
            int args = u2(body, p);
            p += 2;
            for (int a = 0; a < args; a++) {
                int index = u2(body, p);
                p += 2;
                if (tags[index] == METHOD_HANDLE) {
                    named.add(ref(links[index][1]));
                }
            }
            bootstrap.add(named);
        }
    }

    /** The method, not itself a lambda, whose code (or whose lambdas' code) holds {@code method}. */
    String enclosing(String method) {
        String m = method;
        for (int guard = 0; m.startsWith("lambda$") && guard < 100; guard++) {
            String current = m;
            m = methods.stream().filter(x -> x.creates(current)).map(Method::name).findFirst().orElse(current);
            if (m.equals(current)) {
                break;
            }
        }
        return m;
    }

    /** Reads {@code bytes}; an {@link IOException} when they are not a well-formed class file. */
    static ClassFile read(byte[] bytes) throws IOException {
        try {
            return new ClassFile(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (RuntimeException e) {
            throw new IOException("malformed class file: " + e, e);
        }
    }

    /** The member reference at constant pool {@code index} (a Fieldref, Methodref or InterfaceMethodref). */
    Ref ref(int index) {
        String owner = className(links[index][0]);
        int[] nat = links[links[index][1]];
        return new Ref(owner, utf(nat[0]), utf(nat[1]), tags[index] != FIELDREF);
    }

    /** The constant at {@code index}: a Ref, a class name ({@code Class:...}), a String, or null. */
    private Object constant(int index) {
        if (index <= 0 || index >= tags.length) {
            return null;
        }
        return switch (tags[index]) {
            case FIELDREF, METHODREF, INTERFACE_METHODREF -> ref(index);
            case STRING -> utf(links[index][0]);
            case CLASS -> new ClassName(elementClass(utf(links[index][0])));
            default -> null;
        };
    }

    /** A class named by an instruction ({@code new}, {@code checkcast}, {@code instanceof}, a class literal). */
    record ClassName(String name) {
    }

    private String className(int index) {
        return utf(links[index][0]);
    }

    private String utf(int index) {
        return (String) values[index];
    }

    /** {@code [[Ljava/lang/String;} → {@code java/lang/String}; primitive arrays → {@code java/lang/Object}. */
    static String elementClass(String name) {
        if (!name.startsWith("[")) {
            return name;
        }
        String e = name.replaceFirst("^\\[+", "");
        return e.startsWith("L") && e.endsWith(";") ? e.substring(1, e.length() - 1) : "java/lang/Object";
    }

    /** The class names a descriptor mentions: {@code (Ljava/lang/String;I)Ljava/util/List;} → String, List. */
    static List<String> descriptorClasses(String descriptor) {
        List<String> out = new ArrayList<>();
        int i = descriptor.indexOf('L');
        while (i >= 0) {
            int end = descriptor.indexOf(';', i);
            out.add(descriptor.substring(i + 1, end));
            i = descriptor.indexOf('L', end);
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int a = 0; a < n; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }

    private static byte[] codeOf(byte[] attribute) {
        int length = ((attribute[4] & 0xff) << 24) | ((attribute[5] & 0xff) << 16) | ((attribute[6] & 0xff) << 8)
                | (attribute[7] & 0xff);
        byte[] code = new byte[length];
        System.arraycopy(attribute, 8, code, 0, length);
        return code;
    }

    /** The constants a method's instructions use, in order (instruction boundaries from {@link #next}). */
    private List<Use> uses(byte[] code) {
        List<Use> out = new ArrayList<>();
        int pc = 0;
        while (pc < code.length) {
            int op = code[pc] & 0xff;
            int index = switch (op) {
                case 0x12 -> code[pc + 1] & 0xff; // ldc
                case 0x13, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbd, 0xc0, 0xc1, 0xc5 -> u2(code, pc + 1);
                default -> -1;
            };
            if (op == 0xba) {
                int bsm = links[u2(code, pc + 1)][0];
                for (Ref r : bsm < bootstrap.size() ? bootstrap.get(bsm) : List.<Ref>of()) {
                    out.add(new Use(pc, op, r));
                }
            } else if (index > 0) {
                Object c = constant(index);
                if (c != null) {
                    out.add(new Use(pc, op, c));
                }
            }
            pc = next(code, pc);
        }
        return out;
    }

    /** One instruction that uses a constant: where, which opcode, and the constant. */
    record Use(int pc, int opcode, Object constant) {
    }

    static int u2(byte[] code, int at) {
        return ((code[at] & 0xff) << 8) | (code[at + 1] & 0xff);
    }

    /** The offset of the instruction after the one at {@code pc}. */
    static int next(byte[] code, int pc) {
        int op = code[pc] & 0xff;
        switch (op) {
            case 0xaa -> { // tableswitch
                int p = (pc + 4) & ~3;
                int low = i4(code, p + 4);
                int high = i4(code, p + 8);
                return p + 12 + 4 * (high - low + 1);
            }
            case 0xab -> { // lookupswitch
                int p = (pc + 4) & ~3;
                return p + 8 + 8 * i4(code, p + 4);
            }
            case 0xc4 -> { // wide
                return pc + ((code[pc + 1] & 0xff) == 0x84 ? 6 : 4);
            }
            default -> {
                return pc + LENGTHS[op];
            }
        }
    }

    private static int i4(byte[] code, int at) {
        return ((code[at] & 0xff) << 24) | ((code[at + 1] & 0xff) << 16) | ((code[at + 2] & 0xff) << 8) | (code[at + 3] & 0xff);
    }

    /** Instruction lengths by opcode (JVMS 6.5); 0 for the variable-length ones handled above. */
    private static final int[] LENGTHS = new int[256];

    static {
        java.util.Arrays.fill(LENGTHS, 1);
        for (int op : new int[] {0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc}) {
            LENGTHS[op] = 2;
        }
        for (int op : new int[] {0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1,
                0xc6, 0xc7}) {
            LENGTHS[op] = 3;
        }
        for (int op = 0x99; op <= 0xa8; op++) {
            LENGTHS[op] = 3;
        }
        LENGTHS[0xc5] = 4;
        for (int op : new int[] {0xb9, 0xba, 0xc8, 0xc9}) {
            LENGTHS[op] = 5;
        }
    }
}
