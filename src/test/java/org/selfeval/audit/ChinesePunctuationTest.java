package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.selfeval.audit.ChinesePunctuation.Kind;
import org.selfeval.audit.ChinesePunctuation.Result;

class ChinesePunctuationTest {
    @Test
    void halfWidthMarksInChineseTextBecomeFullWidth() {
        assertThat(ChinesePunctuation.normalize("收入合计1123.58万元,其中:财政拨款1100万元;其他收入23.58万元."))
                .isEqualTo("收入合计1123.58万元，其中：财政拨款1100万元；其他收入23.58万元。");
        assertThat(ChinesePunctuation.normalize("是否完成? 已完成!")).isEqualTo("是否完成？已完成！");
    }

    @Test
    void spacesTypedAroundAHalfWidthMarkGo() {
        assertThat(ChinesePunctuation.normalize("收入 , 其中")).isEqualTo("收入，其中");
    }

    @Test
    void numbersTimesAndEnglishStay() {
        for (String kept : new String[] {"1,223.58万元", "10:30开会", "1.加强管理", "详见 https://example.cn", "Hello, world.",
                "3.5万元", "（1）完成率100%"}) {
            assertThat(ChinesePunctuation.check(kept).clean()).as(kept).isTrue();
            assertThat(ChinesePunctuation.normalize(kept)).isEqualTo(kept);
        }
    }

    @Test
    void bracketsBesideOrAroundChineseBecomeFullWidth() {
        assertThat(ChinesePunctuation.normalize("项目支出(万元)合计")).isEqualTo("项目支出（万元）合计");
        assertThat(ChinesePunctuation.normalize("(1)加强预算管理")).isEqualTo("（1）加强预算管理");
        assertThat(ChinesePunctuation.check("f(x) = y").clean()).isTrue();
    }

    @Test
    void straightAndMisturnedQuotesArePairedInOrder() {
        assertThat(ChinesePunctuation.normalize("开展\"营商环境\"评价和\"放管服\"改革"))
                .isEqualTo("开展“营商环境”评价和“放管服”改革");
        Result mixed = ChinesePunctuation.check("开展“营商环境\"评价，推进”放管服“改革");
        assertThat(mixed.text()).isEqualTo("开展“营商环境”评价，推进“放管服”改革");
        assertThat(mixed.counts()).containsEntry(Kind.QUOTES, 2);
        assertThat(ChinesePunctuation.check("开展“营商环境”评价").clean()).isTrue();
    }

    @Test
    void strayCommaBeforeJiGoesButJiShiStays() {
        assertThat(ChinesePunctuation.normalize("政务服务、政务公开、及优化营商环境")).isEqualTo("政务服务、政务公开及优化营商环境");
        assertThat(ChinesePunctuation.normalize("收集、整理、以及报送")).isEqualTo("收集、整理以及报送");
        assertThat(ChinesePunctuation.check("准确、及时、完整").clean()).isTrue();
    }

    @Test
    void fullWidthDigitsBecomeHalfWidth() {
        Result r = ChinesePunctuation.check("收入合计１２２３．５８万元");
        assertThat(r.text()).isEqualTo("收入合计1223.58万元");
        assertThat(r.counts()).containsEntry(Kind.FULL_WIDTH, 7);
    }

    @Test
    void theFixIsIdempotentAndCleanTextIsReturnedAsIs() {
        String messy = "开展\"营商环境\"评价,收入(万元)１２万元、及其他.";
        String once = ChinesePunctuation.normalize(messy);
        assertThat(ChinesePunctuation.check(once).clean()).isTrue();
        assertThat(ChinesePunctuation.normalize(once)).isEqualTo(once);
    }
}
