package org.dangjian.rules.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pack boundary (规则包边界), decided on what will run: every class the executable model compiled
 * from a pack is read as bytes (never loaded) and each class, field and method its code can reach is
 * checked against {@link PackAllowList}. Bytecode names everything it calls in its constant pool, so
 * however the DRL text was written (text blocks, Unicode escapes, a library's package, MVEL
 * dialect, a decision table cell, a metadata value, a declared type's default), what it compiles to
 * is judged here. In addition:
 *
 * <ul>
 *   <li>the rule context may insert, update or delete only facts of types the pack declares, and only
 *       a fact named directly: a rule's own fact of such a type, or {@code new T(...)} of one;
 *   <li>a pack's declared types extend nothing but {@code Object} (or each other);
 *   <li>a pack adds type metadata ({@code declare} of an existing class) to none of the engine's types.
 * </ul>
 *
 * <p>Each refusal names the generated class and method it was found in; {@link PackBuild} turns that
 * into the rule, function or declared type of the DRL.
 */
final class PackVerifier {

    /** One thing refused: where in the generated classes, and what. */
    record Refusal(String className, String method, String what, String member) {
    }

    private PackVerifier() {
    }

    /** Every refusal in the classes compiled from a pack ({@code name -> bytes}, internal names). */
    static List<Refusal> verify(Map<String, byte[]> classes) {
        return verify(classes, Set.of());
    }

    /**
     * As {@link #verify(Map)}; {@code functions} are the names of the DRL functions, which the
     * executable model puts in the package's model class beside its own scaffolding methods.
     */
    static List<Refusal> verify(Map<String, byte[]> classes, Set<String> functions) {
        List<Refusal> out = new ArrayList<>();
        Map<String, ClassFile> read = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            try {
                read.put(e.getKey(), ClassFile.read(e.getValue()));
            } catch (IOException ex) {
                out.add(new Refusal(e.getKey(), "", "cannot be read: " + ex.getMessage(), ""));
            }
        }
        Set<String> own = read.keySet();
        for (ClassFile c : read.values()) {
            check(c, read, own, functions, out);
        }
        return out;
    }

    private static final java.util.regex.Pattern MODEL_CLASS = java.util.regex.Pattern.compile(".*/Rules[0-9A-F]{32}$");

    private static void check(ClassFile c, Map<String, ClassFile> all, Set<String> own, Set<String> functions,
                              List<Refusal> out) {
        boolean model = MODEL_CLASS.matcher(c.name).matches();
        if (c.dynamicConstants) {
            out.add(new Refusal(c.name, "", "uses a dynamically computed constant", ""));
        }
        if (c.superName != null && !own.contains(c.superName) && !c.superName.equals("java/lang/Object")
                && !c.superName.equals("java/lang/Enum")) {
            out.add(new Refusal(c.name, "", "extends " + show(c.superName) + "; a declared type extends nothing "
                    + "but another type of the pack", simple(c.superName)));
        }
        for (String i : c.interfaces) {
            if (!own.contains(i) && !PackAllowList.classAllowed(i)) {
                out.add(new Refusal(c.name, "", "implements " + show(i), simple(i)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (ClassFile.Method m : c.methods) {
            boolean scaffolding = model && !functions.contains(c.enclosing(m.name()));
            for (ClassFile.Use u : m.uses()) {
                // putstatic/putfield: a pack writes the fields of its own types only.
                if ((u.opcode() == 0xb3 || u.opcode() == 0xb5) && u.constant() instanceof ClassFile.Ref f
                        && !own.contains(f.owner()) && seen.add(m.name() + "|put|" + f)) {
                    out.add(new Refusal(c.name, m.name(), f.show() + " is not the pack's to change", f.name()));
                    continue;
                }
                String why = scaffolding && u.constant() instanceof ClassFile.Ref r
                        && PackAllowList.SCAFFOLDING_ONLY.contains(r.owner() + "." + r.name()) ? null : why(u.constant(), all, own);
                String key = m.name() + "|" + u.constant();
                if (why != null && seen.add(key)) {
                    out.add(new Refusal(c.name, m.name(), why, memberName(u.constant())));
                }
            }
            contextChanges(c, m, own, out);
            typeMetadata(m, own, c, out);
        }
        // Whatever else the constant pool names, though no instruction seems to use it.
        for (ClassFile.Ref r : c.refs) {
            String why = model && PackAllowList.SCAFFOLDING_ONLY.contains(r.owner() + "." + r.name()) ? null : why(r, all, own);
            if (why != null && seen.stream().noneMatch(k -> k.endsWith("|" + r))) {
                out.add(new Refusal(c.name, "", why, memberName(r)));
            }
        }
    }

    /** Why the constant an instruction uses is refused, or null. */
    private static String why(Object constant, Map<String, ClassFile> all, Set<String> own) {
        if (constant instanceof ClassFile.ClassName cn) {
            String n = cn.name();
            return own.contains(n) || PackAllowList.classAllowed(n) ? null : show(n) + " is not allowed in a rule pack";
        }
        if (!(constant instanceof ClassFile.Ref r)) {
            return null;
        }
        if (own.contains(r.owner())) {
            return declared(r, all) || objectMember(r.name()) ? null
                    : r.show() + " is not allowed in a rule pack: it is not declared by the pack's own type";
        }
        if (PackAllowList.CONTEXT.contains(r.owner())) {
            return PackAllowList.CONTEXT_CHANGES.contains(r.name()) ? null
                    : "the rule context's " + r.name() + " is not allowed in a rule pack: it reaches the engine itself";
        }
        String refusal = PackAllowList.refusal(r.owner(), r.name());
        return refusal == null ? null : r.show() + " is not allowed in a rule pack: " + refusal;
    }

    private static boolean objectMember(String name) {
        return PackAllowList.refusal("java/lang/Object", name) == null || name.equals("values") || name.equals("valueOf")
                || name.equals("name") || name.equals("ordinal") || name.equals("compareTo");
    }

    /** Whether {@code r} is declared by its owner or a superclass compiled from the pack. */
    private static boolean declared(ClassFile.Ref r, Map<String, ClassFile> all) {
        ClassFile c = all.get(r.owner());
        while (c != null) {
            if (r.method() ? c.methods.stream().anyMatch(m -> m.name().equals(r.name()) && m.descriptor().equals(r.descriptor()))
                    : c.fields.contains(r.name())) {
                return true;
            }
            c = c.superName == null ? null : all.get(c.superName);
        }
        return false;
    }

    /**
     * Insert, update and delete through the rule context take a fact the pack declares, named directly:
     * the instruction that pushes it is a load of a parameter of such a type (a rule's own fact) or
     * the construction of one ({@code new T(...)}); anything else could be an engine fact.
     */
    private static void contextChanges(ClassFile c, ClassFile.Method m, Set<String> own, List<Refusal> out) {
        byte[] code = m.code();
        if (code == null) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        for (int pc = 0; pc < code.length; pc = ClassFile.next(code, pc)) {
            starts.add(pc);
        }
        List<String> params = parameterSlots(m);
        for (ClassFile.Use u : m.uses()) {
            if (!(u.constant() instanceof ClassFile.Ref r) || !PackAllowList.CONTEXT.contains(r.owner())
                    || !PackAllowList.CONTEXT_CHANGES.contains(r.name())) {
                continue;
            }
            int at = starts.indexOf(u.pc());
            // update(fact, mask) pushes the mask last; the fact is one instruction further back.
            int back = r.descriptor().startsWith("(Ljava/lang/Object;L") ? 2 : 1;
            String type = at - back >= 0 ? pushedType(c, m, code, starts.get(at - back), params) : null;
            if (type == null || !own.contains(type)) {
                out.add(new Refusal(c.name, m.name(), r.name() + " may only take a fact of a type the pack declares, "
                        + "named directly (its own fact, or new T(...)); "
                        + (type == null ? "this one cannot be told apart from the engine's facts" : show(type) + " is the engine's"),
                        r.name()));
            }
        }
    }

    /** The class of the reference an instruction pushes, when it is plain: a parameter load or a constructor. */
    private static String pushedType(ClassFile c, ClassFile.Method m, byte[] code, int pc, List<String> params) {
        int op = code[pc] & 0xff;
        int slot = op >= 0x2a && op <= 0x2d ? op - 0x2a : op == 0x19 ? code[pc + 1] & 0xff : -1;
        if (slot >= 0) {
            return slot < params.size() ? params.get(slot) : null;
        }
        if (op == 0xb7) {
            ClassFile.Ref r = c.ref(ClassFile.u2(code, pc + 1));
            return r.name().equals("<init>") ? r.owner() : null;
        }
        return null;
    }

    /** The class in each local variable slot that holds a parameter (null for primitives and the second slot of long/double). */
    private static List<String> parameterSlots(ClassFile.Method m) {
        List<String> slots = new ArrayList<>();
        String d = m.descriptor();
        // Generated lambdas and functions are static; an instance method's slot 0 is 'this' (not a fact).
        if (!m.name().startsWith("lambda$") && !m.name().equals("<clinit>")) {
            slots.add(null);
        }
        int i = 1;
        while (d.charAt(i) != ')') {
            char ch = d.charAt(i);
            if (ch == 'L') {
                int end = d.indexOf(';', i);
                slots.add(d.substring(i + 1, end));
                i = end + 1;
            } else if (ch == '[') {
                while (d.charAt(i) == '[') {
                    i++;
                }
                slots.add(null);
                i = d.charAt(i) == 'L' ? d.indexOf(';', i) + 1 : i + 1;
            } else {
                slots.add(null);
                if (ch == 'J' || ch == 'D') {
                    slots.add(null);
                }
                i++;
            }
        }
        return slots;
    }

    /** {@code declare} of an existing class adds type metadata ({@code @role}, {@code @expires} …) to it: only to the pack's own. */
    private static void typeMetadata(ClassFile.Method m, Set<String> own, ClassFile c, List<Refusal> out) {
        List<ClassFile.Use> uses = m.uses();
        for (int k = 0; k < uses.size(); k++) {
            if (uses.get(k).constant() instanceof ClassFile.Ref r && r.name().equals("typeMetaData")
                    && r.owner().startsWith("org/drools/")) {
                Object before = k > 0 ? uses.get(k - 1).constant() : null;
                if (!(before instanceof ClassFile.ClassName cn) || !own.contains(cn.name())) {
                    String type = before instanceof ClassFile.ClassName cn ? show(cn.name()) : "a type";
                    out.add(new Refusal(c.name, m.name(), "declare " + type + ": a pack may declare only its own types, "
                            + "not add metadata to the engine's", before instanceof ClassFile.ClassName cn2 ? simple(cn2.name()) : "declare"));
                }
            }
        }
    }

    private static String memberName(Object constant) {
        if (constant instanceof ClassFile.Ref r) {
            return r.name().equals("<init>") ? simple(r.owner()) : r.name();
        }
        return constant instanceof ClassFile.ClassName cn ? simple(cn.name()) : "";
    }

    static String show(String internal) {
        return internal.replace('/', '.').replace('$', '.');
    }

    static String simple(String internal) {
        String s = internal.substring(internal.lastIndexOf('/') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }
}
