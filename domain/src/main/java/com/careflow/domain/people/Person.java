package com.careflow.domain.people;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who signed in to the portal, as Keycloak last described them. The id is the OIDC subject (the Keycloak
 * user id), which is what the engine stores as a user task's assignee; the directory turns such ids into names and
 * mail addresses. {@code roles} are realm roles without prefix; {@code locale} the language tag they last used
 * (zh-CN, en), null when unknown.
 */
@Document("people")
public record Person(@Id String id, String name, String email, List<String> roles, String locale) {

    public Person {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The name to show; the id when the person never gave one. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
