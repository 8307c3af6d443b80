package com.careflow.portal.analyst.diagram;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ProcessModels;

/**
 * One deployed version of a process or decision: the diagram page (bpmn-js or dmn-js in the browser, with the
 * element overlays from {@link DiagramApiController}), its XML, the version history and the visual diff of two
 * versions.
 */
@Controller
class DiagramController {

    private final ProcessModels models;

    DiagramController(ProcessModels models) {
        this.models = models;
    }

    @GetMapping("/analyst/models/{key}/{version}")
    String diagram(@PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "DAY") Period period, Model model) {
        List<DeployedModel> versions = models.versionsOf(key);
        DeployedModel shown = version(versions, key, version);
        model.addAttribute("model", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        model.addAttribute("previous", versions.stream().filter(other -> other.version() < version).findFirst()
                .orElse(null));
        return "analyst/diagram";
    }

    @GetMapping(value = "/analyst/models/{key}/{version}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<String> xml(@PathVariable String key, @PathVariable int version) {
        DeployedModel shown = version(models.versionsOf(key), key, version);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xmlOf(models, shown));
    }

    /** Two versions side by side, their differences marked (bpmn-js-differ in the browser). */
    @GetMapping("/analyst/models/{key}/diff")
    String diff(@PathVariable String key, @RequestParam int from, @RequestParam int to, Model model) {
        List<DeployedModel> versions = models.versionsOf(key);
        model.addAttribute("older", version(versions, key, from));
        model.addAttribute("newer", version(versions, key, to));
        model.addAttribute("versions", versions);
        return "analyst/diff";
    }

    static String xmlOf(ProcessModels models, DeployedModel model) {
        return models.xml(model.definitionId())
                .orElseThrow(() -> new ModelNotFoundException(model.key(), model.version()));
    }

    static DeployedModel version(List<DeployedModel> versions, String key, int version) {
        return versions.stream().filter(model -> model.version() == version).findFirst()
                .orElseThrow(() -> new ModelNotFoundException(key, version));
    }
}
