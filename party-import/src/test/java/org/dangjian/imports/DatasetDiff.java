package org.dangjian.imports;

import java.util.List;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;

/** The first difference of two datasets in words, for assertion messages. */
final class DatasetDiff {

    private DatasetDiff() {}

    static String of(Dataset expected, Dataset actual) {
        if (!expected.asOf().equals(actual.asOf())) {
            return "asOf " + expected.asOf() + " vs " + actual.asOf();
        }
        if (!expected.present().equals(actual.present())) {
            return "present " + expected.present() + " vs " + actual.present();
        }
        for (RecordKind k : RecordKind.values()) {
            List<Object> e = expected.records(k);
            List<Object> a = actual.records(k);
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                if (!e.get(i).equals(a.get(i))) {
                    return k.jsonName() + "[" + i + "]:\n  expected " + e.get(i) + "\n  actual   " + a.get(i);
                }
            }
            if (e.size() != a.size()) {
                return k.jsonName() + ": " + e.size() + " vs " + a.size() + " records";
            }
        }
        return "no difference";
    }
}
