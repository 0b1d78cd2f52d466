package org.dangjian.examples.generator;

/**
 * The kinds of non-compliance the generator plants at random, each with the catalog rule it
 * breaks and its weight relative to the run's violation rate (rarer, graver faults weigh less).
 */
enum Fault {
    // ORG: organization setup
    OWN_ORG_MISSING("ORG-001", 1),
    HOLLOW_BRANCH("ORG-002", 1),
    NO_BRANCH_COMMITTEE("ORG-003", 1),
    SEAT_VACANT("ORG-004", 1),
    SECRETARY_VACANT("ORG-005", 0.5),
    PART_TIME_SECRETARY("ORG-006", 1),
    FEW_PARTY_WORKERS("ORG-007", 1),
    ELECTION_OVERDUE("ORG-008", 1),
    OVERSIZED_BRANCH("ORG-009", 1),
    // LIFE: organizational life
    MISSED_PERIOD("LIFE-001..005, 007, 008, MEM-008, SUP-*, WEAK-007/102/104", 1),
    THEME_DAY_OFF_FIXED_DAY("LIFE-006", 1),
    FEW_VOLUNTEER_SERVICES("LIFE-009", 1),
    LOW_VOLUNTEER_TURNOUT("LIFE-010", 1),
    NO_JULY_EDUCATION("LIFE-011", 0.3),
    LEADER_SKIPS_BRANCH("LIFE-012", 1),
    ABSENT_MEMBER("LIFE-013", 0.3),
    // TRN: training
    MEMBER_TRAINING_SHORT("TRN-001", 1),
    UNTRAINED_MEMBER("TRN-002, TRN-008", 0.5),
    POST_TRAINING_SHORT("TRN-003", 1),
    ONE_CENTRALIZED_TRAINING("TRN-004", 1),
    NO_DISTRICT_TRAINING("TRN-005", 1),
    TWO_NEW_UNTRAINED("TRN-006", 1),
    LATE_INDUCTION("TRN-007", 1),
    // DEV: new members
    OLD_NEW_MEMBER("DEV-001", 1),
    LOW_EDUCATION_NEW_MEMBER("DEV-002", 1),
    UNDERAGE_ADMISSION("DEV-003", 0.1),
    PROBATION_OVERDUE("DEV-004", 1),
    CANDIDATE_TOO_SOON("DEV-005", 1),
    PRE_TRAINING_SHORT("DEV-006", 1),
    // MEM: members
    DUES_STOPPED("MEM-001", 0.3),
    DUES_ARREARS("MEM-002", 1),
    DUES_UNDERPAID("MEM-003", 1),
    LOST_CONTACT("MEM-004", 0.3),
    MOBILE_WITHOUT_CERTIFICATE("MEM-005", 1),
    MOBILE_NOT_TRANSFERRED("MEM-006", 1),
    IN_SERVICE_UNREPORTED("MEM-007", 1),
    UNQUALIFIED_UNHANDLED("MEM-009", 0.05),
    // CAD: cadres
    FEW_RESERVE_CADRES("CAD-001", 1),
    RESERVE_LOW_EDUCATION("CAD-002", 1),
    INCOMPETENT_SECRETARY("CAD-003, WEAK-002", 0.5),
    NO_ARCHIVE("CAD-004", 1),
    LATE_FILING("CAD-005", 1),
    FEW_DAYS_ON_SITE("CAD-006", 1),
    NO_PERSONAL_MATTERS_REPORT("CAD-007", 1),
    // FUND, TWO
    FUNDS_LOW("FUND-001", 1),
    SERVICE_AREA_LOW("FUND-002", 1),
    PARTY_FUNDS_OVER_WAGE_SHARE("FUND-003", 1),
    NO_STAR_RATING("TWO-001", 1),
    // WEAK: weak organizations
    INSPECTION_FLAG("WEAK-002, 003, 005, 006", 0.3),
    INACTIVE_ORGANIZATION("WEAK-004", 0.2),
    PETITIONS_CONCENTRATED("WEAK-008", 0.5),
    NO_SERVICE_FACILITY("WEAK-009", 0.3),
    MASSES_DISSATISFIED("WEAK-010", 0.5),
    NO_NEW_MEMBERS("WEAK-011", 0.5);

    private final String rules;
    private final double weight;

    Fault(String rules, double weight) {
        this.rules = rules;
        this.weight = weight;
    }

    /** The catalog rules this fault breaks. */
    String rules() {
        return rules;
    }

    double weight() {
        return weight;
    }
}
