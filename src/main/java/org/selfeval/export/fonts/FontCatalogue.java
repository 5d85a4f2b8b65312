package org.selfeval.export.fonts;

import java.util.List;
import java.util.Map;

/**
 * Which files to look for, per role, best first: the official Windows faces, then close relatives on
 * macOS and Linux. {@link #GENERIC} are any-role fallbacks tried after the role's own list and after the
 * bundled fonts folder. The installer bundles NotoSerifSC-Regular/-Bold.ttf and NotoSansSC-Regular.ttf
 * (installer/fonts.list); they are named here so that each role gets the right one of them.
 */
final class FontCatalogue {
    static final Map<FontRole, List<FontCandidate>> OFFICIAL = Map.of(
            FontRole.TITLE, List.of(
                    FontCandidate.prefix("fzxbsjw", "方正小标宋简体"),
                    FontCandidate.file("方正小标宋简体.ttf", "方正小标宋简体"),
                    FontCandidate.file("方正小标宋_gbk.ttf", "方正小标宋简体")),
            FontRole.BODY, List.of(
                    FontCandidate.file("simfang.ttf", "仿宋"),
                    FontCandidate.file("仿宋_gb2312.ttf", "仿宋"),
                    FontCandidate.file("fangsong_gb2312.ttf", "仿宋")),
            FontRole.HEADING1, List.of(
                    FontCandidate.file("simhei.ttf", "黑体")),
            FontRole.HEADING2, List.of(
                    FontCandidate.file("simkai.ttf", "楷体"),
                    FontCandidate.file("楷体_gb2312.ttf", "楷体"),
                    FontCandidate.file("kaiti_gb2312.ttf", "楷体")),
            FontRole.PAGE_NUMBER, List.of(
                    FontCandidate.collection("simsun.ttc", 0, "宋体"),
                    FontCandidate.file("simsun.ttf", "宋体")));

    static final Map<FontRole, List<FontCandidate>> RELATIVES = Map.of(
            FontRole.TITLE, List.of(
                    FontCandidate.file("stzhongs.ttf", "华文中宋"),
                    FontCandidate.collection("notoserifcjk-bold.ttc", 2, "思源宋体 Bold"),
                    FontCandidate.file("notoserifcjksc-bold.otf", "思源宋体 Bold"),
                    FontCandidate.file("sourcehanserifsc-bold.otf", "思源宋体 Bold"),
                    FontCandidate.file("notoserifsc-bold.ttf", "思源宋体 Bold"),
                    FontCandidate.file("simhei.ttf", "黑体")),
            FontRole.BODY, List.of(
                    FontCandidate.file("stfangso.ttf", "华文仿宋"),
                    FontCandidate.collection("notoserifcjk-regular.ttc", 2, "思源宋体"),
                    FontCandidate.file("notoserifcjksc-regular.otf", "思源宋体"),
                    FontCandidate.file("notoserifsc-regular.ttf", "思源宋体"),
                    FontCandidate.collection("simsun.ttc", 0, "宋体")),
            FontRole.HEADING1, List.of(
                    FontCandidate.collection("notosanscjk-regular.ttc", 2, "思源黑体"),
                    FontCandidate.file("notosanscjksc-regular.otf", "思源黑体"),
                    FontCandidate.file("notosanssc-regular.ttf", "思源黑体"),
                    FontCandidate.collection("stheiti medium.ttc", 0, "华文黑体")),
            FontRole.HEADING2, List.of(
                    FontCandidate.file("stkaiti.ttf", "华文楷体"),
                    FontCandidate.collection("ukai.ttc", 0, "文鼎楷体"),
                    FontCandidate.file("simfang.ttf", "仿宋")),
            FontRole.PAGE_NUMBER, List.of(
                    FontCandidate.collection("notoserifcjk-regular.ttc", 2, "思源宋体"),
                    FontCandidate.file("notoserifcjksc-regular.otf", "思源宋体"),
                    FontCandidate.collection("uming.ttc", 0, "文鼎明体"),
                    FontCandidate.file("simfang.ttf", "仿宋"),
                    FontCandidate.file("notoserifsc-regular.ttf", "思源宋体")));

    static final List<FontCandidate> GENERIC = List.of(
            FontCandidate.collection("wqy-zenhei.ttc", 0, "文泉驿正黑"),
            FontCandidate.collection("wqy-microhei.ttc", 0, "文泉驿微米黑"),
            FontCandidate.collection("notosanscjk-regular.ttc", 2, "思源黑体"),
            FontCandidate.collection("stheiti light.ttc", 0, "华文黑体"),
            FontCandidate.collection("hiragino sans gb.ttc", 0, "冬青黑体"),
            FontCandidate.file("droidsansfallbackfull.ttf", "Droid Sans Fallback"),
            FontCandidate.file("droidsansfallback.ttf", "Droid Sans Fallback"));

    private FontCatalogue() {
    }
}
