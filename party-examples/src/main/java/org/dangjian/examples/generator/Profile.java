package org.dangjian.examples.generator;

import org.dangjian.model.Education;
import org.dangjian.model.MemberCategory;

/**
 * The kinds of member a unit holds, with their ages, share of women, education, category and
 * monthly income after tax (for the dues rate). Education weights run PRIMARY … DOCTORATE.
 */
enum Profile {
    RETIRED_RESIDENT(60, 92, 0.42, new double[] {8, 25, 28, 14, 15, 9, 1, 0}, MemberCategory.RETIRED, 2800, 7000, 0),
    WORKING_RESIDENT(26, 59, 0.45, new double[] {0, 6, 22, 14, 28, 26, 4, 0}, MemberCategory.DIRECT, 2600, 9000, 0.1),
    YOUNG_RESIDENT(21, 30, 0.5, new double[] {0, 0, 8, 6, 26, 50, 10, 0}, MemberCategory.DIRECT, 3000, 7000, 0.5),
    MOBILE_RESIDENT(23, 50, 0.3, new double[] {0, 8, 30, 22, 26, 14, 0, 0}, MemberCategory.MOBILE, 3500, 9000, 0),
    COMMUNITY_LEADER(33, 56, 0.6, new double[] {0, 0, 0, 0, 45, 52, 3, 0}, MemberCategory.DIRECT, 3800, 6500, 0),
    COMMUNITY_WORKER(24, 36, 0.65, new double[] {0, 0, 0, 0, 40, 56, 4, 0}, MemberCategory.DIRECT, 3200, 5200, 0),
    CIVIL_SERVANT(25, 58, 0.4, new double[] {0, 0, 0, 0, 8, 62, 29, 1}, MemberCategory.IN_SERVICE, 5500, 11000, 0),
    TEACHER(24, 58, 0.68, new double[] {0, 0, 0, 1, 12, 70, 17, 0}, MemberCategory.IN_SERVICE, 5000, 10000, 0),
    MEDIC(25, 58, 0.6, new double[] {0, 0, 0, 3, 18, 55, 21, 3}, MemberCategory.IN_SERVICE, 6000, 15000, 0),
    STATE_STAFF(24, 58, 0.3, new double[] {0, 0, 3, 10, 30, 48, 9, 0}, MemberCategory.IN_SERVICE, 4500, 13000, 0),
    FIRM_STAFF(23, 52, 0.4, new double[] {0, 0, 10, 12, 30, 40, 8, 0}, MemberCategory.DIRECT, 4000, 20000, 0),
    SOCIAL_STAFF(23, 58, 0.58, new double[] {0, 0, 4, 6, 34, 46, 10, 0}, MemberCategory.DIRECT, 3500, 9000, 0),
    RETIRED_CADRE(61, 90, 0.3, new double[] {0, 3, 20, 12, 30, 32, 3, 0}, MemberCategory.RETIRED, 5000, 11000, 0);

    final int minAge;
    final int maxAge;
    final double female;
    final double[] education;
    final MemberCategory category;
    final int minIncome;
    final int maxIncome;
    /** Share without income (students, job seekers): they pay the minimum dues and declare none. */
    final double noIncome;

    Profile(int minAge, int maxAge, double female, double[] education, MemberCategory category,
            int minIncome, int maxIncome, double noIncome) {
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.female = female;
        this.education = education;
        this.category = category;
        this.minIncome = minIncome;
        this.maxIncome = maxIncome;
        this.noIncome = noIncome;
    }

    /** Whether new members come from this kind (retirees joined long ago). */
    boolean recruits() {
        return category != MemberCategory.RETIRED;
    }

    Education drawEducation(Rng rng) {
        return Education.values()[rng.weighted(education)];
    }
}
