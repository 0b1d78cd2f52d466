/**
 * The vocabulary of rules (规则词汇): everything a {@code .drl} file may import, and exactly what the
 * pack-safety check lets a rule pack use (docs/authoring.md §9). The check reads it from this
 * package, not from a list kept elsewhere: the public types of this package and of its
 * sub-packages, and what the annotation below names.
 *
 * <h2>This package: the words every area shares</h2>
 * {@link org.dangjian.rules.vocabulary.Params} (every threshold, named: {@code $p.num("trn.secretaryMinHours")}),
 * the audit's periods ({@link org.dangjian.rules.vocabulary.AuditYear},
 * {@link org.dangjian.rules.vocabulary.JudgedPeriod}), organization profiles and scopes
 * ({@link org.dangjian.rules.vocabulary.OrgProfile}, {@link org.dangjian.rules.vocabulary.OrgScope}),
 * activity counts ({@link org.dangjian.rules.vocabulary.ActivityCount}), findings already raised
 * ({@link org.dangjian.rules.vocabulary.Raised}, {@link org.dangjian.rules.vocabulary.Unjudged})
 * and the partition keys a fact says it has ({@link org.dangjian.rules.vocabulary.OrganizationFact},
 * {@link org.dangjian.rules.vocabulary.MembershipFact}, {@link org.dangjian.rules.vocabulary.PersonFact},
 * {@link org.dangjian.rules.vocabulary.DatasetFact}, {@link org.dangjian.rules.vocabulary.TopFact}); and the immutable sorted map
 * that facts listing the members of a large subtree hold ({@link org.dangjian.rules.vocabulary.ChunkedSortedMap}),
 * and the immutable sorted list of ids that facts give as evidence and findings keep as it is
 * ({@link org.dangjian.rules.vocabulary.SortedIds}).
 *
 * <h2>The sub-packages: one per catalog area</h2>
 * Each holds the area's derived facts (public records, derived in Java once per audit by the
 * area's deriver beside them, which packs do not see), and as resources under the same path the
 * area's rules and scenarios of the built-in pack:
 * {@code organization} (ORG), {@code life} (LIFE), {@code training} (TRN), {@code development}
 * (DEV), {@code weak} (WEAK), {@code members} (MEM), {@code cadres} (CAD), {@code funds} (FUND),
 * {@code twonew} (TWO) and {@code cadence} (the cadence rows, {@link org.dangjian.rules.vocabulary.cadence.Cadence},
 * and SUP). A rule compares a derived fact with a parameter, so that it reads like its clause.
 *
 * <h2>Beside it (the annotation below)</h2>
 * <ul>
 *   <li>the dataset's records and enums, {@code org.dangjian.model} (not its {@code io} package,
 *       not {@code Dataset} itself);</li>
 *   <li>from the API package: the functions of {@link org.dangjian.rules.Expect}
 *       ({@code atLeast($p, "…")}, {@code share} …), {@link org.dangjian.rules.Severity},
 *       {@link org.dangjian.rules.Subject}, {@link org.dangjian.rules.SubjectType} and the
 *       brackets of {@link org.dangjian.rules.Parameters.Bracket};</li>
 *   <li>the rules' global {@link org.dangjian.rules.Findings} {@code findings}: {@code raise},
 *       {@code on} (with its {@link org.dangjian.rules.Findings.Builder}), {@code notJudged} and,
 *       for the cadence rules, {@code cadence} and {@code cadenceNotJudged}.</li>
 * </ul>
 * Of all of these a pack reads the public members but never constructs them, nor calls
 * {@code Params.parameters()}. Besides, the plain value classes of {@code java.lang},
 * {@code java.time}, {@code java.math} and {@code java.util} (collections read-only): see
 * {@code internal.PackAllowList}. Every fact is an immutable record, equal by value: live audits
 * compare them.
 */
@RuleVocabulary(
        recordPackages = "org.dangjian.model",
        notRecords = Dataset.class,
        api = {Expect.class, Severity.class, Subject.class, SubjectType.class, Parameters.Bracket.class,
                Findings.Builder.class},
        global = Findings.class,
        globalMembers = {"raise", "on", "notJudged", "cadence", "cadenceNotJudged"},
        engineMembers = "Params.parameters")
package org.dangjian.rules.vocabulary;

import org.dangjian.model.Dataset;
import org.dangjian.rules.Expect;
import org.dangjian.rules.Findings;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Subject;
import org.dangjian.rules.SubjectType;
import org.dangjian.rules.internal.RuleVocabulary;
