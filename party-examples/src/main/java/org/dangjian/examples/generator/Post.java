package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.model.Position;
import org.dangjian.model.Role;

/** A post being generated: who holds it, where, from when to when, and its paperwork. */
record Post(Member holder, OrgNode org, Role role, LocalDate start, Optional<LocalDate> end, boolean fullTime,
            boolean archiveKept, Optional<LocalDate> filedWithDistrict) {

    boolean inForce(LocalDate date) {
        return !start.isAfter(date) && end.map(e -> !e.isBefore(date)).orElse(true);
    }

    /** A committee seat: secretary, deputy or member (委员). */
    boolean seat() {
        return role == Role.SECRETARY || role == Role.DEPUTY_SECRETARY || role == Role.COMMITTEE_MEMBER;
    }

    Position toRecord() {
        return new Position(holder.id(), org.id, role, start, end, Optional.of(fullTime), Optional.of(archiveKept), filedWithDistrict);
    }
}
