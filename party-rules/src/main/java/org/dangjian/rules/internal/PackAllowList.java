package org.dangjian.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.rules.vocabulary.Params;

/**
 * What a pack's compiled code may refer to (包可调用清单): the rule vocabulary and a short list of
 * pure value classes, by class and member, checked by {@link PackVerifier} on the bytecode of every
 * class compiled from a pack before any of it is loaded.
 *
 * <ul>
 *   <li>the rule vocabulary, read but never constructed, as the package-info of
 *       {@code org.dangjian.rules.vocabulary} documents and declares it ({@link RuleVocabulary}):
 *       the public types of that package and of its sub-packages (the catalog areas' facts; not
 *       their derivers), the dataset's public records and enums ({@code org.dangjian.model}, not
 *       its {@code io} package nor {@code Dataset}), {@code Expect}, {@code Severity},
 *       {@code Subject} …, and of {@code findings} the members a rule raises findings with;
 *   <li>value classes: {@code String}, {@code StringBuilder}, the boxed numbers, {@code Math},
 *       {@code java.math}, {@code java.time} (not {@code java.time.zone}), {@code Optional},
 *       {@code Objects}, functional interfaces and streams (not parallel), and the collection
 *       collections read-only ({@code List.of}, a copy such as {@code new TreeSet<>(list)}, {@code get},
 *       {@code size} … never {@code add}, {@code put}, {@code remove}), so a rule cannot change what
 *       another rule reads;
 *   <li>the scaffolding the executable model generates around the rules (its rule-building DSL),
 *       and the rule context only to insert, update or delete facts of types the pack declares
 *       ({@link PackVerifier} checks the fact's type at each call).
 * </ul>
 *
 * <p>Nothing reflective is on the list: not {@code java.lang.Class}, not {@code getClass}, not
 * {@code java.lang.invoke} beyond the two bootstrap methods javac uses for lambdas and string
 * concatenation, not class loaders, threads, files, the network, the JVM ({@code System} but
 * {@code arraycopy}) or the session.
 */
final class PackAllowList {

    private PackAllowList() {
    }

    /** The vocabulary package: its public types and its sub-packages' (the catalog areas'), derivers aside. */
    private static final String VOCABULARY_PACKAGE = "org/dangjian/rules/vocabulary/";
    /** The rest of the vocabulary, as the vocabulary package's {@code package-info.java} declares it. */
    private static final RuleVocabulary DECLARED = declared();
    private static final Set<String> RECORD_PACKAGES = Stream.of(DECLARED.recordPackages())
            .map(p -> p.replace('.', '/')).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NOT_RECORDS = internalNames(DECLARED.notRecords());
    private static final Set<String> API = internalNames(DECLARED.api());
    private static final String GLOBAL = internalName(DECLARED.global());
    private static final Set<String> GLOBAL_MEMBERS = Set.of(DECLARED.globalMembers());
    /** Members of the vocabulary's classes that are still refused. */
    private static final Set<String> NOT_MEMBERS = Stream.of(DECLARED.engineMembers())
            .map(m -> VOCABULARY_PACKAGE + m.replace('.', '/').replaceFirst("/(\\w+)$", ".$1"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Map<String, Boolean> VOCABULARY_TYPES = new ConcurrentHashMap<>();

    /** Value classes whose every member a pack may use (but {@link #NEVER}). */
    private static final Set<String> VALUES = Set.of(
            "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence", "java/lang/Integer",
            "java/lang/Long", "java/lang/Double", "java/lang/Float", "java/lang/Short", "java/lang/Byte",
            "java/lang/Boolean", "java/lang/Character", "java/lang/Number", "java/lang/Math", "java/lang/StrictMath",
            "java/lang/Comparable", "java/lang/Iterable", "java/math/BigDecimal", "java/math/BigInteger",
            "java/math/RoundingMode", "java/math/MathContext", "java/util/Optional", "java/util/OptionalInt",
            "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/Objects", "java/util/Comparator",
            "java/util/stream/Stream", "java/util/stream/IntStream", "java/util/stream/LongStream",
            "java/util/stream/DoubleStream", "java/util/stream/Collectors", "java/util/stream/Collector",
            "java/util/IntSummaryStatistics", "java/util/LongSummaryStatistics", "java/util/DoubleSummaryStatistics");

    /** Collection types a pack may read and make ({@code List.of}, {@code new TreeSet<>(list)}), never change. */
    private static final Set<String> COLLECTIONS = Set.of(
            "java/util/Collection", "java/util/List", "java/util/Set", "java/util/Map", "java/util/SortedMap",
            "java/util/SortedSet", "java/util/NavigableMap", "java/util/NavigableSet", "java/util/Map$Entry",
            "java/util/Iterator", "java/util/SequencedCollection", "java/util/SequencedMap", "java/util/SequencedSet",
            // A copy a rule makes (new TreeSet<>($ids) to sort) is read-only to it as well.
            "java/util/ArrayList", "java/util/LinkedList", "java/util/HashSet", "java/util/LinkedHashSet",
            "java/util/TreeSet", "java/util/HashMap", "java/util/LinkedHashMap", "java/util/TreeMap",
            "java/util/AbstractCollection", "java/util/AbstractList", "java/util/AbstractSet", "java/util/AbstractMap");

    /** Members that change a collection. */
    private static final Set<String> MUTATORS = Set.of(
            "add", "addAll", "remove", "removeAll", "retainAll", "removeIf", "clear", "set", "put", "putAll",
            "putIfAbsent", "replace", "replaceAll", "compute", "computeIfAbsent", "computeIfPresent", "merge", "sort",
            "setValue", "pollFirst", "pollLast", "pollFirstEntry", "pollLastEntry", "addFirst", "addLast",
            "removeFirst", "removeLast", "putFirst", "putLast");

    /** Members refused whoever owns them: reflection, locks, threads, system properties, printing. */
    static final Set<String> NEVER = Set.of(
            "getClass", "getDeclaringClass", "describeConstable", "wait", "notify", "notifyAll", "finalize",
            "getInteger", "getLong", "getBoolean", "parallel", "parallelStream", "printStackTrace", "getStackTrace",
            "setStackTrace", "getModule");

    /** The executable model's own scaffolding: rule-building DSL types the generated code calls. */
    private static final List<String> SCAFFOLDING = List.of(
            "org/drools/modelcompiler/dsl/pattern/D", "org/drools/modelcompiler/util/EvaluationUtil",
            "org/drools/model/PatternDSL", "org/drools/model/DSL", "org/drools/model/Index", "org/drools/model/Index$",
            "org/drools/model/consequences/", "org/drools/model/operators/", "org/drools/core/base/accumulators/",
            "org/drools/model/impl/RuleBuilder", "org/drools/model/consequences/ConsequenceBuilder",
            "org/drools/model/functions/", "org/drools/model/Variable", "org/drools/model/Declaration",
            "org/drools/model/Global", "org/drools/model/Rule", "org/drools/model/RuleItemBuilder",
            "org/drools/model/Model", "org/drools/model/DomainClassMetadata", "org/drools/model/AlphaIndex",
            "org/drools/model/BetaIndex", "org/drools/model/BitMask", "org/drools/model/bitmask/",
            "org/drools/model/view/", "org/drools/model/PatternDSL$", "org/drools/model/DSL$",
            "org/drools/model/ConditionalConsequence", "org/drools/model/ConditionalConsequenceBuilder",
            "org/drools/model/Query", "org/drools/model/TypeMetaData", "org/drools/model/impl/TypeMetaDataImpl",
            "org/drools/model/impl/ModelImpl", "org/drools/model/From", "org/drools/model/UnitData",
            "org/drools/model/AccumulateFunction", "org/drools/model/ExprViewItem", "org/drools/model/Argument",
            "org/drools/model/DeclarationSource", "org/drools/model/PatternDSL$PatternDef",
            "org/drools/model/Condition", "org/drools/model/Value", "org/drools/model/WindowReference",
            "org/drools/model/Window", "org/drools/model/EntryPoint", "org/drools/model/Prototype",
            "org/drools/model/AnnotationValue", "org/drools/base/factmodel/GeneratedFact", "org/drools/base/factmodel/AccessibleFact");

    /** What the rule context may do; {@link PackVerifier} also checks the fact's type. */
    static final Set<String> CONTEXT_CHANGES = Set.of("insert", "logicalInsert", "update", "delete");
    static final Set<String> CONTEXT = Set.of("org/drools/model/Drools", "org/drools/model/DroolsEntryPoint");

    /** Single members beyond the lists above. */
    private static final Set<String> MEMBERS = Set.of(
            "java/lang/Object.<init>", "java/lang/Object.equals", "java/lang/Object.hashCode", "java/lang/Object.toString",
            "java/lang/Enum.<init>", "java/lang/Enum.valueOf", "java/lang/Enum.name", "java/lang/Enum.ordinal",
            "java/lang/Enum.compareTo", "java/lang/Enum.equals", "java/lang/Enum.hashCode", "java/lang/Enum.toString",
            "java/lang/System.arraycopy", "java/lang/Throwable.getMessage", "java/lang/Exception.getMessage",
            "java/lang/RuntimeException.getMessage", "java/lang/RuntimeException.<init>",
            "java/lang/IllegalArgumentException.<init>", "java/lang/IllegalStateException.<init>",
            "java/lang/ArithmeticException.<init>",
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/util/Collections.unmodifiableList", "java/util/Collections.unmodifiableSet",
            "java/util/Collections.unmodifiableMap", "java/util/Collections.emptyList", "java/util/Collections.emptySet",
            "java/util/Collections.emptyMap", "java/util/Collections.singletonList", "java/util/Collections.singleton",
            "java/util/Collections.singletonMap", "java/util/Collections.nCopies", "java/util/Collections.max",
            "java/util/Collections.min", "java/util/Collections.frequency", "java/util/Collections.disjoint",
            "java/util/Arrays.asList", "java/util/Arrays.stream", "java/util/Arrays.toString",
            "java/util/Arrays.equals", "java/util/Arrays.hashCode",
            "org/drools/util/DateUtils.getDateFormatMask",
            "java/util/Locale.ENGLISH", "java/util/Locale.ROOT", "java/util/Locale.CHINA", "java/util/Locale.CHINESE",
            "java/lang/invoke/SerializedLambda.getCapturedArg", "java/lang/invoke/SerializedLambda.getImplMethodKind",
            "java/lang/invoke/SerializedLambda.getImplClass", "java/lang/invoke/SerializedLambda.getImplMethodName",
            "java/lang/invoke/SerializedLambda.getImplMethodSignature",
            "java/lang/invoke/SerializedLambda.getFunctionalInterfaceClass",
            "java/lang/invoke/SerializedLambda.getFunctionalInterfaceMethodName",
            "java/lang/invoke/SerializedLambda.getFunctionalInterfaceMethodSignature",
            "java/lang/invoke/SerializedLambda.getInstantiatedMethodType");

    /**
     * What the generated scaffolding of a package's model class ({@code Rules<hash>}: its rule list,
     * globals, date format) does beyond the lists, in its own methods only (never in a DRL function).
     */
    static final Set<String> SCAFFOLDING_ONLY = Set.of("java/util/List.add", "java/util/ArrayList.<init>");


    /** Classes a pack's code may name (new, cast, instanceof, a class literal), besides its own. */
    static boolean classAllowed(String name) {
        return vocabulary(name) || VALUES.contains(name) || COLLECTIONS.contains(name) || timeOrFunction(name)
                || scaffolding(name) || CONTEXT.contains(name)
                || MEMBERS.stream().anyMatch(m -> m.startsWith(name + "."))
                || name.equals("java/util/ArrayList") || name.equals("java/util/Locale")
                || name.equals("java/lang/invoke/SerializedLambda") || name.equals("java/lang/IllegalArgumentException")
                || name.equals("java/lang/Object") || name.equals("java/lang/Enum") || name.equals("java/io/Serializable")
                || name.equals("java/lang/Throwable") || name.equals("java/lang/Exception")
                || name.equals("java/lang/invoke/MethodHandles$Lookup") || name.equals("java/lang/invoke/MethodHandles")
                || name.equals(GLOBAL);
    }

    /**
     * Why {@code owner.member} is refused, or null when a pack may use it. {@code owner} is the class
     * the reference names (javac names the receiver's static type, so {@code $o.getClass()} names the
     * fact's class): members are judged by name on every owner.
     */
    static String refusal(String owner, String member) {
        if (NEVER.contains(member)) {
            return "it opens the way to reflection, threads or the JVM";
        }
        if (owner.startsWith("[")) {
            return member.equals("clone") ? null : "not an array operation";
        }
        String full = owner + "." + member;
        if (MEMBERS.contains(full) || owner.equals(GLOBAL) && GLOBAL_MEMBERS.contains(member)) {
            return null;
        }
        if (NOT_MEMBERS.contains(full)) {
            return "the engine's own part of the vocabulary";
        }
        if (vocabulary(owner)) {
            return member.equals("<init>") ? "a pack cannot construct the engine's facts or records" : null;
        }
        if (VALUES.contains(owner) || timeOrFunction(owner)) {
            return null;
        }
        if (COLLECTIONS.contains(owner)) {
            return MUTATORS.contains(member) ? "collections are read-only to a pack" : null;
        }
        if (scaffolding(owner)) {
            return null;
        }
        return "not in the rule vocabulary or the value classes a pack may use";
    }

    /**
     * Whether {@code name} is vocabulary: a public type of the vocabulary package or of one of its
     * sub-packages (not a deriver), a public type of a record package (not of its sub-packages, not
     * one of the {@code notRecords}), or one of the {@code api} types.
     */
    private static boolean vocabulary(String name) {
        return VOCABULARY_TYPES.computeIfAbsent(name, PackAllowList::judge);
    }

    private static boolean judge(String name) {
        if (API.contains(name)) {
            return true;
        }
        if (name.startsWith(VOCABULARY_PACKAGE)) {
            return vocabularyType(name);
        }
        int slash = name.lastIndexOf('/');
        int nested = name.indexOf('$');
        String outer = nested < 0 ? name : name.substring(0, nested);
        return slash > 0 && RECORD_PACKAGES.contains(name.substring(0, slash)) && !NOT_RECORDS.contains(outer)
                && publicType(name);
    }

    /**
     * Whether {@code name} (under the vocabulary package) is one of its public types and not a
     * deriver: the engine's derivers sit beside their facts but are no part of what a pack reads.
     */
    private static boolean vocabularyType(String name) {
        return publicType(name) && !FactDeriver.class.isAssignableFrom(load(name));
    }

    /** Whether {@code name} is one of party-rules' or party-model's public types (nested in public ones). */
    private static boolean publicType(String name) {
        Class<?> c = load(name);
        return c != null && java.lang.reflect.Modifier.isPublic(c.getModifiers())
                && (c.getEnclosingClass() == null || publicType(internalName(c.getEnclosingClass())));
    }

    /** The class, not initialized, or null: only names under the vocabulary's own packages come here. */
    private static Class<?> load(String name) {
        try {
            return Class.forName(name.replace('/', '.'), false, PackAllowList.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static RuleVocabulary declared() {
        RuleVocabulary v = Params.class.getPackage().getAnnotation(RuleVocabulary.class);
        if (v == null) {
            throw new IllegalStateException("org.dangjian.rules.vocabulary's package-info declares no @RuleVocabulary");
        }
        return v;
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    private static Set<String> internalNames(Class<?>[] types) {
        return Stream.of(types).map(PackAllowList::internalName).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean timeOrFunction(String name) {
        return name.startsWith("java/time/") && !name.startsWith("java/time/zone/")
                && !name.equals("java/time/chrono/HijrahChronology")
                || name.startsWith("java/util/function/") && name.indexOf('/', "java/util/function/".length()) < 0;
    }

    /** Parts of the scaffolding's packages that read classes' bytes or describe lambdas: not for a pack. */
    private static final Set<String> NOT_SCAFFOLDING = Set.of(
            "org/drools/model/functions/LambdaPrinter", "org/drools/model/functions/FunctionUtils",
            "org/drools/model/functions/IntrospectableLambda", "org/drools/model/functions/LambdaIntrospector");

    private static boolean scaffolding(String name) {
        return !NOT_SCAFFOLDING.contains(name) && SCAFFOLDING.stream().anyMatch(s -> s.endsWith("/") || s.endsWith("$") ? name.startsWith(s) : name.equals(s));
    }
}
