package com.careflow.portal.task;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.RejectionReason;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.portal.security.PortalUser;

/**
 * Content review tasks ({@code ReviewContent}, {@code ReviewAppeal}): the subject is the content's title; the form
 * shows the content with its pre-screen; an appeal must be decided by someone other than the earlier reviewer.
 */
@Component
class ContentReviewTasks implements ReviewTaskType {

    private final Contents contents;

    ContentReviewTasks(Contents contents) {
        this.contents = contents;
    }

    @Override
    public String processId() {
        return ContentReviewProcess.PROCESS_ID;
    }

    @Override
    public Map<String, String> subjects(Collection<String> businessKeys) {
        return contents.findAllById(businessKeys).stream()
                .collect(Collectors.toMap(Content::getId, Content::getTitle));
    }

    @Override
    public Optional<Object> subject(String businessKey) {
        return Optional.ofNullable(businessKey).flatMap(contents::findById).map(ContentSubject::of);
    }

    /** The content and its body cut around the pre-screen's excerpts (marked in the form). */
    record ContentSubject(Content content, List<Highlights.Part> body) {

        static ContentSubject of(Content content) {
            List<String> excerpts = content.getPrescreen() == null ? List.of()
                    : content.getPrescreen().findings().stream().map(Finding::excerpt).toList();
            return new ContentSubject(content, Highlights.split(content.getBody(), excerpts));
        }
    }

    @Override
    public List<String> reasons() {
        return Arrays.stream(RejectionReason.values()).map(Enum::name).toList();
    }

    @Override
    public String reasonLabelPrefix() {
        return "content.reason.";
    }

    @Override
    public String form(String elementId) {
        return "task/content :: subject";
    }

    @Override
    public Optional<String> refusal(UserTask task, Object subject, PortalUser user) {
        boolean appeal = ContentReviewProcess.TASK_REVIEW_APPEAL.equals(task.elementId());
        return appeal && subject instanceof ContentSubject content && content.content().wasReviewedBy(user.id())
                ? Optional.of("task.notice.appealByEarlierReviewer") : Optional.empty();
    }
}
