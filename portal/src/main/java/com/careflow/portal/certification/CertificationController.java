package com.careflow.portal.certification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Cities;
import com.careflow.portal.security.PortalUser;

/** The applicant's certification pages: applications and certificates, applying (and renewing), documents. */
@Controller
class CertificationController {

    static final String FORM = "applicationForm";
    /** Flash attribute: the id of the application just submitted (the list highlights it). */
    static final String SUBMITTED = "submitted";
    /** Status badges reuse the order badges' colours: waiting, good, refused, over. */
    static final Map<String, String> STATUS_STYLES = Map.of(
            ApplicationStatus.SUBMITTED.name(), "badge-PENDING",
            ApplicationStatus.CHECKING.name(), "badge-PENDING",
            ApplicationStatus.IN_REVIEW.name(), "badge-PAID",
            ApplicationStatus.APPROVED.name(), "badge-CONFIRMED",
            ApplicationStatus.REJECTED.name(), "badge-CANCELLED",
            ApplicationStatus.EXPIRED.name(), "badge-REFUNDED");

    private final CertificationDesk desk;
    private final Clock clock;

    CertificationController(CertificationDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/certification")
    String overview(@AuthenticationPrincipal OidcUser oidc, Model model) {
        PortalUser user = PortalUser.of(oidc);
        List<CertificationApplication> applications = desk.applicationsOf(user);
        model.addAttribute("applications", applications);
        model.addAttribute("certificates", desk.certificatesOf(user));
        model.addAttribute("renewals", CertificationDesk.renewals(applications));
        model.addAttribute("statusStyles", STATUS_STYLES);
        model.addAttribute("now", clock.instant());
        return "certification/list";
    }

    /** The form; {@code category} and {@code renewalOf} come with the renew button of a certificate. */
    @GetMapping("/certification/apply")
    String applyForm(@RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) String renewalOf, @AuthenticationPrincipal OidcUser oidc, Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setCategory(category);
        if (category != null) {
            desk.renewable(PortalUser.of(oidc), category).filter(id -> id.equals(renewalOf))
                    .ifPresent(form::setRenewalOf);
        }
        model.addAttribute(FORM, form);
        return form(model);
    }

    @PostMapping("/certification/apply")
    String apply(@Valid @ModelAttribute(FORM) ApplicationForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser oidc, Locale locale, Model model, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(oidc);
        if (form.getCity() != null && !form.getCity().isBlank() && !Cities.all().contains(form.getCity())) {
            result.rejectValue("city", "certification.city.unknown");
        }
        if (form.getCategory() != null && desk.hasPending(user, form.getCategory())) {
            result.rejectValue("category", "certification.category.pending");
        }
        List<Upload> uploads = DocumentUploads.check(form, result);
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            CertificationApplication application = desk.apply(form, uploads, user, locale.toLanguageTag());
            redirect.addFlashAttribute(SUBMITTED, application.getId());
            return "redirect:/certification";
        } catch (CertificationUnavailableException e) {
            result.reject("certification.unavailable");
            return form(model);
        }
    }

    /** Where {@link UploadLimitAdvice} sends a request beyond the server's upload limits. */
    @GetMapping(value = "/certification/apply", params = "tooLarge")
    String tooLarge(Model model) {
        model.addAttribute(FORM, new ApplicationForm());
        model.addAttribute("tooLarge", true);
        return form(model);
    }

    /**
     * The stored bytes as a download: the stored file name and content type (detected from the bytes at upload),
     * never shown inline, so a document cannot become a page of the portal's origin.
     */
    @GetMapping("/certification/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String documentId, @AuthenticationPrincipal OidcUser oidc) {
        CertificationDocument document = desk.document(documentId, PortalUser.of(oidc));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFilename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.getContent());
    }

    private String form(Model model) {
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("levels", CertificationLevel.values());
        model.addAttribute("cities", Cities.all());
        return "certification/apply";
    }
}
