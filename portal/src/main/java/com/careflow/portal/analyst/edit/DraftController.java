package com.careflow.portal.analyst.edit;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.process.ModelDeployments;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.portal.analyst.lint.LintReport;

/**
 * The analysts' drafts (analyst, admin): start one from a deployed version, edit it in the modeler, save, check,
 * deploy or discard. Deploying re-checks on the server and is refused while a lint error stands.
 */
@Controller
class DraftController {

    static final String NOTICE = "notice";
    /** A BPMN or DMN file larger than this is no model an analyst draws (service-order.bpmn is ~60 KB). */
    static final int MAX_XML = 2 * 1024 * 1024;

    private final Drafts drafts;
    private final DraftDeployment deployment;
    private final ModelDeployments deployments;
    private final MessageSource messages;

    DraftController(Drafts drafts, DraftDeployment deployment, ModelDeployments deployments,
            MessageSource messages) {
        this.drafts = drafts;
        this.deployment = deployment;
        this.deployments = deployments;
        this.messages = messages;
    }

    @GetMapping("/analyst/drafts")
    String list(Model model) {
        model.addAttribute("drafts", drafts.all());
        model.addAttribute("models", deployments.latestVersions());
        return "analyst/edit/drafts";
    }

    @PostMapping("/analyst/drafts")
    String start(@RequestParam(required = false) String kind, @RequestParam(required = false) String key,
            @RequestParam(required = false) String version, @AuthenticationPrincipal OidcUser user, Model model,
            HttpServletResponse response) {
        Kind parsedKind = parseKind(kind);
        Integer parsedVersion = parseVersion(version);
        if (parsedKind == null || key == null || key.isBlank() || parsedVersion == null) {
            return refuseStart(response, model, "analyst.drafts.error.invalid");
        }
        return drafts.start(parsedKind, key, parsedVersion, username(user))
                .map(draft -> "redirect:/analyst/drafts/" + draft.id())
                .orElseGet(() -> refuseStart(response, model, "analyst.drafts.error.noSuchVersion"));
    }

    @GetMapping("/analyst/drafts/{id}")
    String edit(@PathVariable String id, Locale locale, Model model) {
        Draft draft = draft(id);
        return editor(draft, deployment.check(draft), model, locale);
    }

    @GetMapping(value = "/analyst/drafts/{id}/xml")
    ResponseEntity<String> xml(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(draft(id).xml());
    }

    @PostMapping("/analyst/drafts/{id}")
    String save(@PathVariable String id, @RequestParam(required = false) String xml,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Draft draft = draft(id);
        if (invalid(xml)) {
            return refuseXml(draft, model, locale, response);
        }
        drafts.save(draft, xml, username(user));
        redirect.addFlashAttribute(NOTICE, "analyst.draft.saved");
        return "redirect:/analyst/drafts/" + id;
    }

    @PostMapping("/analyst/drafts/{id}/deploy")
    String deploy(@PathVariable String id, @RequestParam(required = false) String xml,
            @AuthenticationPrincipal OidcUser user, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Draft draft = draft(id);
        if (invalid(xml)) {
            return refuseXml(draft, model, locale, response);
        }
        Draft saved = drafts.save(draft, xml, username(user));
        DraftDeployment.Outcome outcome = deployment.deploy(saved, username(user));
        return switch (outcome) {
            case DraftDeployment.Deployed deployed -> {
                redirect.addFlashAttribute(NOTICE, "analyst.draft.deployed");
                redirect.addFlashAttribute("deployed", deployed.versions());
                yield "redirect:/analyst/drafts";
            }
            case DraftDeployment.RefusedByLint refused -> {
                model.addAttribute(NOTICE, "analyst.draft.refused");
                yield unprocessable(response, editor(saved, refused.report(), model, locale));
            }
            case DraftDeployment.RefusedByEngine refused -> {
                model.addAttribute(NOTICE, "analyst.draft.refusedByEngine");
                model.addAttribute("engineReason", refused.reason());
                yield unprocessable(response, editor(saved, deployment.check(saved), model, locale));
            }
        };
    }

    @PostMapping("/analyst/drafts/{id}/discard")
    String discard(@PathVariable String id, RedirectAttributes redirect) {
        drafts.discard(draft(id).id());
        redirect.addFlashAttribute(NOTICE, "analyst.draft.discarded");
        return "redirect:/analyst/drafts";
    }

    private String editor(Draft draft, LintReport report, Model model, Locale locale) {
        model.addAttribute("draft", draft);
        model.addAttribute("report", report);
        model.addAttribute("findings", FindingRow.of(report, messages, locale));
        return "analyst/edit/editor";
    }

    private String refuseStart(HttpServletResponse response, Model model, String error) {
        model.addAttribute("startError", error);
        model.addAttribute("drafts", drafts.all());
        model.addAttribute("models", deployments.latestVersions());
        return unprocessable(response, "analyst/edit/drafts");
    }

    private String refuseXml(Draft draft, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute(NOTICE, "analyst.draft.error.xml");
        return unprocessable(response, editor(draft, deployment.check(draft), model, locale));
    }

    /** Marks the response 422 (the request is understood, its content refused) and renders {@code view}. */
    private static String unprocessable(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return view;
    }

    private Draft draft(String id) {
        return drafts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean invalid(String xml) {
        return xml == null || xml.isBlank() || xml.length() > MAX_XML;
    }

    private static Kind parseKind(String kind) {
        try {
            return kind == null ? null : Kind.valueOf(kind);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer parseVersion(String version) {
        try {
            int parsed = Integer.parseInt(version == null ? "" : version.trim());
            return parsed > 0 ? parsed : null;
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    static String username(OidcUser user) {
        return user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
    }
}
