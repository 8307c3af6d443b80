package com.careflow.domain.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An article, post or answer and its way through the content-review process (processes/content-review.bpmn). Every
 * transition is idempotent (returns false when already done) because job workers are called at least once; a
 * transition the life cycle forbids throws {@link IllegalStateException}.
 */
@Document("contents")
public class Content extends AbstractAggregateRoot<Content> {

    public static final String ROLE_CUSTOMER = "customer";
    public static final String ROLE_PROVIDER = "provider";

    /** Timeline notes (the portal localizes them as content.note.*). */
    public static final String NOTE_SUBMITTED = "submitted";
    public static final String NOTE_PRESCREENED = "prescreened";
    public static final String NOTE_APPEALED = "appealed";
    public static final String NOTE_REOPENED = "reopened";

    /** How long after a rejection the author may appeal (the process's appeal timer: P14D). */
    public static final Duration APPEAL_WINDOW = Duration.ofDays(14);

    private static final Set<String> AUTHOR_ROLES = Set.of(ROLE_CUSTOMER, ROLE_PROVIDER);

    @Id
    private String id;
    @Version
    private Long version;

    private ContentKind kind;
    private String title;
    private String body;
    private String authorId;
    private String authorName;
    private String authorEmail;
    private String authorRole;
    private String locale;

    private ContentStatus status;
    private Prescreen prescreen;
    private List<String> rejectionReasons = new ArrayList<>();
    private String rejectionNote;
    private List<ContentReview> reviews = new ArrayList<>();
    private boolean appealed;
    private String appealReason;
    private Instant submittedAt;
    private Instant publishedAt;
    private String processInstanceId;
    private List<ContentEvent> events = new ArrayList<>();

    protected Content() {
        // for Spring Data
    }

    /** A new piece, SUBMITTED by its author. {@code authorRole}: customer or provider. */
    public static Content submit(String id, ContentKind kind, String title, String body, Author author,
            String locale, Instant at) {
        Content content = new Content();
        content.id = Objects.requireNonNull(id, "id");
        content.kind = Objects.requireNonNull(kind, "kind");
        content.title = Objects.requireNonNull(title, "title").strip();
        content.body = Objects.requireNonNull(body, "body").strip();
        if (!AUTHOR_ROLES.contains(author.role())) {
            throw new IllegalArgumentException("authors are customers or providers, not " + author.role());
        }
        content.authorId = Objects.requireNonNull(author.id(), "author id");
        content.authorName = author.name();
        content.authorEmail = author.email();
        content.authorRole = author.role();
        content.locale = locale;
        content.status = ContentStatus.SUBMITTED;
        content.submittedAt = at;
        content.events.add(new ContentEvent(ContentStatus.SUBMITTED, at, author.id(), author.name(), NOTE_SUBMITTED));
        return content;
    }

    /** Who writes: user id, display name, email, role (customer or provider). */
    public record Author(String id, String name, String email, String role) {
    }

    /** Links the content to the content-review instance that drives it. */
    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Keeps the first pre-screen: a redelivered job computes the same, and a later policy must not rewrite history. */
    public boolean recordPrescreen(Prescreen result, String actorId, Instant at) {
        Objects.requireNonNull(result, "result");
        if (prescreen != null) {
            return false;
        }
        this.prescreen = result;
        events.add(new ContentEvent(status, at, actorId, actorId, NOTE_PRESCREENED));
        return true;
    }

    /** SUBMITTED → UNDER_REVIEW: the pre-screen could not decide; a reviewer will. */
    public boolean markUnderReview(String actorId, Instant at) {
        if (status == ContentStatus.UNDER_REVIEW) {
            return false;
        }
        require(status == ContentStatus.SUBMITTED, "go under review");
        move(ContentStatus.UNDER_REVIEW, at, actorId, actorId, null);
        return true;
    }

    /** SUBMITTED or UNDER_REVIEW → PUBLISHED. */
    public boolean publish(String actorId, String actorName, Instant at) {
        if (status == ContentStatus.PUBLISHED) {
            return false;
        }
        require(status == ContentStatus.SUBMITTED || status == ContentStatus.UNDER_REVIEW, "be published");
        this.publishedAt = at;
        this.rejectionReasons = new ArrayList<>();
        this.rejectionNote = null;
        move(ContentStatus.PUBLISHED, at, actorId, actorName, null);
        return true;
    }

    /** SUBMITTED or UNDER_REVIEW → REJECTED with at least one reason code. */
    public boolean reject(List<String> reasons, String note, String actorId, String actorName, Instant at) {
        if (status == ContentStatus.REJECTED) {
            return false;
        }
        require(status == ContentStatus.SUBMITTED || status == ContentStatus.UNDER_REVIEW, "be rejected");
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection of " + id + " needs at least one reason");
        }
        this.rejectionReasons = new ArrayList<>(reasons);
        this.rejectionNote = note == null || note.isBlank() ? null : note.strip();
        move(ContentStatus.REJECTED, at, actorId, actorName, rejectionNote);
        return true;
    }

    /** The author appeals a rejection, once. */
    public void appeal(String reason, Instant at) {
        if (!canAppeal()) {
            throw new IllegalStateException("content " + id + " cannot be appealed: it is " + status
                    + (appealed ? " and was appealed already" : ""));
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an appeal needs a reason");
        }
        this.appealed = true;
        this.appealReason = reason.strip();
        events.add(new ContentEvent(status, at, authorId, authorName, NOTE_APPEALED));
    }

    /** REJECTED (appealed) → UNDER_REVIEW: the appeal goes to a reviewer. */
    public boolean reopenForAppeal(String actorId, Instant at) {
        if (status == ContentStatus.UNDER_REVIEW && appealed) {
            return false;
        }
        require(status == ContentStatus.REJECTED && appealed, "be reopened for an appeal");
        move(ContentStatus.UNDER_REVIEW, at, actorId, actorId, NOTE_REOPENED);
        return true;
    }

    /** A reviewer's decision, once per reviewer and round (first review or appeal). */
    public boolean recordReview(String reviewerId, String reviewerName, boolean approved, List<String> reasons,
            String note, Instant at) {
        Objects.requireNonNull(reviewerId, "reviewerId");
        boolean onAppeal = appealed;
        if (reviews.stream().anyMatch(r -> r.reviewerId().equals(reviewerId) && r.appeal() == onAppeal)) {
            return false;
        }
        reviews.add(new ContentReview(reviewerId, reviewerName, approved, reasons,
                note == null || note.isBlank() ? null : note.strip(), at, onAppeal));
        return true;
    }

    /** Whether this user decided on the content before: an appeal must go to someone else. */
    public boolean wasReviewedBy(String userId) {
        return userId != null && reviews.stream().anyMatch(r -> userId.equals(r.reviewerId()));
    }

    /** Rejected and not appealed yet. */
    public boolean canAppeal() {
        return status == ContentStatus.REJECTED && !appealed;
    }

    /** Rejected, not appealed yet, and still inside the {@link #APPEAL_WINDOW}. */
    public boolean canAppeal(Instant now) {
        Instant rejectedAt = getRejectedAt();
        return canAppeal() && rejectedAt != null && now.isBefore(rejectedAt.plus(APPEAL_WINDOW));
    }

    /** When the content was last rejected, or null. */
    public Instant getRejectedAt() {
        Instant last = null;
        for (ContentEvent event : events) {
            if (event.status() == ContentStatus.REJECTED && !NOTE_APPEALED.equals(event.note())) {
                last = event.at();
            }
        }
        return last;
    }

    public boolean isAuthoredBy(String userId) {
        return authorId.equals(userId);
    }

    private void move(ContentStatus target, Instant at, String actorId, String actorName, String note) {
        ContentStatus from = status;
        status = target;
        events.add(new ContentEvent(target, at, actorId, actorName, note));
        registerEvent(new ContentStatusChanged(id, from, target, at));
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("content " + id + " is " + status + " and cannot " + what);
        }
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public ContentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public String getLocale() {
        return locale;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public Prescreen getPrescreen() {
        return prescreen;
    }

    public List<String> getRejectionReasons() {
        return Collections.unmodifiableList(rejectionReasons);
    }

    public String getRejectionNote() {
        return rejectionNote;
    }

    public List<ContentReview> getReviews() {
        return Collections.unmodifiableList(reviews);
    }

    public boolean isAppealed() {
        return appealed;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<ContentEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
