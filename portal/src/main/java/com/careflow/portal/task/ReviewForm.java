package com.careflow.portal.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.validation.Errors;

import com.careflow.domain.process.ReviewDecision;
import com.careflow.portal.security.PortalUser;

/**
 * The decision fields of a review task form. Field names are the variables the task completes with
 * ({@link ReviewDecision}), so an error "at reviewReasons" means the same on the page and in the process.
 */
public class ReviewForm {

    static final int NOTE_MAX = 500;
    static final String OTHER = "OTHER";

    private Boolean reviewApproved;
    private List<String> reviewReasons = new ArrayList<>();
    private String reviewNote;

    /**
     * Approve or reject; a rejection needs a reason of this task type (or, for a type without reasons, a note), the
     * reason OTHER needs a note, and the note is at most {@value #NOTE_MAX} characters.
     */
    void validate(Collection<String> allowedReasons, Errors errors) {
        if (reviewApproved == null) {
            errors.rejectValue("reviewApproved", "task.form.decision.required");
        }
        else if (!reviewApproved && allowedReasons.isEmpty() && note() == null) {
            // a task type without reason codes (payout approval): the note is the reason
            errors.rejectValue("reviewNote", "task.form.note.reasonRequired");
        }
        else if (!reviewApproved && !allowedReasons.isEmpty() && reasons().isEmpty()) {
            errors.rejectValue("reviewReasons", "task.form.reasons.required");
        }
        if (!reasons().stream().allMatch(allowedReasons::contains)) {
            errors.rejectValue("reviewReasons", "task.form.reasons.unknown");
        }
        String note = note();
        if (note != null && note.length() > NOTE_MAX) {
            errors.rejectValue("reviewNote", "task.form.note.tooLong", new Object[] {NOTE_MAX}, null);
        }
        else if (Boolean.FALSE.equals(reviewApproved) && reasons().contains(OTHER) && note == null) {
            errors.rejectValue("reviewNote", "task.form.note.required");
        }
    }

    /** The variables the task completes with; an approval carries no reasons. */
    ReviewDecision decision(PortalUser reviewer) {
        boolean approved = Boolean.TRUE.equals(reviewApproved);
        return new ReviewDecision(approved, approved ? List.of() : reasons(), note(), reviewer.id(), reviewer.name());
    }

    private List<String> reasons() {
        return reviewReasons == null ? List.of() : reviewReasons.stream().distinct().toList();
    }

    private String note() {
        return reviewNote == null || reviewNote.isBlank() ? null : reviewNote.strip();
    }

    public Boolean getReviewApproved() {
        return reviewApproved;
    }

    public void setReviewApproved(Boolean reviewApproved) {
        this.reviewApproved = reviewApproved;
    }

    public List<String> getReviewReasons() {
        return reviewReasons;
    }

    public void setReviewReasons(List<String> reviewReasons) {
        this.reviewReasons = reviewReasons;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
