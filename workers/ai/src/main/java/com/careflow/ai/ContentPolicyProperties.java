package com.careflow.ai;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.ai.content.*}: the pre-screen policy. Terms match case-insensitively after Unicode NFKC
 * normalisation (full-width letters and digits count as their ASCII forms). Each finding costs its weight off a
 * score of 100; {@code passScore} and above without a banned term publishes, any banned term or a score below
 * {@code failScore} rejects, anything between goes to a reviewer, due in {@code reviewDue} with a follow-up after
 * {@code reviewFollowUp}.
 */
@ConfigurationProperties("careflow.ai.content")
record ContentPolicyProperties(
        @DefaultValue({ "赌博", "博彩", "代孕", "枪支", "毒品", "冰毒", "代开发票", "办假证", "gambling", "casino",
                "surrogacy", "firearms", "buy drugs", "fake certificate" }) List<String> bannedTerms,
        @DefaultValue({ "根治", "包治", "治愈率100%", "特效药", "无副作用", "药到病除", "guaranteed cure", "cures cancer",
                "100% cure", "miracle cure", "no side effects" }) List<String> medicalClaims,
        @DefaultValue Weights weights,
        @DefaultValue("80") int passScore,
        @DefaultValue("40") int failScore,
        @DefaultValue("P2D") Duration reviewDue,
        @DefaultValue("P1D") Duration reviewFollowUp,
        @DefaultValue("12") int excerptContext) {

    /** What one finding of each type costs. */
    record Weights(@DefaultValue("60") int bannedTerm, @DefaultValue("25") int personalData,
            @DefaultValue("30") int medicalClaim) {
    }
}
