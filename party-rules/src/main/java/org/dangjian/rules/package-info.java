/**
 * The API of party-rules: what a system that embeds the engine touches, and the only package
 * whose compatibility is promised.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builtIn();              // or compile(RulePack.load(dir))
 * AuditReport report = engine.audit(dataset, AuditOptions.DEFAULTS.withLanguage(Language.EN));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 *
 * try (LiveAudit live = engine.openLive(dataset)) {                   // findings that follow changes
 *     live.apply(Change.add(training));
 * }
 * }</pre>
 *
 * <h2>The compatibility promise</h2>
 * Within a major version, the public types of this package and their public members keep their
 * names, signatures and meaning: code that compiles against one minor version compiles and
 * behaves the same against the next. Records of this package that callers build
 * ({@link org.dangjian.rules.AuditOptions}) are built from {@code DEFAULTS} with their
 * {@code with…} methods, or with a builder: a new option is a new method, never a changed
 * constructor. Records the engine hands out ({@link org.dangjian.rules.Finding},
 * {@link org.dangjian.rules.AuditReport}, {@link org.dangjian.rules.RuleInfo}) may gain
 * components; read them through their accessors. Exceptions are ours: an audit throws
 * {@link org.dangjian.rules.RuleFiringLimitException} or
 * {@link org.dangjian.rules.RuleFailedException}, a pack {@link org.dangjian.rules.PackException},
 * never an exception of Drools.
 *
 * <p>{@link org.dangjian.rules.Findings} and {@link org.dangjian.rules.Expect} are for rules, not
 * callers: the global and the functions a {@code .drl} file uses (with the facts of
 * {@link org.dangjian.rules.vocabulary}); their methods for the engine are marked so.
 *
 * <h2>Beside it</h2>
 * <ul>
 *   <li>{@link org.dangjian.rules.review}: the review step, baseline, waivers, masking, and the
 *       whole audit pipeline {@code party-audit audit} runs;</li>
 *   <li>{@link org.dangjian.rules.report}: the report formats, each a {@code ReportWriter};</li>
 *   <li>{@link org.dangjian.rules.authoring}: what policy staff run on a pack: lint (with the
 *       redundancy check), the rule catalog, scenarios and coverage;</li>
 *   <li>{@link org.dangjian.rules.vocabulary}: the vocabulary of rules, one sub-package per catalog area.</li>
 * </ul>
 * They are public and documented and change with care (a release note says what changed), but
 * they are not under the promise above. {@code org.dangjian.rules.internal} promises nothing.
 */
package org.dangjian.rules;
