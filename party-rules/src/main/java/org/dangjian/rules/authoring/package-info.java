/**
 * What policy staff run on a rule pack before anyone audits with it (docs/authoring.md), as a
 * library: {@link org.dangjian.rules.authoring.PackLinter} (compile, metadata, parameters, one
 * file per {@code @id}) and {@link org.dangjian.rules.authoring.RedundancyCheck} (identical and
 * subsumed conditions; needs drools-verifier on the class path), the rule catalog
 * ({@link org.dangjian.rules.authoring.RuleCatalog}: text, Markdown, JSON), and the JSON scenarios
 * of {@code tests/} with their coverage ({@link org.dangjian.rules.authoring.ScenarioReader},
 * {@link org.dangjian.rules.authoring.ScenarioRunner}).
 */
package org.dangjian.rules.authoring;
