/**
 * The vocabulary of rules (规则词汇): what a {@code .drl} file matches besides the records of
 * party-model. {@link org.dangjian.rules.facts.Params} (every threshold, named), the audit's
 * periods ({@link org.dangjian.rules.facts.AuditYear}, {@link org.dangjian.rules.facts.JudgedPeriod}),
 * organization scopes ({@link org.dangjian.rules.facts.OrgScope},
 * {@link org.dangjian.rules.facts.OrgProfile}), the cadence rows
 * ({@link org.dangjian.rules.facts.Cadence}) and the facts derived in Java once per audit, one
 * catalog area's derivers at a time (yearly training hours, activity counts per period, member
 * counts, posts in force …). A rule compares a derived fact with a parameter, so that it reads
 * like its clause.
 *
 * <p>A pack may import this package, {@code org.dangjian.model} (not {@code model.io}), and from
 * the API package the rules' global {@link org.dangjian.rules.Findings}, the functions of
 * {@link org.dangjian.rules.Expect}, {@link org.dangjian.rules.Severity},
 * {@link org.dangjian.rules.Subject}, {@link org.dangjian.rules.SubjectType} and
 * {@link org.dangjian.rules.Parameters}, with the plain value classes of {@code java.time},
 * {@code java.math} and {@code java.util}: nothing else passes the pack-safety check
 * (docs/authoring.md §9). Every fact is an immutable record, equal by value: live audits
 * compare them.
 */
package org.dangjian.rules.facts;
