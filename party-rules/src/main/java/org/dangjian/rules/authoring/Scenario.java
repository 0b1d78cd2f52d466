package org.dangjian.rules.authoring;

import java.util.List;
import java.util.Objects;
import org.dangjian.model.Dataset;
import org.dangjian.rules.Parameters;

/**
 * One test of a rule pack (测试场景): a small dataset, thresholds that differ from the pack's, the
 * findings the audit must raise ({@code expect}), those it must not ({@code expectNot}), and the
 * rules that must not be evaluated for want of data ({@code notEvaluated}). With {@code exact}, a
 * finding of an expected rule that the scenario does not list fails it too.
 *
 * @param place where the scenario starts ({@code tests/org.json:3:5})
 */
public record Scenario(
        String name,
        String description,
        String place,
        Dataset dataset,
        Parameters parameters,
        List<Expectation> expect,
        List<Expectation> expectNot,
        List<String> notEvaluated,
        boolean exact) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        description = description == null ? "" : description;
        place = place == null ? "" : place;
        parameters = parameters == null ? Parameters.empty() : parameters;
        expect = List.copyOf(expect);
        expectNot = List.copyOf(expectNot);
        notEvaluated = List.copyOf(notEvaluated);
    }
}
