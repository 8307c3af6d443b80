package com.careflow.ai;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.ResidentIdNumbers;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;

/**
 * The content pre-screen: policy rules, not a model. Finds banned terms, medical claims (configured phrases, zh and
 * en) and personal data (mainland mobile numbers, 18-digit resident ID numbers whose GB 11643 check digit is
 * right, email addresses) in the title and body, and scores what it found (see {@link ContentPolicyProperties}).
 * Each finding keeps the excerpt around the match, so the reviewer sees why.
 */
@Component
public class ContentPolicy {

    /** Not inside a longer digit run: a 12-digit number is not a phone number. */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    static final Pattern RESIDENT_ID = Pattern.compile("(?<![\\dXx])\\d{17}[\\dXx](?![\\dXx])");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private final ContentPolicyProperties policy;

    ContentPolicy(ContentPolicyProperties policy) {
        this.policy = policy;
    }

    public Prescreen screen(String title, String body) {
        String text = normalise((title == null ? "" : title) + "\n" + (body == null ? "" : body));
        List<Finding> findings = new ArrayList<>();
        terms(text, policy.bannedTerms(), FindingType.BANNED_TERM, findings);
        terms(text, policy.medicalClaims(), FindingType.MEDICAL_CLAIM, findings);
        pattern(text, MOBILE, findings);
        pattern(text, EMAIL, findings);
        Matcher ids = RESIDENT_ID.matcher(text);
        while (ids.find()) {
            if (ResidentIdNumbers.isValid(ids.group())) {
                findings.add(finding(FindingType.PERSONAL_DATA, text, ids.start(), ids.end()));
            }
        }
        int score = Math.max(0, 100 - findings.stream().mapToInt(this::weight).sum());
        return new Prescreen(verdict(score, findings), score, findings);
    }

    private PrescreenVerdict verdict(int score, List<Finding> findings) {
        boolean banned = findings.stream().anyMatch(f -> f.type() == FindingType.BANNED_TERM);
        if (banned || score < policy.failScore()) {
            return PrescreenVerdict.FAIL;
        }
        return score >= policy.passScore() ? PrescreenVerdict.PASS : PrescreenVerdict.REVIEW;
    }

    /** Higher for lower scores, so the doubtful pieces come first in the inbox. */
    int priority(Prescreen prescreen) {
        return 100 - prescreen.score();
    }

    private void terms(String text, List<String> terms, FindingType type, List<Finding> findings) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            String needle = normalise(term).toLowerCase(Locale.ROOT);
            if (needle.isBlank()) {
                continue;
            }
            // one finding per distinct term: repeating a phrase does not make it worse, naming two does
            int at = lower.indexOf(needle);
            if (at >= 0) {
                findings.add(finding(type, text, at, at + needle.length()));
            }
        }
    }

    private void pattern(String text, Pattern pattern, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            findings.add(finding(FindingType.PERSONAL_DATA, text, matcher.start(), matcher.end()));
        }
    }

    private Finding finding(FindingType type, String text, int start, int end) {
        int from = Math.max(0, start - policy.excerptContext());
        int to = Math.min(text.length(), end + policy.excerptContext());
        String excerpt = (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ').strip()
                + (to < text.length() ? "…" : "");
        return Finding.of(type, excerpt);
    }

    private int weight(Finding finding) {
        return switch (finding.type()) {
            case BANNED_TERM -> policy.weights().bannedTerm();
            case PERSONAL_DATA -> policy.weights().personalData();
            case MEDICAL_CLAIM -> policy.weights().medicalClaim();
        };
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
