package com.careflow.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.careflow.domain.certification.ResidentIdNumbers;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;

/** The pre-screen policy with its default configuration, on Chinese and English text. */
class ContentPolicyTest {

    private final ContentPolicy policy = new ContentPolicy(defaults(Map.of()));

    static ContentPolicyProperties defaults(Map<String, String> overrides) {
        return new Binder(new MapConfigurationPropertySource(overrides))
                .bindOrCreate("careflow.ai.content", ContentPolicyProperties.class);
    }

    @Test
    void cleanTextPasses() {
        Prescreen result = policy.screen("陪诊经验分享", "第一次带父母去医院复查，提前一天在小程序上挂号，带好医保卡和既往病历。");

        assertThat(result.verdict()).isEqualTo(PrescreenVerdict.PASS);
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aBannedTermFailsInEitherLanguageAndTheExcerptShowsIt() {
        Prescreen zh = policy.screen("周末活动", "群里有人组织线上赌博，大家千万不要参加。");
        Prescreen en = policy.screen("Weekend", "Someone in the group runs an online CASINO, stay away.");

        assertThat(zh.verdict()).isEqualTo(PrescreenVerdict.FAIL);
        assertThat(zh.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.BANNED_TERM);
            assertThat(f.excerpt()).contains("线上赌博");
        });
        assertThat(en.verdict()).isEqualTo(PrescreenVerdict.FAIL);
        assertThat(en.findings()).extracting(Finding::excerpt).singleElement().asString().contains("online CASINO");
    }

    @Test
    void aMedicalClaimGoesToAReviewerAndSeveralFail() {
        Prescreen one = policy.screen("祖传秘方", "这个方子能根治高血压，很多人都说有效。");
        Prescreen many = policy.screen("Miracle", "A guaranteed cure that cures cancer with no side effects.");

        assertThat(one.verdict()).isEqualTo(PrescreenVerdict.REVIEW);
        assertThat(one.score()).isEqualTo(70);
        assertThat(one.findings()).extracting(Finding::type).containsExactly(FindingType.MEDICAL_CLAIM);
        assertThat(many.verdict()).isEqualTo(PrescreenVerdict.FAIL);
        assertThat(many.score()).isEqualTo(10);
        assertThat(many.reasons()).extracting(Enum::name).containsExactly("MEDICAL_CLAIM");
    }

    @Test
    void personalDataIsFoundWithFullWidthDigitsToo() {
        Prescreen result = policy.screen("求助", "有需要可以联系我：１３８００１３８０００，或者写信 wang.fang@example.com 。");

        assertThat(result.verdict()).isEqualTo(PrescreenVerdict.REVIEW);
        assertThat(result.score()).isEqualTo(50);
        assertThat(result.findings()).extracting(Finding::excerpt)
                .anySatisfy(e -> assertThat(e).contains("13800138000"))
                .anySatisfy(e -> assertThat(e).contains("wang.fang@example.com"));
    }

    @Test
    void residentIdNumbersNeedTheRightCheckDigit() {
        // 11010519491231002X is the standard's worked example
        assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumbers.isValid("110105194912310021")).isFalse();

        assertThat(policy.screen("身份证", "我的身份证号 11010519491231002x 请帮忙核对").findings())
                .extracting(Finding::type).containsExactly(FindingType.PERSONAL_DATA);
        assertThat(policy.screen("订单", "流水号 110105194912310021 已支付").findings()).isEmpty();
    }

    @Test
    void longerDigitRunsAreNotPhoneNumbers() {
        assertThat(policy.screen("订单", "单号 813800138000 已经发货").findings()).isEmpty();
    }

    @Test
    void thresholdsAndTermsComeFromConfiguration() {
        ContentPolicy strict = new ContentPolicy(defaults(Map.of(
                "careflow.ai.content.banned-terms", "spam",
                "careflow.ai.content.pass-score", "101")));

        assertThat(strict.screen("hello", "nothing to see here, all fine").verdict())
                .isEqualTo(PrescreenVerdict.REVIEW);
        assertThat(strict.screen("hello", "buy SPAM now").verdict()).isEqualTo(PrescreenVerdict.FAIL);
        assertThat(strict.screen("hello", "群里有人组织赌博").verdict()).isEqualTo(PrescreenVerdict.REVIEW);
    }

    @Test
    void lowerScoresGetHigherPriority() {
        assertThat(policy.priority(policy.screen("a", "根治 and 13800138000"))).isEqualTo(55);
        assertThat(policy.priority(policy.screen("a", "根治"))).isEqualTo(30);
    }
}
