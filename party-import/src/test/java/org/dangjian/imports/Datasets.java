package org.dangjian.imports;

import org.dangjian.model.Dataset;
import org.dangjian.model.Person;

/** What an import can give back of a dataset, for comparisons. */
final class Datasets {

    private Datasets() {}

    /** The dataset without identity numbers, which an import never writes. */
    static Dataset withoutIdentityNumbers(Dataset d) {
        Dataset.Builder b = d.toBuilder();
        for (Person p : d.people()) {
            if (p.idNumber().isPresent()) {
                b.replace(p, new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.education(), java.util.Optional.empty()));
            }
        }
        return b.build();
    }
}
