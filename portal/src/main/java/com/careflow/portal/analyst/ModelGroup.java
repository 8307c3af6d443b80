package com.careflow.portal.analyst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ModelKind;

/** One process or decision with its deployed versions, newest first; named as its newest version names it. */
record ModelGroup(ModelKind kind, String key, String label, List<DeployedModel> versions) {

    /** Public: the page's expressions call it. */
    public DeployedModel latest() {
        return versions.getFirst();
    }

    /** Groups versions listed by kind, key and newest version first (as {@code ProcessModels.all()} lists them). */
    static List<ModelGroup> of(List<DeployedModel> models) {
        Map<String, List<DeployedModel>> byKey = new LinkedHashMap<>();
        for (DeployedModel model : models) {
            byKey.computeIfAbsent(model.kind() + "/" + model.key(), key -> new ArrayList<>()).add(model);
        }
        return byKey.values().stream().map(versions -> new ModelGroup(versions.getFirst().kind(),
                versions.getFirst().key(), versions.getFirst().label(), List.copyOf(versions))).toList();
    }
}
