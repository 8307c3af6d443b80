package com.careflow.portal.content;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.portal.security.PortalUser;

/** Authors (customers and providers): write content, follow its review, appeal a rejection once. */
@Controller
class ContentController {

    static final String CONTENT_FORM = "contentForm";
    static final String APPEAL_FORM = "appealForm";
    /** Flash attribute: message key of a notice on /content/mine. */
    static final String NOTICE = "notice";
    /** Flash attribute: the id of the piece the notice is about (highlighted). */
    static final String NOTICE_CONTENT = "noticeContent";

    private final AuthorDesk desk;

    ContentController(AuthorDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/content/new")
    String newContent(Model model) {
        model.addAttribute(CONTENT_FORM, new ContentForm());
        return form(model);
    }

    @PostMapping("/content")
    String submit(@Valid @ModelAttribute(CONTENT_FORM) ContentForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Content content = desk.submit(form, PortalUser.of(user), locale);
            redirect.addFlashAttribute(NOTICE, "content.notice.submitted");
            redirect.addFlashAttribute(NOTICE_CONTENT, content.getId());
            return "redirect:/content/mine";
        }
        catch (ContentUnavailableException e) {
            result.reject("content.unavailable");
            return form(model);
        }
    }

    /** A page with form errors has the address the form posted to; reloading it lands on the author's list. */
    @GetMapping({ "/content", "/content/{id}/appeal" })
    String backToMine() {
        return "redirect:/content/mine";
    }

    @GetMapping("/content/mine")
    String mine(@AuthenticationPrincipal OidcUser user, Model model) {
        return mine(PortalUser.of(user), model);
    }

    @PostMapping("/content/{id}/appeal")
    String appeal(@PathVariable String id, @Valid @ModelAttribute(APPEAL_FORM) AppealForm form,
            BindingResult result, @AuthenticationPrincipal OidcUser user, Model model,
            RedirectAttributes redirect) {
        PortalUser author = PortalUser.of(user);
        Content content = desk.own(id, author);
        if (!desk.canAppeal(content)) {
            redirect.addFlashAttribute(NOTICE, "content.notice.appealClosed");
            redirect.addFlashAttribute(NOTICE_CONTENT, id);
            return "redirect:/content/mine";
        }
        if (!result.hasErrors()) {
            try {
                desk.appeal(content, form.getReason());
                redirect.addFlashAttribute(NOTICE, "content.notice.appealed");
                redirect.addFlashAttribute(NOTICE_CONTENT, id);
                return "redirect:/content/mine";
            }
            catch (ContentUnavailableException e) {
                model.addAttribute("appealError", "content.unavailable");
            }
        }
        model.addAttribute("appealing", id);
        return mine(author, model);
    }

    private String mine(PortalUser author, Model model) {
        List<Content> mine = desk.mine(author);
        model.addAttribute("contents", mine);
        model.addAttribute("appealable", mine.stream().filter(desk::canAppeal).map(Content::getId)
                .collect(Collectors.toSet()));
        if (!model.containsAttribute(APPEAL_FORM)) {
            model.addAttribute(APPEAL_FORM, new AppealForm());
        }
        return "content/mine";
    }

    private String form(Model model) {
        model.addAttribute("kinds", ContentKind.values());
        return "content/form";
    }
}
