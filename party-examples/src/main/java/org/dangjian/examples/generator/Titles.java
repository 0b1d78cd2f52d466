package org.dangjian.examples.generator;

import java.time.LocalDate;

/** Titles of activities: what a secretary writes in the record book (会议记录本). */
final class Titles {

    /** Themes of 2020's theme party days, month by month. */
    private static final String[] THEMES_2020 = {
            "学习贯彻党的十九届四中全会精神", "众志成城抗击新冠肺炎疫情", "统筹疫情防控和复工复产",
            "清明缅怀英烈 弘扬抗疫精神", "学习宣传《民法典》", "重温入党誓词 迎接建党99周年",
            "党性集中教育月：不忘初心、牢记使命", "决战决胜脱贫攻坚", "学习《习近平谈治国理政》第三卷",
            "爱国主义教育 喜迎国庆", "学习贯彻党的十九届五中全会精神", "年终总结与党员承诺践诺"};
    private static final String[] THEMES = {
            "政治理论学习", "党章党规学习", "学雷锋志愿服务", "清明缅怀先烈", "劳动光荣 奋斗有为",
            "重温入党誓词", "党性集中教育月", "红色教育基地参观", "党史学习", "爱国主义教育",
            "党的理论创新成果学习", "年终总结与党员承诺践诺"};
    private static final String[] VOLUNTEER = {
            "疫情防控卡口值守", "文明城市创建", "关爱空巢老人", "垃圾分类宣传", "社区环境整治", "义务植树",
            "无偿献血", "助学帮困", "交通文明劝导", "反诈宣传进社区", "邻里互助", "文化惠民演出"};
    private static final String[] HALVES = {"上半年", "下半年"};

    private Titles() {
    }

    static String theme(int year, int month) {
        return month + "月主题党日：" + (year == 2020 ? THEMES_2020 : THEMES)[month - 1];
    }

    static String volunteer(LocalDate date) {
        if (date.getYear() == 2020 && date.getMonthValue() <= 3) {
            return "志愿服务：疫情防控卡口值守";
        }
        if (date.getYear() == 2020 && date.getMonthValue() == 11) {
            return "志愿服务：第七次全国人口普查入户登记";
        }
        return "志愿服务：" + VOLUNTEER[1 + (date.getDayOfYear() * 7 + date.getMonthValue()) % (VOLUNTEER.length - 1)];
    }

    static String quarter(int q) {
        return "第" + PlaceNames.number(q) + "季度";
    }

    static String half(int h) {
        return HALVES[h - 1];
    }
}
