package com.careflow.portal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.careflow.domain.content.ContentKind;

/**
 * What an author writes. Messages per constraint come from the content bundle by Spring's error codes (e.g.
 * {@code Size.contentForm.title}), so they follow the page language.
 */
public class ContentForm {

    @NotNull
    private ContentKind kind = ContentKind.POST;

    @NotBlank
    @Size(min = 4, max = 120)
    private String title;

    @NotBlank
    @Size(min = 20, max = 10000)
    private String body;

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    /** Surrounding blanks do not count towards the length; a blank title is none ({@link Blanks}). */
    public void setTitle(String title) {
        this.title = Blanks.strippedOrNull(title);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = Blanks.strippedOrNull(body);
    }
}
