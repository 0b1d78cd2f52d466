package org.dangjian.examples.generator;

/**
 * Names of places and units in a fictional Chinese city: districts (区), streets (街道),
 * communities (社区), district organs (区直机关), schools, hospitals, state enterprises, private
 * firms and social organizations. Names are picked by index so that they never repeat within
 * their parent; past the end of a list they combine two lists.
 */
final class PlaceNames {

    private static final String[] DISTRICTS = words("临江 青山 东湖 金水 西城 北湖 南溪 龙泉 云岭 滨海 白沙 翠屏 "
            + "长宁 安平 丰泽 清河 凤城 玉泉 兴隆 华阳");
    private static final String[] STREETS = words("长春路 和平 新华 人民路 解放 建设 光明 幸福 文化 朝阳 东风 胜利 "
            + "复兴 兴华 民主 团结 青年路 红旗 友谊 中山路 滨河 花园 湖滨 望江 北关 南门 东关 西关 永安 太平");
    private static final String[] COMMUNITIES = words("枫林 锦绣 翠苑 银杏 阳光 丽水 梧桐 紫荆 春晖 东园 西苑 南湖 "
            + "北辰 桃源 杏花 柳岸 金桥 玉泉 康乐 和谐 安居 宁康 福寿 育才 华庭 富春 新村 滨江 书香 怡景 "
            + "明珠 龙湾 青松 荷塘 兰亭 绿洲 星河 锦华 永宁 祥和");
    private static final String[] QUARTERS = words("东 西 南 北 中");
    private static final String[] ORGANS = words("区委办公室 区政府办公室 区纪委监委机关 区委组织部 区委宣传部 区委统战部 "
            + "区委政法委 区发展和改革局 区教育局 区财政局 区民政局 区人力资源和社会保障局 区住房和城乡建设局 "
            + "区卫生健康局 区市场监督管理局 区司法局 区审计局 区统计局 区退役军人事务局 区应急管理局 区城市管理局 "
            + "区医疗保障局 区信访局 区商务局 区文化和旅游局 区科学技术局 区农业农村局 区档案馆 区机关事务管理局 "
            + "区人大常委会机关 区政协机关 区人民法院 区人民检察院 区总工会 团区委 区妇联");
    private static final String[] HEALTH = words("区人民医院 区中医医院 区妇幼保健院 区疾病预防控制中心 区第二人民医院 "
            + "区精神卫生中心 区急救中心 区卫生监督所");
    private static final String[] STATE_ENTERPRISES = words("区城市建设投资集团有限公司 区国有资产经营有限公司 "
            + "区水务集团有限公司 区公共交通有限公司 区文化旅游发展集团有限公司 区城市更新有限公司 "
            + "区产业投资发展有限公司 区市政园林工程有限公司 区粮食储备有限公司 区供热有限公司");
    private static final String[] FIRM_NAMES = words("华信 恒通 宏达 鑫源 瑞丰 博远 中科 汇智 金鼎 天成 永泰 聚力 思创 "
            + "明德 鼎盛 远航 同创 佳诚 卓越 启明 新锐 万邦 嘉禾 润泽 正元 弘毅 海纳 云帆 立信 凯旋");
    private static final String[] FIRM_TRADES = words("科技 电子 建设工程 物流 餐饮管理 医药 机械制造 网络科技 新材料 "
            + "环保科技 物业服务 商贸 软件 文化传媒 电气 食品 汽车服务 家政服务");
    private static final String[] SOCIAL_ORGS = words("社会工作服务中心 养老服务中心 律师事务所 志愿者协会 物业管理协会 "
            + "个体劳动者协会 青少年发展促进会 慈善会 商会 家庭服务业协会 会计师事务所 社区教育中心");
    private static final String[] CHINESE_NUMBERS = words("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 "
            + "十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五 二十六 二十七 二十八 二十九 三十");

    private PlaceNames() {
    }

    private static String[] words(String s) {
        return s.split(" ");
    }

    /** 一, 二, … 三十, then Arabic numerals. */
    static String number(int n) {
        return n >= 1 && n <= CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n - 1] : Integer.toString(n);
    }

    static String district(int i) {
        return cycle(DISTRICTS, i) + "区";
    }

    static String street(int i) {
        return cycle(STREETS, i) + "街道";
    }

    /** Community names: forty, then the same with 东 西 南 北 中, then with numbers. */
    static String community(int i) {
        int n = COMMUNITIES.length;
        String base = COMMUNITIES[i % n];
        int round = i / n;
        String quarter = round == 0 ? "" : round <= QUARTERS.length ? QUARTERS[round - 1] : number(round - QUARTERS.length + 1);
        return base + quarter + "社区";
    }

    static int organCount() {
        return ORGANS.length;
    }

    static String organ(String district, int i) {
        return i < ORGANS.length ? district + ORGANS[i].substring(1) : district + "第" + number(i - ORGANS.length + 2) + "机关";
    }

    static String school(String district, int i, boolean secondary) {
        if (secondary) {
            return district + "第" + number(i + 1) + "中学";
        }
        return i == 0 ? district + "实验小学" : district + "第" + number(i) + "小学";
    }

    static String health(String district, int i) {
        return i < HEALTH.length ? district + HEALTH[i].substring(1) : district + "第" + number(i - HEALTH.length + 1) + "社区卫生服务中心";
    }

    static String stateEnterprise(String district, int i) {
        return i < STATE_ENTERPRISES.length
                ? district + STATE_ENTERPRISES[i].substring(1)
                : district + "第" + number(i - STATE_ENTERPRISES.length + 1) + "国有控股公司";
    }

    /** A private firm; {@code i} runs over the whole district so that names never repeat. */
    static String firm(String city, int i) {
        int a = FIRM_NAMES.length;
        int k = (int) ((i * 104729L) % (a * FIRM_TRADES.length));
        String name = FIRM_NAMES[k % a] + FIRM_TRADES[k / a % FIRM_TRADES.length];
        return city + name + (i >= a * FIRM_TRADES.length ? number(i / (a * FIRM_TRADES.length) + 1) : "") + "有限公司";
    }

    static String socialOrganization(String place, int i) {
        return place + cycle(SOCIAL_ORGS, i) + (i >= SOCIAL_ORGS.length ? number(i / SOCIAL_ORGS.length + 1) : "");
    }

    private static String cycle(String[] list, int i) {
        return i < list.length ? list[i] : list[i % list.length] + number(i / list.length + 1);
    }
}
