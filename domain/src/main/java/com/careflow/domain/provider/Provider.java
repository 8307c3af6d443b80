package com.careflow.domain.provider;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * A service provider's profile. The id is the provider's Keycloak user id (so the portal finds the profile of the
 * signed-in provider), or a generated id for profiles without a login. Specialties are the ids of catalog services the
 * provider is known to be particularly good at; scoring favours them.
 */
@Document("providers")
public class Provider {

    @Id
    private String id;
    private String name;
    private String city;
    private String district;
    private List<Certification> certifications;
    private List<String> languages;
    private Set<String> specialties;
    private double rating;
    private boolean active;
    private Location location;

    protected Provider() {
        // for Spring Data
    }

    public Provider(String id, String name, String city, String district, List<Certification> certifications,
            List<String> languages, Set<String> specialties, double rating, boolean active, Location location) {
        this.id = id;
        this.name = name;
        this.city = city;
        this.district = district;
        this.certifications = List.copyOf(certifications);
        this.languages = List.copyOf(languages);
        this.specialties = Set.copyOf(specialties);
        this.rating = rating;
        this.active = active;
        this.location = location;
    }

    /** Whether the provider holds a certificate for {@code category} that is still valid at {@code at}. */
    public boolean isCertifiedFor(ServiceCategory category, Instant at) {
        return certificationFor(category).filter(c -> c.isValidAt(at)).isPresent();
    }

    /** The provider's level in {@code category}, or null without a certificate (expired or not). */
    public CertificationLevel levelFor(ServiceCategory category) {
        return certificationFor(category).map(Certification::level).orElse(null);
    }

    private Optional<Certification> certificationFor(ServiceCategory category) {
        return certifications.stream().filter(c -> c.category() == category).findFirst();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getCity() { return city; }
    public String getDistrict() { return district; }
    public List<Certification> getCertifications() { return certifications; }
    public List<String> getLanguages() { return languages; }
    public Set<String> getSpecialties() { return specialties; }
    public double getRating() { return rating; }
    public boolean isActive() { return active; }
    public Location getLocation() { return location; }
}
