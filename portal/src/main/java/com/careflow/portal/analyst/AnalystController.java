package com.careflow.portal.analyst;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.careflow.domain.engine.ModelKind;
import com.careflow.domain.engine.ProcessModels;

/** The analyst workspace's start: every deployed process and decision with its versions, each opening its diagram. */
@Controller
class AnalystController {

    private final ProcessModels models;

    AnalystController(ProcessModels models) {
        this.models = models;
    }

    @GetMapping("/analyst")
    String models(Model model) {
        List<ModelGroup> groups = ModelGroup.of(models.all());
        model.addAttribute("processes", groups.stream().filter(group -> group.kind() == ModelKind.PROCESS).toList());
        model.addAttribute("decisions", groups.stream().filter(group -> group.kind() == ModelKind.DECISION).toList());
        return "analyst/models";
    }
}
