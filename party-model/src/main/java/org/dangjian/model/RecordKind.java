package org.dangjian.model;

/**
 * The kinds of record a dataset holds, each named as its array in the dataset contract
 * (and as its JSON Lines file in the directory form: {@code memberships.jsonl}).
 */
public enum RecordKind {
    ORGANIZATIONS("organizations", Organization.class),
    HOST_UNITS("hostUnits", HostUnit.class),
    PEOPLE("people", Person.class),
    MEMBERSHIPS("memberships", Membership.class),
    POSITIONS("positions", Position.class),
    RESERVE_CADRES("reserveCadres", ReserveCadre.class),
    TRAININGS("trainings", Training.class),
    ACTIVITIES("activities", Activity.class),
    DUES_PAYMENTS("duesPayments", DuesPayment.class),
    ASSESSMENTS("assessments", Assessment.class),
    MEMBER_EVALUATIONS("memberEvaluations", MemberEvaluation.class),
    CONTACT_POINTS("contactPoints", ContactPoint.class),
    PERSONAL_MATTERS_REPORTS("personalMattersReports", PersonalMattersReport.class),
    PETITIONS("petitions", Petition.class),
    SURVEYS("surveys", Survey.class),
    RECTIFICATIONS("rectifications", Rectification.class),
    INSPECTION_FLAGS("inspectionFlags", InspectionFlag.class);

    private final String jsonName;
    private final Class<? extends Record> type;

    RecordKind(String jsonName, Class<? extends Record> type) {
        this.jsonName = jsonName;
        this.type = type;
    }

    /** The array's name in the dataset contract, e.g. {@code duesPayments}. */
    public String jsonName() {
        return jsonName;
    }

    /** The record class that holds one element of the array. */
    public Class<? extends Record> type() {
        return type;
    }

    /** The kind whose array is named {@code jsonName}, if any. */
    public static java.util.Optional<RecordKind> byJsonName(String jsonName) {
        for (RecordKind k : values()) {
            if (k.jsonName.equals(jsonName)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /** The kind of each record class, looked up once per class (a reader asks at every record). */
    private static final ClassValue<RecordKind> BY_CLASS = new ClassValue<>() {
        @Override
        protected RecordKind computeValue(Class<?> type) {
            for (RecordKind k : values()) {
                if (k.type.isAssignableFrom(type)) {
                    return k;
                }
            }
            return null;
        }
    };

    /** The kind of a record object. */
    public static RecordKind of(Object record) {
        RecordKind k = BY_CLASS.get(record.getClass());
        if (k == null) {
            throw new IllegalArgumentException("not a dataset record: " + record.getClass().getName());
        }
        return k;
    }
}
