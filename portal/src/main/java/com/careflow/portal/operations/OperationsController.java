package com.careflow.portal.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import com.careflow.portal.security.PortalUser;

/** Operations (admin): the overview of what waits, assignments that need a person, and complaints to decide. */
@Controller
class OperationsController {

    private static final Logger log = LoggerFactory.getLogger(OperationsController.class);

    static final String NOTICE = "notice";

    private final AssignmentWatch assignments;
    private final ComplaintDesk complaints;
    private final OperationsOverview overview;

    OperationsController(AssignmentWatch assignments, ComplaintDesk complaints, OperationsOverview overview) {
        this.assignments = assignments;
        this.complaints = complaints;
        this.overview = overview;
    }

    /** The admin's landing page: every count that may need someone, each linking to its list. */
    @GetMapping("/operations")
    String overview(Model model) {
        model.addAttribute("counts", overview.counts());
        return "operations/overview";
    }

    @GetMapping("/operations/assignments")
    String assignments(Model model) {
        model.addAttribute("rows", assignments.needingAttention());
        return "operations/assignments";
    }

    @GetMapping("/operations/complaints")
    String complaints(Model model) {
        model.addAttribute("orders", complaints.open());
        return "operations/complaints";
    }

    @PostMapping("/operations/complaints/{orderNumber}/decision")
    String decide(@PathVariable String orderNumber, @RequestParam("approved") boolean approved,
            @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        String notice;
        try {
            boolean decided = complaints.decide(orderNumber, approved, PortalUser.of(user));
            notice = !decided ? "operations.complaint.alreadyDecided"
                    : approved ? "operations.complaint.approved" : "operations.complaint.rejected";
        }
        catch (ResponseStatusException e) {
            throw e;
        }
        catch (RuntimeException e) {
            log.warn("Could not pass the complaint decision on order {} to the process", orderNumber, e);
            notice = "operations.complaint.unavailable";
        }
        redirect.addFlashAttribute(NOTICE, notice);
        redirect.addFlashAttribute("decidedOrder", orderNumber);
        return "redirect:/operations/complaints";
    }
}
