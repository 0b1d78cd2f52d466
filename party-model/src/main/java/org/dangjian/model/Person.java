package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person (人员): a member, a person in post, or a reserve cadre. The {@code idNumber} (身份证号) is personal data and never appears in a finding.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s,
 * and an optional flag that is absent is {@code false}.
 */
public record Person(
        String id,
        String name,
        Gender gender,
        LocalDate birthDate,
        Education education,
        Optional<String> idNumber) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(education, "education");
        idNumber = idNumber == null ? Optional.empty() : idNumber;
    }
}
