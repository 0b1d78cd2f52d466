package org.dangjian.rules.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads the classes compiled from one pack, after {@link PackVerifier} passed them, and resolves
 * for them no other names than those their checked bytecode mentions: a second wall behind the
 * check, so a class the check did not see cannot be reached by name from a pack's code.
 */
final class PackClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final Set<String> resolvable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code classes}: internal name to bytes, all checked. */
    PackClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("dangjian-pack", parent);
        this.classes = Map.copyOf(classes);
        // The bytecode verifier itself loads these (exception handlers, class literals); no member comes with them.
        resolvable.addAll(Set.of("java.lang.Object", "java.lang.Throwable", "java.lang.Class", "java.lang.String",
                "java.lang.Enum"));
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            resolvable.add(e.getKey().replace('/', '.'));
            try {
                ClassFile c = ClassFile.read(e.getValue());
                c.classes.forEach(n -> resolvable.add(n.replace('/', '.')));
                c.refs.forEach(r -> {
                    resolvable.add(r.owner().replace('/', '.'));
                    ClassFile.descriptorClasses(r.descriptor()).forEach(n -> resolvable.add(n.replace('/', '.')));
                });
                c.methods.forEach(m -> ClassFile.descriptorClasses(m.descriptor())
                        .forEach(n -> resolvable.add(n.replace('/', '.'))));
                if (c.superName != null) {
                    resolvable.add(c.superName.replace('/', '.'));
                }
                c.interfaces.forEach(i -> resolvable.add(i.replace('/', '.')));
            } catch (IOException ex) {
                throw new IllegalStateException("a checked class cannot be read again: " + e.getKey(), ex);
            }
        }
    }

    /** The verifier checks assignments against supertypes: those of a resolvable class are resolvable too. */
    private void supertypes(Class<?> c) {
        for (Class<?> s = c.getSuperclass(); s != null && resolvable.add(s.getName()); s = s.getSuperclass()) {
            for (Class<?> i : s.getInterfaces()) {
                supertypes(i);
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            if (resolvable.add(i.getName())) {
                supertypes(i);
            }
        }
    }

    /** Drools reads a lambda's class bytes to fingerprint it (for node sharing): served from the checked bytes. */
    @Override
    public java.io.InputStream getResourceAsStream(String name) {
        byte[] bytes = name.endsWith(".class") ? classes.get(name.substring(0, name.length() - ".class".length())) : null;
        return bytes != null ? new java.io.ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = classes.get(name.replace('.', '/'));
                if (bytes != null) {
                    c = defineClass(name, bytes, 0, bytes.length);
                    for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
                        supertypes(s);
                    }
                } else if (resolvable.contains(name)) {
                    c = getParent().loadClass(name);
                    supertypes(c);
                } else {
                    throw new ClassNotFoundException(name + " is not available to a rule pack");
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
