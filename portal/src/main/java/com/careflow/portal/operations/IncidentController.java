package com.careflow.portal.operations;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operations (admin): open incidents of all processes, and their retry. */
@Controller
class IncidentController {

    private static final Logger log = LoggerFactory.getLogger(IncidentController.class);

    private final IncidentDesk desk;

    IncidentController(IncidentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/operations/incidents")
    String incidents(Locale locale, Model model) {
        model.addAttribute("incidents", desk.open(locale));
        return "operations/incidents";
    }

    @PostMapping("/operations/incidents/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        String notice;
        try {
            notice = desk.retry(id);
        }
        catch (ResponseStatusException e) {
            throw e;
        }
        catch (RuntimeException e) {
            log.warn("Could not retry incident {}", id, e);
            notice = "operations.incident.unavailable";
        }
        redirect.addFlashAttribute(OperationsController.NOTICE, notice);
        redirect.addFlashAttribute("retriedIncident", id);
        return "redirect:/operations/incidents";
    }
}
