package org.dangjian.examples.generator;

import org.dangjian.model.Gender;

/**
 * Chinese personal names: a surname drawn by its frequency in the population (the most common
 * hundred, 王 李 张 刘 陈 …), and a given name whose fashion follows the decade of birth (建国
 * and 秀英 in the fifties, 伟 and 丽 in the seventies, 浩 and 婷 in the eighties, 子轩 and 梓涵 since).
 */
final class Names {

    /** Surnames with their approximate share of the population in per mille. */
    private static final String[] SURNAMES = (
            "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 邓 冯 曹 "
            + "彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖 "
            + "石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵 "
            + "万 覃 武 钱 戴 严 莫 孔 向 常").split(" ");
    private static final double[] SURNAME_WEIGHTS = {
            72, 72, 70, 54, 46, 32, 24, 21, 20, 18, 17, 15, 13, 13, 12, 11, 11, 11, 11, 10, 9, 9, 8, 8, 7, 7, 7, 7, 7, 6,
            6, 6, 6, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
            2, 2, 2, 2, 2, 2, 2, 2, 2, 2};

    private static final String[][] MALE = {
            words("建国 国庆 建华 国华 志强 德明 文华 振华 卫国 建军 忠诚 永生 国强 保国 长江 福生 光明 玉山 树林 金山 "
                    + "春生 庆丰 德胜 洪亮 海山 文斌 宝田 继红 跃进 援朝 国栋 广才 学文 明远"),
            words("伟 强 军 勇 磊 涛 斌 明 超 刚 平 辉 建平 海涛 志刚 俊峰 晓东 建伟 卫东 立新 红军 永刚 志勇 海军 "
                    + "春雷 向东 宏伟 振宇 晓峰 立军 少华 文军 新华 东升"),
            words("浩 鹏 杰 宇 帅 博 亮 凯 旭 俊杰 浩然 子豪 志鹏 文博 宇航 天宇 明轩 晓宇 鹏飞 家豪 一鸣 嘉伟 "
                    + "伟杰 晨阳 俊豪 思远 昊天 振兴 泽民 子健 鑫 阳"),
            words("子轩 浩宇 宇轩 俊宇 皓轩 子墨 梓睿 奕辰 博文 铭泽 锦程 书豪 泽宇 晨曦 逸飞 思源 宇辰 浩轩 "
                    + "子骞 煜城 承泽 嘉懿 睿 轩 航")};
    private static final String[][] FEMALE = {
            words("秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 玉珍 秀珍 淑英 玉梅 素珍 凤兰 秀云 桂芳 翠英 玉华 淑华 素英 "
                    + "兰英 美兰 月英 秀芳 丽华 春兰 爱华 红英 玉芬"),
            words("丽 敏 静 燕 艳 娟 霞 红梅 丽娟 海燕 晓燕 红霞 秀梅 丽萍 春燕 雪梅 晓红 桂香 玉洁 建英 美华 "
                    + "慧 芳 萍 琳 红 丽君 晓琳"),
            words("婷 倩 丹 洁 颖 佳 琪 雪 慧敏 婷婷 晓丽 思琪 佳怡 雅琴 梦琪 欣然 文静 诗雨 紫薇 雨婷 晓雪 "
                    + "丹丹 琳琳 美玲 艳萍 佳慧 雨欣 梦瑶 晓婷 倩倩 蕾 璐"),
            words("子涵 欣怡 梓萱 雨涵 可馨 诗涵 梦洁 紫涵 欣妍 思彤 语嫣 佳琪 若曦 一诺 梓涵 雨桐 心怡 艺涵 "
                    + "瑾萱 沐晴 诗琪 梦涵 雅婷 钰")};

    private Names() {
    }

    private static String[] words(String s) {
        return s.split(" ");
    }

    /** A name for someone of {@code gender} born in {@code birthYear}. */
    static String name(Rng rng, Gender gender, int birthYear) {
        String surname = SURNAMES[rng.weighted(SURNAME_WEIGHTS)];
        int generation = birthYear < 1960 ? 0 : birthYear < 1980 ? 1 : birthYear < 1995 ? 2 : 3;
        // a neighbouring decade's fashion now and then
        if (rng.chance(0.2)) {
            generation = Math.max(0, Math.min(3, generation + (rng.chance(0.5) ? 1 : -1)));
        }
        String[] pool = gender == Gender.MALE ? MALE[generation] : FEMALE[generation];
        return surname + rng.pick(pool);
    }
}
