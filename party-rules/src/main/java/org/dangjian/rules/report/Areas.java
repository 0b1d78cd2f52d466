package org.dangjian.rules.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.rules.Language;

/** The areas of the requirement catalog (检查领域): a rule's area is the prefix of its ID. */
final class Areas {

    /** Code → {Chinese, English}, in the catalog's order. */
    static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("ORG", new String[] {"组织设置", "Organization setup"});
        NAMES.put("LIFE", new String[] {"组织生活", "Organizational life"});
        NAMES.put("SUP", new String[] {"督导检查", "Supervision"});
        NAMES.put("TRN", new String[] {"教育培训", "Education and training"});
        NAMES.put("DEV", new String[] {"发展党员", "Developing members"});
        NAMES.put("MEM", new String[] {"党员管理", "Member management"});
        NAMES.put("CAD", new String[] {"干部队伍", "Cadres and reserves"});
        NAMES.put("WEAK", new String[] {"软弱涣散整顿", "Weak and lax organizations"});
        NAMES.put("FUND", new String[] {"经费阵地", "Funds and facilities"});
        NAMES.put("TWO", new String[] {"两新组织", "Two-new organizations"});
    }

    private Areas() {
    }

    /** {@code TRN} for {@code TRN-003}; the whole ID when it has no dash. */
    static String of(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash > 0 ? ruleId.substring(0, dash) : ruleId;
    }

    /** The area's name in {@code lang}, or its code when it is not a catalog area (a local pack's). */
    static String name(String area, Language lang) {
        String[] n = NAMES.get(area);
        return n == null ? area : n[lang == Language.EN ? 1 : 0];
    }
}
