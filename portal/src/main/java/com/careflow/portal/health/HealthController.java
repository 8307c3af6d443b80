package com.careflow.portal.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import com.careflow.domain.health.BloodType;
import com.careflow.domain.health.DeviceExports;
import com.careflow.domain.health.GlucoseTiming;
import com.careflow.domain.health.HealthAccessLog;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.InvalidReadingException;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingProblem;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;
import com.careflow.portal.security.PortalUser;

/** The customer's own health records: overview with trends and charts, a reading, the profile, an import, the log. */
@Controller
class HealthController {

    static final String READING_FORM = "readingForm";
    static final String PROFILE_FORM = "profileForm";
    /** Largest device export taken: well above a year of readings. */
    static final long IMPORT_MAX_BYTES = 2 * 1024 * 1024;

    private final HealthRecords records;
    private final HealthOverview overview;
    private final HealthAccessLog accessLog;
    private final HealthReport report;
    private final Clock clock;

    HealthController(HealthRecords records, HealthOverview overview, HealthAccessLog accessLog, HealthReport report,
            Clock clock) {
        this.records = records;
        this.overview = overview;
        this.accessLog = accessLog;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/health")
    String overview(@RequestParam(required = false) Integer days, @AuthenticationPrincipal OidcUser oidc,
            Model model) {
        overview.addTo(model, PortalUser.of(oidc).id(), HealthOverview.period(days));
        return "health/overview";
    }

    @GetMapping("/health/readings/new")
    String readingForm(@RequestParam(required = false) ReadingType type, Model model) {
        ReadingForm form = new ReadingForm();
        if (type != null) {
            form.setType(type);
        }
        form.setTakenAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute(READING_FORM, form);
        return readingPage(model);
    }

    @PostMapping("/health/readings")
    String record(@ModelAttribute(READING_FORM) ReadingForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser oidc, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return readingPage(model);
        }
        try {
            Reading saved = records.record(form.toReading(PortalUser.of(oidc).id(), clock));
            redirect.addFlashAttribute("recorded", ReadingRow.of(saved, records.riskOf(saved), clock.getZone()));
            return "redirect:/health";
        }
        catch (InvalidReadingException e) {
            for (ReadingProblem problem : e.problems()) {
                result.rejectValue(problem.field(), "health.reading.error." + problem.code());
            }
            return readingPage(model);
        }
    }

    /** A wrong reading goes: the customer's own only (another's, or none, is a 404 and changes nothing). */
    @PostMapping("/health/readings/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal OidcUser oidc, RedirectAttributes redirect) {
        if (!records.delete(PortalUser.of(oidc).id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No reading " + id);
        }
        redirect.addFlashAttribute("readingDeleted", true);
        return "redirect:/health";
    }

    @GetMapping("/health/profile")
    String profileForm(@AuthenticationPrincipal OidcUser oidc, Model model) {
        model.addAttribute(PROFILE_FORM, ProfileForm.of(records.profileOf(PortalUser.of(oidc).id())));
        return profilePage(model);
    }

    @PostMapping("/health/profile")
    String saveProfile(@Valid @ModelAttribute(PROFILE_FORM) ProfileForm form, BindingResult result,
            @AuthenticationPrincipal OidcUser oidc, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return profilePage(model);
        }
        records.saveProfile(form.toProfile(PortalUser.of(oidc).id(), clock.instant()));
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/health";
    }

    @GetMapping("/health/import")
    String importForm() {
        return "health/import";
    }

    @PostMapping("/health/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OidcUser oidc,
            Model model, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "health.import.error.noFile");
            return "health/import";
        }
        if (file.getSize() > IMPORT_MAX_BYTES) {
            model.addAttribute("fileError", "health.import.error.tooLarge");
            return "health/import";
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        DeviceExports.Parsed parsed = DeviceExports.parse(file.getOriginalFilename(), text,
                PortalUser.of(oidc).id(), clock.instant(), clock.getZone());
        if (!parsed.ok()) {
            model.addAttribute("problems", parsed.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return "health/import";
        }
        List<Reading> saved = records.importAll(parsed.readings());
        redirect.addFlashAttribute("imported", saved.size());
        return "redirect:/health";
    }

    @GetMapping("/health/access-log")
    String accessLog(@AuthenticationPrincipal OidcUser oidc, Model model) {
        model.addAttribute("entries", accessLog.findByCustomerIdOrderByAtDesc(PortalUser.of(oidc).id()));
        model.addAttribute("zone", clock.getZone());
        return "health/access-log";
    }

    /**
     * The month's report as a PDF download in the reader's language (this month until now when no month is given; a
     * bad month is a 400).
     */
    @GetMapping("/health/report")
    ResponseEntity<byte[]> report(@RequestParam(required = false) YearMonth month,
            @AuthenticationPrincipal OidcUser oidc, Locale locale) {
        YearMonth which = month != null ? month : YearMonth.now(clock);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("careflow-health-" + which + ".pdf").build().toString())
                .body(report.monthly(PortalUser.of(oidc).id(), which, locale));
    }

    private String readingPage(Model model) {
        model.addAttribute("types", ReadingType.values());
        model.addAttribute("timings", GlucoseTiming.values());
        model.addAttribute("sources", ReadingSource.values());
        return "health/reading-form";
    }

    private String profilePage(Model model) {
        model.addAttribute("bloodTypes", BloodType.values());
        return "health/profile";
    }
}
