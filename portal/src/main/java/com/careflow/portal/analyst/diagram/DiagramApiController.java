package com.careflow.portal.analyst.diagram;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ProcessModels;
import com.careflow.portal.security.Roles;

/** The diagram page's live data: what to overlay on each element of a version, for the chosen period. */
@RestController
class DiagramApiController {

    private final ProcessModels models;
    private final DiagramOverlay overlay;

    DiagramApiController(ProcessModels models, DiagramOverlay overlay) {
        this.models = models;
        this.overlay = overlay;
    }

    @GetMapping("/api/analyst/models/{key}/{version}/activity")
    DiagramActivity activity(@PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "DAY") Period period, Authentication user) {
        DeployedModel shown = DiagramController.version(models.versionsOf(key), key, version);
        return overlay.of(shown, DiagramController.xmlOf(models, shown), period, Roles.holdsAnyOf(user, Roles.ADMIN));
    }
}
