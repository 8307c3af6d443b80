package com.careflow.portal.content;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.Contents;

/** The public community: published articles, posts and answers, readable without signing in. */
@Controller
class CommunityController {

    static final int PAGE_SIZE = 10;

    private final Contents contents;

    CommunityController(Contents contents) {
        this.contents = contents;
    }

    @GetMapping("/community")
    String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Page<Content> published = contents.findByStatusOrderByPublishedAtDesc(ContentStatus.PUBLISHED,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("page", published);
        return "content/community";
    }

    /** Only published content; anything else is 404, as if it did not exist. */
    @GetMapping("/community/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("article", contents.findByIdAndStatus(id, ContentStatus.PUBLISHED)
                .orElseThrow(() -> new ContentNotFoundException(id)));
        return "content/article";
    }
}
