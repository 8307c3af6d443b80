package com.careflow.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationCheck;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.provider.CertificationLevel;

/**
 * Content and certification applications with fresh ids, moved along as the review and certify workers would
 * have done: what notify.author and notify.applicant read.
 */
class TestSubjects {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Contents contents;
    private final CertificationApplications applications;
    private final Clock clock;

    TestSubjects(Contents contents, CertificationApplications applications, Clock clock) {
        this.contents = contents;
        this.applications = applications;
        this.clock = clock;
    }

    Content submitted(String locale) {
        Content content = Content.submit("CNT20250301" + next(), ContentKind.ARTICLE, "夏季防暑小贴士",
                "高温天气要多喝水，避免中午外出，老人和儿童尤其注意。", new Content.Author("author-1", "刘洋",
                        "author@careflow.local", Content.ROLE_PROVIDER), locale, clock.instant());
        return contents.save(content);
    }

    Content published(String locale) {
        Content content = submitted(locale);
        content.publish("review-worker", "review-worker", clock.instant());
        return contents.save(content);
    }

    Content rejectedContent(String locale, String note, String... reasons) {
        Content content = submitted(locale);
        content.reject(List.of(reasons), note, "reviewer-1", "赵敏", clock.instant());
        return contents.save(content);
    }

    /** Rejected, appealed, and rejected again by another reviewer: final. */
    Content rejectedOnAppeal(String locale) {
        Content content = rejectedContent(locale, null, "MEDICAL_CLAIM");
        content.appeal("文中说法均有文献依据，请复核。", clock.instant());
        content.reopenForAppeal("review-worker", clock.instant());
        content.reject(List.of("MEDICAL_CLAIM"), "仍含有夸大疗效的表述。", "reviewer-2", "钱进", clock.instant());
        return contents.save(content);
    }

    CertificationApplication inReview(String locale) {
        CertificationApplication application = new CertificationApplication("APP20250301" + next(),
                new CertificationApplication.Applicant("applicant-1", "陈静", "applicant@careflow.local", locale),
                ServiceCategory.COMPANION_ESCORT, CertificationLevel.STANDARD, "ZY2026000123", "11010519491231002X",
                "北京", List.of(), null, clock.instant());
        application.recordChecks(List.of(CheckResult.passed(CertificationCheck.LICENCE_NUMBER, "ZY2026000123")),
                clock.instant());
        return applications.save(application);
    }

    CertificationApplication approved(String locale) {
        CertificationApplication application = inReview(locale);
        application.approve("reviewer-1", "赵敏", clock.instant(), clock.instant().plus(Duration.ofDays(365)));
        return applications.save(application);
    }

    CertificationApplication rejectedApplication(String locale, String... reasons) {
        CertificationApplication application = inReview(locale);
        application.reject(List.of(reasons), "执业证书照片模糊。", "reviewer-1", "赵敏", clock.instant());
        return applications.save(application);
    }

    private static String next() {
        return String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }
}
