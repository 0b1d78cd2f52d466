package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.rules.PackProblem;

/**
 * The safety check (安全检查) of a pack's DRL, run on the text before anything is compiled, so that
 * nothing of a refused pack ever runs. A pack may come from someone else: it must not exit the JVM,
 * touch files, sockets or processes, start threads or use reflection. Java 17 has no usable
 * sandbox (the SecurityManager is deprecated for removal), so the text itself is checked:
 *
 * <ul>
 *   <li>imports, {@code import function} and global types come from a short allow-list (the
 *       dataset's records, the derived facts, {@code Expect}, {@code Severity}, {@code java.time},
 *       {@code java.util} without its threads and files, {@code java.math}, {@code java.lang.Math});
 *   <li>a fully qualified name anywhere in the code ({@code java.io.File}) must be on the same list;
 *   <li>names that reach the JVM, the file system, the network, threads or reflection
 *       ({@code System}, {@code Runtime}, {@code Thread}, {@code Class}, {@code getClass},
 *       {@code .class}, {@code forName}, {@code Files} …) are refused wherever they stand: in
 *       conditions, actions, functions, {@code eval}, {@code from}, attributes and metadata;
 *   <li>the rule context {@code drools} may only be passed on (to {@code findings}), not used;
 *   <li>a Unicode escape that spells a plain ASCII character ({@code \u0053ystem}) is refused, since
 *       Java reads it before anything else.
 * </ul>
 *
 * <p>Strings and comments are blanked out first (keeping lines and columns), so a title that
 * mentions "System" is not a problem. Each refusal names the file, line, column and the rule (or
 * function) it is in.
 */
final class PackSafety {

    /** Fully qualified names a pack may use: a prefix ending with '.', or a whole name. */
    private static final List<String> ALLOWED = List.of(
            "org.dangjian.model.", "org.dangjian.rules.facts.",
            "org.dangjian.rules.Expect", "org.dangjian.rules.Severity", "org.dangjian.rules.Subject",
            "org.dangjian.rules.SubjectType", "org.dangjian.rules.Findings", "org.dangjian.rules.Parameters",
            "java.time.", "java.math.", "java.text.", "java.util.",
            "java.lang.Math", "java.lang.StrictMath", "java.lang.String", "java.lang.StringBuilder",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
            "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
            "java.lang.Comparable", "java.lang.CharSequence", "java.lang.Iterable", "java.lang.Object",
            "java.lang.IllegalArgumentException", "java.lang.IllegalStateException",
            "java.lang.ArithmeticException");

    /** Exceptions to {@link #ALLOWED}: parts of allowed packages that read files or start threads. */
    private static final List<String> DENIED = List.of(
            "org.dangjian.model.io.", "java.util.concurrent.", "java.util.prefs.", "java.util.jar.",
            "java.util.zip.", "java.util.logging.", "java.util.spi.", "java.util.ServiceLoader",
            "java.util.ResourceBundle", "java.util.Formatter", "java.util.Timer", "java.time.chrono.HijrahChronology");

    private static final Set<String> SHORT_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun");

    /** Names refused wherever they stand, with the reason given to the author. */
    private static final Map<String, String> NAMES = names();

    /** Names refused after a dot (methods, or properties as MVEL writes them: {@code x.declaringClass}). */
    private static final Map<String, String> MEMBERS = members();

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![A-Za-z0-9_$.])[A-Za-z_][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*)+");
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*import\\s+(?:(function|accumulate|static)\\s+)?([A-Za-z0-9_$.\\s]+?(?:\\.\\s*\\*)?)\\s*(?:;|$|\\s[A-Za-z_])");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^[ \\t]*global\\s+([A-Za-z0-9_$.]+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([A-Za-z0-9_$.\\s]+?)\\s*(?:;|$)");
    private static final Pattern MEMBER = Pattern.compile("\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");
    private static final Pattern FUNCTION = Pattern.compile("(?m)^[ \\t]*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");

    private PackSafety() {
    }

    /** Every refusal in one DRL file; empty when the file is safe to compile. */
    static List<PackProblem> check(String file, String text) {
        List<PackProblem> out = new ArrayList<>();
        String code = blank(text);
        Places places = new Places(file, text, code);
        Matcher esc = UNICODE_ESCAPE.matcher(text);
        while (esc.find()) {
            int c = Integer.parseInt(esc.group(1), 16);
            if (c < 0x80) {
                out.add(places.problem(esc.start(), "the Unicode escape " + esc.group()
                        + " spells a plain character; write the character itself"));
            }
        }
        List<int[]> skip = new ArrayList<>();
        imports(code, places, out, skip);
        Matcher g = GLOBAL.matcher(code);
        while (g.find()) {
            String type = g.group(1);
            if (type.contains(".") && !allowed(type)) {
                out.add(places.problem(g.start(1), "global of type " + type + " is not allowed in a rule pack"));
            }
            skip.add(new int[] {g.start(1), g.end(1)});
        }
        Matcher pk = PACKAGE.matcher(code);
        if (pk.find()) {
            String name = pk.group(1).replaceAll("\\s+", "");
            String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (SHORT_ROOTS.contains(root) || name.startsWith("com.sun.") || name.startsWith("org.kie.")
                    || name.startsWith("org.drools.") || name.startsWith("org.mvel2.")) {
                out.add(places.problem(pk.start(1), "package " + name + " belongs to the platform; name the pack's own package"));
            }
            skip.add(new int[] {pk.start(1), pk.end(1)});
        }
        qualifiedNames(code, places, out, skip);
        identifiers(code, places, out, skip);
        return out;
    }

    private static void imports(String code, Places places, List<PackProblem> out, List<int[]> skip) {
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String kind = m.group(1);
            String name = m.group(2).replaceAll("\\s+", "");
            skip.add(new int[] {m.start(2), m.end(2)});
            boolean ok;
            if ("function".equals(kind)) {
                // A static method of an allowed class: Expect.atLeast, Periods.inForce.
                ok = name.contains(".") && allowed(name.substring(0, name.lastIndexOf('.')));
            } else if (kind != null) {
                ok = false;
            } else {
                ok = allowed(name.endsWith(".*") ? name.substring(0, name.length() - 1) : name);
            }
            if (!ok) {
                out.add(places.problem(m.start(2), "import " + (kind == null ? "" : kind + " ") + name
                        + " is not allowed in a rule pack (allowed: org.dangjian.model.*, org.dangjian.rules.facts.*, "
                        + "org.dangjian.rules.Severity, import function of their static methods, java.time.*, "
                        + "java.math.*, java.util.* without its threads and files, java.lang.Math)"));
            }
        }
    }

    /**
     * A dotted name is taken for a fully qualified class name when it starts with a Java platform
     * root ({@code java.}, {@code javax.} …), or when lower-case parts (a package) run up to a
     * capitalised part (a class): {@code picocli.CommandLine}, {@code org.apache.commons.io.FileUtils}.
     * Field access on a binding ({@code $o.name}, {@code org.name.length()}) has no capitalised part.
     */
    private static void qualifiedNames(String code, Places places, List<PackProblem> out, List<int[]> skip) {
        Matcher m = DOTTED.matcher(code);
        while (m.find()) {
            if (inside(skip, m.start())) {
                continue;
            }
            String[] parts = m.group().replaceAll("\\s+", "").split("\\.");
            String candidate = SHORT_ROOTS.contains(parts[0]) ? String.join(".", parts) : null;
            if (Character.isLowerCase(parts[0].charAt(0))) {
                for (int k = 1; k < parts.length; k++) {
                    if (Character.isUpperCase(parts[k].charAt(0))) {
                        candidate = String.join(".", java.util.Arrays.copyOf(parts, k + 1));
                        break;
                    }
                }
            }
            if (candidate != null && !allowed(candidate)) {
                out.add(places.problem(m.start(), candidate + " is not allowed in a rule pack"));
                skip.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private static void identifiers(String code, Places places, List<PackProblem> out, List<int[]> refused) {
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            if (m.start() > 0 && isPart(code.charAt(m.start() - 1)) || inside(refused, m.start())) {
                continue;
            }
            String word = m.group();
            String why = NAMES.get(word);
            if (why != null) {
                out.add(places.problem(m.start(), word + " is not allowed in a rule pack: " + why));
            }
        }
        Matcher d = MEMBER.matcher(code);
        while (d.find()) {
            String word = d.group(1);
            int before = d.start() - 1;
            while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
                before--;
            }
            if (before >= 0 && Character.isDigit(code.charAt(before))) {
                continue; // a number such as 0.5
            }
            String why = MEMBERS.get(word);
            if (why != null && !NAMES.containsKey(word) && !inside(refused, d.start(1))) {
                out.add(places.problem(d.start(1), "." + word + " is not allowed in a rule pack: " + why));
            }
        }
        Matcher ctx = Pattern.compile("(?<![A-Za-z0-9_$.])(drools|kcontext)\\s*\\.").matcher(code);
        while (ctx.find()) {
            out.add(places.problem(ctx.start(), "the rule context " + ctx.group(1)
                    + " may only be passed to findings, not used: it reaches the engine itself"));
        }
    }

    private static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean allowed(String name) {
        for (String d : DENIED) {
            if (name.equals(d) || name.startsWith(d.endsWith(".") ? d : d + ".") || name.equals(stripDot(d))) {
                return false;
            }
        }
        for (String a : ALLOWED) {
            if (a.endsWith(".") ? name.startsWith(a) : name.equals(a) || name.startsWith(a + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The text with comments, strings and character literals replaced by spaces (line breaks kept),
     * read the way both the DRL parser and Java read them.
     */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                fill(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                fill(out, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                fill(out, i + 1, end - 1);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void fill(StringBuilder s, int from, int to) {
        for (int k = from; k < to && k < s.length(); k++) {
            if (s.charAt(k) != '\n' && s.charAt(k) != '\r') {
                s.setCharAt(k, ' ');
            }
        }
    }

    /** Turns an offset into file:line:column and the rule or function around it. */
    private static final class Places {
        private final String file;
        private final String text;
        private final List<String> names = new ArrayList<>();
        private final List<int[]> lines = new ArrayList<>();

        Places(String file, String text, String code) {
            this.file = file;
            this.text = text;
            for (DrlSource.RuleText r : DrlSource.rules(file, text)) {
                names.add("rule \"" + r.name() + "\"");
                lines.add(new int[] {r.line(), r.line() + (int) r.text().chars().filter(ch -> ch == '\n').count()});
            }
            Matcher f = FUNCTION.matcher(code);
            while (f.find()) {
                int open = code.indexOf('{', f.end());
                int close = open < 0 ? code.length() : matching(code, open);
                names.add("function " + f.group(1));
                lines.add(new int[] {DrlSource.lineOf(code, f.start()), DrlSource.lineOf(code, close)});
            }
        }

        private static int matching(String code, int open) {
            int depth = 0;
            for (int i = open; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return code.length();
        }

        PackProblem problem(int offset, String message) {
            int line = DrlSource.lineOf(text, offset);
            int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
            int column = offset - lineStart + 1;
            return PackProblem.error(file, line, column, where(line) + message);
        }

        private String where(int line) {
            for (int k = 0; k < names.size(); k++) {
                if (line >= lines.get(k)[0] && line <= lines.get(k)[1]) {
                    return names.get(k) + ": ";
                }
            }
            return "";
        }
    }

    private static Map<String, String> names() {
        Map<String, String> m = new java.util.HashMap<>();
        String jvm = "it reaches the JVM itself (exit, environment, properties, native code)";
        String proc = "it starts processes";
        String thread = "it starts or controls threads";
        String refl = "it opens the way to reflection";
        String files = "it reads or writes files";
        String net = "it opens network connections";
        for (String s : List.of("System", "Runtime", "SecurityManager", "StackWalker", "Module", "ModuleLayer", "Compiler")) {
            m.put(s, jvm);
        }
        for (String s : List.of("ProcessBuilder", "Process", "ProcessHandle")) {
            m.put(s, proc);
        }
        for (String s : List.of("Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask")) {
            m.put(s, thread);
        }
        for (String s : List.of("Class", "ClassLoader", "ClassValue", "forName", "getClass", "getDeclaringClass",
                "getClassLoader", "getContextClassLoader", "getSystemClassLoader", "getPlatformClassLoader",
                "loadClass", "defineClass", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
                "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
                "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke", "invokeExact",
                "invokeWithArguments", "setAccessible", "trySetAccessible", "getModule", "getSuperclass",
                "getInterfaces", "getEnclosingClass", "getComponentType", "MethodHandles", "MethodHandle",
                "MethodType", "VarHandle", "Unsafe", "Proxy", "ServiceLoader", "ResourceBundle",
                "ScriptEngine", "ScriptEngineManager", "InitialContext", "XMLDecoder", "XMLEncoder",
                "ObjectInputStream", "ObjectOutputStream", "getKieRuntime", "getKieBase", "getWorkingMemory",
                "kcontext")) {
            m.put(s, refl);
        }
        for (String s : List.of("File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream",
                "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "FileChannel", "PrintStream",
                "PrintWriter", "Formatter", "Preferences", "DriverManager")) {
            m.put(s, files);
        }
        for (String s : List.of("Socket", "ServerSocket", "DatagramSocket", "SocketChannel", "URL", "URLConnection",
                "HttpURLConnection", "HttpClient", "InetAddress")) {
            m.put(s, net);
        }
        m.put("getenv", jvm);
        m.put("getInteger", "it reads the JVM's system properties");
        m.put("getLong", "it reads the JVM's system properties");
        m.put("getBoolean", "it reads the JVM's system properties");
        m.put("wait", "it can block the audit for ever");
        m.put("printStackTrace", "a rule pack never prints");
        return Map.copyOf(m);
    }

    private static Map<String, String> members() {
        Map<String, String> m = new java.util.HashMap<>();
        String refl = "it opens the way to reflection";
        for (String s : List.of("class", "declaringClass", "classLoader", "contextClassLoader", "systemClassLoader",
                "methods", "declaredMethods", "fields", "declaredFields", "constructors", "declaredConstructors",
                "module", "superclass", "interfaces", "enclosingClass", "componentType", "accessible",
                "kieRuntime", "kieBase", "workingMemory", "runtime")) {
            m.put(s, refl);
        }
        m.put("exec", "it starts processes");
        m.put("exit", "it stops the JVM");
        m.put("halt", "it stops the JVM or the audit");
        return Map.copyOf(m);
    }
}
