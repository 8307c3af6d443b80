package com.careflow.portal.analyst.edit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.process.ModelDeployments;
import com.careflow.domain.process.ModelDeployments.MigrationPreview;

/**
 * Moving the running instances of a process version to the newest version (analyst, admin): first what would move
 * and what cannot (instances waiting in an activity the new version lacks), then the migration and its result.
 */
@Controller
class MigrationController {

    private final ModelDeployments deployments;

    MigrationController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    @GetMapping("/analyst/migrations")
    String preview(@RequestParam(required = false) String process, @RequestParam(required = false) String version,
            Model model) {
        model.addAttribute("preview", preview(process, version(version)));
        return "analyst/edit/migration";
    }

    @PostMapping("/analyst/migrations")
    String migrate(@RequestParam(required = false) String process, @RequestParam(required = false) String version,
            Model model) {
        String key = process;
        int from = version(version);
        MigrationPreview preview = preview(key, from);
        model.addAttribute("preview", preview);
        if (preview.possible()) {
            model.addAttribute("result", deployments.migrate(key, from));
            model.addAttribute("preview", preview(key, from)); // what is left on the old version now
        }
        return "analyst/edit/migration";
    }

    /** A version that is no positive number is no version of anything: 404 like an unknown one. */
    private static int version(String version) {
        try {
            return Integer.parseInt(version == null ? "" : version.trim());
        }
        catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such version: " + version);
        }
    }

    private MigrationPreview preview(String key, int version) {
        if (key == null || key.isBlank()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no process given");
        }
        try {
            return deployments.previewMigration(key, version);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
